"""``PulseServerWatch``: whether the PulseAudio (or PipeWire-Pulse) server is there.

libVLC's PulseAudio output does not survive its server: killed and restarted, the
server comes back and libVLC keeps writing to the connection it lost, so nothing is
heard again until its outputs are opened anew. This watch tells when the server leaves
and when it is back, from the server's side:
- while it is up, ``pactl subscribe`` (when installed) holds a connection to it: the
  connection ending means it left, at once; its lines (a sink added or removed) are
  passed on as ``changed``. Without pactl, the socket is tried once a second.
- while it is gone, the socket is tried every ``RETRY_MS``: a server accepting on it is
  back (connecting to a local socket takes microseconds and never waits for the server).
``poke()`` looks at once (libVLC said its output failed: ``vlc_log``).
"""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from tearconsole.playback.audio_system import pulse_socket_path

#: How often the socket is tried while the server is gone (the return is then seen
#: within this long) and while it is up with no ``pactl`` to hold a connection.
RETRY_MS = 200
POLL_UP_MS = 1000


def server_answers(path: Path | None) -> bool:
    """Whether a server accepts connections on the local socket ``path`` now."""
    if path is None or sys.platform == "win32":  # PulseAudio's socket is a Unix one
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(0.2)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def _end_quietly(process: QProcess) -> None:
    if process.state() is not QProcess.ProcessState.NotRunning:
        process.kill()
        process.waitForFinished(1000)


class PulseServerWatch(QObject):
    left = Signal()
    returned = Signal()
    changed = Signal()  # the server said something changed (a sink came or went)

    def __init__(self, parent: QObject | None = None, use_pactl: bool = True) -> None:
        super().__init__(parent)
        self.path = pulse_socket_path()
        self.up = self.path is None or server_answers(self.path)
        self._pactl = shutil.which("pactl") if use_pactl else None
        self._subscriber = QProcess(self)  # one, started again as often as needed
        self._subscriber.setProgram(self._pactl or "pactl")
        self._subscriber.setArguments(["subscribe"])
        self._subscriber.readyReadStandardOutput.connect(self._on_lines)
        self._subscriber.finished.connect(self._on_ended)
        self._subscriber.errorOccurred.connect(self._on_failed)
        self._ending = False  # we end pactl ourselves: not news of the server
        subscriber = self._subscriber
        self.destroyed.connect(lambda *_: _end_quietly(subscriber))  # never left running
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poke)
        self._stopped = self.path is None  # a server not on a local socket: not watched
        if not self._stopped:
            self._follow()

    def poke(self) -> None:
        """Look now whether the server is there; say so if that changed."""
        if self._stopped:
            return
        up = server_answers(self.path)
        if up == self.up:
            if up and self._pactl and not self._subscribed():
                self._follow()  # pactl ended while the server stayed: follow again
            return
        self.up = up
        self._follow()
        (self.returned if up else self.left).emit()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._end_subscriber()

    # -- inside ------------------------------------------------------------------------
    def _follow(self) -> None:
        """Hold a connection while the server is up (or poll), try the socket while not."""
        if not self.up:
            self._end_subscriber()
            self._timer.start(RETRY_MS)
        elif self._pactl:
            self._timer.stop()
            self._subscribe()
        else:
            self._timer.start(POLL_UP_MS)

    def _subscribed(self) -> bool:
        return self._subscriber.state() is not QProcess.ProcessState.NotRunning

    def _subscribe(self) -> None:
        if not self._subscribed():
            self._subscriber.start()

    def _on_lines(self) -> None:
        data = self._subscriber.readAllStandardOutput().data()
        text = bytes(data).decode("utf-8", "replace")
        # "Event 'new' on sink #3"; not the streams' own changes ("on sink-input #7",
        # one per volume step of a fade)
        if " on sink #" in text or " on server" in text:
            self.changed.emit()

    def _on_failed(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._on_ended()

    def _on_ended(self) -> None:
        if self._stopped or self._ending:
            return
        if server_answers(self.path):
            self._timer.start(POLL_UP_MS)  # pactl itself failed: poll, and follow again
        else:
            self.poke()

    def _end_subscriber(self) -> None:
        self._ending = True
        _end_quietly(self._subscriber)
        self._ending = False
