"""The translation sources are complete and build; the language is chosen as promised;
the command line's catalogue agrees with Qt's, and switching language loses nothing."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from tearconsole import i18n
from tearconsole.core.checkin import SudsReading
from tearconsole.i18n.catalogue import Catalogue
from tearconsole.paths import AppPaths
from tearconsole.reports.csv import report_csv
from tearconsole.reports.html import report_html
from tearconsole.reports.pdf import write_pdf
from tearconsole.settings import LANGUAGE, Settings
from tearconsole.storage.db import Database
from tearconsole.storage.history import load_report
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.i18n import compile_ts, install_language
from tests.cli import run_cli, run_json
from tests.session_records import PRIVATE_NOTE, SHARED_NOTE, make_plan, make_session

TS_FILES = sorted(Path(i18n.__file__).parent.glob("*.ts"))


def test_every_ts_entry_is_finished() -> None:
    assert {p.name for p in TS_FILES} == {"tearconsole_en.ts", "tearconsole_ja.ts"}
    for path in TS_FILES:
        root = ElementTree.parse(path).getroot()
        messages = list(root.iter("message"))
        assert messages, path
        for message in messages:
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source", "")
            assert translation.get("type") is None, f"{path.name}: unfinished {source!r}"
            forms = [f.text for f in translation.findall("numerusform")]
            assert all(forms) if forms else translation.text, f"{path.name}: empty {source!r}"
            assert ("%n" in source) == bool(forms), f"{path.name}: counted? {source!r}"


def test_every_remembered_sentence_is_in_the_catalogue() -> None:
    """A sentence the app translates is in the .ts a translator works from: a wrapper
    that hides its words from pyside6-lupdate (``_tr(text)``) would leave them in the
    translation memory only. The command line's help is the one exception: argparse's
    words, looked up by ``cli.help_words`` when help is printed."""
    root = ElementTree.parse(i18n.ts_path("ja")).getroot()
    collected = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    remembered = set(i18n.read_memory(i18n.memory_path("ja")))
    only_remembered = {key for key in remembered - collected if key[0] != "CliHelp"}
    assert only_remembered == set(), sorted(only_remembered)[:10]


def test_japanese_keeps_every_placeholder() -> None:
    """A translation that lost a {name} would raise KeyError (or drop a fact) on screen."""
    root = ElementTree.parse(i18n.ts_path("ja")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        wanted = sorted(set(_placeholders(source)))
        for text in texts:
            assert sorted(set(_placeholders(text or ""))) == wanted, source


def _placeholders(text: str) -> list[str]:
    return re.findall(r"\{\w*\}|%n", text)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_qm_builds_and_translates(language: str, tmp_path: Path, qapp: object) -> None:
    target = tmp_path / f"tearconsole_{language}.qm"
    assert compile_ts(i18n.ts_path(language), target)
    translator = QTranslator()
    assert translator.load(str(target))
    if language == "ja":
        assert translator.translate("MainWindow", "Library") == "ライブラリ"
        assert translator.translate("PlanEditorPage", "%n cue(s) · {planned} planned", "", 3)
    else:
        cues = "%n cue(s) · {planned} planned"
        assert translator.translate("PlanEditorPage", cues, "", 1) == "%n cue · {planned} planned"
        assert translator.translate("PlanEditorPage", cues, "", 2) == "%n cues · {planned} planned"


def test_the_language_follows_the_choice_then_the_system() -> None:
    assert i18n.choose_language("ja", {"LANG": "en_GB.UTF-8"}) == "ja"
    assert i18n.choose_language("en", {"LANG": "ja_JP.UTF-8"}) == "en"
    assert i18n.choose_language(None, {"LANG": "ja_JP.UTF-8"}) == "ja"
    assert i18n.choose_language("klingon", {"LC_ALL": "ja_JP.eucJP"}) == "ja"
    assert i18n.choose_language(None, {"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "ja_JP"}) == "en"
    assert i18n.choose_language(None, {"LANG": "C", "LANGUAGE": "ja:en"}) == "ja"
    assert i18n.choose_language(None, {}) == "en"


def test_the_qt_free_catalogue_says_what_qt_says(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    install_language("ja")
    try:
        catalogue = Catalogue.read(i18n.ts_path("ja"))
        for (context, source, comment), texts in list(catalogue.entries.items())[:400]:
            n = 2 if "%n" in source else -1
            qt = QCoreApplication.translate(context, source, comment or None, n)
            assert qt == texts[0].replace("%n", "2") if n >= 0 else qt == texts[0], source
    finally:
        install_language("en")


def test_the_command_line_reads_sentences_without_qt(tmp_path: Path) -> None:
    """Japanese sentences for the CLI come from the .ts, and PySide6 is never imported."""
    script = (
        "import sys\n"
        "from tearconsole import i18n\n"
        "i18n.set_language('ja')\n"
        "print(i18n.translate('Preflight', 'The plan “{name}” has no cues yet.'))\n"
        "print(i18n.translate('ImportReport', '%n imported', '', 3))\n"
        "i18n.set_language('en')\n"
        "print(i18n.translate('ImportReport', '%n file(s)', '', 1))\n"
        "print(i18n.translate('RelinkReport', '%n file(s) found again', '', 1))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert out == [
        "プラン「{name}」にはまだキューがありません。",
        "3件を取り込みました",
        "1 file(s)",  # not in the catalogue: as written, the count filled in
        "1 file found again",
        "[]",
    ]


def shown_page(window: Any, name: str) -> Any:
    """The page called ``name``, opened as the facilitator opens it (its sidebar button)."""
    window.nav_buttons[name].click()
    return window.pages.currentWidget()


def test_switching_language_keeps_the_page_and_the_plan(qtbot: QtBot, demo_paths: AppPaths) -> None:
    db = Database.open(demo_paths, write=True)
    made = make_session(db, make_plan(db))
    db.close()
    make_application()
    install_language("en")
    window = open_window(demo_paths)
    qtbot.addWidget(window)
    window.show()
    try:
        plans = shown_page(window, "Plans")
        plans.reload_plans()
        plan_id = plans.plan.id if plans.plan else None
        assert plan_id is not None
        window.language.setCurrentIndex(window.language.findData("ja"))
        qtbot.waitUntil(lambda: window.nav_buttons["Plans"].text() == "プラン")
        assert window.nav_buttons["Plans"].isChecked()
        again = window.pages.currentWidget()
        assert again is not plans and again.plan is not None and again.plan.id == plan_id
        assert Settings.for_paths(demo_paths).get(LANGUAGE) == "ja"
        window.language.setCurrentIndex(window.language.findData("en"))
        qtbot.waitUntil(lambda: window.nav_buttons["Plans"].text() == "Plans")

        # What the library was searching for and had selected, and History's session, stay.
        library = shown_page(window, "Library")
        qtbot.waitUntil(lambda: library.model.rowCount() >= 8)
        library.filters.search.setText("happy prince")
        library.filters.flush()
        qtbot.waitUntil(lambda: library.model.rowCount() == 1)
        library.table.selectRow(0)
        chosen = library.selected_ids()
        history = shown_page(window, "History")
        history.select_session(made.session_id)
        shown_page(window, "Library")
        window.language.setCurrentIndex(window.language.findData("ja"))
        qtbot.waitUntil(lambda: window.nav_buttons["Plans"].text() == "プラン")
        library = window.pages.currentWidget()
        assert library.filters.search.text() == "happy prince"
        qtbot.waitUntil(lambda: library.model.rowCount() == 1 and library.selected_ids() == chosen)
        history = shown_page(window, "History")
        assert history.selected() is not None and history.selected().id == made.session_id
        window.language.setCurrentIndex(window.language.findData("en"))
        qtbot.waitUntil(lambda: window.nav_buttons["Plans"].text() == "Plans")

        # The calm card is up for the room after a session: its page and window stay.
        live = window.live
        live.toggle_room()
        assert live.audience.isVisible()
        window.language.setCurrentIndex(window.language.findData("ja"))
        qtbot.waitUntil(lambda: window.nav_buttons["Plans"].text() == "プラン")
        assert window.live is live and live.audience.isVisible()
        live.toggle_room()
        window.language.setCurrentIndex(window.language.findData("en"))
        qtbot.waitUntil(lambda: window.nav_buttons["Plans"].text() == "Plans")
        assert window.live is not live  # with the room's screen hidden it is built anew
    finally:
        install_language("en")
        window.db.close()


def test_a_report_comes_out_in_japanese(db: Database, tmp_path: Path, qapp: object) -> None:
    made = make_session(db, make_plan(db), checkin=SudsReading(group=6.0))
    install_language("ja")
    try:
        with db.session() as session:
            report = load_report(session, made.session_id, include_private=True)
        html = report_html(report)
        csv_text = report_csv(report)
        write_pdf(report, tmp_path / "report.pdf")
    finally:
        install_language("en")
    reason = "homeward.ogg could not be read"  # libVLC's words, as logged
    data = [*made.cue_titles, "An evening of letters", report.theme, report.facts.notes]
    data += [PRIVATE_NOTE, SHARED_NOTE, reason]
    assert "セッション報告書" in html and "タイムライン" in html and 'lang="ja"' in html
    assert "2026年11月20日（金） 18:30〜" in html
    text = re.sub(r"<[^>]+>", " ", html.split("<body>")[1])
    for item in data:
        text = text.replace(item, " ")
    english = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ("tearconsole",)]
    assert english == []
    header, first = csv_text.splitlines()[:2]
    assert header == "番号,時刻,経過秒,種類,出来事,キュー,キュー名,キュー内の秒,詳細,非公開"
    assert ",started,セッション開始," in first  # the stored kind, and in Japanese beside it
    pdf = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    assert "タイムライン" in pdf and "キューの予定と実際" in pdf


def test_the_command_line_follows_the_chosen_language(paths: AppPaths) -> None:
    """The app's language choice (the settings file) applies to the CLI's sentences and
    tables; --json keeps its keys."""
    Settings.for_paths(paths).set(LANGUAGE, "ja")
    empty = run_cli("plan", "list", data_dir=paths.data_dir)
    assert empty.returncode == 0 and "まだプランがありません" in empty.stdout
    sessions = run_cli("sessions", "list", data_dir=paths.data_dir)
    header = ["id", "プラン", "種類", "開始日時", "状態", "再開位置"]
    assert sessions.stdout.splitlines()[0].split() == header
    assert run_json("plan", "list", data_dir=paths.data_dir) == []
    Settings.for_paths(paths).set(LANGUAGE, "en")
    english = run_cli("plan", "list", data_dir=paths.data_dir)
    assert english.stdout.startswith("No plans yet")


def test_the_demo_greets_a_japanese_room_in_japanese(paths: AppPaths, vlc_instance: object) -> None:
    """Installed with 日本語 chosen, the demo is the Japanese one: its cards, breathing
    words and facilitator notes are Japanese, and its plan still passes preflight."""
    from tearconsole.core.preflight import Severity, check_plan
    from tearconsole.demo import install_demo
    from tearconsole.storage.models import Cue, Stimulus
    from tearconsole.storage.plans import all_plan_specs

    i18n.set_language("ja")
    try:
        db = Database.open(paths, write=True)
        report = install_demo(db, vlc_instance, language=i18n.current_language())
        with db.session() as session:
            cards = [s for s in session.query(Stimulus).filter_by(kind="card")]
            pauses = [c.text for c in session.query(Cue).filter_by(kind="pause")]
            notes = [c.notes for c in session.query(Cue) if c.notes]
            plan = all_plan_specs(session)[0]
            findings = check_plan(plan)
        db.close()
    finally:
        i18n.set_language("en")
    assert report.plan_name == plan.name == "はじめての涙"
    assert cards and all(card.language == "ja" for card in cards)
    assert any("よりそいホットライン" in (card.text or "") for card in cards)
    assert pauses and all(re.search(r"[ぁ-んァ-ン]", text or "") for text in pauses)
    assert notes and all(re.search(r"[ぁ-んァ-ン]", note) for note in notes)
    assert [f for f in findings if f.severity is not Severity.INFO] == []


def test_no_class_that_says_tr_is_subclassed() -> None:
    """PySide6's ``self.tr()`` looks a sentence up under the class of the object at run
    time, while pyside6-lupdate files it under the class it is written in: a subclass of a
    class that calls ``self.tr`` would silently show that class's sentences in English."""
    import ast

    classes: dict[str, tuple[list[str], bool]] = {}
    for path in Path(i18n.__file__).parents[1].rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]
                says_tr = any(
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    for call in ast.walk(node)
                )
                classes[node.name] = (bases, says_tr)
    offenders = [
        f"{name}({base})"
        for name, (bases, _) in classes.items()
        for base in bases
        if base in classes and classes[base][1]
    ]
    assert len(classes) > 50 and offenders == []


