"""The participants' page in the phone's language, and the care card it keeps.

Unlike the remote's page (the app's language: it is the facilitator's phone), this page
speaks the language each participant's phone asks for (``Accept-Language``), English or
Japanese, whatever the laptop speaks. Its sentences are marked with
``QT_TRANSLATE_NOOP`` (context ``RoomPage``, collected by ``pyside6-lupdate``) and looked
up in that language's catalogue here, per request, without touching the app's language.

The care card's "where to find help" is the demo's closing card (``assets/demo``) in the
session's language: its hotlines are the venue's country's, whatever the phone speaks.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from typing import Any

from tearconsole.assets import demo_dir
from tearconsole.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    memory_path,
    read_memory,
    ts_path,
)
from tearconsole.i18n.catalogue import Catalogue
from tearconsole.remote.words import fill_template

CONTEXT = "RoomPage"
#: The demo's manifest for each session language (its closing card is the care text).
CARE_MANIFESTS = {"en": "manifest.json", "ja": "manifest-ja.json"}
CARE_CARD_KEY = "closing"

WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("RoomPage", "The room"),
    "join_title": QT_TRANSLATE_NOOP("RoomPage", "Join the room"),
    "code_label": QT_TRANSLATE_NOOP("RoomPage", "The room's code, on the screen"),
    "join": QT_TRANSLATE_NOOP("RoomPage", "Join"),
    "kept": QT_TRANSLATE_NOOP(
        "RoomPage",
        "What is kept: anonymous counts only. No name, no account; "
        "nobody can tell which answer was yours.",
    ),
    "bad_code": QT_TRANSLATE_NOOP("RoomPage", "That is not the room's code."),
    "room_full": QT_TRANSLATE_NOOP(
        "RoomPage", "The room is full for phones; thank you for trying."
    ),
    "refused": QT_TRANSLATE_NOOP("RoomPage", "That did not work; please try again."),
    "unreachable": QT_TRANSLATE_NOOP("RoomPage", "The room cannot be reached just now."),
    "connected": QT_TRANSLATE_NOOP("RoomPage", "In the room"),
    "lost": QT_TRANSLATE_NOOP("RoomPage", "Out of reach. Trying again…"),
    "ended": QT_TRANSLATE_NOOP(
        "RoomPage", "The session has ended. Thank you for being here. Your care card stays."
    ),
    "check_in_q": QT_TRANSLATE_NOOP(
        "RoomPage", "Before we begin: how much distress do you feel right now?"
    ),
    "check_out_q": QT_TRANSLATE_NOOP(
        "RoomPage", "Before you go: how much distress do you feel right now?"
    ),
    "scale": QT_TRANSLATE_NOOP("RoomPage", "0 calm · 10 the most you can imagine"),
    "score_label": QT_TRANSLATE_NOOP("RoomPage", "{n} out of 10"),
    "decline": QT_TRANSLATE_NOOP("RoomPage", "I'd rather not say"),
    "thanks": QT_TRANSLATE_NOOP("RoomPage", "Thank you. Your answer is in."),
    "scored": QT_TRANSLATE_NOOP("RoomPage", "Your answer is already in. Thank you."),
    "not_open": QT_TRANSLATE_NOOP("RoomPage", "That question is not open just now."),
    "signals_title": QT_TRANSLATE_NOOP(
        "RoomPage", "During the session, tell the facilitator quietly"
    ),
    "softer": QT_TRANSLATE_NOOP("RoomPage", "Softer, please"),
    "break": QT_TRANSLATE_NOOP("RoomPage", "I need a short break"),
    "ok": QT_TRANSLATE_NOOP("RoomPage", "I'm OK"),
    "heard": QT_TRANSLATE_NOOP("RoomPage", "Heard"),
    "too_soon": QT_TRANSLATE_NOOP("RoomPage", "Heard. You can send another in a little while."),
    "wait": QT_TRANSLATE_NOOP("RoomPage", "You can send another in {s} s."),
    "care_title": QT_TRANSLATE_NOOP("RoomPage", "Your care card"),
    "care_open": QT_TRANSLATE_NOOP("RoomPage", "Care card"),
    "next_hours_title": QT_TRANSLATE_NOOP("RoomPage", "In the next hours"),
    "next_hours": QT_TRANSLATE_NOOP(
        "RoomPage",
        "After tears many people feel heavier for a while, then lighter within an hour or "
        "two. Tiredness, a headache or a wave of memories can come too; they pass.",
    ),
    "care_self_title": QT_TRANSLATE_NOOP("RoomPage", "Looking after yourself"),
    "care_self": QT_TRANSLATE_NOOP(
        "RoomPage",
        "Drink some water, eat something, and go gently for the rest of the day. "
        "Talk to someone you trust, or write down what stayed with you.",
    ),
    "help_title": QT_TRANSLATE_NOOP("RoomPage", "Where to find help"),
    "save": QT_TRANSLATE_NOOP("RoomPage", "Save this card"),
    "saved": QT_TRANSLATE_NOOP("RoomPage", "Kept on this phone: it opens without the network."),
}


def page_language(accept_language: str | None) -> str:
    """The language the phone asks for first among those spoken here, else English."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.strip().split("-")[0].lower()
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, index, code))
    return min(ranked)[2] if ranked else SOURCE_LANGUAGE


@cache
def _catalogue(language: str) -> Catalogue:
    return Catalogue.read(ts_path(language), read_memory(memory_path(language)))


def said(language: str, source: str) -> str:
    """``source`` (a ``RoomPage`` sentence) in ``language``, as written when untranslated."""
    if language == SOURCE_LANGUAGE:
        return source
    return _catalogue(language).find(CONTEXT, source) or source


def page_words(language: str) -> dict[str, str]:
    return {key: said(language, source) for key, source in WORDS.items()}


@cache
def care_text(session_language: str) -> dict[str, str]:
    """The demo's closing card in the session's language: its title and text."""
    name = CARE_MANIFESTS.get(session_language, CARE_MANIFESTS[SOURCE_LANGUAGE])
    try:
        manifest: dict[str, Any] = json.loads((demo_dir() / name).read_text("utf-8"))
        card = next(s for s in manifest["stimuli"] if s.get("key") == CARE_CARD_KEY)
        return {"title": str(card["title"]), "text": str(card["text"])}
    except (OSError, ValueError, KeyError, StopIteration, TypeError):
        return {"title": "", "text": ""}  # the page keeps its own words on looking after


def room_template() -> str:
    return resources.files("tearconsole.remote").joinpath("room.html").read_text("utf-8")


def render_room(template: str, language: str, session_language: str) -> str:
    """``template`` with its ``{{key}}`` markers filled in ``language``; ``words`` is the
    dictionary as JSON for the script, with the care card's help text under ``help``."""
    words = page_words(language)
    care = care_text(session_language)
    data = {**words, "help": care["text"], "help_card": care["title"]}
    as_json = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return fill_template(
        template,
        {"lang": language, "words": as_json},
        lambda key: html.escape(words[key]),
    )
