"""Arrows point down: no import circles between modules, no layer importing one above it.

Every import of every module under ``src/tearconsole`` is read with ``ast``: at the top of
the module, inside functions, under ``if TYPE_CHECKING:``, and
``importlib.import_module("...")`` with a literal name. README.md's architecture section
lists the same layers, one line each.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import tearconsole

PACKAGE_DIR = Path(tearconsole.__file__).parent
README = Path(__file__).resolve().parents[1] / "README.md"

#: The layers, lowest first. A module may import modules of its own layer and of the
#: layers below; ``tearconsole`` is the package's own ``__init__`` (name and version).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("tearconsole", "hashing", "startup_marks", "assets"),
    ("i18n",),
    ("errors", "atomic", "paths", "platform"),
    ("core", "settings"),
    ("storage", "playback"),
    ("library", "bundles", "reports", "live", "remote"),
    ("demo",),
    ("ui",),
    ("cli", "__main__"),
)

#: Imports known to point upward, each with whoever removes the mark once it is gone.
KNOWN_UPWARD: dict[tuple[str, str], str] = {}
#: Circles known now, each with whoever removes the mark once it is broken.
KNOWN_CIRCLES: dict[frozenset[str], str] = {}
#: What the lowest layers (and whatever they import) never import: Qt and libVLC.
QT_AND_VLC = ("PySide6", "shiboken6", "vlc")
PLAIN_LAYERS = ("core", "storage", "i18n", "settings")


def module_files() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported_names(source: str, module: str, is_package: bool) -> Iterator[str]:
    """Every dotted name the source imports, wherever the import statement is.

    ``from a.b import c`` yields ``a.b.c`` (a module, or a name inside ``a.b``)."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            yield from (f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value


def import_graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each module's imports of the package's modules, and of anything outside it."""
    files = module_files()
    inside: dict[str, set[str]] = {}
    outside: dict[str, set[str]] = {}
    for module, path in files.items():
        inside[module], outside[module] = set(), set()
        for name in imported_names(path.read_text("utf-8"), module, path.name == "__init__.py"):
            if name.split(".")[0] != "tearconsole":
                outside[module].add(name.split(".")[0])
                continue
            while name not in files:  # a name inside a module: the module
                name = name.rpartition(".")[0]
            if name != module:
                inside[module].add(name)
    inside["tearconsole.cli.main"] |= command_handlers()
    return inside, outside


def command_handlers() -> set[str]:
    """The modules ``cli.main`` imports by the name a command gives (``"plan_cmd:run"`` in
    ``cli/commands.py``, imported with ``import_module`` once the arguments are parsed)."""
    tree = ast.parse((PACKAGE_DIR / "cli" / "commands.py").read_text("utf-8"))
    return {
        f"tearconsole.cli.{node.value.split(':')[0]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"\w+:\w+", node.value)
    }


def layer_of(module: str) -> int:
    parts = module.split(".")
    unit = parts[1] if len(parts) > 1 else parts[0]
    return next(n for n, layer in enumerate(LAYERS) if unit in layer)


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(group)
    return found


def test_the_reader_sees_every_kind_of_import() -> None:
    source = (
        "import os\n"
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from ..other import thing\n"
        "if TYPE_CHECKING:\n"
        "    from tearconsole.ui.app import run_gui\n"
        "def late():\n"
        "    import tearconsole.storage.db\n"
        "    from importlib import import_module\n"
        "    import_module('tearconsole.reports.pdf')\n"
        "    importlib.import_module('tearconsole.reports.csv')\n"
    )
    names = set(imported_names(source, "tearconsole.cli.main", is_package=False))
    assert {
        "os",
        "tearconsole.cli.sibling",
        "tearconsole.other.thing",
        "tearconsole.ui.app.run_gui",
        "tearconsole.storage.db",
        "tearconsole.reports.pdf",
        "tearconsole.reports.csv",
    } <= names


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]


def test_the_commands_modules_are_read_too() -> None:
    handlers = command_handlers()
    assert "tearconsole.cli.plan_cmd" in handlers and len(handlers) >= 10
    assert handlers <= set(module_files())


def test_every_module_has_a_layer() -> None:
    units = {m.split(".")[1] for m in module_files() if "." in m}
    placed = {unit for layer in LAYERS for unit in layer}
    assert units - placed == set(), "add the new package to LAYERS and README.md"
    assert len(module_files()) > 150


def test_the_readme_lists_the_same_layers() -> None:
    """README.md's architecture section: one numbered line per layer, its names in bold."""
    section = README.read_text("utf-8").split("### Architecture", 1)[1].split("\n#", 1)[0]
    lines = re.findall(r"^\d+\. \*\*(.+?)\*\*", section, re.MULTILINE)
    listed = tuple(
        tuple(name.rstrip("/") for name in re.findall(r"`([^`]+)`", line)) for line in lines
    )
    assert listed == LAYERS


def test_no_import_points_upward() -> None:
    inside, _ = import_graph()
    upward = sorted(
        (module, target)
        for module, targets in inside.items()
        for target in targets
        if layer_of(target) > layer_of(module) and (module, target) not in KNOWN_UPWARD
    )
    assert upward == []
    for pair, owner in KNOWN_UPWARD.items():  # a mark that no longer holds goes
        assert pair[1] in inside[pair[0]], f"{pair} no longer points upward: {owner} drops it"


def test_no_import_circles() -> None:
    inside, _ = import_graph()
    found = circles(inside)
    unknown = [sorted(group) for group in found if frozenset(group) not in KNOWN_CIRCLES]
    assert unknown == []
    for group, owner in KNOWN_CIRCLES.items():  # a mark that no longer holds goes
        assert set(group) in found, f"{sorted(group)} is no circle now: {owner} drops the mark"


def test_the_plain_layers_import_neither_qt_nor_vlc() -> None:
    """core, storage, i18n and settings, and everything they import, however deep."""
    inside, outside = import_graph()
    reached = [m for m in inside if m.split(".")[1:2] and m.split(".")[1] in PLAIN_LAYERS]
    seen: set[str] = set()
    while reached:
        module = reached.pop()
        if module not in seen:
            seen.add(module)
            reached.extend(inside[module])
    assert len(seen) > 40
    offenders = sorted(m for m in seen if outside[m] & set(QT_AND_VLC))
    assert offenders == []


def test_only_the_playback_layer_imports_vlc() -> None:
    _, outside = import_graph()
    offenders = sorted(
        m for m, names in outside.items() if "vlc" in names and ".playback." not in f"{m}."
    )
    assert offenders == []