def test_the_translation_memory_is_compiled_in(tmp_path: Path, qapp: object) -> None:
    """A sentence the memory knows shows translated even before the .ts has it (its code
    merged since the .ts was last updated): in the window and on the command line."""
    memory = i18n.read_memory(i18n.memory_path("ja"))
    assert len(memory) >= 50
    for (context, source), text in memory.items():
        assert context and source and text, (context, source)
        assert sorted(set(_placeholders(text))) == sorted(set(_placeholders(source))), source
    target = tmp_path / "tearconsole_ja.qm"
    assert compile_ts(i18n.ts_path("ja"), target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("RoomCheckPage", "Room check") == "会場チェック"
    assert translator.translate("MainWindow", "Library") == "ライブラリ"  # the .ts still wins
    catalogue = Catalogue.read(i18n.ts_path("ja"), memory)
    assert catalogue.find("RemoteStatus", "Remote: off") == "リモコン：オフ"


def test_help_speaks_the_chosen_language(paths: AppPaths) -> None:
    """--help follows the choice too (commands keep their help in English where they are
    declared; the catalogue answers when help is printed); English is unchanged."""
    Settings.for_paths(paths).set(LANGUAGE, "ja")
    japanese = run_cli("--data-dir", str(paths.data_dir), "--help")
    assert japanese.returncode == 0
    assert japanese.stdout.startswith("使い方: tearconsole")
    assert "オプション:" in japanese.stdout and "このヘルプを表示して終わる" in japanese.stdout
    assert "事前チェック：プランを進める前に直すところ" in japanese.stdout
    sub = run_cli("--data-dir", str(paths.data_dir), "plan", "create", "--help").stdout
    assert sub.startswith("使い方: tearconsole plan create") and "素材の id（再生する順）" in sub
    english = run_cli("--data-dir", str(paths.data_dir / "fresh"), "--help").stdout
    assert english.startswith("usage: tearconsole") and "preflight: what to fix" in english
