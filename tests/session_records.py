"""A realistic finished session written straight into the database, for report and
history tests that do not need to run the engine."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tearconsole.core.checkin import SudsReading
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Event, Plan, SessionRecord, Stimulus

PRIVATE_NOTE = "Person by the window was crying hard; softened for them"
SHARED_NOTE = "The room settled quickly after the welcome"

# (kind, stimulus kind, title, seconds)
PLAN_CUES: list[tuple[str, str | None, str, float]] = [
    ("stimulus", "card", "Welcome and content notice", 30.0),
    ("stimulus", "film", "First light", 180.0),
    ("pause", None, "", 60.0),
    ("stimulus", "story", "The Little Match Girl", 300.0),
    ("stimulus", "music", "Homeward", 200.0),
    ("stimulus", "card", "Closing and care", 30.0),
]

# (at seconds, kind, cue position, detail, private)
EVENTS: list[tuple[float, str, int | None, dict[str, Any], bool]] = [
    (0.0, "started", None, {"plan": "An evening of letters", "speed": 1.0}, False),
    (0.4, "cue_started", 0, {"action": "go", "how": "go", "layer": "main"}, False),
    (31.0, "cue_ended", 0, {"reason": "done"}, False),
    (31.2, "cue_started", 1, {"action": "go", "how": "go", "layer": "main"}, False),
    (32.2, "checkpoint", 1, {}, False),
    (60.0, "note", None, {"action": "note", "text": SHARED_NOTE, "private": False}, False),
    (90.0, "paused", None, {"action": "pause"}, False),
    (110.0, "resumed", None, {"action": "resume"}, False),
    (215.0, "cue_ended", 1, {"reason": "done"}, False),
    (215.1, "cue_started", 2, {"how": "follow", "layer": "main"}, False),
    (250.0, "held", None, {"action": "hold"}, False),
    (251.0, "ignored", None, {"action": "go", "reason": "Too soon after the last GO."}, False),
    (290.0, "released", None, {"action": "hold"}, False),
    (290.2, "cue_ended", 2, {"reason": "done"}, False),
    (291.0, "cue_started", 3, {"action": "go", "how": "go", "layer": "main"}, False),
    (340.0, "softened", None, {"action": "soften", "level": 1}, False),
    (342.0, "note", None, {"action": "note", "text": PRIVATE_NOTE, "private": True}, True),
    (400.0, "softened", None, {"action": "soften", "level": 2}, False),
    (460.0, "restored", None, {"action": "restore"}, False),
    (598.0, "cue_ended", 3, {"reason": "done"}, False),
    (600.0, "cue_started", 4, {"action": "go", "how": "go", "layer": "main"}, False),
    (601.0, "media_error", 4, {"reason": "homeward.ogg could not be read"}, False),
    (609.9, "cue_ended", 4, {"reason": "safe_stop"}, False),
    (610.0, "safe_stop", None, {"action": "safe_stop"}, False),
    (640.0, "cue_started", 5, {"action": "go", "how": "go", "layer": "main"}, False),
    (670.0, "cue_ended", 5, {"reason": "done"}, False),
    (675.0, "ended", None, {"action": "end"}, False),
]


@dataclass
class MadeSession:
    session_id: int
    plan_id: int
    event_count: int
    cue_titles: list[str]


def make_plan(db: Database, name: str = "An evening of letters") -> int:
    with db.session() as session:
        plan = Plan(name=name, theme="letters and home", target_s=1200.0)
        for position, (kind, stimulus_kind, title, seconds) in enumerate(PLAN_CUES):
            stimulus = None
            if stimulus_kind is not None:
                stimulus = Stimulus(
                    kind=stimulus_kind, title=title, duration_s=seconds, content_notes="loss"
                )
            plan.cues.append(
                Cue(
                    position=position,
                    kind=kind,
                    stimulus=stimulus,
                    duration_s=seconds if stimulus_kind in (None, "card") else None,
                )
            )
        session.add(plan)
        session.flush()
        return plan.id


def make_session(
    db: Database,
    plan_id: int,
    *,
    mode: str = "live",
    started_at: datetime | None = None,
    events: list[tuple[float, str, int | None, dict[str, Any], bool]] | None = None,
    checkin: SudsReading | None = None,
    checkout: SudsReading | None = None,
) -> MadeSession:
    events = EVENTS if events is None else events
    start = started_at or datetime(2026, 11, 20, 18, 30)
    with db.session() as session:
        plan = session.get(Plan, plan_id)
        assert plan is not None
        record = SessionRecord(
            plan_id=plan.id,
            plan_name=plan.name,
            mode=mode,
            state="finished",
            started_at=start,
            ended_at=start + timedelta(seconds=events[-1][0]) if events else None,
            group_size=12,
            checkin_json=(checkin or SudsReading.from_counts({3: 2, 5: 6, 6: 3, 8: 1})).to_json(),
            checkout_json=(checkout or SudsReading.from_counts({1: 3, 2: 5, 3: 3, 5: 1})).to_json(),
            notes="Next time: a longer pause after the film.",
        )
        for seq, (at, kind, position, detail, private) in enumerate(events, start=1):
            record.events.append(
                Event(
                    seq=seq,
                    kind=kind,
                    wall_time=start + timedelta(seconds=at),
                    mono_s=at,
                    cue_position=position,
                    position_s=None if position is None else 1.0,
                    detail_json=json.dumps(detail),
                    private=private,
                )
            )
        session.add(record)
        session.flush()
        titles = [cue.stimulus.title if cue.stimulus else "Pause" for cue in plan.cues]
        return MadeSession(record.id, plan.id, len(events), titles)
