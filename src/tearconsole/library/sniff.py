"""What a file is, from its first bytes as much as from its name.

The extension says which route a file takes (text, picture, or media for libVLC to
probe); the bytes then have the last word: a picture must carry a picture's signature,
and a "film" that is plainly text is refused before libVLC is even asked.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.i18n.message import Message

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".text"})
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"})
MEDIA_EXTENSIONS = frozenset(
    {
        # video
        ".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts", ".m2ts",
        ".wmv", ".flv", ".3gp", ".ogv", ".mts",
        # audio
        ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".wav", ".wma", ".aif",
        ".aiff", ".alac", ".ape", ".mka", ".wv",
    }
)  # fmt: skip

#: Files a folder import passes over without a word (system litter).
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

SNIFF_BYTES = 4096


class Route(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    MEDIA = "media"


class Refused(ValueError):
    """The file cannot become a stimulus, for ``message``: ``str()`` is the reason in
    English words (as ``--json`` keeps it), ``told`` the same in the chosen language (as
    it is shown)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message
        self.told = message.told()


def refusal(source: str, **values: object) -> Refused:
    """A ``Refused`` for ``source``, marked where it is written with
    ``QT_TRANSLATE_NOOP("ImportReasons", ...)``; ``{placeholders}`` filled in both."""
    return Refused(Message("ImportReasons", source).format(**values))


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int | None
    height: int | None


def is_ignored(path: Path) -> bool:
    return path.name.startswith(".") or path.name.lower() in IGNORED_NAMES


def route_for(path: Path, head: bytes) -> Route:
    """Which way ``path`` goes, or ``Refused`` with the reason."""
    suffix = path.suffix.lower()
    if not head:
        raise refusal(QT_TRANSLATE_NOOP("ImportReasons", "the file is empty (0 bytes)"))
    if suffix in TEXT_EXTENSIONS:
        return Route.TEXT
    if suffix == ".zip" and head.startswith(b"PK\x03\x04"):
        return Route.TEXT  # Aozora Bunko hands out its texts zipped (library.zipped)
    if suffix in IMAGE_EXTENSIONS:
        return Route.IMAGE
    if suffix in MEDIA_EXTENSIONS:
        if looks_like_text(head):
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "ImportReasons",
                    "it is a text file, not sound or video, despite its name ({suffix})",
                ),
                suffix=suffix,
            )
        return Route.MEDIA
    if image_info(head) is not None:
        return Route.IMAGE
    if not suffix:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "ImportReasons",
                "tearconsole does not use files without an extension: only films, music, "
                "stories (.txt, .md) and pictures",
            )
        )
    raise refusal(
        QT_TRANSLATE_NOOP(
            "ImportReasons",
            "tearconsole does not use {suffix}: only films, music, stories (.txt, .md) and "
            "pictures",
        ),
        suffix=suffix,
    )


def looks_like_text(head: bytes) -> bool:
    """Plain text, by its bytes: no NULs or control bytes, and readable as UTF-8."""
    if not head or b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    if controls:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        return exc.start >= len(head) - 3
    return True


def image_info(head: bytes) -> ImageInfo | None:
    """The format and size of a picture from its header, or ``None`` if it is not one."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return ImageInfo("png", width, height)
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return ImageInfo("gif", width, height)
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return ImageInfo("bmp", abs(width), abs(height))
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return ImageInfo("webp", None, None)
    if head.startswith(b"\xff\xd8\xff"):
        width, height = _jpeg_size(head)
        return ImageInfo("jpeg", width, height)
    return None


def _jpeg_size(data: bytes) -> tuple[int | None, int | None]:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None, None
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None, None
