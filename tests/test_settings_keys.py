"""Settings keys are one typed table: every reader and writer names a key from
``tearconsole.settings``, never a string, and every key in use is in the table."""

from __future__ import annotations

import ast
import importlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import tearconsole
from tearconsole import i18n, settings
from tearconsole.settings import (
    AUDIENCE_FURIGANA,
    CLICKER_KEYS,
    KEYS,
    LANGUAGE,
    ROOM_CHECK_LAST,
    TELEPROMPTER_PACE,
    WINDOW_GEOMETRY,
    Key,
    Settings,
    plan_audio_output,
)

PACKAGE_DIR = Path(tearconsole.__file__).parent
ROOT = PACKAGE_DIR.parents[1]
SETTINGS_MODULE = PACKAGE_DIR / "settings.py"


def python_files() -> Iterator[Path]:
    for folder in (PACKAGE_DIR, ROOT / "tests", ROOT / "scripts", ROOT / "bench"):
        yield from sorted(folder.rglob("*.py"))


def names_settings(node: ast.expr) -> bool:
    """``settings``, ``self.settings``, ``Settings(path)``, ``Settings.for_paths(p)``..."""
    if isinstance(node, ast.Name):
        return "settings" in node.id.lower()
    if isinstance(node, ast.Attribute):
        return "settings" in node.attr.lower() or names_settings(node.value)
    if isinstance(node, ast.Call):
        return names_settings(node.func)
    return False


def literal_keys(source: str) -> Iterator[tuple[int, str]]:
    """Calls that read or write a setting by a string written in place."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "set", "get_float")
            and names_settings(node.func.value)
            and node.args
            and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
        ):
            yield node.lineno, ast.unparse(node)


def keys_made(source: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Key":
            yield node.lineno, ast.unparse(node)


def test_the_scan_finds_a_key_written_as_a_string() -> None:
    source = (
        "settings.get('pace', 1.0)\n"
        "self.settings.set(f'audio_output.plan.{plan_id}', device)\n"
        "Settings(path).get('audience_screen')\n"
        "Settings.for_paths(paths).set('language', 'ja')\n"
        "settings.get(TELEPROMPTER_PACE)\n"
        "row.get('title')\n"
    )
    assert [line for line, _ in literal_keys(source)] == [1, 2, 3, 4]
    assert [line for line, _ in keys_made("k = Key('x', int, 0)\n")] == [1]


def test_no_setting_is_read_or_written_by_a_string() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {call}"
        for path in python_files()
        for line, call in literal_keys(path.read_text("utf-8"))
    ]
    assert found == []


def test_keys_are_made_only_in_the_table() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {call}"
        for path in python_files()
        if path != SETTINGS_MODULE and path != Path(__file__)
        for line, call in keys_made(path.read_text("utf-8"))
    ]
    assert found == []


def modules_using_settings() -> Iterator[str]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if path == SETTINGS_MODULE or "tearconsole.settings" not in path.read_text("utf-8"):
            continue
        parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts)


def test_every_key_a_module_names_is_in_the_table() -> None:
    modules = list(modules_using_settings())
    assert "tearconsole.ui.main_window" in modules and len(modules) >= 8
    outside = {
        f"{name}.{attribute}": value.name
        for name in modules
        for attribute, value in vars(importlib.import_module(name)).items()
        if isinstance(value, Key) and value not in KEYS
    }
    assert outside == {}


def test_the_table_names_each_key_once_with_a_default_of_its_type() -> None:
    names = [key.name for key in KEYS]
    assert len(set(names)) == len(names) == 11
    assert set(KEYS) == {value for value in vars(settings).values() if isinstance(value, Key)}
    for key in KEYS:
        assert key.default is None or isinstance(key.default, key.kind), key.name
        assert not key.name.startswith(settings.PLAN_AUDIO_OUTPUT_PREFIX)
    # i18n sits below the settings and reads the language from the file by itself
    assert LANGUAGE.name == i18n.SETTING_KEY


def test_values_are_typed_and_a_wrong_type_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "teleprompter_pace": 2,  # a whole number written by hand: still a pace
                "clicker_keys": "no",
                "audience_furigana": 0,  # not a bool
                "window_geometry": 42,
                "room_check_last": ["not", "a", "dict"],
            }
        ),
        encoding="utf-8",
    )
    loaded = Settings(path)
    assert loaded.get(TELEPROMPTER_PACE) == 2.0 and isinstance(loaded.get(TELEPROMPTER_PACE), float)
    assert loaded.get(CLICKER_KEYS) is True
    assert loaded.get(AUDIENCE_FURIGANA) is True
    assert loaded.get(WINDOW_GEOMETRY) is None
    assert loaded.get(ROOM_CHECK_LAST) is None


@pytest.mark.parametrize("plan_id", [1, 42])
def test_a_plans_output_is_remembered_under_its_own_name(tmp_path: Path, plan_id: int) -> None:
    path = tmp_path / "settings.json"
    Settings(path).set(plan_audio_output(plan_id), "hdmi")
    Settings(path).set(CLICKER_KEYS, False)
    again = Settings(path)
    assert again.get(plan_audio_output(plan_id)) == "hdmi"
    assert again.get(plan_audio_output(plan_id + 1)) is None
    assert again.get(CLICKER_KEYS) is False
    assert json.loads(path.read_text("utf-8")) == {
        f"audio_output.plan.{plan_id}": "hdmi",
        "clicker_keys": False,
    }
