"""The phone remote's panel, on the laptop only: the interface to listen on, on/off, the
QR code and the one-time code, and the paired phones (each with its address, role and
pairing time, a button to give or take back control and one to withdraw it).

One phone at a time: a code pairs one phone and lives a few minutes; the next phone
needs "Pair another phone" here, and joins as a viewer unless given control.

A tool window over the main window (never on the room's screen); it only draws the
``RemoteControl`` and passes clicks back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tearconsole.remote.network import LOOPBACK, default_route_address
from tearconsole.remote.pairing import Role
from tearconsole.ui import theme
from tearconsole.ui.remote.control import RemoteControl
from tearconsole.ui.remote.qr import qr_pixmap


def interface_choices() -> list[tuple[str, str]]:
    """(label, address) for each IPv4 address of an interface that is up; the one that
    carries the default route first, this laptop alone (loopback) last."""
    default = default_route_address()
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((f"{interface.humanReadableName()}  {ip.toString()}", ip.toString()))
    found.sort(key=lambda item: item[1] != default)
    alone = QCoreApplication.translate("RemotePanel", "This laptop only  {address}")
    found.append((alone.format(address=LOOPBACK), LOOPBACK))
    return found


class Listener(Protocol):
    """What a panel turns on and off: the remote, the participants' phones."""

    @property
    def on(self) -> bool: ...

    def turn_on(self, address: str) -> None: ...

    def turn_off(self) -> None: ...


def toggle_listening(listener: Listener, interface: QComboBox, message: QLabel) -> None:
    """The panel's switch: off, or on at the interface chosen (why not, said in
    ``message``)."""
    if listener.on:
        listener.turn_off()
        return
    try:
        listener.turn_on(str(interface.currentData()))
        message.setText("")
    except (OSError, ValueError) as exc:
        message.setText(str(exc))


def show_listening(interface: QComboBox, address: str) -> None:
    """Say where it listens (however it was turned on): ``address`` chosen in the list."""
    index = interface.findData(address)
    if index < 0:
        interface.addItem(address, address)
        index = interface.count() - 1
    interface.setCurrentIndex(index)


@dataclass(frozen=True)
class ListeningParts:
    """What a panel that turns a listener on shows: where it listens, its switch, why
    not, the QR code, the address and the code."""

    interface: QComboBox
    switch: QPushButton
    message: QLabel
    qr: QLabel
    address: QLabel
    code: QLabel


def listening_parts(toggle: Callable[[], None], code_pt: int) -> ListeningParts:
    """The parts, the switch calling ``toggle``, the code in ``code_pt`` points."""
    interface = QComboBox()
    for label, address in interface_choices():
        interface.addItem(label, address)
    switch = QPushButton()
    switch.clicked.connect(toggle)
    message = QLabel("")
    message.setWordWrap(True)
    message.setStyleSheet(f"color: {theme.WARN};")
    qr = QLabel()
    qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
    where = QLabel()
    where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    where.setTextFormat(Qt.TextFormat.PlainText)
    code = QLabel()
    code.setTextFormat(Qt.TextFormat.PlainText)
    code.setStyleSheet(f"font-size: {code_pt}pt; font-weight: 600; letter-spacing: 6px;")
    return ListeningParts(interface, switch, message, qr, where, code)


