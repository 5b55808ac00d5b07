"""What the remote's server and the participants' room serve alike: the body limit,
the close codes, a page's Content-Security-Policy, an answer that refuses, and sending
without waiting."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections.abc import Coroutine
from typing import Any

from tearconsole.remote.pairing import Refusal

MAX_BODY = 4096
#: A WebSocket closed because its phone sent too much (the page says so and stops).
CLOSE_FLOODED = 4429
#: How long a closing socket is given to say goodbye.
CLOSE_WAIT_S = 1.0


def _inline_hash(html: str, tag: str) -> str:
    """The CSP hash of the page's one inline ``<tag>`` block (so nothing else may run)."""
    start = html.index(f"<{tag}>") + len(tag) + 2
    body = html[start : html.index(f"</{tag}>", start)]
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def page_csp(html: str) -> str:
    """The Content-Security-Policy of a page: its one inline script and style, nothing else."""
    return (
        "default-src 'none'; "
        f"script-src {_inline_hash(html, 'script')}; "
        f"style-src {_inline_hash(html, 'style')}; "
        "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


def spawn(work: Coroutine[Any, Any, Any]) -> None:
    """Send without waiting; a phone that went away meanwhile is no error."""
    task = asyncio.ensure_future(work)
    task.add_done_callback(lambda done: done.cancelled() or done.exception())


def refused(ref: Any, refusal: Refusal) -> dict[str, Any]:
    return {
        "type": "ack",
        "id": ref,
        "ok": False,
        "reason": refusal.reason,
        "message": refusal.sentence,
    }
