"""After a session, as a facilitator's laptop shows it: the check-in and check-out with
people per score (and the question Esc asks), History with its check-in and check-out
dialog, and the PDF report's pages, in one language.

Run from the repository root, once per language and screen size (openbox gives the title
bar and the maximised geometry a real desktop gives):

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshot_after_session.py ja'

It writes docs/screenshots/after-LANG-WxH-WHAT.png (the whole screen, ``import -window
root``) and after-LANG-report-N.png (the report's pages, by poppler's pdftoppm).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402
from shotkit import wait  # noqa: E402

from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.reports.pdf import write_pdf  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.history import load_report  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.history_page import HistoryPage  # noqa: E402
from tearconsole.ui.history_readings import ReadingsDialog  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402
from tearconsole.ui.session_end_dialog import SessionEndDialog  # noqa: E402
from tearconsole.ui.session_start_dialog import SessionStartDialog  # noqa: E402
from tearconsole.ui.suds_input import COUNTS, SudsInput  # noqa: E402
from tests.session_records import make_plan, make_session  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
COUNTED = {1: 2, 2: 3, 3: 4, 5: 2, 8: 1}  # 12 people, one still at 8


def count(suds: SudsInput) -> None:
    suds.how.setCurrentIndex(COUNTS)
    for score, people in COUNTED.items():
        suds.counts[score].setValue(people)


def main(language: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_language(language)
    screen = QGuiApplication.primaryScreen().size()
    size = f"{screen.width()}x{screen.height()}"

    def shot(what: str) -> None:
        wait(400)
        target = OUT / f"after-{language}-{size}-{what}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths)
        letters = make_plan(db)
        make_session(db, make_plan(db, "Pets we loved"), started_at=datetime(2026, 11, 6, 19, 0))
        shown = make_session(db, letters, started_at=datetime(2026, 11, 20, 18, 30))
        with db.session() as session:
            report = load_report(session, shown.session_id, include_private=True)
        pdf = Path(temp) / "report.pdf"
        write_pdf(report, pdf)
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(pdf), str(OUT / f"after-{language}-report")],
            check=True,
        )
        db.close()

        window = open_window(paths)
        window.showMaximized()
        wait(1000)
        start = SessionStartDialog(
            window, plan_name="An evening of letters", content_notes=["loss"]
        )
        start.show()
        count(start.checkin)
        shot("check-in")
        start.done(0)
        end = SessionEndDialog(window, group_size=12)
        end.show()
        count(end.checkout)
        end.note.setPlainText("A longer silence after the film next time.")
        shot("check-out")

        def answer_later() -> None:
            wait(600)
            shot("check-out-esc")
            box = end.keep_question
            if box is not None:
                box.done(QMessageBox.StandardButton.Cancel)

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, answer_later)
        end.reject()  # what Esc does: asks first
        end.done(0)

        page = window.show_page("History")
        assert isinstance(page, HistoryPage)
        page.select_session(shown.session_id)
        shot("history")

        def readings_later() -> None:
            wait(600)
            dialog = app.activeModalWidget()
            shot("history-readings")
            if isinstance(dialog, QDialog):
                dialog.reject()

        QTimer.singleShot(0, readings_later)
        page.correct_selected()
        assert not isinstance(app.activeModalWidget(), ReadingsDialog)
        window.db.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
