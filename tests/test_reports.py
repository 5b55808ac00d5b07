"""Reports of a realistic session through the real ``tearconsole report`` command: HTML
with the timeline drawn, a PDF that renders to non-blank pages, a CSV of every event,
and private notes in none of them unless asked for."""

from __future__ import annotations

import csv
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.session_records import PLAN_CUES, PRIVATE_NOTE, SHARED_NOTE, MadeSession, make_plan
from tests.session_records import make_session as write_session


@pytest.fixture
def made(paths: AppPaths) -> MadeSession:
    database = Database.open(paths, write=True)
    try:
        return write_session(database, make_plan(database))
    finally:
        database.close()


def export(paths: AppPaths, made: MadeSession, fmt: str, target: Path, *extra: str) -> Path:
    done = run_cli(
        "report", str(made.session_id), "--format", fmt, "-o", str(target), *extra,
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0
    return target


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, whitespace folded (wrapped cells join up) and
    ligatures undone ("ﬁ" -> "fi")."""
    done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def rendered_bodies(path: Path, folder: Path) -> list[bytes]:
    """Each page rendered by poppler as 8-bit grey pixels, above the page footer."""
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(path), str(folder / "page")], check=True)
    pages = []
    for page in sorted(folder.glob("page*.pgm")):
        data = page.read_bytes()
        match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
        assert match is not None
        width, height = int(match[1]), int(match[2])
        pages.append(data[match.end() :][: width * int(height * 0.85)])
    return pages


def test_html_names_every_cue_and_draws_the_timeline(
    paths: AppPaths, made: MadeSession, tmp_path: Path
) -> None:
    html = export(paths, made, "html", tmp_path / "report.html").read_text("utf-8")
    assert html.count("<svg") == 1
    assert html.count('class="bar planned"') == len(PLAN_CUES)
    actual = set(re.findall(r'class="bar actual" data-position="(\d+)"', html))
    assert actual == {str(p) for p in range(len(PLAN_CUES))}
    for title in made.cue_titles:
        assert title in html
    assert 'data-kind="softened"' in html and 'data-kind="safe_stop"' in html
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )  # self-contained: nothing fetched
    assert SHARED_NOTE in html and "check-out" in html
    assert PRIVATE_NOTE not in html and "longer pause" not in html


def test_csv_has_one_row_per_logged_event(
    paths: AppPaths, made: MadeSession, tmp_path: Path
) -> None:
    target = export(paths, made, "csv", tmp_path / "events.csv")
    with target.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == made.event_count - 1  # every event but the private note
    assert [int(r["seq"]) for r in rows] == sorted(int(r["seq"]) for r in rows)
    first_film = next(r for r in rows if r["kind"] == "cue_started" and r["cue"] == "2")
    assert first_film["cue_title"] == "First light"
    assert first_film["time"].startswith("2026-11-20T")
    assert float(first_film["session_s"]) == pytest.approx(31.2)
    error = next(r for r in rows if r["kind"] == "media_error")
    assert "could not be read" in error["detail"]
    assert PRIVATE_NOTE not in target.read_text("utf-8")


def test_csv_opens_in_excel_with_the_cues_beside_it(
    paths: AppPaths, made: MadeSession, tmp_path: Path
) -> None:
    target = export(paths, made, "csv", tmp_path / "session-1.csv")
    cues = tmp_path / "session-1-cues.csv"
    for written in (target, cues):
        assert written.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8's byte order mark
    with target.open(newline="", encoding="utf-8-sig") as handle:
        events = list(csv.DictReader(handle))
    assert list(events[0])[3:5] == ["kind", "event"]  # the stored word, then in words
    said = {row["kind"]: row["event"] for row in events}
    assert said["started"] == "Session started" and said["cue_started"] == "Cue started"
    assert said["softened"].startswith("Softened")
    with cues.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    titles = [row["cue_title"] for row in rows]
    assert titles[:2] == made.cue_titles[:2] and titles[3:] == made.cue_titles[3:]
    assert titles[2] == "Pause 60 s"  # a pause, as the report's table names it
    assert [int(row["cue"]) for row in rows] == list(range(1, len(PLAN_CUES) + 1))
    film = rows[1]
    assert float(film["planned_s"]) == 180.0 and float(film["started_s"]) == pytest.approx(31.2)
    ran = float(film["ran_s"])
    assert float(film["difference_s"]) == pytest.approx(ran - 180.0, abs=0.1)
    assert film["difference_s"][0] in "-0123456789"  # a number, not text with an apostrophe
    assert (film["runs"], film["status"], film["how"]) == ("1", "played", "played")


def test_pdf_renders_to_non_blank_pages(paths: AppPaths, made: MadeSession, tmp_path: Path) -> None:
    target = export(paths, made, "pdf", tmp_path / "report.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    pages = rendered_bodies(target, tmp_path)
    assert pages
    for pixels in pages:
        ink = sum(1 for value in pixels if value < 200) / len(pixels)
        assert ink > 0.002, "a page came out blank"
    text = pdf_text(target)
    for title in made.cue_titles:
        assert title in text
    assert SHARED_NOTE in text and PRIVATE_NOTE not in text


def test_include_private_puts_the_private_note_in_each_format(
    paths: AppPaths, made: MadeSession, tmp_path: Path
) -> None:
    html = export(paths, made, "html", tmp_path / "r.html", "--include-private")
    csv_file = export(paths, made, "csv", tmp_path / "r.csv", "--include-private")
    pdf = export(paths, made, "pdf", tmp_path / "r.pdf", "--include-private")
    assert PRIVATE_NOTE in html.read_text("utf-8")
    assert PRIVATE_NOTE in csv_file.read_text("utf-8")
    assert PRIVATE_NOTE in pdf_text(pdf)
    with csv_file.open(newline="", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == made.event_count


def test_bad_requests_get_one_sentence(paths: AppPaths, made: MadeSession, tmp_path: Path) -> None:
    missing = run_cli("report", "999", "-o", str(tmp_path / "x.html"), data_dir=paths.data_dir)
    assert missing.returncode == 1
    assert "no session" in missing.stderr and "Traceback" not in missing.stderr
    unknown = run_cli(
        "report", str(made.session_id), "-o", str(tmp_path / "x.txt"), data_dir=paths.data_dir
    )
    assert unknown.returncode == 1 and "--format" in unknown.stderr
    nowhere = run_cli(
        "report", str(made.session_id), "-o", str(tmp_path / "no" / "x.csv"),
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert nowhere.returncode == 1 and "does not exist" in nowhere.stderr
    assert run_cli("report", "--format", "doc", data_dir=paths.data_dir).returncode == 2
    assert not list(tmp_path.glob("*.part"))


def test_the_timeline_is_well_formed_svg_even_with_awkward_titles() -> None:
    from xml.etree import ElementTree

    from tearconsole.core.records import RecordedEvent, build_timeline
    from tearconsole.reports.timeline_svg import timeline_svg

    events = [
        RecordedEvent(1, "cue_started", 0.0, cue_position=0, detail={"title": 'Tom & "Jerry" <3'}),
        RecordedEvent(2, "note", 1.0, detail={"text": "<b>not markup</b>"}),
        RecordedEvent(3, "cue_ended", 2.0, cue_position=0),
    ]
    for width in (960, 660):
        svg = timeline_svg(build_timeline(None, events), width=width)
        root = ElementTree.fromstring(svg)
        assert root.get("width") == str(width)
        texts = "".join(root.itertext())
        assert 'Tom & "Jerry" <3' in texts
