"""A damaged plan file is told precisely: cut short, a flipped byte in a member's data
(its checksum), in its table of contents, or in a compressed part, each in its own words;
nothing is changed."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from tearconsole.bundles import import_bundle
from tearconsole.errors import UserError
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.media import MediaFactory
from tests.planhelp import exported_plan


@pytest.fixture(scope="module")
def bundle(
    tmp_path_factory: pytest.TempPathFactory, vlc_instance: Any, make_media: MediaFactory
) -> bytes:
    song = make_media.tone("flipped.ogg", 1.0)
    folder = tmp_path_factory.mktemp("flipped")
    return exported_plan(folder, vlc_instance, [song], "Small").read_bytes()


def _data_offset(data: bytes, path: Path, compressed: bool) -> int:
    """Where the data of the first member stored (or deflated) that way starts."""
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if (info.compress_type == zipfile.ZIP_DEFLATED) == compressed:
                header = data[info.header_offset : info.header_offset + 30]
                name_len = int.from_bytes(header[26:28], "little")
                extra_len = int.from_bytes(header[28:30], "little")
                return info.header_offset + 30 + name_len + extra_len + info.compress_size // 2
    raise AssertionError("no such member")


def _flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


@pytest.mark.parametrize(
    ("damage", "told"),
    [
        ("stored", "a checksum inside it does not match"),
        ("deflated", "damaged"),
        ("directory", "its table of contents is damaged"),
        ("cut", "may be truncated"),
    ],
)
def test_each_damage_is_told_in_its_own_words(
    paths: AppPaths, bundle: bytes, tmp_path: Path, damage: str, told: str
) -> None:
    probe = tmp_path / "probe.zip"
    if damage == "cut":
        data = bundle[: len(bundle) // 2]
    elif damage == "directory":
        central = bundle.rindex(b"PK\x01\x02")  # the last entry of the table of contents
        data = _flipped(bundle, central + 42)  # where its member starts
    else:
        data = _flipped(bundle, _data_offset(bundle, probe, damage == "deflated"))
    target = tmp_path / "damaged.tearplan"
    target.write_bytes(data)
    db = Database.open(paths, write=True)
    try:
        with pytest.raises(UserError) as caught:
            import_bundle(db, target)
    finally:
        db.close()
    said = str(caught.value)
    assert told in said and "Nothing was changed" in said, said
    if damage != "cut":
        assert "may be truncated" not in said
