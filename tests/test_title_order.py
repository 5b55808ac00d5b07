"""Japanese titles sort as a Japanese reader expects: by reading where the title gives
it in ruby, by QCollator (あいうえお順, kana together, kanji by reading) otherwise; in
the library and in the plan editor's lists."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tearconsole.core.kinds import StimulusKind
from tearconsole.core.plan import PlanSpec, StimulusInfo
from tearconsole.ui.i18n import install_language
from tearconsole.ui.library_model import COLUMNS, LibraryModel
from tearconsole.ui.library_sorting import TitleOrder, reading
from tearconsole.ui.plan_editor.panels import PlanListPanel
from tearconsole.ui.plan_editor.stimulus_list import StimulusListModel

#: The Japanese demo's titles as stored (code-point order), and as a reader files them:
#: kana in あいうえお order (katakana among hiragana), a title with its reading in ruby
#: among them by that reading, then kanji titles whose reading is not given, by the
#: collator's (JIS) order, which follows their common reading: 静(せい) 分(ぶん) 夜(や).
STORED = [
    "ありがとうございました", "ごん狐", "はじめる前に", "ようこそ",
    "デンデンムシノ　カナシミ", "分かち合い", "夜明けの光", "静かな港",
    "｜深呼吸《しんこきゅう》",
]  # fmt: skip
EXPECTED = [
    "ありがとうございました", "ごん狐", "｜深呼吸《しんこきゅう》", "デンデンムシノ　カナシミ",
    "はじめる前に", "ようこそ", "静かな港", "分かち合い", "夜明けの光",
]  # fmt: skip


@pytest.fixture
def japanese(qapp: Any) -> Iterator[None]:
    install_language("ja")
    yield
    install_language("en")


def test_titles_in_japanese_order() -> None:
    assert sorted(STORED) != EXPECTED  # code points: katakana after every hiragana
    assert TitleOrder("ja").sorted(STORED) == EXPECTED
    assert reading("｜深呼吸《しんこきゅう》の時間") == "しんこきゅうの時間"
    assert TitleOrder("ja").sorted(["さくら", "キュー10", "キュー9", "かっこう"]) == [
        "かっこう", "キュー9", "キュー10", "さくら",
    ]  # fmt: skip
    assert TitleOrder("en").sorted(["b", "Cue 10", "a", "Cue 9"]) == ["a", "b", "Cue 9", "Cue 10"]


def test_the_library_and_the_plan_editor_lists_sort_so(japanese: None) -> None:
    rows = [
        {"id": i, "title": title, "kind": "card", "duration_s": None, "intensity": 1,
         "tags": [], "content_notes": [], "status": "ok"}
        for i, title in enumerate(STORED)
    ]  # fmt: skip
    model = LibraryModel(rows)
    model.sort(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == [title.replace("｜深呼吸《しんこきゅう》", "深呼吸") for title in EXPECTED]

    stimuli = StimulusListModel()
    stimuli.set_items(
        [StimulusInfo(id=i, kind=StimulusKind.CARD, title=t) for i, t in enumerate(STORED)]
    )
    assert [stimuli.item(r).title for r in range(stimuli.rowCount())] == EXPECTED

    plans = PlanListPanel()
    plans.set_plans([PlanSpec(id=i, name=name) for i, name in enumerate(STORED)], None)
    names = [plans.list.item(r).text().split("\n")[0] for r in range(plans.list.count())]
    assert names == EXPECTED
