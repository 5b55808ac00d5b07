"""Mangled bundles are refused in one sentence and change nothing (property-based)."""

from __future__ import annotations

import io
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tearconsole import i18n
from tearconsole.bundles import export_plan, import_bundle
from tearconsole.errors import UserError
from tearconsole.hashing import file_sha256
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec
from tests.media import MediaFactory
from tests.planhelp import add_media, add_plan, add_text

HOSTILE = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TABLES = ("stimulus", "tag", "stimulus_tag", "plan", "cue")


class Good(bytes):
    """The valid bundle every test mangles (short repr: failures stay readable)."""

    def __repr__(self) -> str:
        return f"<bundle of {len(self)} bytes>"


@pytest.fixture(scope="module")
def good_bundle(
    tmp_path_factory: pytest.TempPathFactory, vlc_instance: Any, make_media: MediaFactory
) -> Good:
    paths = AppPaths.resolve(tmp_path_factory.mktemp("hostile") / "data").ensure()
    db = Database.open(paths, write=True)
    try:
        song = add_media(db, vlc_instance, make_media.tone("hostile.ogg", 1.0), "music")
        card = add_text(db, "card", "Closing", "Take care.", tags=["closing"])
        add_plan(db, "Small", [{"stimulus_id": song}, {"stimulus_id": card, "duration_s": 30}])
        target = paths.data_dir / "small.zip"
        export_plan(db, "Small", target)
        return Good(target.read_bytes())
    finally:
        db.close()


@pytest.fixture(params=["empty", "has the media"])
def library(
    request: pytest.FixtureRequest, paths: AppPaths, db: Database, good_bundle: Good
) -> Iterator[tuple[Database, Any]]:
    """A data folder (empty, or already holding the bundle's media, which an import then
    checks without copying), and a way to see whether anything changed."""
    if request.param == "has the media":
        source = paths.data_dir.parent / "good.zip"
        source.write_bytes(good_bundle)
        import_bundle(db, source)
        source.unlink()

    def snapshot() -> Any:
        conn = sqlite3.connect(paths.db_path)
        try:
            rows = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
        finally:
            conn.close()
        files = sorted(
            str(p.relative_to(paths.data_dir))
            for p in paths.data_dir.rglob("*")
            if not p.name.startswith("tearconsole.") and "backups" not in p.parts
        )
        return rows, files

    yield db, snapshot


def refused(db: Database, snapshot: Any, data: bytes) -> str:
    before = snapshot()
    with tempfile.NamedTemporaryFile(suffix=".zip", delete=False) as handle:
        handle.write(data)
    try:
        with pytest.raises(UserError) as caught:
            import_bundle(db, Path(handle.name))
    finally:
        Path(handle.name).unlink()
    message = str(caught.value)
    assert message.endswith((".", "。")) and "\n" not in message and "Traceback" not in message
    assert snapshot() == before
    return message


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(members: dict[str, bytes], extra: list[zipfile.ZipInfo] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        for info in extra or []:
            archive.writestr(info, b"x")
    return out.getvalue()


def with_manifest(data: bytes, change: Any) -> bytes:
    members = members_of(data)
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return rezip(members)


@HOSTILE
@given(cut=st.floats(0.0, 0.999))
def test_truncated_bundles(library: Any, good_bundle: Good, cut: float) -> None:
    refused(*library, good_bundle[: int(len(good_bundle) * cut)])


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    [
        "format",
        "version",
        "plan",
        "stimuli",
        "cues",
        "plan.name",
        "plan.target_s",
        "plan.soft_landing_position",
        "stimuli.0.kind",
        "stimuli.0.file",
        "stimuli.0.sha256",
        "stimuli.0.size_bytes",
        "stimuli.0.intensity",
        "stimuli.1.text",
        "stimuli.0.key",
        "cues.0.kind",
        "cues.0.stimulus",
        "cues.1.duration_s",
        "cues.0.level_db",
        "cues.0.continue_mode",
        "cues.1.in_s",
    ]
)


