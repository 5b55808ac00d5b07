"""The Library page with pytest-qt (offscreen): find, edit many, drop to import, preview.

A real database, real libVLC (headless) for probing and preview, real widgets; the
model is also tested on its own with no window.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.library.search import LibraryFilter
from tearconsole.settings import IMPORT_COPY, Settings
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.stimuli import get_tags, library_rows
from tearconsole.ui.import_dialog import ImportReportDialog
from tearconsole.ui.library_model import COLUMNS, LibraryModel
from tearconsole.ui.library_page import LibraryPage
from tearconsole.ui.metadata_editor import MetadataEditor
from tearconsole.ui.tasks import PoolRunner, SyncRunner
from tests.media import MediaFactory


def _seed(db: Database, music_path: Path | None = None) -> None:
    with db.session() as session:
        session.add_all(
            [
                Stimulus(kind="film", title="Hachiko", duration_s=300.0, intensity=5,
                         tags=get_tags(session, ["dogs", "loyalty"]), status="ok"),
                Stimulus(kind="music", title="Rain song", duration_s=95.0, intensity=2,
                         path=str(music_path) if music_path else "/gone/rain.ogg",
                         tags=get_tags(session, ["rain"]), status="ok"),
                Stimulus(kind="story", title="Match girl", duration_s=400.0, intensity=4,
                         text="It was terribly cold, and nearly dark.", status="ok"),
                Stimulus(kind="card", title="Welcome", text="Welcome.", intensity=1,
                         status="ok", private_notes="say hello to Keiko"),
                Stimulus(kind="film", title="Lost tape", duration_s=60.0, status="missing",
                         status_reason="The file is no longer at /x."),
            ]
        )  # fmt: skip


def _open(qtbot: QtBot, db: Database, vlc_instance: Any, runner: Any = None) -> LibraryPage:
    """A page with the whole library in (the first screenful comes at once, the rest
    from the background just after)."""
    widget = LibraryPage(db, runner=runner or SyncRunner(), make_vlc=lambda _headless: vlc_instance)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        pass
    return widget


@pytest.fixture
def page(qtbot: QtBot, db: Database, vlc_instance: Any) -> LibraryPage:
    _seed(db)
    return _open(qtbot, db, vlc_instance)


def _titles(page: LibraryPage) -> list[str]:
    return [page.model.row(r)["title"] for r in range(page.model.rowCount())]


def test_model_filters_and_sorts_without_a_window(db: Database) -> None:
    _seed(db)
    with db.session() as session:
        model = LibraryModel(library_rows(session))
    model.sort(COLUMNS.index("Length"), Qt.SortOrder.DescendingOrder)
    assert [model.row(r)["title"] for r in range(model.rowCount())][:3] == [
        "Match girl",
        "Hachiko",
        "Rain song",
    ]
    model.set_filter(LibraryFilter(kinds=frozenset({"film"})))
    assert [model.row(r)["title"] for r in range(model.rowCount())] == ["Hachiko", "Lost tape"]
    model.sort(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
    assert model.row(0)["title"] == "Hachiko"  # the filter holds across a sort
    assert model.index(1, COLUMNS.index("Status")).data() == "Missing"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "The file is no longer at /x."


def test_search_and_filters_on_the_page(page: LibraryPage, qtbot: QtBot) -> None:
    assert page.model.rowCount() == 5
    qtbot.keyClicks(page.filters.search, "cold")
    page.filters.flush()
    assert _titles(page) == ["Match girl"]  # found in the story text
    assert "showing 1" in page.summary.text()
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "keiko")
    page.filters.flush()
    assert _titles(page) == ["Welcome"]  # private notes
    page.filters.clear()
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("film"))
    assert sorted(_titles(page)) == ["Hachiko", "Lost tape"]
    page.filters.status.setCurrentIndex(page.filters.status.findData("missing"))
    assert _titles(page) == ["Lost tape"]
    page.filters.clear()
    page.filters.tag.setCurrentIndex(page.filters.tag.findData("rain"))
    assert _titles(page) == ["Rain song"]
    page.filters.clear()
    page.filters.intensity_min.setValue(4)
    assert sorted(_titles(page)) == ["Hachiko", "Match girl"]
    page.filters.clear()
    page.filters.minutes_min.setValue(2)
    page.filters.minutes_max.setValue(6)
    assert _titles(page) == ["Hachiko"]  # 5 min, inside 2-6 min
    page.filters.clear()
    assert page.model.rowCount() == 5
    assert page.relink_button.isVisibleTo(page)  # one item is missing


def test_sorting_by_a_column_header(page: LibraryPage, qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    length = COLUMNS.index("Length")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(length) + 10, 10),
    )
    lengths = [page.model.row(r)["duration_s"] or 0 for r in range(page.model.rowCount())]
    assert lengths == sorted(lengths) or lengths == sorted(lengths, reverse=True)
    assert lengths != [page.model.all_rows()[i]["duration_s"] or 0 for i in range(5)]


def test_edit_many_at_once(page: LibraryPage, db: Database) -> None:
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("film"))
    page.table.selectAll()
    rows = page.selected_rows()
    assert len(rows) == 2 and page.edit_button.text() == "Edit 2…"
    editor = MetadataEditor(rows, page)
    assert not editor.title.isEnabled()  # one title cannot fit many items
    editor.intensity.setCurrentIndex(editor.intensity.findData(3))
    editor.tags.setText("grief")
    editor.credit.setText("Studio Shizuku")
    page.save_changes([r["id"] for r in rows], editor)
    with db.session() as session:
        after = {r["title"]: r for r in library_rows(session)}
    assert after["Hachiko"]["intensity"] == after["Lost tape"]["intensity"] == 3
    assert after["Hachiko"]["tags"] == ["dogs", "grief", "loyalty"]  # its own tags stay
    assert after["Lost tape"]["tags"] == ["grief"]
    assert after["Hachiko"]["credit"] == after["Lost tape"]["credit"] == "Studio Shizuku"
    assert after["Match girl"]["credit"] == ""  # not selected: untouched
    assert sorted(page.selected_ids()) == sorted(r["id"] for r in rows)  # selection kept
    assert "grief" in [page.filters.tag.itemData(i) for i in range(page.filters.tag.count())]


def test_edit_one_title(page: LibraryPage, db: Database) -> None:
    page.table.selectRow(0)
    (row,) = page.selected_rows()
    editor = MetadataEditor([row], page)
    editor.title.setText("")
    assert not editor.save_button.isEnabled()
    editor.title.setText("A new name")
    page.save_changes([row["id"]], editor)
    with db.session() as session:
        assert "A new name" in {r["title"] for r in library_rows(session)}


def _drop(page: LibraryPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(event)


def test_dropping_files_and_folders_imports_them_in_the_background(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "dropped"
    folder.mkdir()
    shutil.copyfile(make_media.tone("page-drop.wav", 2.0), folder / "breath.wav")
    shutil.copyfile(make_media.film("page-drop.mp4", 2.0), folder / "dawn.mp4")
    (folder / "broken.mp3").write_bytes(b"")
    story = tmp_path / "story.txt"
    story.write_text("Snow\n\nIt snowed all night.", "utf-8")
    pool = PoolRunner()
    page = LibraryPage(db, runner=pool, make_vlc=lambda _headless: vlc_instance)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    progress: list[tuple[int, int]] = []
    _drop(page, [folder, story])
    task = page.importer.task
    assert task is not None and page.importer.isVisibleTo(page)
    task.progressed.connect(lambda done, total, _name: progress.append((done, total)))
    qtbot.waitUntil(lambda: page.importer.task is None, timeout=30_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert sorted(_titles(page)) == ["Snow", "breath", "dawn"]
    assert page.importer.last_report is not None and len(page.importer.last_report.failed) == 1
    assert "1 could not be used" in page.importer.label.text()
    assert progress and progress[-1] == (4, 4)
    dialog = ImportReportDialog(page.importer.last_report, page)
    cells = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert cells[0] == "The file is empty (0 bytes)."  # what went wrong comes first
    added = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "Added"]
    assert "Film “dawn”" in [dialog.table.item(r, 2).text() for r in added]  # not "Added as"

    def dawn() -> dict[str, Any]:
        return next(r for r in page.model.all_rows() if r["title"] == "dawn")

    assert dawn()["kind"] == "film"
    qtbot.waitUntil(lambda: bool(dawn()["thumbnail_path"]), timeout=10_000)  # made second

    _drop(page, [folder])  # again: nothing new
    qtbot.waitUntil(lambda: page.importer.task is None, timeout=30_000)
    assert page.importer.last_report is not None and page.importer.last_report.imported == []
    assert page.model.total_count() == 3
    page.release()


def test_cancelling_an_import_keeps_what_was_added(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    for i in range(30):
        (tmp_path / f"story-{i:02d}.txt").write_text(f"Story {i}\n\nOnce upon a time {i}.", "utf-8")
    page = LibraryPage(db, runner=PoolRunner(), make_vlc=lambda _headless: vlc_instance)
    qtbot.addWidget(page)
    task = page.import_paths([tmp_path])
    assert task is not None
    page.importer.cancel()
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)
    qtbot.waitUntil(lambda: "stopped" in page.importer.label.text(), timeout=5_000)
    with db.session() as session:
        kept = len(library_rows(session))
    assert kept < 30
    qtbot.waitUntil(lambda: page.model.total_count() == kept, timeout=5_000)


def test_preview_shows_a_storys_furigana_as_readings_in_brackets(
    qtbot: QtBot, db: Database, vlc_instance: Any
) -> None:
    with db.session() as session:
        session.add(
            Stimulus(kind="story", title="ごん狐", text="｜兵十《ひょうじゅう》だな。", status="ok")
        )
    page = _open(qtbot, db, vlc_instance)
    page.table.selectRow(0)
    assert page.preview.text.toPlainText() == "兵十（ひょうじゅう）だな。"  # never raw 《》


def test_preview_shows_story_text_and_plays_music(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory
) -> None:
    _seed(db, music_path=make_media.tone("page-preview.ogg", 3.0))
    page = _open(qtbot, db, vlc_instance)
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("story"))
    page.table.selectRow(0)
    assert page.preview.title.text() == "Match girl"
    assert page.preview.text.toPlainText() == "It was terribly cold, and nearly dark."
    assert page.preview.play_button.isHidden()
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("music"))
    page.table.selectRow(0)
    assert not page.preview.play_button.isHidden()
    page.preview.play_button.click()
    player = page.preview.player
    assert player is not None
    qtbot.waitUntil(lambda: player.state.value == "playing", timeout=5_000)
    assert page.preview.play_button.text() == "Stop"
    page.preview.play_button.click()
    qtbot.waitUntil(lambda: player.state.value == "stopped", timeout=5_000)
    assert page.preview.play_button.text() == "Play"
    page.release()


def test_a_moved_file_shows_missing_when_the_page_opens_and_relinks(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    song = tmp_path / "song.wav"
    shutil.copyfile(make_media.tone("page-relink.wav", 2.0), song)
    page = _open(qtbot, db, vlc_instance)
    page.import_paths([song])
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    song.rename(moved / "song (moved).wav")
    again = _open(qtbot, db, vlc_instance)
    again.show()  # the missing-file check runs once the page is first on the screen
    qtbot.waitUntil(lambda: [r["status"] for r in again.model.all_rows()] == ["missing"])
    assert again.relink_button.isVisibleTo(again)
    assert "1 missing" in again.summary.text()
    again.importer.relink_from(tmp_path)
    (row,) = again.model.all_rows()
    assert row["status"] == "ok" and row["path"] == str(moved / "song (moved).wav")
    assert "1 file found again" in again.importer.label.text()
    assert not again.relink_button.isVisibleTo(again)


def test_drag_enter_accepts_local_files_only(page: LibraryPage, tmp_path: Path) -> None:
    from PySide6.QtGui import QDragEnterEvent

    def enter(urls: list[QUrl]) -> bool:
        mime = QMimeData()
        mime.setUrls(urls)
        event = QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        event.setAccepted(False)
        page.dragEnterEvent(event)
        return event.isAccepted()

    assert enter([QUrl.fromLocalFile(str(tmp_path))])
    assert not enter([QUrl("https://example.org/film.mp4")])
    assert not enter([])


def test_the_editor_checks_as_typed_and_offers_languages_from_a_list(page: LibraryPage) -> None:
    from tearconsole.core.validation import LANGUAGE_CODES

    page.table.selectRow(0)
    (row,) = page.selected_rows()
    editor = MetadataEditor([row], page)
    codes = [editor.language.itemData(i) for i in range(editor.language.count())]
    assert None in codes and set(codes) - {None} <= LANGUAGE_CODES  # no free typing
    assert editor.save_button.isEnabled()
    editor.title.setText("x" * 301)
    assert not editor.save_button.isEnabled()
    assert editor.reasons["title"].text() == "A title can be at most 300 characters."
    editor.title.setText("Fine")
    editor.tags.setText("a" * 81)
    assert editor.reasons["tags"].text() == "A tag can be at most 80 characters."
    assert editor.reasons["title"].isHidden() and not editor.save_button.isEnabled()
    editor.tags.setText("rain")
    editor.language.setCurrentIndex(editor.language.findData("ja"))
    assert editor.save_button.isEnabled()
    assert editor.changes().language == "ja" and editor.changes().title == "Fine"


def test_a_language_from_before_the_list_must_be_chosen_again(page: LibraryPage) -> None:
    page.table.selectRow(0)
    (row,) = page.selected_rows()
    editor = MetadataEditor([{**row, "language": "klingon"}], page)
    assert editor.language.currentData() == "klingon"
    assert not editor.save_button.isEnabled()
    assert "from tearconsole's list" in editor.reasons["language"].text()
    editor.language.setCurrentIndex(editor.language.findData(None))
    assert editor.save_button.isEnabled() and editor.changes().language == ""


def test_importing_an_empty_folder_says_there_was_nothing_to_import(
    qtbot: QtBot, page: LibraryPage, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    page.import_paths([empty])
    qtbot.waitUntil(lambda: page.importer.task is None, timeout=10_000)
    text = page.importer.label.text()
    assert text.startswith("Nothing to import there") and "0 imported" not in text


def test_import_with_a_copy_and_copying_in_later(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copyfile(make_media.tone("page-copy-a.wav", 1.0), stick / "first.wav")
    shutil.copyfile(make_media.tone("page-copy-b.wav", 1.0, freq=660), stick / "second.wav")
    page = _open(qtbot, db, vlc_instance)
    page.copy_action.setChecked(True)  # the Import menu's choice, remembered
    page.import_paths([stick / "first.wav"])
    page.copy_action.setChecked(False)
    page.import_paths([stick / "second.wav"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    with db.session() as session:
        paths = {s.title: Path(s.path or "") for s in session.query(Stimulus)}
    library = db.paths.media_dir / "library"
    assert paths["first"].parent == library and paths["second"].parent == stick
    assert Settings.for_paths(db.paths).get(IMPORT_COPY) is False
    with db.session() as session:
        second = next(s.id for s in session.query(Stimulus) if s.title == "second")
    page.select([second])
    page.copy_selected_in()
    assert page.importer.label.text().startswith("1 item copied")  # English plural form
    shutil.rmtree(stick)
    with db.session() as session:
        copied = {s.title: Path(s.path or "") for s in session.query(Stimulus)}
    assert all(path.parent == library and path.is_file() for path in copied.values())


def test_a_cards_words_are_edited_in_the_library(page: LibraryPage, db: Database) -> None:
    card = next(
        page.model.row(r)
        for r in range(page.model.rowCount())
        if page.model.row(r)["kind"] == "card"
    )
    page.select([card["id"]])
    seen: list[str] = []

    def answer() -> None:  # the facilitator, in the editor the Edit button opened
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, MetadataEditor) and editor.card_text is not None
        seen.append(editor.card_text.toPlainText())  # the words as stored
        editor.card_text.setPlainText("Before we begin  \n{content notes}\n\n")
        assert editor.save_button.isEnabled()
        editor.accept()

    QTimer.singleShot(0, answer)
    page.edit_selected()
    assert seen == ["Welcome."]
    with db.session() as session:
        stored = session.scalars(select(Stimulus).where(Stimulus.kind == "card")).one()
        assert stored.text == "Before we begin\n{content notes}"  # kept tidy
    # a film or several items: no words to edit here
    rows = [page.model.row(r) for r in range(page.model.rowCount())]
    film = next(row for row in rows if row["kind"] == "film")
    assert MetadataEditor([film], page).card_text is None
    assert MetadataEditor(rows, page).card_text is None


def test_a_new_card_of_words_is_made_in_the_library(page: LibraryPage, db: Database) -> None:
    def answer(title: str, save: bool) -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, MetadataEditor) and editor.card_text is not None
        assert not editor.save_button.isEnabled()  # a title first
        assert "title cannot be empty" in editor.reasons["title"].text()
        editor.title.setText(title)
        editor.card_text.setPlainText("Welcome, all of you.\nTake your time.")
        editor.tags.setText("opening")
        assert editor.save_button.isEnabled()
        editor.accept() if save else editor.reject()

    QTimer.singleShot(0, lambda: answer("Not kept", save=False))
    assert page.new_card() is None  # cancelled: nothing made
    QTimer.singleShot(0, lambda: answer("Our welcome", save=True))
    made = page.new_card()
    assert made is not None
    with db.session() as session:
        card = session.get(Stimulus, made)
        assert card is not None and card.kind == "card" and card.path is None
        assert (card.title, card.text, card.intensity) == (
            "Our welcome",
            "Welcome, all of you.\nTake your time.",
            1,
        )
        assert [t.name for t in card.tags] == ["opening"]
        titles = [s.title for s in session.scalars(select(Stimulus))]
    assert "Not kept" not in titles
    assert made in page.selected_ids()  # and shown, selected
