"""Make the README's report and history screenshots from an example session.

Run under Xvfb from the repository root:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshot_history.py
It writes docs/screenshots/report.png (page 1 of the PDF report, rendered by poppler's
pdftoppm) and docs/screenshots/history.png (the History page in the main window).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.reports.pdf import write_pdf  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.history import load_report  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tests.session_records import make_plan, make_session  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths)
        letters = make_plan(db)
        pets = make_plan(db, "Pets we loved")
        make_session(db, letters, mode="rehearsal", started_at=datetime(2026, 11, 12, 10, 0))
        make_session(db, pets, started_at=datetime(2026, 11, 6, 19, 0))
        shown = make_session(db, letters, started_at=datetime(2026, 11, 20, 18, 30))
        app = make_application()
        with db.session() as session:
            report = load_report(session, shown.session_id, include_private=False)
        pdf = Path(temp) / "report.pdf"
        write_pdf(report, pdf)
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(OUT / "report")],
            check=True,
        )  # fmt: skip
        db.close()

        window = open_window(paths)
        window.resize(1280, 800)
        window.show()
        page = window.show_page("History")
        page.table.selectRow(0)  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(OUT / "history.png"))
        window.db.close()
    print(f"wrote {OUT / 'report.png'} and {OUT / 'history.png'}")


if __name__ == "__main__":
    main()
