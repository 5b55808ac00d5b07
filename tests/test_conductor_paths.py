"""The conductor's public names stay importable from the paths code was written against."""

from __future__ import annotations

import importlib


def test_old_module_paths_give_the_same_objects() -> None:
    package = importlib.import_module("tearconsole.core.conductor")
    for old, names in {
        "conductor_view": ["LiveView", "LiveState", "Scene", "SceneKind", "Phase"],
        "conductor_log": ["LoggedEvent", "Snapshot", "EventSink"],
        "conductor_cues": ["LiveSettings", "body_kind"],
        "conductor_timings": ["cue_timings", "CueTiming"],
    }.items():
        module = importlib.import_module(f"tearconsole.core.{old}")
        for name in names:
            value = getattr(module, name)
            if hasattr(package, name):
                assert value is getattr(package, name)
    assert package.Conductor.__module__ == "tearconsole.core.conductor.conductor"
