"""Loading libVLC once, checking it, and making the shared ``vlc.Instance``.

``import vlc`` succeeds even when the system library is missing (the first call then
raises ``NameError``), and a bad ``PYTHON_VLC_LIB_PATH`` makes the import call
``sys.exit(1)``; both become one ``LibVLCMissing`` sentence here.
"""

from __future__ import annotations

import io
import os
import shlex
import sys
from contextlib import redirect_stderr, redirect_stdout
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from tearconsole.errors import LibVLCMissing
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.i18n.message import Message
from tearconsole.platform.runtime_dir import ensure_runtime_dir
from tearconsole.playback.audio_system import default_aout_options

INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Playback",
    "libVLC, the video engine tearconsole plays through, is not installed or cannot be "
    "loaded: install VLC (on Debian or Ubuntu: sudo apt install libvlc5 vlc-plugin-base "
    "vlc-plugin-video-output) and start tearconsole again.",
)

#: Extra libVLC options, e.g. ``--aout=dummy`` on a machine with no sound card.
EXTRA_OPTIONS_ENV = "TEARCONSOLE_VLC_OPTIONS"

BASE_OPTIONS = ["--quiet", "--no-xlib", "--no-video-title-show", "--no-osd"]
HEADLESS_OPTIONS = ["--vout=dummy", "--aout=dummy"]


@cache
def load_vlc() -> ModuleType:
    """The python-vlc module with a working libVLC behind it, or ``LibVLCMissing``."""
    ensure_runtime_dir()
    try:
        # python-vlc prints its own complaint before exiting; the user gets ours instead.
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            import vlc  # libVLC: loaded when first used (it may be missing)

        vlc.libvlc_get_version()
    except (ImportError, OSError, NameError, NotImplementedError, AttributeError, SystemExit):
        raise LibVLCMissing(Message.translate("Playback", INSTALL_HINT)) from None
    module: ModuleType = vlc
    return module


def libvlc_version() -> str:
    raw = load_vlc().libvlc_get_version()
    return raw.decode() if isinstance(raw, bytes) else str(raw)


def instance_options(headless: bool = False, extra: list[str] | None = None) -> list[str]:
    """The options ``make_instance`` starts libVLC with (later ones win).

    With sound, the audio system is chosen here (``audio_system.default_aout_options``):
    PulseAudio/PipeWire when its server runs, no output at all on a machine with no sound
    card (libVLC's ALSA output would print hundreds of error lines a second there);
    ``TEARCONSOLE_VLC_OPTIONS`` and ``extra`` still override it.
    """

    options = list(BASE_OPTIONS)
    options += HEADLESS_OPTIONS if headless else default_aout_options()
    options += shlex.split(os.environ.get(EXTRA_OPTIONS_ENV, ""))
    options += extra or []
    return options


def make_instance(headless: bool = False, extra: list[str] | None = None) -> Any:
    """A new ``vlc.Instance``; ``headless`` sends audio and video nowhere (tests, CI)."""
    vlc = load_vlc()
    options = instance_options(headless, extra)
    instance = vlc.Instance(options)
    if instance is None:
        raise LibVLCMissing(
            Message.translate(
                "Playback",
                "libVLC refused its start-up options ({options}); check {variable} "
                "or reinstall VLC.",
            ).format(options=" ".join(options), variable=EXTRA_OPTIONS_ENV)
        )
    return instance


#: libVLC's and its plug-ins' own messages (ALSA, PulseAudio, codecs) go here, not to
#: the terminal; started afresh (the previous one kept as ``.1``) past this size.
NATIVE_LOG_NAME = "media-engine.log"
NATIVE_LOG_MAX_BYTES = 5_000_000


def keep_native_stderr_in(log_dir: Path) -> Path | None:
    """Send what C libraries write to stderr into a log file; Python's stderr stays.

    libVLC's ``--quiet`` silences libVLC, not the libraries under it: with no sound card,
    ALSA alone printed about 250 lines a second. File descriptor 2 becomes the log file,
    and ``sys.stderr`` a copy of the terminal's, so tearconsole's own sentences (and
    tracebacks) still reach the person who ran it. Returns the log's path, or None when
    it could not be opened (then nothing changes).
    """
    if os.name != "posix":
        return None
    log = log_dir / NATIVE_LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if log.exists() and log.stat().st_size > NATIVE_LOG_MAX_BYTES:
            os.replace(log, log.with_name(NATIVE_LOG_NAME + ".1"))
        target = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        return None
    try:
        sys.stderr.flush()
        terminal = os.dup(2)
        os.dup2(target, 2)
    except OSError:
        return None
    finally:
        os.close(target)
    sys.stderr = os.fdopen(terminal, "w", buffering=1, encoding="utf-8", errors="replace")
    return log
