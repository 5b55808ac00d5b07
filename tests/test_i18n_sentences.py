"""The command line's and the core's human sentences follow the chosen language: refusals
(``UserError``), the room check's lines, backups, preflight findings; English is left as
it was, and ``--json`` keeps its keys. An AST scan keeps every new ``UserError`` honest."""

from __future__ import annotations

import ast
import errno
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

import tearconsole
from tearconsole import i18n
from tearconsole.core import media_problems
from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.core.records import RecordedEvent, mark_label
from tearconsole.core.validation import plan_problems
from tearconsole.errors import human_os_error
from tearconsole.i18n.message import Message
from tearconsole.library.locate import file_status
from tearconsole.library.reasons import said, verdict
from tearconsole.paths import AppPaths
from tearconsole.playback.probe import WOULD_NOT_START
from tearconsole.settings import LANGUAGE, Settings
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.sessions import create_session
from tests.cli import run_cli
from tests.conductor_fakes import rig_at_missing_music
from tests.session_records import make_plan, make_session
from tests.test_database_guard import corrupt_one_page

#: Japanese from the system locale alone (no choice saved in the settings file).
JAPANESE_SYSTEM = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8", "LANGUAGE": ""}
ENGLISH_SYSTEM = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8", "LANGUAGE": ""}


def _choose(paths: AppPaths, language: str) -> None:
    Settings.for_paths(paths).set(LANGUAGE, language)


def test_a_missing_plan_is_told_in_the_chosen_language(paths: AppPaths) -> None:
    _choose(paths, "ja")
    done = run_cli("check", "no such plan", data_dir=paths.data_dir, env=ENGLISH_SYSTEM)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "'no such plan' という名前のプランはありません。"
        "`tearconsole plan list` で一覧を見られます。"
    )
    _choose(paths, "en")  # the choice wins over the system's Japanese
    english = run_cli("check", "no such plan", data_dir=paths.data_dir, env=JAPANESE_SYSTEM)
    assert english.stderr.strip() == (
        "There is no plan called 'no such plan'; `tearconsole plan list` shows them."
    )


def test_backup_and_a_damaged_database_follow_the_system_language(paths: AppPaths) -> None:
    """No choice saved: LANG=ja_JP.UTF-8 makes the backup line, and then the damaged
    database's warning before a reading command's output, Japanese."""
    taken = run_cli("backup", data_dir=paths.data_dir, env=JAPANESE_SYSTEM)
    assert taken.returncode == 0, taken.stderr
    assert taken.stdout.startswith("データベースのバックアップを ")
    assert taken.stdout.rstrip().endswith(" に保存しました。")
    newest = sorted(paths.backup_dir.iterdir())[-1]
    assert str(newest) in taken.stdout
    corrupt_one_page(paths.db_path)
    done = run_cli("library", "list", data_dir=paths.data_dir, env=JAPANESE_SYSTEM)
    first = done.stderr.splitlines()[0]
    assert first.startswith(f"データベース {paths.db_path} が壊れているため")
    assert "`tearconsole restore` を実行するまで" in first and newest.name in first
    assert "作成）" in first  # the backup's own words: "{name}（{time} 作成）"
    english = run_cli("library", "list", data_dir=paths.data_dir, env=ENGLISH_SYSTEM)
    assert english.stderr.splitlines()[0].startswith(f"The database {paths.db_path} is damaged")


def test_a_full_disk_export_is_told_in_japanese(db: Database, paths: AppPaths) -> None:
    made = make_session(db, make_plan(db))
    db.close()
    _choose(paths, "ja")
    args = ("report", str(made.session_id), "--format", "csv", "-o", "/dev/full")
    done = run_cli(*args, data_dir=paths.data_dir)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "ディスクがいっぱいのため、/dev/full は保存していません。"
        "空きを作るか、別の場所を選んでください。"
    )
    _choose(paths, "en")
    english = run_cli(*args, data_dir=paths.data_dir)
    assert english.stderr.strip() == (
        "The disk is full, so /dev/full was not saved; free some space or choose another place."
    )


def test_a_failed_file_operation_is_one_japanese_sentence(japanese: None, tmp_path: Path) -> None:
    """``human_os_error``: what the command line and the window say for an OSError."""
    refused = OSError(errno.EACCES, "Permission denied", str(tmp_path / "data" / "x"))
    said = str(human_os_error(refused, tmp_path / "data"))
    assert said == (
        f"tearconsole はそこに書き込めません ({tmp_path / 'data' / 'x'})。フォルダーがあなたの"
        "もので、読み取り専用でないことを確かめるか、--data-dir で別のフォルダーを選んでください。"
    )
    full = str(human_os_error(OSError(errno.ENOSPC, "No space left on device")))
    assert full.startswith("ディスクがいっぱいのため") and "no space" not in full.lower()
    assert plan_problems({"name": " "})[0].reason == "プランには名前が必要です。"