class RemotePanel(QWidget):
    def __init__(self, remote: RemoteControl, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.remote = remote
        self.setWindowTitle(self.tr("Phone remote"))
        self.setMinimumWidth(460)
        parts = listening_parts(self._toggle, 30)
        self.interface, self.switch, self.message = parts.interface, parts.switch, parts.message
        self.qr, self.address, self.code = parts.qr, parts.address, parts.code
        self.role = QComboBox()
        self.role.addItem(self.tr("may act (GO, pause, soften, safe stop…)"), Role.CONTROLLER.value)
        self.role.addItem(self.tr("may only watch"), Role.VIEWER.value)
        self.role.setCurrentIndex(self.role.findData(remote.next_role.value))
        self.role.currentIndexChanged.connect(
            lambda _: remote.set_next_role(Role(self.role.currentData()))
        )
        self.new_code = QPushButton()
        self.new_code.clicked.connect(remote.new_code)
        self.refused = QLabel()
        self.refused.setObjectName("muted")
        self.devices = QGridLayout()
        self.devices.setColumnStretch(0, 1)
        hint = QLabel(
            self.tr(
                "Shown on this laptop only. The phone opens the address (or scans the code) "
                "in its browser and types the code. A code pairs one phone and works for five "
                "minutes; for the next phone, click Pair another phone: it joins as a viewer "
                "unless you give it control. The remote turns itself off when the session ends."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")

        choose = QGridLayout()
        choose.addWidget(QLabel(self.tr("Listen on")), 0, 0)
        choose.addWidget(self.interface, 0, 1)
        choose.addWidget(QLabel(self.tr("The next phone")), 1, 0)
        choose.addWidget(self.role, 1, 1)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.new_code)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.switch)
        layout.addWidget(self.message)
        layout.addWidget(self.qr)
        layout.addWidget(self.address)
        layout.addLayout(code_row)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Paired phones")))
        layout.addLayout(self.devices)
        layout.addWidget(self.refused)
        layout.addStretch(1)
        for widget in (self.interface, self.role, self.switch, self.new_code):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is GO here too, never a click
        remote.changed.connect(self.show_state)
        # Refusals are counted on the server's thread and read here once a second: a flood
        # of bad requests never becomes a flood of work on the GUI thread. A code that
        # expired meanwhile goes from the panel at the same tick.
        self._refusals = QTimer(self)
        self._refusals.setInterval(1000)
        self._refusals.timeout.connect(self._tick)
        self._refusals.start()
        self._qr_for = ""
        self._code_shown = ""
        self.show_state()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The console's keys work while this panel has the keyboard (Space: GO, Esc: safe
        stop), so opening it never takes them from the facilitator."""
        if not self.remote.key_handler(event):
            super().keyPressEvent(event)

    def _toggle(self) -> None:
        toggle_listening(self.remote, self.interface, self.message)

    def show_state(self) -> None:
        remote = self.remote
        on = remote.on
        self.switch.setText(
            self.tr("Turn the remote off") if on else self.tr("Turn the remote on for this session")
        )
        self.interface.setEnabled(not on)
        if on and remote.server is not None:
            show_listening(self.interface, remote.server.address)
        self.new_code.setEnabled(on)
        self.new_code.setText(
            self.tr("Pair another phone") if remote.devices() else self.tr("New code")
        )
        index = self.role.findData(remote.next_role.value)
        if index != self.role.currentIndex():
            self.role.blockSignals(True)  # shown, not chosen: the choice stays the pairing's
            self.role.setCurrentIndex(index)
            self.role.blockSignals(False)
        if remote.flood_notice:
            self.message.setText(remote.flood_notice)
        link = remote.pairing_url()
        if link != self._qr_for:
            self._qr_for = link
            if link:
                self.qr.setPixmap(qr_pixmap(link))
            else:
                self.qr.clear()
        self.qr.setVisible(bool(link))
        self.address.setText(remote.url)
        self._code_shown = remote.code
        if on:
            self.code.setText(remote.code or self.tr("(ask for a new code)"))
        else:
            self.code.setText("")
        self._show_devices()
        self._show_refused()

    def _tick(self) -> None:
        if self.remote.code != self._code_shown:  # it expired
            self.show_state()
        else:
            self._show_refused()

    def _show_refused(self) -> None:
        refused = self.remote.refused()
        self.refused.setText(
            self.tr("%n request(s) refused (see remote.log in the data folder)", "", refused)
            if refused
            else ""
        )

    def _show_devices(self) -> None:
        while self.devices.count():
            item = self.devices.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        devices = self.remote.devices()
        if not devices:
            self.devices.addWidget(QLabel(self.tr("None yet.")), 0, 0)
            return
        connected = set(self.remote.connected)
        locale = QLocale()
        for row, device in enumerate(devices):
            name = QLabel(device.name)
            name.setTextFormat(Qt.TextFormat.PlainText)  # a phone's name is never markup
            controls = device.role is Role.CONTROLLER
            role = self.tr("may act") if controls else self.tr("only watches")
            state = self.tr("connected") if device.name in connected else self.tr("not connected")
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(device.paired_at)).time(),
                QLocale.FormatType.ShortFormat,
            )
            about = self.tr("{address} · {role} · paired {time} · {state}").format(
                address=device.address or "?", role=role, time=when, state=state
            )
            details = QLabel(about)
            details.setTextFormat(Qt.TextFormat.PlainText)
            details.setObjectName(f"about-{device.id}")
            switch = QPushButton(self.tr("Only watch") if controls else self.tr("Give control"))
            switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            switch.setObjectName(f"role-{device.id}")
            other = Role.VIEWER if controls else Role.CONTROLLER
            switch.clicked.connect(lambda _=False, d=device.id, r=other: self.remote.set_role(d, r))
            revoke = QPushButton(self.tr("Withdraw"))
            revoke.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            revoke.setObjectName(f"revoke-{device.id}")
            revoke.clicked.connect(lambda _=False, d=device.id: self.remote.revoke(d))
            self.devices.addWidget(name, row, 0)
            self.devices.addWidget(details, row, 1)
            self.devices.addWidget(switch, row, 2)
            self.devices.addWidget(revoke, row, 3)