@HOSTILE
@given(where=FIELDS, value=JSON)
def test_bad_manifests(library: Any, good_bundle: Good, where: str, value: Any) -> None:
    def change(manifest: Any) -> None:
        *path, last = where.split(".")
        node = manifest
        for step in path:
            node = node[int(step)] if step.isdigit() else node[step]
        node[int(last) if last.isdigit() else last] = value

    db, snapshot = library
    before = snapshot()
    with tempfile.NamedTemporaryFile(suffix=".zip") as handle:
        handle.write(with_manifest(good_bundle, change))
        handle.flush()
        try:
            report = import_bundle(db, Path(handle.name))
        except UserError as exc:
            assert str(exc).endswith(".") and "\n" not in str(exc)
            assert snapshot() == before
            return
    # A few values are valid (another title, no target): then the plan is whole.
    with db.session() as session:
        spec = plan_spec(find_plan(session, report.plan_id))
    assert all(c.stimulus is not None for c in spec.cues if c.kind.value == "stimulus")


@HOSTILE
@given(doc=JSON)
def test_manifests_that_are_not_manifests(library: Any, good_bundle: Good, doc: Any) -> None:
    members = members_of(good_bundle)
    members["manifest.json"] = json.dumps(doc).encode()
    refused(*library, rezip(members))


ESCAPES = st.sampled_from(
    [
        "../evil.ogg",
        "/etc/passwd",
        "media/../../evil",
        "media/a/../../../b",
        "C:\\evil",
        "media\\..\\evil",
        "media/.hidden",
        "media//x",
        "media/",
        "~/x",
        "media/x\x00y",
        "media/\n/../../x",
    ]
) | st.text(min_size=1, max_size=30).map(lambda t: "media/" + t + "/../../x")


@HOSTILE
@given(name=ESCAPES)
def test_paths_that_would_escape_their_folder(library: Any, good_bundle: Good, name: str) -> None:
    members = members_of(good_bundle)
    manifest = json.loads(members["manifest.json"])
    old = manifest["stimuli"][0]["file"]
    manifest["stimuli"][0]["file"] = name
    members[name] = members.pop(old)
    members["manifest.json"] = json.dumps(manifest).encode()
    message = refused(*library, rezip(members))
    assert any(why in message for why in ("outside its folder", "not a complete", "folder or"))


@HOSTILE
@given(size=st.integers(min_value=1 << 33, max_value=1 << 62), count=st.integers(0, 2))
def test_huge_declared_sizes_and_counts(
    library: Any, good_bundle: Good, size: int, count: int
) -> None:
    def change(manifest: Any) -> None:
        manifest["stimuli"][0]["size_bytes"] = size
        if count:
            manifest["cues"] = manifest["cues"] * (5000 * count)

    refused(*library, with_manifest(good_bundle, change))


