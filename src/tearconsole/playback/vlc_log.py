"""``AudioErrorLog``: libVLC's own word that its audio output failed.

libVLC raises no event when its audio server goes away; its PulseAudio output only logs
an error for every block it can no longer write ("cannot write: Connection terminated").
This listens to libVLC's log for errors from an audio output module and emits
``failed`` (at most once per ``QUIET_S``), so the sound's watch looks at the server at
once instead of at its next turn.

The log callback runs on libVLC's threads: it only compares a level and a module name
and emits a Qt signal (queued to the GUI thread). The message's own text is not
formatted (that would need the platform's ``va_list``), the module's name suffices.
One callback per libVLC instance, set while someone listens (``audio_errors`` ...
``release_audio_errors``: libVLC's own logging is back once nobody does), and kept for the
life of the process: libVLC may still call it while ``log_unset`` returns.
"""

from __future__ import annotations

import ctypes
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from tearconsole.playback.vlcenv import load_vlc

LOG_ERROR = 4  # libVLC's LIBVLC_ERROR
QUIET_S = 0.5
#: Module names of libVLC's audio outputs whose errors mean "no sound now".
AUDIO_MODULES = ("pulse", "alsa", "vlcpulse")

_kept: list[tuple[Any, Any, AudioErrorLog]] = []  # (instance, callback, log), never freed
_users: dict[int, int] = {}  # id(log) -> how many listen now


class AudioErrorLog(QObject):
    failed = Signal(str)  # the module's name

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._last = 0.0

    def heard(self, module: str) -> None:
        """From libVLC's thread: an audio output logged an error."""
        now = time.monotonic()
        with self._lock:
            if now - self._last < QUIET_S:
                return
            self._last = now
        self.failed.emit(module)


def _get_context() -> Any:
    vlc = load_vlc()
    function = vlc.dll.libvlc_log_get_context
    function.restype = None
    function.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_char_p),
        ctypes.POINTER(ctypes.c_char_p),
        ctypes.POINTER(ctypes.c_uint),
    ]
    return function


def audio_errors(instance: Any) -> AudioErrorLog:
    """The audio-error log of ``instance`` (listening from the first call on)."""
    for kept, kept_callback, known in _kept:
        if kept is instance:
            if not _users.get(id(known)):
                instance.log_set(kept_callback, None)
            _users[id(known)] = _users.get(id(known), 0) + 1
            return known
    vlc = load_vlc()
    get_context = _get_context()
    log = AudioErrorLog()

    def heard(_data: Any, level: int, ctx: Any, _fmt: Any, _args: Any) -> None:
        if level < LOG_ERROR:
            return
        module = ctypes.c_char_p()
        get_context(ctx, ctypes.byref(module), None, None)
        name = (module.value or b"").decode("ascii", "replace")
        if any(part in name for part in AUDIO_MODULES):
            log.heard(name)

    callback = vlc.CallbackDecorators.LogCb(heard)  # (kept alive below: libVLC holds it)
    _kept.append((instance, callback, log))
    _users[id(log)] = 1
    instance.log_set(callback, None)
    return log


def release_audio_errors(instance: Any) -> None:
    """One listener fewer; with none left, libVLC logs as it did before."""
    for kept, _callback, known in _kept:
        if kept is instance and _users.get(id(known)):
            _users[id(known)] -= 1
            if not _users[id(known)]:
                instance.log_unset()
            return
