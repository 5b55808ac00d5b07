"""Which audio system libVLC should play through, and which of its devices are outputs.

libVLC's own default on Linux is ALSA, which on a machine with no sound card prints
about 250 error lines a second to stderr and plays nowhere. So, before libVLC starts:
PulseAudio (or PipeWire's PulseAudio service) when its server runs, so that outputs
have their human names and can come and go live; else ALSA when the kernel knows a
sound card; else no output at all, which the room check and the console then say.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from tearconsole.settings import AUDIO_OUTPUT, AUDIO_OUTPUT_NAMES, Key, plan_audio_output

#: The settings key of the output chosen for this machine (per plan: ``plan_settings_key``).
SETTINGS_KEY = AUDIO_OUTPUT
#: The human names of outputs seen on this machine, by device id, so that one gone can
#: still be named ("HDMI", not "alsa_output.pci-0000_00_1f.3.hdmi-stereo").
NAMES_KEY = AUDIO_OUTPUT_NAMES
#: Where the kernel lists sound cards (absent or "no soundcards" when there are none).
ASOUND_CARDS = Path("/proc/asound/cards")
#: PulseAudio's "there is no real sink" stand-in (module-always-sink).
PULSE_PLACEHOLDER_SINKS = frozenset({"auto_null"})
#: ALSA device kinds that are a card's real outputs (the rest are plug-ins and routes).
ALSA_OUTPUT_PREFIXES = ("sysdefault:", "front:", "hdmi:", "iec958:", "usbstream:")


class AudioSystem(StrEnum):
    PULSE = "pulse"  # PulseAudio or PipeWire: human names, outputs come and go live
    ALSA = "alsa"
    OTHER = "other"  # another platform's own audio system (Windows, macOS)
    NONE = "none"  # no output: libVLC's dummy output (no sound card, or tests)


def pulse_socket_path() -> Path | None:
    """Where this user's PulseAudio/PipeWire server listens, whether it runs now or not."""
    server = os.environ.get("PULSE_SERVER", "")
    if server:
        for part in server.split():
            path = part.removeprefix("unix:")
            if path.startswith("/"):
                return Path(path)
        return None
    runtime = os.environ.get("PULSE_RUNTIME_PATH") or (
        str(Path(os.environ["XDG_RUNTIME_DIR"]) / "pulse")
        if os.environ.get("XDG_RUNTIME_DIR")
        else ""
    )
    return Path(runtime) / "native" if runtime else None


def pulse_server_socket() -> Path | None:
    """The running PulseAudio/PipeWire server's socket for this user, if there is one."""
    socket = pulse_socket_path()
    return socket if socket is not None and socket.exists() else None


def has_sound_card() -> bool:
    """Whether the kernel knows a sound card (Linux; elsewhere assumed)."""
    if not sys.platform.startswith("linux"):
        return True
    try:
        text = ASOUND_CARDS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(text.strip()) and "no soundcards" not in text


def default_aout_options() -> list[str]:
    """libVLC's ``--aout`` for this machine, as the module docstring says."""
    if not sys.platform.startswith("linux"):
        return []
    if pulse_server_socket() is not None:
        return ["--aout=pulse"]
    if has_sound_card():
        return ["--aout=alsa"]
    return ["--aout=dummy"]


def audio_system(options: list[str]) -> AudioSystem:
    """The audio system libVLC started with ``options`` plays through (the last --aout)."""
    chosen = ""
    for option in options:
        if option.startswith("--aout="):
            chosen = option.split("=", 1)[1].split(",")[0].strip().lower()
    if chosen in ("dummy", "none", "amem"):
        return AudioSystem.NONE
    if chosen == "pulse":
        return AudioSystem.PULSE
    if chosen == "alsa" or (not chosen and sys.platform.startswith("linux")):
        return AudioSystem.ALSA
    return AudioSystem.OTHER


def is_output(system: AudioSystem, device: str) -> bool:
    """Whether a device libVLC lists is a place sound can go to (not a plug-in)."""
    if system is AudioSystem.NONE:
        return False
    if system is AudioSystem.PULSE:
        return device not in PULSE_PLACEHOLDER_SINKS
    if system is AudioSystem.ALSA:
        return device == "default" and has_sound_card() or device.startswith(ALSA_OUTPUT_PREFIXES)
    return bool(device)


def plan_settings_key(plan_id: int) -> Key[str | None]:
    return plan_audio_output(plan_id)


def chosen_device(settings: Any, plan_id: int | None = None) -> str | None:
    """The output chosen for this plan, else for this machine (``settings.Settings``).

    The one answer to "where does the sound go": the Room check shows it, the start form
    checks it and the session plays there (None: the system's default output).
    """
    if plan_id is not None:
        for_plan = settings.get(plan_settings_key(plan_id))
        if isinstance(for_plan, str) and for_plan:
            return for_plan
    chosen = settings.get(SETTINGS_KEY)
    return chosen if isinstance(chosen, str) and chosen else None


def choose_device(settings: Any, device: str, plan_id: int | None, for_plan: bool) -> None:
    """Keep ``device`` as the output of this plan only, or of this machine (and then of
    this plan too: a plan's own choice would otherwise still win over it)."""
    if for_plan and plan_id is not None:
        settings.set(plan_settings_key(plan_id), device or None)
        return
    if plan_id is not None:
        settings.set(plan_settings_key(plan_id), None)
    settings.set(SETTINGS_KEY, device)


def chosen_for_plan_only(settings: Any, plan_id: int | None) -> bool:
    return plan_id is not None and bool(settings.get(plan_settings_key(plan_id)))


def remembered_names(settings: Any) -> dict[str, str]:
    names = settings.get(NAMES_KEY)
    return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}


def remember_names(settings: Any, outputs: Any) -> None:
    """Keep the human names of ``outputs`` (``AudioOutput``s) for later sentences."""
    names = remembered_names(settings)
    names.update({output.device: output.name for output in outputs})
    settings.set(NAMES_KEY, names)
