"""Loading the chosen language into Qt: tearconsole's own ``.qm``, Qt's ``qtbase`` (so the
standard buttons and dialogs match) and the default ``QLocale`` for dates and numbers.

The ``.qm`` is compiled from the ``.ts`` in the package by ``scripts/setup.sh``
(``tearconsole.i18n.build``, with PySide6's ``lrelease``); where it is missing or older
than its sources (an install that skipped the setup), it is compiled once into the cache
folder. With neither, the window stays in English rather than fail.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from tearconsole import APP_NAME, i18n

_installed: list[QTranslator] = []

#: Qt's own words that its Japanese catalogue lacks, translated in ours under Qt's own
#: context: Qt 6's file dialog asks for "&Look in:" and "Files of &type:" (with their
#: shortcuts), while qtbase_ja has only Qt 5's "Look in:" and "Files of type:". Qt asks
#: its catalogue first (installed last), then ours.
QT_GAPS = (
    i18n.QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    i18n.QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def compile_ts(source: Path, target: Path) -> bool:
    """``source`` (with its translation memory) compiled to ``target``; False when it
    cannot be (no lrelease)."""
    from tearconsole.i18n.build import build_qm  # only when a .qm is older than its .ts

    return build_qm(source, target)


def qm_path(language: str) -> Path | None:
    """The compiled translation for ``language``: beside its ``.ts`` when it is up to date,
    else compiled into the cache folder."""
    source = i18n.ts_path(language)
    if not source.is_file():
        return None
    memory = i18n.memory_path(language)
    newest = max(source.stat().st_mtime, memory.stat().st_mtime if memory.is_file() else 0)
    beside = source.with_suffix(".qm")
    if beside.is_file() and beside.stat().st_mtime >= newest:
        return beside
    import platformdirs  # only when the .qm beside the .ts is out of date (a checkout)

    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / beside.name
    if cached.is_file() and cached.stat().st_mtime >= newest:
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
