"""The phone's page in the app's language: every word it shows, from the catalogue.

``page.html`` holds no words of its own. Its markup names them as ``{{key}}`` (filled in
here, HTML-escaped, when the page is served); its script reads the same dictionary from a
JSON data block (``T.key``) for what it writes later: state words, sentences, the
role. The machine keys the server and the view send (``"paused"``, ``"controller"``)
stay English; the page turns them into words. Served per request, so a phone that
reloads after the facilitator changed the language reads the new one. Qt-free: the
sentences come from ``tearconsole.i18n.translate`` (context ``RemotePage``), which
``pyside6-lupdate`` collects like any ``tr()``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from importlib import resources

from tearconsole.i18n import current_language, translate

#: What fills the page's ``{{key}}`` markers besides its words.
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def page_words() -> dict[str, str]:
    """Every word and sentence the page shows, by key, in the current language."""
    return {
        # the pairing form
        "title": translate("RemotePage", "tearconsole remote"),
        "pair_title": translate("RemotePage", "Pair this phone"),
        "code_label": translate("RemotePage", "The code on the laptop"),
        "name_label": translate("RemotePage", "This phone's name (shown on the laptop)"),
        "phone": translate("RemotePage", "Phone", "the name a phone gets unless one is typed"),
        "pair": translate("RemotePage", "Pair", "a button: pair this phone with the laptop"),
        "pair_refused": translate("RemotePage", "Pairing was refused."),
        "unreachable": translate("RemotePage", "The laptop cannot be reached."),
        "withdrawn": translate("RemotePage", "This phone's pairing was withdrawn on the laptop."),
        "pair_again": translate("RemotePage", "Pair again with the code on the laptop."),
        "flooded": translate(
            "RemotePage",
            "This phone sent too much at once and was disconnected; pair it again on the laptop.",
        ),
        # the connection
        "connecting": translate("RemotePage", "Connecting…"),
        "connected": translate("RemotePage", "Connected to the laptop"),
        "not_connected": translate("RemotePage", "Not connected"),
        "lost": translate("RemotePage", "The laptop is out of reach. Trying again…"),
        "session_over": translate("RemotePage", "The session is over; the remote is off."),
        "send_lost": translate("RemotePage", "Not connected to the laptop."),
        "who": translate("RemotePage", "{name} · {role}", "a phone's name and what it may do"),
        "controller": translate("RemotePage", "controller", "a phone that may act"),
        "viewer": translate("RemotePage", "viewer", "a phone that may only watch"),
        "watch_only": translate(
            "RemotePage", "This phone only watches: the laptop keeps the controls."
        ),
        # the session's state
        "ready": translate("RemotePage", "Ready", "the session: nothing playing, GO awaited"),
        "running": translate("RemotePage", "Running", "the session: a cue is playing"),
        "paused": translate("RemotePage", "Paused"),
        "stopped": translate("RemotePage", "Safe-stopped"),
        "ended": translate("RemotePage", "Ended", "the session"),
        "soft_landing": translate("RemotePage", "Soft landing"),
        "softened": translate("RemotePage", "Softened {level}"),
        "held": translate("RemotePage", "Held", "the next automatic step waits"),
        "rehearsal": translate("RemotePage", "Rehearsal"),
        "playing": translate("RemotePage", "Playing"),
        "nothing_playing": translate("RemotePage", "Nothing playing"),
        "standing_by": translate("RemotePage", "Standing by"),
        "plan_end": translate("RemotePage", "The end of the plan"),
        "session": translate("RemotePage", "Session", "a clock: the session's elapsed time"),
        "plan_left": translate("RemotePage", "Plan left", "a clock: the plan's remaining time"),
        "target_over": translate("RemotePage", "target {target}, {over} over"),
        "target_on_time": translate("RemotePage", "target {target}, on time"),
        # the controls
        "pause": translate("RemotePage", "Pause"),
        "resume": translate("RemotePage", "Resume"),
        "hold": translate("RemotePage", "Hold", "a button: hold the next automatic step"),
        "release": translate("RemotePage", "Release", "a button: let the held step go on"),
        "soften": translate("RemotePage", "Soften"),
        "restore": translate("RemotePage", "Restore", "a button: undo the softening"),
        "extend": translate("RemotePage", "Extend 30 s"),
        "note": translate("RemotePage", "Note", "a button: write a note"),
        "safe_stop_hold": translate("RemotePage", "Hold for safe stop"),
        "keep_holding": translate("RemotePage", "Keep holding for safe stop…"),
        "hold_needed": translate("RemotePage", "Safe stop needs a press and hold."),
        "soft_landing_hold": translate("RemotePage", "Hold for the soft landing"),
        "keep_holding_soft": translate("RemotePage", "Keep holding for the soft landing…"),
        "soft_hold_needed": translate("RemotePage", "The soft landing needs a press and hold."),
        # the note
        "note_title": translate("RemotePage", "A note for the session's record"),
        "shareable": translate("RemotePage", "shareable", "a note that may go in reports"),
        "keep_note": translate("RemotePage", "Keep note"),
        "note_kept": translate("RemotePage", "Note kept."),
    }


def page_template() -> str:
    return resources.files("tearconsole.remote").joinpath("page.html").read_text("utf-8")


def render_page(template: str) -> str:
    """``template`` with its ``{{key}}`` markers filled in the current language:
    ``lang`` the language's code, ``words`` the dictionary as JSON (for the script),
    every other key its word, escaped. An unknown key is a ``KeyError`` (a test finds it)."""
    words = page_words()
    as_json = json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")
    fixed = {"lang": current_language(), "words": as_json}
    return fill_template(template, fixed, lambda key: html.escape(words[key]))


def fill_template(template: str, fixed: dict[str, str], word: Callable[[str], str]) -> str:
    """Each ``{{key}}`` in ``template``: ``fixed[key]`` as it is, else ``word(key)``."""

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        return fixed[key] if key in fixed else word(key)

    return _PLACEHOLDER.sub(fill, template)
