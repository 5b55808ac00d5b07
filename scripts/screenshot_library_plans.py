"""The Library (empty, then with the demo) and the Plan editor, in one language.

Run from the repository root, once per screen size and language, under a window
manager (openbox gives the title bar and the maximised geometry a desktop gives):

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS=--aout=dummy \
        .venv/bin/python scripts/screenshot_library_plans.py --language ja --out /tmp/shots'

Files: OUT/WxH-LANG-library-empty.png, -library.png, -plans.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402
from shotkit import wait  # noqa: E402

from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.settings import LANGUAGE, Settings  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    make_application()
    install_language(args.language)
    size = QGuiApplication.primaryScreen().size()
    prefix = f"{size.width()}x{size.height()}-{args.language}"

    def shot(name: str) -> None:
        wait(600)
        target = args.out / f"{prefix}-{name}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(target))  # the whole screen
        print(target)

    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder)).ensure()
        Settings.for_paths(paths).set(LANGUAGE, args.language)
        window = open_window(paths)
        window.showMaximized()
        for _ in range(50):  # the window manager maximises it a moment later
            if window.width() > size.width() * 0.9:
                break
            wait(100)
        library = window.library
        while not library.welcome.demo_plan:
            wait(100)
        shot("library-empty")
        library.welcome.demo_button.click()
        while library.model.rowCount() == 0:
            wait(100)
        shot("library")
        plans = window.show_page("Plans")
        wait(800)
        table = getattr(plans, "table", None)
        if table is not None:
            table.selectRow(1)  # the content notice: the inspector shows it
        shot("plans")
        window.close()
        window.db.close()


if __name__ == "__main__":
    main()
