"""``AudioWatch``: the sound outputs followed while a session runs.

It looks at libVLC's list of outputs once a second (a copy of libVLC's own list: a few
microseconds on the GUI thread, the same at any hour of a session) and tells the
facilitator, in one sentence, when there is no output, when the chosen one goes (HDMI
unplugged: PulseAudio moves the sound to another output) and when it comes back, when
it sends the sound there again. With PulseAudio it also follows the server itself
(``pulse_watch``, and libVLC's own errors: ``vlc_log``): when the server goes, it says
so; when it is back, it has the engine open its outputs anew (``reopen``) on the chosen
output, and says where the sound plays now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from tearconsole.playback.audio_outputs import AudioOutput, find_output, outputs_of
from tearconsole.playback.audio_system import AudioSystem
from tearconsole.playback.pulse_watch import PulseServerWatch
from tearconsole.playback.vlc_log import audio_errors, release_audio_errors

#: Qt's translate, under the name pyside6-lupdate collects calls of.
translate = QCoreApplication.translate

WATCH_EVERY_MS = 1000
#: While nothing is heard because the server is gone, its sentence is said again this
#: often, so that the console's notice line (which lets a sentence go after a while)
#: keeps saying it until the sound is back.
REMIND_MS = 10_000


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


def server_gone_sentence() -> str:
    return translate(
        "AudioWatch",
        "The sound server stopped: nothing is heard now. The cue goes on, and its sound "
        "comes back when the server does.",
    )


def server_back_sentence(name: str | None) -> str:
    if name:
        return translate(
            "AudioWatch", "The sound server is back: sound plays on {name} again."
        ).format(name=name)
    return translate(
        "AudioWatch", "The sound server is back: sound plays on the system's default output."
    )


def not_chosen_sentence() -> str:
    return translate(
        "AudioWatch",
        "No sound output is chosen: the sound would go to the system's default output, "
        "which may not be the one the room hears.",
    )


def not_connected_sentence(chosen: str) -> str:
    return translate(
        "AudioWatch",
        "The chosen sound output, {chosen}, is not connected: the sound would go to the "
        "system's default output.",
    ).format(chosen=chosen)


def start_problem(
    system: AudioSystem, outputs: list[AudioOutput], chosen: str | None, name: str = ""
) -> str | None:
    """Before a session: one sentence when the sound would not go to a chosen output
    (none at all, none chosen, or the chosen one not connected)."""
    if system is AudioSystem.NONE or not outputs:
        return none_sentence()
    if not chosen:
        return not_chosen_sentence()
    if find_output(outputs, chosen) is None:
        return not_connected_sentence(name or chosen)
    return None


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
    server_lost = Signal()  # the audio server went away: nothing is heard
    server_back = Signal(str)  # ...and is back; where sound goes now ("" for the default)

    def __init__(
        self,
        instance: Any,
        system: AudioSystem,
        chosen: str | None,
        apply: Callable[[str | None], None] | None = None,
        every_ms: int = WATCH_EVERY_MS,
        parent: QObject | None = None,
        names: dict[str, str] | None = None,
        reopen: Callable[[], None] | None = None,
    ) -> None:
        """``names``: human names known from before, by device (for an output gone now);
        ``reopen``: opens the engine's outputs anew, after the audio server came back."""
        super().__init__(parent)
        self._reopen = reopen
        self.server_gone = False
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
        self.remind = QTimer(self)  # says the server is gone again (REMIND_MS)
        self.remind.setInterval(REMIND_MS)
        self.remind.timeout.connect(lambda: self.notice.emit(server_gone_sentence()))
        self.server: PulseServerWatch | None = None
        if system is AudioSystem.PULSE:
            self.server = PulseServerWatch(self)
            self.server.left.connect(self._on_server_left)
            self.server.returned.connect(self._on_server_back)
            self.server.changed.connect(self.check)
            self._errors = audio_errors(instance)
            self._errors.failed.connect(self.server.poke)
        self._instance = instance

    def problem(self) -> str | None:
        """The sentence for how things stand now, or None when sound has somewhere to go."""
        return output_problem(self.system, self.outputs, self.chosen, self._chosen_name())

    def choose(self, device: str | None) -> None:
        self.chosen = device or None
        self._missing = self._is_missing(self.outputs)
        if self._apply is not None:
            self._apply(self.playing_device())

    def playing_device(self) -> str | None:
        """The device to send sound to now: the chosen one if it is there, else None (the
        system's default). libVLC's PulseAudio output plays nothing at all on a sink
        that does not exist, so a chosen output that is gone is never asked for."""
        found = find_output(self.outputs, self.chosen) if self.chosen else None
        return found.device if found is not None else None

    def check(self) -> None:
        if self.server_gone:
            return  # libVLC's list is the old server's: nothing to learn from it
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
        self.remind.stop()
        if self.server is not None:
            self.server.stop()
            self._errors.failed.disconnect(self.server.poke)
            release_audio_errors(self._instance)
            self.server = None
        if self._player is not None:
            self._player.release()
            self._player = None

    # -- the audio server -------------------------------------------------------------
    def _on_server_left(self) -> None:
        self.server_gone = True
        self.notice.emit(server_gone_sentence())
        self.remind.start()
        self.server_lost.emit()

    def _on_server_back(self) -> None:
        self.server_gone = False
        self.remind.stop()
        if self._player is not None:
            self._player.audio_output_set(self.system.value)  # its list: the new server's
        self.outputs = self._read()
        self.outputs_changed.emit(self.outputs)
        self._missing = self._is_missing(self.outputs)
        if self._apply is not None:
            self._apply(self.playing_device())  # where the outputs opened anew will play
        if self._reopen is not None:
            self._reopen()
        found = find_output(self.outputs, self.chosen) if self.chosen else None
        if not self.outputs:
            self.notice.emit(none_sentence())  # a server with no output at all
        elif self.chosen and found is None:
            self.notice.emit(gone_sentence(self._chosen_name(), None))
        else:
            self.notice.emit(server_back_sentence(found.name if found else None))
        self.server_back.emit(found.device if found else "")

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
        return self.name_of(self.chosen or "")

    def name_of(self, device: str) -> str:
        """The human name of ``device`` as last seen (its id when never seen)."""
        found = find_output(self.outputs, device)
        return found.name if found else self._names.get(device, device)
