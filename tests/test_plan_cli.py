"""`tearconsole plan list|show|create` and `check` as the README and docs/design.md
describe them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli, run_json
from tests.media import MediaFactory
from tests.planhelp import add_media, add_text


def make_library(
    tmp_path: Path, vlc_instance: Any, make_media: MediaFactory
) -> tuple[Path, list[int]]:
    paths = AppPaths.resolve(tmp_path / "data").ensure()
    film = tmp_path / "cli-film.mp4"  # a private copy, moved away below
    shutil.copyfile(make_media.film("cli-film.mp4", 3.0), film)
    db = Database.open(paths, write=True)
    try:
        ids = [
            add_text(db, "card", "Content notice", "Loss tonight.", tags=["content-notice"]),
            add_media(
                db,
                vlc_instance,
                film,
                "film",
                intensity=5,
                content_notes="loss",
            ),
            add_media(db, vlc_instance, make_media.tone("cli-song.ogg", 4.0), "music", intensity=4),
            add_text(db, "card", "Closing", "Take care.", tags=["closing"]),
        ]
    finally:
        db.close()
    return paths.data_dir, ids


def test_create_list_show_and_check(
    tmp_path: Path, vlc_instance: Any, make_media: MediaFactory
) -> None:
    data_dir, ids = make_library(tmp_path, vlc_instance, make_media)
    assert run_json("plan", "list", data_dir=data_dir) == []
    made = run_cli(
        "plan", "create", "Short", "--stimuli", ",".join(map(str, ids)), data_dir=data_dir
    )
    assert made.returncode == 0, made.stderr
    assert "Created plan 'Short'" in made.stdout

    (listed,) = run_json("plan", "list", data_dir=data_dir)
    assert listed["name"] == "Short" and listed["cue_count"] == 4
    shown = run_json("plan", "show", "Short", data_dir=data_dir)
    assert {"id", "name", "cues", "planned_s", "target_s"} <= set(shown)
    assert [c["position"] for c in shown["cues"]] == [0, 1, 2, 3]
    assert [c["stimulus_id"] for c in shown["cues"]] == ids
    assert [c["kind"] for c in shown["cues"]] == ["stimulus"] * 4
    assert shown["cues"][0]["planned_s"] == 30.0  # a card's default length
    assert abs(shown["cues"][1]["planned_s"] - 3.0) < 0.2
    assert abs(listed["planned_s"] - sum(c["planned_s"] for c in shown["cues"])) < 0.01
    assert run_json("plan", "show", str(listed["id"]), data_dir=data_dir)["name"] == "Short"

    # Two intense cues back to back, no calm after them: warnings, not errors.
    checked = run_json("check", "Short", data_dir=data_dir)
    rules = {f["rule"]: f["severity"] for f in checked["findings"]}
    assert rules["intense-back-to-back"] == "warning"
    assert rules["calm-after-intense"] == "warning"
    assert checked["ok"] is True
    human = run_cli("check", "Short", data_dir=data_dir)
    assert human.returncode == 0 and "warning" in human.stdout

    # A missing media file is an error: exit 1 and one sentence on stderr.
    (tmp_path / "cli-film.mp4").unlink()
    failed = run_cli("check", "Short", "--json", data_dir=data_dir)
    assert failed.returncode == 1
    assert "problem to fix" in failed.stderr and failed.stderr.count("\n") == 1
    findings = json.loads(failed.stdout)["findings"]
    assert any(f["rule"] == "media-missing" for f in findings)


def test_failures_are_one_sentence(tmp_path: Path) -> None:
    data_dir = tmp_path / "empty"
    for args, words in (
        (("plan", "show", "Nope"), "no plan called 'Nope'"),
        (("check", "Nope"), "no plan called 'Nope'"),
        (("plan", "create", "X", "--stimuli", "5"), "no stimulus with id 5"),
        (("plan", "import", str(tmp_path / "none.zip")), "no plan file"),
        (("plan", "export", "Nope", "-o", str(tmp_path / "x.zip")), "no plan called"),
    ):
        done = run_cli(*args, data_dir=data_dir)
        assert done.returncode == 1, args
        assert words in done.stderr and "Traceback" not in done.stderr
        assert done.stderr.strip().count("\n") == 0
    assert run_cli("plan", data_dir=data_dir).returncode == 2
    bad_ids = run_cli("plan", "create", "X", "--stimuli", "1,a", data_dir=data_dir)
    assert bad_ids.returncode == 2 and "ids separated by commas" in bad_ids.stderr
