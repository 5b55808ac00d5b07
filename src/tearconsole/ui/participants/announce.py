"""``tearconsole live PLAN --participants``: the participants' phones on from the start,
their page's address and the room's code printed to the terminal (one line starting
``Participants:``); the room's screen shows the QR code on the welcome and closing cards."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from tearconsole.remote.network import LOOPBACK, default_route_address
from tearconsole.ui.live.page import LivePage


def start_announced(page: LivePage | None, address: str | None) -> bool:
    """Turn the opened session's participants' phones on at ``address`` (default: the
    default route's interface) and say where; a sentence on stderr when they cannot be."""
    if page is None or page.participants is None:
        print(
            QCoreApplication.translate(
                "Participants", "The participants' phones stay off: no session opened."
            ),
            file=sys.stderr,
        )
        return False
    try:
        control = page.start_participants(address or default_route_address() or LOOPBACK)
    except (OSError, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return False
    line = QCoreApplication.translate(
        "Participants", "Participants: open {url} on a phone and type the room's code {code}"
    ).format(url=control.address, code=control.code)
    print(line, flush=True)
    return True
