"""A story handed out zipped: Aozora Bunko distributes each text as a ZIP holding one
Shift_JIS ``.txt`` (``628_ruby_2315.zip``). We read that one text, refusing archives
that hold no text, several, or one too large to be a story.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.library.sniff import TEXT_EXTENSIONS, refusal

MAX_STORY_BYTES = 8 * 1024 * 1024  # War and Peace is 3 MB in UTF-8


def story_bytes(path: Path) -> bytes:
    """The bytes of a story file, or of the one text file inside a ZIP archive."""
    if path.suffix.lower() != ".zip":
        return path.read_bytes()
    try:
        with zipfile.ZipFile(path) as archive:
            texts = [
                info
                for info in archive.infolist()
                if not info.is_dir() and Path(info.filename).suffix.lower() in TEXT_EXTENSIONS
            ]
            if not texts:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "ImportReasons",
                        "the ZIP archive holds no text file (.txt) to read as a story",
                    )
                )
            if len(texts) > 1:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "ImportReasons",
                        "the ZIP archive holds {count} text files; unzip it and import "
                        "the story you want",
                    ),
                    count=len(texts),
                )
            if texts[0].file_size > MAX_STORY_BYTES:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "ImportReasons", "the text in the ZIP archive is too large to be a story"
                    )
                )
            return archive.read(texts[0])
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
        raise refusal(
            QT_TRANSLATE_NOOP("ImportReasons", "the ZIP archive cannot be read ({reason})"),
            reason=exc,
        ) from None
