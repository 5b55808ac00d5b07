"""Which language tearconsole speaks, and its sentences for code that runs without Qt.

The language is the facilitator's choice (the ``language`` setting: ``"en"``, ``"ja"``),
or, with no choice made, the system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
``LANGUAGE``). The GUI loads the compiled ``.qm`` with ``QTranslator``
(``tearconsole.ui.i18n``); the command line and the reports, which must not start Qt to
print a sentence, read the very same ``.ts`` source here, once and only when a sentence
in another language than English is asked for. ``translate`` has Qt's signature, so
``pyside6-lupdate`` collects its calls into the ``.ts`` like any ``tr()``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from tearconsole.i18n.catalogue import Catalogue

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

#: The languages the interface is translated into, by code, each named in itself.
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
SOURCE_LANGUAGE = "en"
#: The settings key holding the facilitator's choice (absent: follow the system).
SETTING_KEY = "language"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

_language = SOURCE_LANGUAGE
_catalogues: dict[str, Catalogue] = {}
#: Sentences asked for in another language that its catalogue does not have yet.
_untranslated: set[tuple[str, str]] = set()


def folder() -> Path:
    return Path(__file__).parent


def ts_path(language: str) -> Path:
    return folder() / f"tearconsole_{language}.ts"


def memory_path(language: str) -> Path:
    """The translation memory: sentences translated before their code reached the .ts.

    The translation workflow needs it (``scripts/update_translations.sh`` and
    ``scripts/ts_memory.py`` fill the .ts from it, so a sentence is translated in the
    same commit as its code); ``translate`` also reads it beside the .ts."""
    return folder() / f"memory_{language}.tsv"


def read_memory(path: Path) -> dict[tuple[str, str], str]:
    """Tab-separated context, source, translation; ``\\n`` is a line break, # a comment."""
    memory: dict[tuple[str, str], str] = {}
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError:
        return memory
    for line in lines:
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3:
            continue
        context, source, translation = (part.replace("\\n", "\n") for part in parts)
        memory[(context, source)] = translation
    return memory


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system locale asks for, if tearconsole speaks it, else English."""
    env = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = env.get(variable, "")
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].split("@")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def choose_language(chosen: object, environ: Mapping[str, str] | None = None) -> str:
    """The facilitator's choice when it is one we speak, else the system's language."""
    if isinstance(chosen, str) and chosen in LANGUAGES:
        return chosen
    return system_language(environ)


def use_chosen_language(settings_path: Path) -> str:
    """For the command line: the language chosen in the app (its settings file, read
    here without the settings module), else the system's; returns it."""
    import json  # not for --version

    try:
        chosen = json.loads(settings_path.read_text("utf-8")).get(SETTING_KEY)
    except (OSError, ValueError, AttributeError):
        chosen = None
    set_language(choose_language(chosen))
    return current_language()


def set_language(language: str) -> None:
    """Make ``language`` the one every later ``translate`` answers in."""
    global _language
    _language = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _language


def untranslated() -> set[tuple[str, str]]:
    """(context, source) of every sentence shown in English for want of a translation."""
    return set(_untranslated)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language, as ``QCoreApplication.translate`` would say it
    (``%n`` replaced by ``n``); an untranslated sentence comes back as written. English
    reads its catalogue only for counted sentences (its plural forms)."""
    if _language != SOURCE_LANGUAGE or n >= 0:
        catalogue = _catalogues.get(_language)
        if catalogue is None:
            catalogue = _catalogues[_language] = Catalogue.read(
                ts_path(_language), read_memory(memory_path(_language))
            )
        found = catalogue.find(context, source, disambiguation, n)
        if found:
            source = found
        elif _language != SOURCE_LANGUAGE:
            _untranslated.add((context, source))
    return source.replace("%n", str(n)) if n >= 0 else source


_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(moment: date) -> str:
    """``"Thursday 26 November 2026"`` / ``"2026年11月26日（木）"``, the way each language
    writes a date in a report (the same as ``QLocale``'s long date, without needing Qt, and
    without depending on the C library's locale)."""
    if _language == "ja":
        weekday = _WEEKDAYS_JA[moment.weekday()]
        return f"{moment.year}年{moment.month}月{moment.day}日（{weekday}）"
    weekday = _WEEKDAYS_EN[moment.weekday()]
    return f"{weekday} {moment.day} {_MONTHS_EN[moment.month - 1]} {moment.year}"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's own name)
    """Mark ``source`` for ``pyside6-lupdate`` where it is defined; translated where shown."""
    return source
