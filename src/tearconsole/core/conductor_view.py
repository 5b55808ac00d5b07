"""Kept for code written against the old path: see ``tearconsole.core.conductor.view``."""

from tearconsole.core.conductor.view import (
    ConductorListener,
    LiveState,
    LiveView,
    Phase,
    RunningCue,
    Scene,
    SceneKind,
)

__all__ = [
    "ConductorListener",
    "LiveState",
    "LiveView",
    "Phase",
    "RunningCue",
    "Scene",
    "SceneKind",
]
