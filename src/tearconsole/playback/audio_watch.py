"""``AudioWatch``: the sound outputs followed while a session runs.

It looks at libVLC's list of outputs once a second (a copy of libVLC's own list: a few
microseconds on the GUI thread, the same at any hour of a session) and tells the
facilitator, in one sentence, when there is no output, when the chosen one goes (HDMI
unplugged: PulseAudio moves the sound to another output) and when it comes back, when
it sends the sound there again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from tearconsole.playback.audio_outputs import AudioOutput, find_output, outputs_of
from tearconsole.playback.audio_system import AudioSystem

#: Qt's translate, under the name pyside6-lupdate collects calls of.
translate = QCoreApplication.translate

WATCH_EVERY_MS = 1000


def none_sentence() -> str:
    return translate(
        "AudioWatch", "There is no sound output: connect the speakers or the projector's sound."
    )


def gone_sentence(chosen: str, now: str | None) -> str:
    if now:
        return translate(
            "AudioWatch", "The sound output {chosen} is gone: sound now plays on {now}."
        ).format(chosen=chosen, now=now)
    return translate("AudioWatch", "The sound output {chosen} is gone: reconnect it.").format(
        chosen=chosen
    )


def back_sentence(chosen: str) -> str:
    return translate(
        "AudioWatch", "The sound output {chosen} is back: sound plays there again."
    ).format(chosen=chosen)


def output_problem(
    system: AudioSystem, outputs: list[AudioOutput], chosen: str | None, name: str = ""
) -> str | None:
    """One sentence when sound has nowhere to go, or not where it was chosen to go."""
    if system is AudioSystem.NONE or not outputs:
        return none_sentence()
    if chosen and find_output(outputs, chosen) is None:
        return gone_sentence(name or chosen, None)
    return None


class AudioWatch(QObject):
    """Watches the outputs while a session runs; ``apply`` sends sound to a device."""

    notice = Signal(str)  # one sentence for the facilitator
    outputs_changed = Signal(list)  # list[AudioOutput]
    lost = Signal(str)  # the chosen device (or "" for no output at all)
    returned = Signal(str)  # the chosen device

    def __init__(
        self,
        instance: Any,
        system: AudioSystem,
        chosen: str | None,
        apply: Callable[[str | None], None] | None = None,
        every_ms: int = WATCH_EVERY_MS,
        parent: QObject | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        """``names``: human names known from before, by device (for an output gone now)."""
        super().__init__(parent)
        self.system = system
        self.chosen = chosen or None
        self._apply = apply
        self._player = instance.media_player_new() if system is not AudioSystem.NONE else None
        self._names: dict[str, str] = dict(names or {})  # every name seen (also gone ones)
        self.outputs: list[AudioOutput] = self._read()
        self._missing = self._is_missing(self.outputs)
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.check)
        if self._player is not None:
            self._timer.start()

    def problem(self) -> str | None:
        """The sentence for how things stand now, or None when sound has somewhere to go."""
        return output_problem(self.system, self.outputs, self.chosen, self._chosen_name())

    def choose(self, device: str | None) -> None:
        self.chosen = device or None
        self._missing = self._is_missing(self.outputs)
        if self._apply is not None:
            self._apply(self.chosen)

    def check(self) -> None:
        outputs = self._read()
        if outputs != self.outputs:
            self.outputs = outputs
            self.outputs_changed.emit(outputs)
        missing = self._is_missing(outputs)
        if missing == self._missing:
            return
        self._missing = missing
        if missing:
            now = outputs[0].name if outputs and self.chosen else None
            self.notice.emit(
                gone_sentence(self._chosen_name(), now) if self.chosen else none_sentence()
            )
            self.lost.emit(self.chosen or "")
        else:
            if self._apply is not None and self.chosen:
                self._apply(self.chosen)  # PulseAudio moved the sound away: bring it back
            name = self._chosen_name() if self.chosen else outputs[0].name
            self.notice.emit(back_sentence(name))
            self.returned.emit(self.chosen or "")

    def stop(self) -> None:
        self._timer.stop()
        if self._player is not None:
            self._player.release()
            self._player = None

    # -- inside ------------------------------------------------------------------------
    def _read(self) -> list[AudioOutput]:
        outputs = outputs_of(self._player, self.system) if self._player is not None else []
        for output in outputs:
            self._names[output.device] = output.name
        return outputs

    def _is_missing(self, outputs: list[AudioOutput]) -> bool:
        if self.system is AudioSystem.NONE:
            return False
        if not outputs:
            return True
        return self.chosen is not None and find_output(outputs, self.chosen) is None

    def _chosen_name(self) -> str:
        return self._names.get(self.chosen or "", self.chosen or "")
