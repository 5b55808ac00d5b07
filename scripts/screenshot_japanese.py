"""Make the Japanese README's screenshots: library, plan editor, history and a report.

Run under Xvfb with a window manager, from the repository root:
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
        'openbox & sleep 1; QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshot_japanese.py'
The window is maximised and the whole screen is captured (ImageMagick's ``import``);
the report is page 1 of the Japanese PDF, rendered by poppler's pdftoppm. Everything goes
to docs/screenshots/ja/.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from shotkit import demo_folder  # noqa: E402

from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.reports.pdf import write_pdf  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.history import load_report  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402
from tests.session_records import make_plan, make_session  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "ja"


def settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def capture(name: str) -> None:
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_language("ja")
    with tempfile.TemporaryDirectory() as temp:
        # The history and the report: a recorded example session, in its own data folder.
        records = AppPaths.resolve(Path(temp) / "records").ensure()
        db = Database.open(records, write=True)
        letters = make_plan(db, "手紙と家族の夕べ")
        make_session(db, letters, mode="rehearsal", started_at=datetime(2026, 11, 12, 10, 0))
        shown = make_session(db, letters, started_at=datetime(2026, 11, 20, 18, 30))
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
        window = open_window(records)
        window.showMaximized()
        window.nav_buttons["History"].click()
        settle(1500)
        history = window.pages.currentWidget()
        history.table.selectRow(0)  # type: ignore[attr-defined]
        settle()
        capture("history")
        window.db.close()
        window.close()

        # The library and the plan editor: the demo, installed in Japanese.
        paths = demo_folder(Path(temp) / "demo", "ja")
        window = open_window(paths)
        window.showMaximized()
        settle(1500)
        window.library.table.selectRow(1)
        settle()
        capture("library")
        window.nav_buttons["Plans"].click()
        plans = window.pages.currentWidget()
        plans.reload_plans()  # type: ignore[attr-defined]
        plans.select_cue(1)  # type: ignore[attr-defined]
        settle()
        capture("plan-editor")
        window.db.close()
    app.quit()
    print(f"wrote {OUT}/library.png, plan-editor.png, history.png and report.png")


if __name__ == "__main__":
    main()
