"""Failed file operations become one sentence, from every command."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tearconsole.errors import human_os_error
from tests.cli import run_cli


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EROFS, "may not write there (/data/x)"),
        (errno.EACCES, "may not write there (/data/x)"),
        (errno.ENOENT, "is not there (/data/x)"),
        (errno.EIO, "could not use a file (/data/x): Input/output error."),
    ],
)
def test_os_errors_read_as_sentences(code: int, expected: str) -> None:
    message = str(human_os_error(OSError(code, os.strerror(code), "/data/x")))
    assert expected in message
    assert message.endswith(".") and "\n" not in message


def test_a_data_folder_that_cannot_be_made_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    for argv in (["doctor"], ["library", "list", "--json"], ["demo", "install"]):
        done = run_cli(*argv, data_dir=blocker / "data")
        assert done.returncode == 1, argv
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
        assert str(blocker / "data") in done.stderr
