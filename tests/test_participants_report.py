"""What the participants' phones leave in the record, read back: the phones' latest
distributions, the bursts of "softer" and "break" against the cues they came during, and
the report (the real ``tearconsole report``) drawing them: a band under the cues and the
phones' rows beside the check-in and check-out counted by hand."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tearconsole.core.checkin import SudsReading, with_phones
from tearconsole.core.records import RecordedEvent, build_timeline
from tearconsole.core.room_voices import room_detail
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.session_records import EVENTS, make_plan, make_session

NO_SCORES = [0] * 11


def _counts(**given: int) -> list[int]:
    counts = list(NO_SCORES)
    for score, n in given.items():
        counts[int(score[1:])] = n
    return counts


def _room(phones: int, softer: int, breaks: int, check_in: list[int] | None = None) -> Any:
    return room_detail(
        phones,
        {"check_in": check_in or NO_SCORES, "check_out": NO_SCORES},
        {"check_in": 1},
        {"softer": softer, "break": breaks, "ok": 0},
    )


#: The phones' counts as the console logs them: 4 phones check in, 2 ask for softer
#: during the film (cue 1), 1 asks for a break during the story (cue 3).
ROOM_EVENTS: list[tuple[float, str, int | None, dict[str, Any], bool]] = [
    (5.0, "participants", None, _room(4, 0, 0, _counts(s3=2, s9=1)), False),
    (120.0, "participants", None, _room(4, 2, 0, _counts(s3=2, s9=1)), False),
    (420.0, "participants", None, _room(4, 2, 1, _counts(s3=2, s9=1)), False),
]


def _with_room() -> list[tuple[float, str, int | None, dict[str, Any], bool]]:
    return sorted(EVENTS + ROOM_EVENTS, key=lambda row: row[0])


def test_the_record_gives_the_phones_counts_and_bursts_during_their_cues() -> None:
    events = [
        RecordedEvent(seq, kind, at, None, position, None, detail, private)
        for seq, (at, kind, position, detail, private) in enumerate(_with_room(), start=1)
    ]
    voices = build_timeline(None, events).voices
    assert voices is not None and voices.phones == 4
    assert [(b.signal, b.count, b.cue_position) for b in voices.bursts] == [
        ("softer", 2, 1),  # during the film
        ("break", 1, 3),  # during the story
    ]
    assert voices.bursts[0].at_s == pytest.approx(120.0)
    reading = voices.reading("check_in")
    assert reading is not None and reading.responses == 3 and voices.declined["check_in"] == 1
    assert voices.reading("check_out") is None
    without = [e for e in events if e.kind != "participants"]
    assert build_timeline(None, without).voices is None  # phones off: nothing said


def test_phones_are_added_to_the_hand_counts_and_a_group_figure_is_kept() -> None:
    hand = SudsReading.from_counts({3: 2, 8: 1})
    phones = SudsReading.from_counts({3: 1, 9: 1})
    merged = with_phones(hand, phones)
    assert merged is not None and merged.counts == tuple(_counts(s3=3, s8=1, s9=1))
    assert with_phones(None, phones) == phones
    assert with_phones(hand, None) == hand
    group = SudsReading.of_group(4.0)
    assert with_phones(group, phones) == group


def test_the_report_draws_the_band_and_the_phones_rows(paths: AppPaths, tmp_path: Path) -> None:
    database = Database.open(paths, write=True)
    try:
        made = make_session(database, make_plan(database), events=_with_room())
    finally:
        database.close()
    target = tmp_path / "report.html"
    done = run_cli(
        "report", str(made.session_id), "--format", "html", "-o", str(target),
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    html = target.read_text("utf-8")
    assert len(re.findall(r'<circle class="room softer"', html)) == 1
    assert len(re.findall(r'<circle class="room break"', html)) == 1
    assert "2 asked for softer by 02:00" in html or "2 asked for softer by 2:00" in html
    assert "Check-in, from phones" in html and "Check-out, from phones" in html
    assert "4 joined" in html
    pdf = tmp_path / "report.pdf"
    done = run_cli(
        "report", str(made.session_id), "--format", "pdf", "-o", str(pdf),
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
