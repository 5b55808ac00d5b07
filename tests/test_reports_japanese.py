"""A Japanese session's PDF report embeds a Japanese font and its text reads back."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.session_records import make_plan, make_session

PLAN = "涙の夕べ（ごん狐）"


def test_the_pdf_embeds_a_japanese_font(paths: AppPaths, tmp_path: Path) -> None:
    database = Database.open(paths, write=True)
    try:
        made = make_session(database, make_plan(database, PLAN))
    finally:
        database.close()
    target = tmp_path / "report.pdf"
    done = run_cli(
        "report", str(made.session_id), "--format", "pdf", "-o", str(target),
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    fonts = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    japanese = [row for row in rows if "CJK" in row[0] and "jp" in row[0].lower()]
    assert japanese, fonts.stdout
    # name, type words..., encoding, emb, sub, uni, object id, generation
    assert all(row[-5] == "yes" for row in japanese), fonts.stdout
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True)
    # NFKC: the font maps 夕's glyph back to the Kangxi radical ⼣, the same character.
    folded = unicodedata.normalize("NFKC", text.stdout.decode("utf-8"))
    assert unicodedata.normalize("NFKC", PLAN) in folded