@HOSTILE
@given(flips=st.lists(st.tuples(st.floats(0, 0.999), st.integers(1, 255)), min_size=1, max_size=4))
def test_flipped_bytes_never_let_damaged_media_in(
    good_bundle: Good, tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(good_bundle)
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    paths = AppPaths.resolve(tmp_path_factory.mktemp("flip") / "data").ensure()
    db = Database.open(paths, write=True)
    try:
        bundle = paths.data_dir.parent / "flipped.zip"
        bundle.write_bytes(bytes(data))
        try:
            report = import_bundle(db, bundle)
        except UserError as exc:
            assert str(exc).endswith(".")
            assert not list(paths.media_dir.rglob("*.*")) and not list(
                paths.data_dir.glob(".bundle-*")
            )
            return
        # A flip in a part that does not matter (a date, a comment): the media are intact.
        good = {
            m["sha256"]
            for m in json.loads(members_of(good_bundle)["manifest.json"])["stimuli"]
            if m.get("file")
        }
        got = {file_sha256(p) for p in paths.media_dir.rglob("*") if p.is_file()}
        assert got == good and report.plan_name
    finally:
        db.close()
        shutil.rmtree(paths.data_dir, ignore_errors=True)


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_links_folders_extra_files_and_zip_bombs(library: Any, good_bundle: Good) -> None:
    link = zipfile.ZipInfo("media/link")
    link.external_attr = 0o120777 << 16
    assert "link" in refused(*library, rezip(members_of(good_bundle), [link]))
    extra = members_of(good_bundle) | {"notes.txt": b"hello"}
    assert "does not list" in refused(*library, rezip(extra))
    duplicate = rezip(members_of(good_bundle), [zipfile.ZipInfo("manifest.json")])
    assert "same name" in refused(*library, duplicate)

    bomb = members_of(good_bundle)
    manifest = json.loads(bomb["manifest.json"])
    zeros = bytes(40 << 20)
    old = manifest["stimuli"][0]["file"]
    bomb[old] = zeros
    manifest["stimuli"][0]["size_bytes"] = len(zeros)
    bomb["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in bomb.items():
            archive.writestr(name, content)
    assert "implausibly" in refused(*library, out.getvalue())


def test_media_that_do_not_match_their_hash(library: Any, good_bundle: Good) -> None:
    members = members_of(good_bundle)
    manifest = json.loads(members["manifest.json"])
    name = manifest["stimuli"][0]["file"]
    members[name] = bytes(len(members[name]))  # same size, other content
    assert "is damaged" in refused(*library, rezip(members))


def _set(path: str, value: Any) -> Any:
    def change(manifest: Any) -> None:
        *steps, last = path.split(".")
        node = manifest
        for step in steps:
            node = node[int(step)] if step.isdigit() else node[step]
        node[int(last) if last.isdigit() else last] = value

    return change


JAPANESE_DAMAGE = {
    "no key": lambda good: with_manifest(good, _set("stimuli.0.key", "")),
    "unknown kind": lambda good: with_manifest(good, _set("cues.0.kind", "dance")),
    "bad number": lambda good: with_manifest(good, _set("stimuli.0.intensity", "loud")),
    "bad list": lambda good: with_manifest(good, _set("cues", "all of them")),
    "missing stimulus": lambda good: with_manifest(good, _set("cues.0.stimulus", "nobody")),
    "extra file": lambda good: rezip(members_of(good) | {"notes.txt": b"hello"}),
    "not fields": lambda good: rezip(members_of(good) | {"manifest.json": b"[]"}),
    "no media": lambda good: rezip(
        {k: v for k, v in members_of(good).items() if not k.startswith("media/")}
    ),
}


@pytest.mark.parametrize("damage", sorted(JAPANESE_DAMAGE))
def test_a_damaged_plan_file_is_told_wholly_in_japanese(
    library: Any, good_bundle: Good, damage: str
) -> None:
    """The refusal and its detail are Japanese: only the file's own words (its field
    names, the values and names it holds, in 「」) and the format's name stay as written."""
    i18n.set_language("ja")
    try:
        message = refused(*library, JAPANESE_DAMAGE[damage](good_bundle))
    finally:
        i18n.set_language("en")
    assert message.startswith("このプランのファイルは取り込めません"), message
    rest = re.sub(r"「[^」]*」", "", message)
    fields = {"key", "kind", "intensity", "cues", "stimulus", "manifest", "JSON"}
    english = [word for word in re.findall(r"[A-Za-z_]{3,}", rest) if word not in fields]
    assert english == [], message


def test_a_refusal_quotes_names_on_one_line_and_keeps_their_spaces() -> None:
    from tearconsole.bundles.manifest import shown

    assert shown("悲しい\u3000映画 no\u00a0break") == "悲しい\u3000映画 no\u00a0break"
    assert shown("a\nb\u202ec\x00") == "a\\nb\\u202ec\\x00"  # bidi override, NUL: visible
    assert shown("x" * 100) == "x" * 60
