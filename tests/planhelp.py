"""Building plans for tests: stimuli rows from real media, cards, stories and cues."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tearconsole.core.kinds import CueKind
from tearconsole.hashing import file_sha256, text_sha256
from tearconsole.playback.probe import probe_file
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.stimuli import get_tags


def add_media(db: Database, vlc_instance: Any, path: Path, kind: str, **fields: Any) -> int:
    """A film or music stimulus for ``path``, probed by real libVLC."""
    probed = probe_file(vlc_instance, path)
    with db.session() as session:
        tags = fields.pop("tags", [])
        stimulus = Stimulus(
            kind=kind,
            title=fields.pop("title", path.stem),
            path=str(path),
            content_hash=file_sha256(path),
            size_bytes=path.stat().st_size,
            duration_s=probed.duration_s,
            has_audio=probed.has_audio,
            has_video=probed.has_video,
            width=probed.width,
            height=probed.height,
            **fields,
        )
        stimulus.tags = get_tags(session, tags)
        session.add(stimulus)
        session.flush()
        return stimulus.id


def add_text(db: Database, kind: str, title: str, text: str, **fields: Any) -> int:
    """A card or a text-only story."""
    with db.session() as session:
        tags = fields.pop("tags", [])
        stimulus = Stimulus(
            kind=kind,
            title=title,
            text=text,
            content_hash=text_sha256(kind, title, text),
            **fields,
        )
        stimulus.tags = get_tags(session, tags)
        session.add(stimulus)
        session.flush()
        return stimulus.id


def add_plan(db: Database, name: str, cues: list[dict[str, Any]], **fields: Any) -> int:
    """A plan of cue dictionaries (``kind`` defaults to a stimulus cue)."""
    with db.session() as session:
        plan = Plan(name=name, **fields)
        for position, item in enumerate(cues):
            kind = item.pop("kind", CueKind.STIMULUS.value)
            plan.cues.append(Cue(position=position, kind=kind, **item))
        session.add(plan)
        session.flush()
        return plan.id


def exported_plan(folder: Path, vlc_instance: Any, media: list[Path], name: str) -> Path:
    """A plan file of ``media`` (music) and a closing card, exported from a data folder of
    its own made in ``folder``."""
    from tearconsole.bundles import export_plan
    from tearconsole.paths import AppPaths

    paths = AppPaths.resolve(folder / "data").ensure()
    db = Database.open(paths, write=True)
    try:
        cues: list[dict[str, Any]] = [
            {"stimulus_id": add_media(db, vlc_instance, path, "music")} for path in media
        ]
        cues.append(
            {"stimulus_id": add_text(db, "card", "Closing", "Take care."), "duration_s": 30}
        )
        add_plan(db, name, cues)
        target = folder / f"{name}.tearplan"
        export_plan(db, name, target)
        return target
    finally:
        db.close()
