"""The product's nouns in the current language, for every layer (kinds, statuses).

Kept beside ``translate`` so that a page, a report and the command line call a film, a
bed or a missing file by one name (see ``glossary.md``).
"""

from __future__ import annotations

from tearconsole.i18n import QT_TRANSLATE_NOOP, translate


def kind_word(kind: str) -> str:
    """A stimulus's or a cue's kind, capitalised as a label: ``"Film"``, ``"Bed start"``."""
    words = {
        "film": translate("Words", "Film"),
        "music": translate("Words", "Music"),
        "story": translate("Words", "Story"),
        "card": translate("Words", "Card", "a slide the room sees"),
        "stimulus": translate("Words", "Item", "a library item placed in a plan"),
        "pause": translate("Words", "Pause"),
        "bed_start": translate("Words", "Bed start", "background music starts"),
        "bed_stop": translate("Words", "Bed stop", "background music stops"),
        "bed": translate("Words", "Bed", "background music under later cues"),
        "missing": translate("Words", "Missing"),
    }
    return words.get(kind, kind)


def status_word(status: str) -> str:
    words = {
        "ok": translate("Words", "Ready", "a media file's status"),
        "missing": translate("Words", "Missing"),
        "unplayable": translate("Words", "Can't play"),
    }
    return words.get(status, status)


def timing_status_word(status: str) -> str:
    """A rehearsed cue's status (``core.conductor_timings``): played, failed, ..."""
    words = {
        "played": translate("Words", "played"),
        "failed": translate("Words", "failed", "a cue that could not play"),
        "skipped": translate("Words", "skipped"),
        "stopped": translate("Words", "stopped"),
        "not reached": translate("Words", "not reached"),
    }
    return words.get(status, status)


def session_state_word(state: str) -> str:
    words = {
        "finished": translate("Words", "Finished"),
        "open": translate("Words", "Still open"),
        "interrupted": translate("Words", "Interrupted (can be resumed)"),
    }
    return words.get(state, state)


#: The command line's own words for stored values: in English the value itself, as it
#: has always been printed (scripts may read it), in Japanese the app's word.
CLI_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("CliWords", "film"),
        QT_TRANSLATE_NOOP("CliWords", "music"),
        QT_TRANSLATE_NOOP("CliWords", "story"),
        QT_TRANSLATE_NOOP("CliWords", "card"),
        QT_TRANSLATE_NOOP("CliWords", "stimulus"),
        QT_TRANSLATE_NOOP("CliWords", "pause"),
        QT_TRANSLATE_NOOP("CliWords", "bed_start"),
        QT_TRANSLATE_NOOP("CliWords", "bed_stop"),
        QT_TRANSLATE_NOOP("CliWords", "ok"),
        QT_TRANSLATE_NOOP("CliWords", "missing"),
        QT_TRANSLATE_NOOP("CliWords", "unplayable"),
        QT_TRANSLATE_NOOP("CliWords", "live"),
        QT_TRANSLATE_NOOP("CliWords", "rehearsal"),
        QT_TRANSLATE_NOOP("CliWords", "open"),
        QT_TRANSLATE_NOOP("CliWords", "finished"),
        QT_TRANSLATE_NOOP("CliWords", "interrupted"),
    )
)


def cli_word(value: str) -> str:
    return translate("CliWords", value) if value in CLI_WORDS else value
