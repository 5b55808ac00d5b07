"""The command line's foundation: doctor, demo install, library list, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearconsole.storage.migrations import SCHEMA_VERSION
from tests.cli import run_cli, run_json


def test_doctor_reports_libvlc_database_schema_and_screens(tmp_path: Path) -> None:
    done = run_cli("doctor", data_dir=tmp_path / "d")
    assert done.returncode == 0, done.stderr
    assert "libVLC       3." in done.stdout
    assert str(tmp_path / "d" / "tearconsole.sqlite3") in done.stdout
    assert f"(schema {SCHEMA_VERSION})" in done.stdout
    assert "screens" in done.stdout
    report = run_json("doctor", data_dir=tmp_path / "d")
    assert report["libvlc"].startswith("3.")
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["screens"] and report["screens"][0]["width"] > 0  # offscreen in tests


def test_data_dir_comes_from_the_environment_too(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    done = run_cli("doctor", env={"TEARCONSOLE_DATA_DIR": str(target)})
    assert done.returncode == 0, done.stderr
    assert (target / "tearconsole.sqlite3").exists()


def test_demo_install_lists_probed_media_and_is_idempotent(tmp_path: Path) -> None:
    data = tmp_path / "d"
    # With no XDG_RUNTIME_DIR (ssh, cron, CI) libVLC's video outputs used to print errors.
    first = run_cli("demo", "install", data_dir=data, env={"XDG_RUNTIME_DIR": ""})
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    items = run_json("library", "list", data_dir=data)
    kinds = {item["kind"] for item in items}
    assert {"film", "music", "story", "card"} <= kinds
    for item in items:
        assert set(item) >= {
            "id",
            "title",
            "kind",
            "path",
            "duration_s",
            "status",
            "intensity",
            "tags",
            "text",
        }
        assert item["status"] == "ok", item
        if item["kind"] in ("film", "music"):
            assert item["duration_s"] and item["duration_s"] > 5, item
            assert Path(item["path"]).is_relative_to(data / "media" / "demo")
        if item["kind"] == "story":
            assert len(item["text"]) > 1000 and item["duration_s"] > 60
        if item["kind"] == "card":
            assert item["path"] is None and item["text"]
    again = run_json("demo", "install", data_dir=data)
    assert again["added"] == [] and again["plan_created"] is False
    assert len(run_json("library", "list", data_dir=data)) == len(items)


@pytest.mark.parametrize("argv", [["nonsense"], ["library"], ["--no-such-flag"]])
def test_bad_usage_exits_2(argv: list[str], tmp_path: Path) -> None:
    assert run_cli(*argv, data_dir=tmp_path).returncode == 2


def test_missing_libvlc_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    broken = {"PYTHON_VLC_LIB_PATH": str(tmp_path / "no-libvlc.so")}
    for argv in (["doctor"], ["library", "import", str(tmp_path), "--json"], []):
        done = run_cli(*argv, data_dir=tmp_path / "d", env=broken)
        assert done.returncode == 1, (argv, done.stderr)
        assert "Traceback" not in done.stderr
        assert "install VLC" in done.stderr
        assert done.stderr.strip().count("\n") == 0, done.stderr


def test_commands_that_play_nothing_work_without_libvlc(tmp_path: Path) -> None:
    broken = {"PYTHON_VLC_LIB_PATH": str(tmp_path / "no-libvlc.so")}
    for argv in (["library", "list", "--json"], ["plan", "list", "--json"]):
        done = run_cli(*argv, data_dir=tmp_path / "d", env=broken)
        assert done.returncode == 0, (argv, done.stderr)
        assert done.stdout.strip() == "[]"


def test_an_incomplete_demo_is_one_sentence_and_changes_nothing(tmp_path: Path) -> None:
    import shutil

    from tearconsole.assets import demo_dir
    from tearconsole.demo import install_demo
    from tearconsole.errors import UserError
    from tearconsole.paths import AppPaths
    from tearconsole.playback.vlcenv import make_instance
    from tearconsole.storage.db import Database
    from tearconsole.storage.stimuli import all_stimuli

    broken = tmp_path / "demo"
    shutil.copytree(demo_dir(), broken)
    next((broken / "film").glob("*.mp4")).unlink()
    database = Database.open(AppPaths.resolve(tmp_path / "d"))
    instance = make_instance(headless=True)
    try:
        with pytest.raises(UserError, match="demo is incomplete"):
            install_demo(database, instance, source=broken)
        with database.session() as session:
            assert list(all_stimuli(session)) == []
    finally:
        instance.release()
        database.close()


def test_doctor_on_a_damaged_database_reports_it_and_the_rest(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "tearconsole.sqlite3").write_bytes(b"not a database, only bytes " * 300)
    done = run_cli("doctor", data_dir=data)
    assert done.returncode == 1
    assert "libVLC       3." in done.stdout and "cannot be opened" in done.stdout
    assert "is damaged" in done.stderr and "no backup to restore" in done.stderr
    assert "Traceback" not in done.stderr
