"""Writing an export so that a failure leaves no half-written file and says why."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from tearconsole.errors import UserError


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` beside ``target``, then move the result into place."""
    target = target.expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist; choose another place to save.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise UserError(f"Cannot save in {folder} ({exc.strerror or exc}).") from exc
    temp = Path(name)
    try:
        write(temp)
        os.chmod(temp, 0o600)  # reports may hold notes; the owner decides whom to share with
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise UserError(
                f"The disk is full, so {target.name} was not saved; free some space and try again."
            ) from exc
        raise UserError(f"Cannot save {target} ({exc.strerror or exc}).") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, text: str) -> None:
    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8", newline="")

    write_atomically(target, write)
