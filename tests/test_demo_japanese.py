"""The Japanese demo 「はじめての涙」: Aozora Bunko stories with their ruby, the project's
films and music, Japanese cards; installed by ``demo install`` (idempotent) and chosen
by the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tearconsole.core.preflight import check_plan
from tearconsole.core.ruby import has_ruby
from tearconsole.demo import demo_language, demo_plan_name
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.plans import find_plan, plan_spec
from tests.cli import run_json
from tests.japanese_texts import aozora


@pytest.mark.parametrize(
    ("code", "language"),
    [("ja", "ja"), ("ja_JP", "ja"), ("ja-JP", "ja"), ("en_GB", "en"), ("fr", "en"), (None, "en")],
)
def test_the_demo_follows_the_interface_language(code: str | None, language: str) -> None:
    assert demo_language(code) == language


def test_plan_names() -> None:
    assert demo_plan_name("ja_JP") == "はじめての涙"
    assert demo_plan_name("en") == "First tears"


def test_demo_install_japanese_then_english(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = run_json("demo", "install", "--language", "ja", data_dir=data)
    assert first["plan"] == "はじめての涙" and first["plan_created"]
    assert len(first["added"]) == 11
    again = run_json("demo", "install", "--language", "ja", data_dir=data)
    assert again["added"] == [] and not again["plan_created"]
    english = run_json("demo", "install", data_dir=data)  # English until chosen otherwise
    assert english["plan"] == "First tears"
    # The films and music are shared: the English demo finds them already there (under
    # the Japanese titles they were installed with).
    shared = ["夜明けの光", "家路", "静かな港", "ゆっくりした呼吸"]
    assert sorted(english["skipped"]) == sorted(shared)

    plans = {plan["name"]: plan for plan in run_json("plan", "list", data_dir=data)}
    japanese = plans["はじめての涙"]
    assert 36 * 60 <= japanese["planned_s"] <= 42 * 60  # about 40 minutes
    shown = run_json("plan", "show", "はじめての涙", data_dir=data)
    assert [cue["title"] for cue in shown["cues"] if cue["kind"] == "stimulus"][:5] == [
        "ようこそ", "はじめる前に", "夜明けの光", "デンデンムシノ　カナシミ", "ごん狐",
    ]  # fmt: skip

    db = Database.open(AppPaths.resolve(data), write=False)
    try:
        with db.session() as session:
            assert [
                f.message for f in check_plan(plan_spec(find_plan(session, "はじめての涙")))
            ] == []
            by_title = {s.title: s for s in session.scalars(select(Stimulus))}
    finally:
        db.close()
    gon = by_title["ごん狐"]
    assert gon.text == aozora().body and has_ruby(gon.text or "")
    assert "［＃" not in (gon.text or "") and "底本" not in (gon.text or "")
    assert gon.language == "ja" and "青空文庫" in gon.credit
    closing = by_title["ありがとうございました"].text or ""
    assert "よりそいホットライン　0120-279-338" in closing
    assert "いのちの電話　0120-783-556" in closing
    assert "パス" in (by_title["分かち合い"].text or "")


def test_the_japanese_demo_is_wholly_japanese() -> None:
    """Titles, tags and private notes in Japanese (the issue found English music titles,
    card tags and notes); GO and BGM are the console's own words."""
    import re

    from tearconsole.assets import demo_dir
    from tearconsole.demo import read_manifest

    manifest = read_manifest(demo_dir(), "ja")
    words = re.compile(r"[A-Za-z]{2,}")
    allowed = {"GO", "BGM"}
    for item in manifest["stimuli"]:
        for text in [item["title"], item["notes"], *item["tags"], *item["content_notes"]]:
            assert set(words.findall(text)) <= allowed, (item["key"], text)
    for cue in manifest["plan"]["cues"]:
        assert set(words.findall(cue.get("notes", "") + cue.get("text", ""))) <= allowed
