"""The pairing QR code as a pixmap (segno draws it; no Pillow needed)."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """``text`` as a QR code, dark on light with its quiet zone, for a phone's camera."""
    import segno  # only once the remote is on (~40 ms to import)

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
