"""PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` on every ``Signal.emit``
and dies with "Fatal Python error: bool_dealloc" after a few hundred emits. Emitting
thousands of bool-carrying signals must leave ``True``'s reference count where it was."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    flag = Signal(bool)
    value = Signal(float)

app = QCoreApplication([])
source = Source()
received = []
source.flag.connect(received.append)
source.value.connect(lambda v: None)
before = sys.getrefcount(True)
for i in range(5000):
    source.flag.emit(i % 2 == 0)
    source.value.emit(float(i))
after = sys.getrefcount(True)
print(len(received), before - after)
"""


def test_thousands_of_emits_keep_true_alive() -> None:
    # In a subprocess: on an affected PySide6 the interpreter aborts, which must fail
    # this test rather than kill the whole test run.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    received, leaked = (int(x) for x in done.stdout.split())
    assert received == 5000
    assert leaked < 100, f"Signal.emit leaked {leaked} references to True"
