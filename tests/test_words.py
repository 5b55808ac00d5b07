"""Tags and content notes split on the separators people type: , ， 、 ; ；"""

from __future__ import annotations

from typing import Any

from tearconsole.core.words import split_words
from tearconsole.storage.quick_reads import split_notes
from tearconsole.ui.metadata_editor import MetadataEditor


def test_every_separator_splits() -> None:
    typed = "いじめ、動物の死，loss, family; rain；　別れ 、"
    expected = ["いじめ", "動物の死", "loss", "family", "rain", "別れ"]
    assert split_words(typed) == expected
    assert split_notes(typed) == expected
    assert split_words(" , 、;") == []
    assert split_words("a parent's violence (mentioned)") == ["a parent's violence (mentioned)"]


def test_the_editor_splits_typed_tags_and_notes(qtbot: Any) -> None:
    row = {"title": "ごん狐", "tags": [], "content_notes": [], "intensity": 3}
    editor = MetadataEditor([row])
    qtbot.addWidget(editor)
    editor.tags.setText("秋、つぐない，Loneliness")
    editor.content_notes.setText("家族の死、動物の死")
    changes = editor.changes()
    assert changes.tags_add == ("秋", "つぐない", "loneliness")
    assert changes.as_values()["content_notes"] == ["家族の死", "動物の死"]