def test_stored_reasons_are_told_in_japanese_and_kept_in_english(japanese: None) -> None:
    """A file's status reason is a message: its English sentence is what ``--json``
    prints, the library page says it from the message, placeholders and all; a reason an
    older version stored (no message) is shown as stored."""
    stimulus = SimpleNamespace(path="/media/gone/film.mp4", size_bytes=10, status="ok")
    status, reason = file_status(stimulus)  # type: ignore[arg-type]
    assert status == "missing" and isinstance(reason, Message)
    assert reason.english().startswith("The file is no longer at /media/gone/film.mp4 (moved")
    row = {"status_reason": reason.english(), "status_message": json.dumps(reason.as_dict())}
    assert said(row).startswith("ファイルが /media/gone/film.mp4 にもうありません")
    probe = {"status_reason": "x", "status_message": json.dumps(verdict(WOULD_NOT_START).as_dict())}
    assert said(probe) == "再生が始まりませんでした。"
    old = {
        "status_reason": "The file is no longer at /x (moved, renamed, or its drive is not "
        "plugged in). Use Relink to point at the folder it is in now.",
        "status_message": None,
    }
    assert said(old) == old["status_reason"]  # no English parsed back into a template


def test_room_check_lines_are_japanese(paths: AppPaths) -> None:
    """No sound output here (libVLC's dummy output lists none): the text lines' labels
    and the one sentence on stderr are Japanese; --json keeps its keys and values."""
    _choose(paths, "ja")
    env = {"TEARCONSOLE_VLC_OPTIONS": "--aout=dummy"}
    done = run_cli("room", "check", data_dir=paths.data_dir, env=env)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("サウンドシステム ") and lines[1].split() == ["出力", "なし"]
    assert done.stderr.strip().startswith("音の出力がありません。")
    assert "会場チェック" in done.stderr and "\n" not in done.stderr.strip()
    as_json = json.loads(
        run_cli("room", "check", "--json", data_dir=paths.data_dir, env=env).stdout
    )
    assert as_json["outputs"] == [] and as_json["ok"] is False
    _choose(paths, "en")
    english = run_cli("room", "check", data_dir=paths.data_dir, env=env)
    assert english.stdout.splitlines()[1] == "outputs       none"


