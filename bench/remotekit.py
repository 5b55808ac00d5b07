"""The live console the phone remote's benchmarks measure against (not part of the app):
the real Live page and console over a plan whose first cue is a long card waiting for
GO, the remote on 127.0.0.1, and every hold the session's door carries out timed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tearconsole.core.checkin import StartInfo
from tearconsole.core.conductor import Action, Outcome
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.remote.control import RemoteControl
from tests.live_plans import Step, make_plan


@dataclass
class BenchConsole:
    db: Database
    page: LivePage
    console: LiveConsole
    remote: RemoteControl
    acted: list[float] = field(default_factory=list)  # when each hold was done, by ``clock``

    def close(self) -> None:
        self.page.shutdown()
        self.db.close()


def open_console(folder: Path, clock: Callable[[], float]) -> BenchConsole:
    paths = AppPaths.resolve(folder / "data").ensure()
    db = Database.open(paths)
    steps = [Step("card", seconds=3600, cue={"continue_mode": "go"}), Step("card")]
    plan = make_plan(db, "Bench", steps)
    page = LivePage(db, ask_start=lambda *_: StartInfo())
    page.resize(1280, 800)
    page.show()
    console = page.open_plan(plan)
    assert console is not None
    conductor = console.runner.conductor
    acted: list[float] = []
    original = conductor.perform

    def timed_perform(action: Action, *args: Any, **kwargs: Any) -> Outcome:
        outcome = original(action, *args, **kwargs)
        if action is Action.HOLD and outcome.done:
            acted.append(clock())
        return outcome

    conductor.perform = timed_perform  # type: ignore[method-assign]
    remote = page.start_remote("127.0.0.1")
    return BenchConsole(db, page, console, remote, acted)
