"""The conductor: the live-session state machine, in one package.

- ``table``: the modes a session can be in and, for every facilitator's action in every
  mode, what it does or why it is refused. Start reading there.
- ``conductor``: ``Conductor``: ``perform(action)`` and ``allowed(action)``, the one door.
- ``flow``: how cues run (starting, bodies, waits, following on, beds, soft landing,
  failures), a collaborator of the conductor over its state value.
- ``state``: that state value, and what is computed from it (the snapshot, the view).
- ``steps``: how each entry point runs: decide, log, act; a failing step is undone.
- ``cues``: the live settings, and what each kind of cue asks of the output.
- ``log``: what the conductor writes to the event log (events, snapshots).
- ``view``: what it tells its UI (``LiveView``, ``Mode``, scenes).
"""

from tearconsole.core.conductor.conductor import CONSOLE, DONE, Conductor, Outcome
from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.conductor.log import EventSink, LoggedEvent, Snapshot
from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import (
    ConductorListener,
    LiveView,
    Mode,
    Phase,
    RunningCue,
    Scene,
    SceneKind,
)

__all__ = [
    "CONSOLE",
    "DONE",
    "Action",
    "Conductor",
    "ConductorListener",
    "EventSink",
    "LiveSettings",
    "LiveView",
    "LoggedEvent",
    "Mode",
    "Outcome",
    "Phase",
    "RunningCue",
    "Scene",
    "SceneKind",
    "Snapshot",
]
