"""The words of the audience window's own cards, around the conductor's ``Scene``.

The conductor decides what the room sees (``core.conductor.view.Scene``); this module
only says what the calm and breathing cards read when the scene brings no text.
"""

from __future__ import annotations

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate  # Qt-free (the remote reads it)

CALM_TITLE = QT_TRANSLATE_NOOP("AudienceCards", "Take your time")
CALM_TEXT = QT_TRANSLATE_NOOP(
    "AudienceCards", "There is no hurry. We will go on when the room is ready."
)

BREATHING_TEXT = QT_TRANSLATE_NOOP("AudienceCards", "Breathe in slowly … and out.")

CALM = Scene(SceneKind.CALM)


def scene_words(scene: Scene) -> tuple[str, str]:
    """The title and text a scene shows, with the calm and breathing defaults."""
    if scene.kind is SceneKind.CALM:
        return translate("AudienceCards", CALM_TITLE), translate("AudienceCards", CALM_TEXT)
    if scene.kind is SceneKind.BREATHING:
        return "", scene.text or translate("AudienceCards", BREATHING_TEXT)
    if scene.kind is SceneKind.BLANK:
        return "", ""
    return scene.title or "", scene.text or ""
