"""``RemoteControl``: one session's phone remote, between the console and the server.

Off until turned on; off again when the session's console closes or the app quits. A
phone's action arrives on the server's thread, crosses to the GUI thread by a queued
signal, and goes through the session's one door (``LiveSession.perform``) as the phone's
own client (its own GO debounce; the logged event names the phone). Why the session
refused, if it did, goes back to the phone.
How much a phone may pass on is bounded on the server's side (``remote.throttle``): at
most a couple of its actions wait here at any time; a phone that floods is dropped there
and ``flooded`` says so here, once.
"""

from __future__ import annotations

import concurrent.futures
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from tearconsole.core.conductor.table import Action
from tearconsole.live.runner import LiveRunner
from tearconsole.live.snapshot import SessionSnapshot
from tearconsole.remote.audit import AuditLog
from tearconsole.remote.guard import Command
from tearconsole.remote.network import usable_address
from tearconsole.remote.pairing import Device, Pairing, Role
from tearconsole.remote.view import remote_state

if TYPE_CHECKING:  # aiohttp takes ~0.2 s to import: only when the remote is turned on
    from tearconsole.remote.server import RemoteServer

LOG_NAME = "remote.log"


class RemoteControl(QObject):
    changed = Signal()  # on/off, the code, the paired phones, who is connected
    flooded = Signal(str)  # a sentence: a phone sent too much and was disconnected
    _requested = Signal(object)  # (device, command, future), from the server's thread
    _connections = Signal(object)  # the names of the phones connected now
    _flood = Signal(object)  # the device dropped, from the server's thread

    def __init__(
        self,
        runner: LiveRunner,
        data_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        #: The console's keys, for the remote's panel (Space and Esc work while it is open).
        self.key_handler: Callable[[QKeyEvent], bool] = lambda _event: False
        self.log_path = data_dir / LOG_NAME
        self.server: RemoteServer | None = None
        self.pairing: Pairing | None = None
        self.audit: AuditLog | None = None
        self.connected: list[str] = []
        self.flood_notice = ""  # what the panel says after a phone was dropped
        self._next_role = Role.CONTROLLER
        self._requested.connect(self._perform, Qt.ConnectionType.QueuedConnection)
        self._connections.connect(self._on_connections, Qt.ConnectionType.QueuedConnection)
        self._flood.connect(self._on_flood, Qt.ConnectionType.QueuedConnection)
        runner.published.connect(self._publish)

    # -- on and off ---------------------------------------------------------------------
    @property
    def on(self) -> bool:
        return self.server is not None

    def turn_on(self, address: str, port: int = 0) -> None:
        """Listen on ``address`` only; ``OSError``/``ValueError`` with a sentence if not."""
        if self.server is not None:
            return
        # aiohttp (~200 ms): only when the remote is turned on
        from tearconsole.remote.server import RemoteServer

        bind = usable_address(address)
        self.pairing = Pairing(self.next_role, on_change=self.changed.emit)
        self.audit = AuditLog(self.log_path)
        server = RemoteServer(
            bind,
            self.pairing,
            self.audit,
            self._submit,
            port,
            self._connections.emit,
            on_flood=self._flood.emit,
        )
        try:
            server.start()
        except OSError as exc:
            self.pairing = self.audit = None
            sentence = self.tr("The remote cannot listen on {address}: {reason}")
            raise OSError(sentence.format(address=bind, reason=exc)) from exc
        self.server = server
        # What the app holds by now (the window, the session, the player) is set aside
        # from Python's full garbage collections while the remote is on: a stream of
        # connections (bench/remote_attack.py) brings those collections forward, and each
        # one, scanning everything, held every thread for 80-200 ms on a busy laptop.
        gc.freeze()
        self.audit.record("on", server.url)
        self._publish(self.runner.session.snapshot)
        self.changed.emit()

    def turn_off(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            gc.unfreeze()  # collected as before
            if self.audit is not None:
                self.audit.record("off", "")
        self.connected = []
        self.changed.emit()

    # -- what the panel shows and does ----------------------------------------------------
    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    @property
    def code(self) -> str:
        return self.pairing.code if self.pairing is not None else ""

    def pairing_url(self) -> str:
        """The address the QR code holds: the page, with the code for the page to fill in."""
        return f"{self.url}#pair={self.code}" if self.server is not None and self.code else ""

    def devices(self) -> list[Device]:
        return self.pairing.devices() if self.pairing is not None else []

    def refused(self) -> int:
        return self.audit.refused if self.audit is not None else 0

    def code_left_s(self) -> float:
        return self.pairing.code_left_s() if self.pairing is not None else 0.0

    def new_code(self) -> None:
        """Let one more phone pair: a fresh code (the facilitator's click)."""
        if self.pairing is not None:
            self.pairing.new_code()

    @property
    def next_role(self) -> Role:
        """What the next phone to pair becomes (after a pairing: a viewer)."""
        return self.pairing.next_role if self.pairing is not None else self._next_role

    def set_next_role(self, role: Role) -> None:
        self._next_role = role
        if self.pairing is not None:
            self.pairing.next_role = role
        self.changed.emit()

    def set_role(self, device_id: str, role: Role) -> None:
        """Give a paired phone control, or take it back."""
        changed = self.pairing is not None and self.pairing.set_role(device_id, role)
        if changed and self.audit is not None:
            self.audit.record("role", role.value, "", device_id)

    def revoke(self, device_id: str) -> None:
        if self.server is not None:
            self.server.revoke(device_id)
            if self.audit is not None:
                self.audit.record("revoked", device_id)
        self.changed.emit()

    # -- the server's thread -> the GUI thread ------------------------------------------------
    def _submit(self, device: Device, command: Command) -> concurrent.futures.Future[str | None]:
        future: concurrent.futures.Future[str | None] = concurrent.futures.Future()
        self._requested.emit((device, command, future))
        return future

    def _perform(self, request: Any) -> None:
        device, command, future = request
        if not future.set_running_or_notify_cancel():
            return
        if self.server is None:
            future.set_result(self.tr("The remote is off."))
            return
        try:
            future.set_result(self.act(device.name, command))
        except Exception as exc:  # the phone hears that it failed; the console goes on
            future.set_exception(exc)

    def act(self, device: str, command: Command) -> str | None:
        """Do ``command`` for the phone ``device`` through the session's door (logged as
        from it); why the session would not (paused, pressed twice...), else None."""
        session = self.runner.session
        action = Action(command.action.value)
        if action is Action.PAUSE:  # the phone's pause button resumes a paused session
            action = session.snapshot.pause_toggle
        outcome = session.perform(
            action, text=command.text, private=not command.shared, source=device
        )
        return None if outcome.done else outcome.told

    def _on_flood(self, device: Device) -> None:
        sentence = self.tr("{name} is sending too much; it was disconnected.")
        self.flood_notice = sentence.format(name=device.name)
        self.flooded.emit(self.flood_notice)
        self.changed.emit()

    def _on_connections(self, names: list[str]) -> None:
        self.connected = list(names) if self.server is not None else []
        self.changed.emit()

    def _publish(self, snapshot: SessionSnapshot) -> None:
        if self.server is None:
            return
        self.server.publish(remote_state(snapshot, self.runner.plan))
