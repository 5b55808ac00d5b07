"""The console's line about the phone remote: off, on and waiting, or who is connected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from tearconsole.ui import theme
from tearconsole.ui.plain import plain_tip
from tearconsole.ui.remote.control import RemoteControl

if TYPE_CHECKING:
    from tearconsole.ui.remote.panel import RemotePanel


#: The connected phones' names take at most this width in the console's top row (beside
#: the room's level, under the plan's name): with a refusal counted, the line still fits
#: beside the clocks on a 1280x720 screen in Japanese.
NAMES_PX = 160


class RemoteStatus(QPushButton):
    """Shows the remote's state beside the clocks; a click opens its panel."""

    def __init__(self, remote: RemoteControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remote = remote
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays GO
        self.setObjectName("remoteStatus")
        self.panel: RemotePanel | None = None
        remote.changed.connect(self.show_state)
        self.clicked.connect(self.open_panel)
        # Refusals (someone on the network trying codes or other pages) are counted on the
        # server's thread; read once a second while the remote is on.
        self._refusals = QTimer(self)
        self._refusals.setInterval(1000)
        self._refusals.timeout.connect(self._check_refusals)
        self._refused = 0
        self.show_state()

    def open_panel(self) -> RemotePanel:
        """The remote's panel, over the main window (on the laptop, never the room)."""
        if self.panel is None:
            # the panel and its QR code: when first opened
            from tearconsole.ui.remote.panel import RemotePanel

            self.panel = RemotePanel(self.remote, self.window())
            self.panel.adjustSize()
            self._place_below(self.panel)
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def _place_below(self, panel: QWidget) -> None:
        """Just under this button, inside the laptop's screen (never the room's)."""
        below = self.mapToGlobal(QPoint(self.width() - panel.width(), self.height() + 6))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - panel.width()))
        y = max(screen.top(), min(below.y(), screen.bottom() - panel.height()))
        panel.move(x, y)

    def close_panel(self) -> None:
        if self.panel is not None:
            self.panel.close()
            self.panel.deleteLater()
            self.panel = None

    def _check_refusals(self) -> None:
        if self.remote.refused() != self._refused:
            self.show_state()

    def show_state(self) -> None:
        remote = self.remote
        self._refused = remote.refused()
        if remote.on != self._refusals.isActive():
            (self._refusals.start if remote.on else self._refusals.stop)()
        if not remote.on:
            text, colour = self.tr("Remote: off"), theme.MUTED
        elif remote.connected:
            names = ", ".join(dict.fromkeys(remote.connected))
            # Phones' names are the users' own: a long one is shortened (the console's
            # state row must fit a small screen); the whole list is in the tooltip.
            shown = self.fontMetrics().elidedText(names, Qt.TextElideMode.ElideRight, NAMES_PX)
            text = self.tr("Remote: {names}").format(names=shown)
            colour = theme.ACCENT
        else:
            text, colour = self.tr("Remote: on, no phone"), theme.WARN
        if remote.on and self._refused:
            text = self.tr("{state} · %n refused", "", self._refused).format(state=text)
            colour = theme.WARN
        if remote.on and remote.flood_notice:  # a phone was dropped: said in the panel too
            colour = theme.WARN
        self.setText(text)
        self.setStyleSheet(f"color: {colour}; padding: 4px 10px;")
        tip = self.tr("The phone remote: turn it on, pair a phone, withdraw a pairing")
        if remote.on and remote.connected:
            tip = "\n".join([*dict.fromkeys(remote.connected), tip])
        if remote.on and remote.flood_notice:
            tip = "\n".join([remote.flood_notice, tip])
        self.setToolTip(plain_tip(tip))
