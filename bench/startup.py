"""Cold start, side by side: tearconsole's window against the bare floor, and the command
line against a bare Python start.

Every run is a fresh process. The window's clock runs from the moment the process is
spawned to the first event-loop turn after the main window's show event (the app prints
that moment, and its phases, when ``TEARCONSOLE_QUIT_WHEN_SHOWN`` is set, then quits).
The subjects run interleaved, one of each per round and in a rotating order, after
warm-up rounds, so that the load of a shared machine falls on all of them alike; the
ratio is taken per round (paired) and reported as its median, beside the 1-minute load
average read before each round. Each subject's CPU time (user + system, spawn to exit)
is reported too: on a machine other work shares, it moves far less than the clock.

- window: tearconsole on the demo library; the floor (PySide6, ``import vlc`` and an
  empty QMainWindow, bench/floor_window.py); Linux Show Player in its List Layout when
  Debian's ``linux-show-player`` is installed (bench/lisp_window.py, run with the
  system ``python3``);
- cli: ``tearconsole --version``, ``--help`` and ``plan --help`` (argparse renders help
  each time) against ``python -c pass`` (spawn to exit).

tearconsole runs with its bytecode cached, as an installed copy has it (pip compiles it at
install time): each tearconsole subject gets a private ``PYTHONPYCACHEPREFIX`` that the
warm-up rounds fill, even where ``PYTHONDONTWRITEBYTECODE`` is set (as on this project's
machines, where an editable checkout would otherwise compile ~50 modules from source at
every start). ``--no-bytecode`` measures that uncached start instead.

Run under a display with Qt's X11 platform, e.g.:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/startup.py --rounds 9
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from math import isnan, nan
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISP_CONFIG = Path("/usr/lib/python3/dist-packages/lisp/default.cfg")
#: The window's phases, in the order the app marks their ends (see tearconsole.startup_marks).
PHASES = {
    "parsed": "Python start, the command line's imports, parsing",
    "libvlc": "import vlc, libVLC found",
    "imports": "PySide6 and the window's modules imported (SQLAlchemy waits for the frame)",
    "application": "QApplication and the theme (palette, font, one style sheet)",
    "database": "database opened and checked (lock, quick_check, backup, schema)",
    "window": "main window and the Library page built, first rows read (sqlite3)",
    "shown": "show, first event-loop turn (the issue's stop)",
    "painted": "the window system exposes it, first paint, next turn",
}
#: Where a window's clock stops: the issue's method, and the content on the screen.
STOPS = ("shown", "painted")


@dataclass
class Subject:
    name: str
    command: list[str]
    env: dict[str, str]
    #: Stop the clock at the printed "phase shown" (a window), else at the process's exit.
    window: bool
    times: dict[str, list[float]] = field(default_factory=lambda: {stop: [] for stop in STOPS})
    phases: list[dict[str, float]] = field(default_factory=list)
    peak_mib: float = 0.0
    #: CPU time (user + system) of each run, spawn to exit: steadier than the clock when
    #: other work shares the machine.
    cpu_ms: list[float] = field(default_factory=list)

    def run(self) -> dict[str, float]:
        started = time.time()
        process = subprocess.Popen(
            self.command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )
        assert process.stdout is not None
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        ended = time.time()
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise RuntimeError(f"{self.name} exited {process.returncode}: {out[-500:]}")
        self.peak_mib = max(self.peak_mib, usage.ru_maxrss / 1024.0)
        self.cpu_ms.append((usage.ru_utime + usage.ru_stime) * 1000.0)
        if not self.window:
            return {stop: (ended - started) * 1000.0 for stop in STOPS}
        marks = {
            line.split()[1]: float(line.split()[2])
            for line in out.splitlines()
            if line.startswith("phase ")
        }
        for line in out.splitlines():  # an older tearconsole printed only "shown T"
            if line.startswith("shown "):
                marks["shown"] = float(line.split()[1])
        phases, before = {}, started
        for name in PHASES:
            if name in marks:
                phases[name] = (marks[name] - before) * 1000.0
                before = marks[name]
        if phases:
            self.phases.append(phases)
        return {stop: (marks[stop] - started) * 1000.0 if stop in marks else nan for stop in STOPS}


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown CPU",
    )
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def compare(
    subjects: list[Subject], rounds: int, warmups: int, loads: list[float]
) -> list[list[dict[str, float]]]:
    """Interleaved rounds; returns, per round, each subject's times (in subjects' order)."""
    table: list[list[dict[str, float]]] = []
    for index in range(warmups + rounds):
        load = load_average()
        shift = index % len(subjects)
        row: list[dict[str, float]] = [{} for _ in subjects]
        for position in list(range(len(subjects)))[shift:] + list(range(shift)):
            row[position] = subjects[position].run()
        if index >= warmups:
            loads.append(load)
            table.append(row)
            for subject, value in zip(subjects, row, strict=True):
                for stop in STOPS:
                    subject.times[stop].append(value[stop])
        else:
            for subject in subjects:
                subject.phases.clear()
                subject.cpu_ms.clear()
    return table


def report(
    title: str,
    subjects: list[Subject],
    reference: Subject,
    table: list[list[dict[str, float]]],
    loads: list[float],
    stop: str,
) -> None:
    """Each subject's times, and its time over the reference's in the same round."""
    ref = subjects.index(reference)
    print(f"\n{title}: {len(table)} interleaved rounds, 1-min load {describe(loads)}")
    print(
        f"| | median ms | min-max ms | x {reference.name} (median per round) | peak MiB "
        "| CPU ms to exit (median) |"
    )
    print("|---|---|---|---|---|---|")
    for column, subject in enumerate(subjects):
        ratios = [row[column][stop] / row[ref][stop] for row in table]
        ratio = "1" if subject is reference else f"{statistics.median(ratios):.2f}"
        times = subject.times[stop]
        if any(isnan(value) for value in times):
            print(f"| {subject.name} | (not marked) | | | {subject.peak_mib:.0f} | |")
            continue
        print(
            f"| {subject.name} | {statistics.median(times):.0f} | "
            f"{min(times):.0f}-{max(times):.0f} | {ratio} | {subject.peak_mib:.0f} | "
            f"{statistics.median(subject.cpu_ms):.0f} |"
        )
    if len(subjects) > 2 and subjects[0].window:
        ratios = [row[0][stop] / row[-1][stop] for row in table]
        print(
            f"{subjects[0].name} / {subjects[-1].name}, per round: median "
            f"{statistics.median(ratios):.2f}, {min(ratios):.2f}-{max(ratios):.2f}"
        )


def describe(loads: list[float]) -> str:
    return f"{statistics.median(loads):.2f} (median; {min(loads):.2f}-{max(loads):.2f})"


def phase_table(subject: Subject) -> None:
    if not subject.phases:
        return
    print(f"\n{subject.name}, phase by phase (median of {len(subject.phases)} runs):")
    print("| phase | median ms | what |")
    print("|---|---|---|")
    for name, what in PHASES.items():
        values = [p[name] for p in subject.phases if name in p]
        if values:
            print(f"| {name} | {statistics.median(values):.0f} | {what} |")


#: Where tearconsole's subjects keep their bytecode (None: not kept, ``--no-bytecode``).
BYTECODE: dict[str, str | None] = {"prefix": None}


def tearconsole(data_dir: str, *argv: str, window: bool, source: str | None = None) -> Subject:
    env = {**os.environ}
    if BYTECODE["prefix"] is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = BYTECODE["prefix"]
    if source is not None:  # another checkout's src/, e.g. before a change
        env["PYTHONPATH"] = source
    if window:
        env["TEARCONSOLE_QUIT_WHEN_SHOWN"] = "1"
        env.setdefault("QT_QPA_PLATFORM", "xcb")
    name = "tearconsole " + " ".join(argv) if argv else "tearconsole window (demo library)"
    if source is not None:
        name += f" from {source}"
    script = Path(sys.executable).with_name("tearconsole")  # what a user runs
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "tearconsole"]
    # The window on the demo's data folder; a command as typed (``tearconsole --version``).
    command = [*entry, *argv] if argv else [*entry, "--data-dir", data_dir]
    return Subject(name, command, env, window)


def floor() -> Subject:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "xcb")
    command = [sys.executable, str(HERE / "floor_window.py")]
    return Subject("floor: PySide6 + import vlc + empty QMainWindow", command, env, True)


def linux_show_player(home: Path) -> Subject | None:
    if not LISP_CONFIG.exists() or shutil.which("linux-show-player") is None:
        return None
    config = home / ".linux_show_player" / "config.cfg"
    config.parent.mkdir(parents=True, exist_ok=True)
    text = LISP_CONFIG.read_text().replace("Default = NoDefault", "Default = List Layout")
    config.write_text(text)
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "xcb"}
    command = ["/usr/bin/python3", str(HERE / "lisp_window.py")]
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", "linux-show-player"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return Subject(f"Linux Show Player {version} (List Layout)", command, env, True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--warmups", type=int, default=2)
    parser.add_argument("--what", choices=("window", "cli", "all"), default="all")
    parser.add_argument("--no-lisp", action="store_true", help="leave Linux Show Player out")
    parser.add_argument(
        "--also-src",
        metavar="DIR",
        help="also run tearconsole from this src/ (e.g. before a change)",
    )
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="run tearconsole without cached bytecode when PYTHONDONTWRITEBYTECODE is set",
    )
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(
        f"platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}, display {os.environ.get('DISPLAY')}"
    )
    with tempfile.TemporaryDirectory() as temp:
        data_dir = str(Path(temp) / "data")
        if not args.no_bytecode:
            BYTECODE["prefix"] = str(Path(temp) / "bytecode")
        print(f"tearconsole's bytecode: {'cached' if BYTECODE['prefix'] else 'not cached'}")
        subprocess.run(
            [sys.executable, "-m", "tearconsole", "--data-dir", data_dir, "demo", "install"],
            check=True,
            capture_output=True,
        )
        runs: list[tuple[str, Callable[[], list[Subject]]]] = []  # the reference is [1]
        if args.what in ("window", "all"):

            def window_subjects() -> list[Subject]:
                subjects = [tearconsole(data_dir, window=True), floor()]
                if args.also_src:
                    subjects.insert(2, tearconsole(data_dir, window=True, source=args.also_src))
                lisp = None if args.no_lisp else linux_show_player(Path(temp) / "lisp-home")
                if lisp is not None:
                    subjects.append(lisp)
                else:
                    print("Linux Show Player: not installed (apt-get install linux-show-player)")
                return subjects

            runs.append(("window", window_subjects))
        if args.what in ("cli", "all"):

            def cli_subjects() -> list[Subject]:
                bare = Subject(
                    "python -c pass", [sys.executable, "-c", "pass"], {**os.environ}, False
                )
                subjects = [
                    tearconsole(data_dir, "--version", window=False),
                    bare,
                    tearconsole(data_dir, "--help", window=False),
                    tearconsole(data_dir, "plan", "--help", window=False),
                ]
                if args.also_src:
                    subjects.append(
                        tearconsole(data_dir, "--version", window=False, source=args.also_src)
                    )
                return subjects

            runs.append(("command line", cli_subjects))
        for title, make in runs:
            subjects = make()
            loads: list[float] = []
            table = compare(subjects, args.rounds, args.warmups, loads)
            stops = STOPS if subjects[0].window else STOPS[:1]
            for stop in stops:
                named = f"{title}, clock stopped at '{stop}'" if subjects[0].window else title
                report(named, subjects, subjects[1], table, loads, stop)
            phase_table(subjects[0])


if __name__ == "__main__":
    main()