def test_an_import_tells_its_reasons_in_japanese_and_json_keeps_english(
    paths: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "to import"
    folder.mkdir()
    (folder / "empty.mp3").write_bytes(b"")
    (folder / "story.txt").write_text("A short story to import.\n", encoding="utf-8")
    _choose(paths, "ja")
    done = run_cli("library", "import", str(folder), data_dir=paths.data_dir)
    assert done.returncode == 1
    assert f"{folder / 'empty.mp3'}: ファイルが空です（0 バイト）。" in done.stdout
    again = run_cli("library", "import", str(folder), "--json", data_dir=paths.data_dir)
    report = json.loads(again.stdout)
    assert [i["reason"] for i in report["failed"]] == ["The file is empty (0 bytes)."]
    assert [i["reason"] for i in report["skipped"]] == ["It is already in the library as “story”."]
    assert set(report["skipped"][0]) == {
        "path", "outcome", "reason", "stimulus_id", "kind", "title", "copied_to"
    }  # fmt: skip


def test_copy_in_tells_in_japanese_and_json_keeps_english(paths: AppPaths) -> None:
    _choose(paths, "ja")
    done = run_cli("library", "copy-in", "999", "--json", data_dir=paths.data_dir)
    assert done.returncode == 1
    assert json.loads(done.stdout)["failed"] == [
        {"id": 999, "reason": "There is no library item 999."}
    ]
    assert done.stderr.strip() == "ライブラリに素材 999 はありません。"


def test_a_preflight_finding_is_japanese(db: Database, paths: AppPaths) -> None:
    plan_id = make_plan(db)
    db.close()
    _choose(paths, "ja")
    done = run_cli("check", str(plan_id), data_dir=paths.data_dir)
    english_done = None
    assert done.stdout, done.stderr
    assert all(not line.isascii() for line in done.stdout.splitlines()), done.stdout
    _choose(paths, "en")
    english_done = run_cli("check", str(plan_id), data_dir=paths.data_dir)
    assert english_done.returncode == done.returncode
    assert len(english_done.stdout.splitlines()) == len(done.stdout.splitlines())
    assert all(line.isascii() for line in english_done.stdout.splitlines())


def test_the_console_reads_an_outage_in_japanese_the_log_keeps_english(
    japanese: None, db: Database
) -> None:
    """``EventLog.status`` is what the console shows; its messages go to the log file
    and to rehearse's --json notices, in English."""
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Test"), SessionMode.REHEARSAL).id
    said: list[str] = []
    events = EventLog(db.paths.db_path, sid, on_error=said.append, checkpoint_every_s=None)
    snap = Snapshot(main=0, main_s=0.0, standby=1, bed=None)
    events.record(LoggedEvent(EventKind.STARTED, 0.0, 0, 0.0, snap))
    blocker = sqlite3.connect(db.paths.db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        for mono in (1.0, 2.0):
            events.record(LoggedEvent(EventKind.PAUSED, mono, 0, 0.0, snap, action="pause"))
        status = events.status
        assert status.startswith("2 件の記録が、順番どおり保存を待っています（"), status
        assert "使用中です）。" in status
        assert said and said[0].startswith("The session log cannot be saved just now (")
    finally:
        blocker.execute("COMMIT")
        blocker.close()
        events.close()


# -- every refusal goes through translate -------------------------------------------------

#: The exceptions whose message is a sentence for the facilitator.
USER_ERRORS = {"UserError", "DatabaseDamaged", "DataDirBusy", "LibVLCMissing", "BundleError"}
USER_ERRORS |= {"CopyFailed"}
#: (file, line's text) allowed to build one from a literal: none today.
ALLOWED: set[tuple[str, str]] = set()


def _bare_english(node: ast.expr) -> bool:
    """A string literal or f-string written in place, not passed through ``translate``."""
    return isinstance(node, ast.Constant | ast.JoinedStr) and (
        not isinstance(node, ast.Constant) or isinstance(node.value, str)
    )


def _raised_sentences() -> Iterator[tuple[Path, ast.Call]]:
    root = Path(tearconsole.__file__).parent
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in USER_ERRORS:
                yield path, node


def test_no_user_error_is_built_from_bare_english() -> None:
    root = Path(tearconsole.__file__).parent
    found = [
        f"{path.relative_to(root)}:{call.lineno}"
        for path, call in _raised_sentences()
        if _bare_english(call.args[0]) and (str(path.relative_to(root)), "") not in ALLOWED
    ]
    assert len(list(_raised_sentences())) > 40  # the scan does see them
    assert found == [], "UserError from an English literal (wrap it in translate):\n" + "\n".join(
        found
    )


def test_a_media_problem_is_told_in_japanese_and_logged_in_english(japanese: None) -> None:
    """Live: the facilitator reads the problem in the chosen language; the event log keeps
    the English reason, which the History's marks say in the reader's language."""
    rig = rig_at_missing_music()
    (error,) = rig.events(EventKind.MEDIA_ERROR)
    assert error.detail["reason"] == (
        "The media file music.ogg is missing (moved, renamed or deleted?)."
    )
    assert error.detail["message"] == media_problems.missing("music.ogg").as_dict()
    missing = "メディアファイル music.ogg が見つかりません（移動、名前の変更、削除をしましたか？）"
    missing += "。"
    assert rig.listener.notices[-1] == f"Homeward：{missing}"
    recorded = RecordedEvent(seq=1, kind="media_error", mono_s=0.0, detail=error.detail)
    assert mark_label(recorded) == f"メディアの問題：{missing}"


@pytest.mark.parametrize(
    "reason",
    [
        media_problems.missing("/media/films/夕焼け {1}.mp4"),
        media_problems.broken("C:/odd: name.ogg"),
        media_problems.nothing_to_play("Letters: home"),
        media_problems.no_bed(),
        media_problems.no_end(),
    ],
)
def test_every_kept_media_problem_is_said_from_its_message(japanese: None, reason: Message) -> None:
    detail = json.loads(json.dumps(media_problems.kept(reason)))  # as the event log keeps it
    said = media_problems.said(detail)
    assert said == reason.told() and not any(w in said for w in ("media", "play", "file"))
    assert detail["reason"] == reason.english() != said
    i18n.set_language("en")
    assert media_problems.said(detail) == reason.english()


def test_a_media_problem_of_an_older_version_is_said_as_stored(japanese: None) -> None:
    """An event written before messages were kept has only its English ``reason``."""
    english = "The media file music.ogg is missing (moved, renamed or deleted?)."
    assert media_problems.said({"reason": english}) == english
    assert media_problems.said({"message": "an even older key"}) == "an even older key"
    assert media_problems.said({"reason": english, "message": {"context": 3}}) == english
    assert media_problems.said({}) == ""
