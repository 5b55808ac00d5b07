"""Plan bundles and preflight: how long export, import and checking take.

Makes ``--files`` media files of ``--mb`` megabytes each (random bytes with an ogg name:
the bundle code never decodes them), a plan of them, then times:
- ``plan export`` of that plan (hashing and writing every file),
- ``plan import`` into an empty data folder (checking, hashing, copying),
- the same import again (everything already in the library: hashing only),
- preflight and the emotional arc of a plan of ``--cues`` cues.

    .venv/bin/python bench/bundles.py --files 20 --mb 10 --cues 500
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from benchkit import machine
from tearconsole.bundles import export_plan, import_bundle
from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.planning import emotional_arc
from tearconsole.core.preflight import check_plan
from tearconsole.hashing import file_sha256
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus


def make_source(root: Path, files: int, megabytes: int) -> Database:
    db = Database.open(AppPaths.resolve(root / "source").ensure(), write=True)
    with db.session() as session:
        plan = Plan(name="Bench")
        for i in range(files):
            path = root / f"piece-{i:03d}.ogg"
            path.write_bytes(os.urandom(megabytes << 20))
            stimulus = Stimulus(
                kind="music",
                title=f"Piece {i}",
                path=str(path),
                content_hash=file_sha256(path),
                duration_s=180.0,
                has_audio=True,
                intensity=1 + i % 5,
            )
            plan.cues.append(Cue(position=i, kind="stimulus", stimulus=stimulus))
        session.add(plan)
    return db


def timed(label: str, action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"{label:<42} {seconds * 1000:9.1f} ms")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--mb", type=int, default=10)
    parser.add_argument("--cues", type=int, default=500)
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = make_source(root, args.files, args.mb)
        bundle = root / "bench.zip"
        total_mb = args.files * args.mb
        seconds = timed(f"export {total_mb} MB", lambda: export_plan(source, "Bench", bundle))
        print(f"{'':<42} {total_mb / seconds:9.0f} MB/s")
        target = Database.open(AppPaths.resolve(root / "target").ensure(), write=True)
        seconds = timed(
            f"import {total_mb} MB into an empty library", lambda: import_bundle(target, bundle)
        )
        print(f"{'':<42} {total_mb / seconds:9.0f} MB/s")
        timed("import again (all media reused)", lambda: import_bundle(target, bundle))
        target.close()
        source.close()

    film = StimulusInfo(
        id=1,
        kind=StimulusKind.FILM,
        title="f",
        path="/nonexistent",
        duration_s=200,
        intensity=4,
        content_notes=("loss",),
    )
    cues = tuple(
        CueSpec(
            position=i,
            kind=CueKind.PAUSE if i % 3 == 2 else CueKind.STIMULUS,
            stimulus=None if i % 3 == 2 else film,
            duration_s=60,
        )
        for i in range(args.cues)
    )
    plan = PlanSpec(id=1, name="Long", target_s=3600, cues=cues)
    timed(f"preflight of {args.cues} cues", lambda: check_plan(plan, exists=lambda p: True))
    timed(f"emotional arc of {args.cues} cues", lambda: emotional_arc(plan))


if __name__ == "__main__":
    main()
