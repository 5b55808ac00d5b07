"""``tearconsole live PLAN --remote``: the remote on from the start, its address and
one-time code printed to the terminal, its QR code in the panel on the laptop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from tearconsole.remote.network import LOOPBACK, default_route_address
from tearconsole.ui.live.page import LivePage


def start_announced(page: LivePage | None, address: str | None) -> bool:
    """Turn the opened session's remote on at ``address`` (default: the default route's
    interface) and say where; a sentence on stderr when it cannot be."""
    if page is None or page.remote is None:
        print(
            QCoreApplication.translate("Remote", "The phone remote stays off: no session opened."),
            file=sys.stderr,
        )
        return False
    chosen = address or default_route_address() or LOOPBACK
    try:
        remote = page.start_remote(chosen)
    except (OSError, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return False
    line = QCoreApplication.translate(
        "Remote", "Phone remote: open {url} on the phone and type the code {code}"
    ).format(url=remote.url, code=remote.code)
    print(line, flush=True)
    if page.remote_status is not None:
        page.remote_status.open_panel()
    return True
