"""The audio outputs libVLC can see, and the facilitator's choice among them.

An output is named by libVLC's device id (a PulseAudio sink such as ``hdmi``, an ALSA
device) and shown by its human name (``HDMI``, ``Speakers``). The choice is kept in the
settings per machine (``SETTINGS_KEY``) and may be overridden per plan
(``audio_system.plan_settings_key``); ``audio_watch`` follows it during a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tearconsole.playback.audio_system import (
    AudioSystem,
    audio_system,
    is_output,
)
from tearconsole.playback.vlcenv import instance_options, load_vlc


@dataclass(frozen=True)
class AudioOutput:
    device: str  # libVLC's id for it
    name: str  # its human name

    def as_dict(self) -> dict[str, str]:
        return {"device": self.device, "name": self.name}


def _text(raw: Any) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")


def outputs_of(media_player: Any, system: AudioSystem) -> list[AudioOutput]:
    """The outputs a libVLC media player can play to now, in libVLC's order."""
    vlc = load_vlc()
    found: list[AudioOutput] = []
    head = media_player.audio_output_device_enum()
    node = head
    while node:
        device = _text(node.contents.device)
        name = _text(node.contents.description) or device
        if is_output(system, device):
            found.append(AudioOutput(device, name))
        node = node.contents.next
    if head:
        vlc.libvlc_audio_output_device_list_release(head)
    return found


def list_outputs(instance: Any, system: AudioSystem) -> list[AudioOutput]:
    """The outputs of ``instance`` (a short-lived player of its own asks libVLC)."""
    if system is AudioSystem.NONE:
        return []
    player = instance.media_player_new()
    try:
        return outputs_of(player, system)
    finally:
        player.release()


def find_output(outputs: Sequence[AudioOutput], wanted: str | None) -> AudioOutput | None:
    """The output whose device id or human name is ``wanted`` (case does not matter)."""
    if not wanted:
        return None
    key = wanted.strip().casefold()
    for output in outputs:
        if output.device.casefold() == key:
            return output
    for output in outputs:
        if output.name.casefold() == key:
            return output
    return None


def system_for(headless: bool = False) -> AudioSystem:
    """The audio system ``make_instance(headless)`` plays through."""
    return audio_system(instance_options(headless))
