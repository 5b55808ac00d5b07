"""Loading the chosen language into Qt: tearconsole's own ``.qm``, Qt's ``qtbase`` (so the
standard buttons and dialogs match) and the default ``QLocale`` for dates and numbers.

The ``.qm`` is compiled from the ``.ts`` in the package by ``scripts/setup.sh``
(``pyside6-lrelease``); where it is missing or older than its source (an install that
skipped the setup), it is compiled once into the cache folder with PySide6's own
``lrelease``. With neither, the window stays in English rather than fail.
"""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from tearconsole import APP_NAME, i18n

_installed: list[QTranslator] = []


def lrelease_program() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_ts(source: Path, target: Path) -> bool:
    """``pyside6-lrelease source -qm target``; False when it cannot be done."""
    program = lrelease_program()
    if program is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(program), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0 and target.is_file()


def qm_path(language: str) -> Path | None:
    """The compiled translation for ``language``: beside its ``.ts`` when it is up to date,
    else compiled into the cache folder."""
    source = i18n.ts_path(language)
    if not source.is_file():
        return None
    beside = source.with_suffix(".qm")
    if beside.is_file() and beside.stat().st_mtime >= source.stat().st_mtime:
        return beside
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / beside.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    return cached if compile_ts(source, cached) else None


def locale_for(language: str) -> QLocale:
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_language(language: str) -> str:
    """Make ``language`` the application's: translators, default locale and the Qt-free
    catalogue the reports and the command line use. Returns the language now in use."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English has a catalogue too: the plural forms of its counted sentences ("%n cue(s)").
    wanted = language if language in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
    own = qm_path(wanted)
    translator = QTranslator(app)
    in_use = i18n.SOURCE_LANGUAGE
    if own is not None and translator.load(str(own)):
        app.installTranslator(translator)
        _installed.append(translator)
        in_use = wanted
    elif wanted != i18n.SOURCE_LANGUAGE:
        english = qm_path(i18n.SOURCE_LANGUAGE)
        if english is not None and translator.load(str(english)):
            app.installTranslator(translator)
            _installed.append(translator)
    if in_use != i18n.SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{in_use}", qt_folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    i18n.set_language(in_use)
    QLocale.setDefault(locale_for(in_use))
    return in_use


def date_time_text(moment: datetime | None, long: bool = False) -> str:
    """A local date and time in the language's own short (or long) form."""
    if moment is None:
        return ""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)  # the computer's own time zone
    shown = QDateTime.fromString(moment.isoformat(timespec="seconds"), "yyyy-MM-ddTHH:mm:ss")
    return QLocale().toString(shown, kind)


def number_text(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
