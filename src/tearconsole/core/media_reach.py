"""Whether a plan's media can be read right now, and where they live.

Import checks a file once; a room check looks again just before a session: every media
file (and story narration) of the plan, opened and read, because a USB stick pulled out
or a network share gone since import breaks the plan as surely as a deleted file. Media
on removable or network storage are named too, so they can be copied in beforehand.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath

from tearconsole.core.kinds import StimulusKind
from tearconsole.core.plan import PlanSpec
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate

MOUNTS = "/proc/mounts"
#: Where desktops mount USB sticks and cards, and where people mount by hand.
REMOVABLE_ROOTS = ("/media", "/run/media", "/mnt")
REMOVABLE_TYPES = frozenset({"vfat", "exfat", "msdos", "iso9660", "udf"})
NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "davfs", "fuse.rclone",
     "afs", "9p", "ceph", "glusterfs", "fuse.gvfsd-fuse"}
)  # fmt: skip


class Reach(StrEnum):
    OK = "ok"
    MISSING = "missing"  # not there (moved, renamed, deleted, or its drive is gone)
    UNREADABLE = "unreadable"  # there, but cannot be read (permissions, empty, a folder)


class Storage(StrEnum):
    LOCAL = "local"
    REMOVABLE = "removable"
    NETWORK = "network"


@dataclass(frozen=True)
class MediaCheck:
    position: int  # the first cue that uses it
    title: str
    path: str
    reach: Reach
    storage: Storage
    advice: str  # what to do, one sentence ("" when nothing)

    def as_dict(self) -> dict[str, object]:
        return {
            "position": self.position,
            "title": self.title,
            "path": self.path,
            "reach": self.reach.value,
            "storage": self.storage.value,
            "advice": self.advice,
        }

    def told_advice(self) -> str:
        """``advice`` in the chosen language, for a person to read."""
        return advice_for(self.reach, self.storage, self.path, translated=True)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/mounts, longest mount point first."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].replace("\\040", " ").replace("\\011", "\t")
            found.append((point, fields[2]))
    return sorted(found, key=lambda m: len(m[0]), reverse=True)


def read_mounts() -> list[tuple[str, str]]:
    try:
        with open(MOUNTS, encoding="utf-8", errors="replace") as handle:
            return parse_mounts(handle.read())
    except OSError:
        return []


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def storage_of(path: str, mounts: list[tuple[str, str]]) -> Storage:
    """Where ``path`` lives: on the machine's own disk, a removable drive or the network."""
    absolute = os.path.abspath(path)
    for point, fs_type in mounts:
        if _under(absolute, point):
            if fs_type in NETWORK_TYPES or fs_type.startswith("fuse.smb"):
                return Storage.NETWORK
            if fs_type in REMOVABLE_TYPES and point != "/":
                return Storage.REMOVABLE
            break
    if any(_under(absolute, root) for root in REMOVABLE_ROOTS):
        return Storage.REMOVABLE
    return Storage.LOCAL


def reach_of(path: str) -> Reach:
    """Opened and its first bytes read: the only honest test that it can be played now."""
    try:
        with open(path, "rb") as handle:
            return Reach.OK if handle.read(1) else Reach.UNREADABLE
    except FileNotFoundError:
        return Reach.MISSING
    except OSError:
        return Reach.MISSING if not os.path.lexists(path) else Reach.UNREADABLE


#: What to do about a file, by (reach, storage); ``None`` storage: wherever it is.
_ADVICE: dict[tuple[Reach, Storage | None], str] = {
    (Reach.MISSING, Storage.REMOVABLE): QT_TRANSLATE_NOOP(
        "MediaReach",
        "{name} is not there: plug in the drive or connect to the share it was on, "
        "or relink it in the library.",
    ),
    (Reach.MISSING, Storage.LOCAL): QT_TRANSLATE_NOOP(
        "MediaReach", "{name} is not there: relink it in the library (it may have been moved)."
    ),
    (Reach.UNREADABLE, None): QT_TRANSLATE_NOOP(
        "MediaReach",
        "{name} is there but cannot be read: check its permissions, or replace it in the library.",
    ),
    (Reach.OK, Storage.REMOVABLE): QT_TRANSLATE_NOOP(
        "MediaReach",
        "{name} is on a removable drive: copy it into tearconsole (Library, Copy in).",
    ),
    (Reach.OK, Storage.NETWORK): QT_TRANSLATE_NOOP(
        "MediaReach", "{name} is on a network share: copy it into tearconsole (Library, Copy in)."
    ),
}
_ADVICE[(Reach.MISSING, Storage.NETWORK)] = _ADVICE[(Reach.MISSING, Storage.REMOVABLE)]


def advice_for(reach: Reach, storage: Storage, path: str, translated: bool = False) -> str:
    """What to do, one sentence ("" when nothing): in English as ``--json`` and the log
    keep it, or ``translated`` for a person to read."""
    source = _ADVICE.get((reach, None)) or _ADVICE.get((reach, storage))
    if source is None:
        return ""
    said = translate("MediaReach", source) if translated else source
    return said.format(name=PurePosixPath(path).name)


def plan_media(plan: PlanSpec) -> list[tuple[int, str, str]]:
    """(first cue position, title, path) of every media file the plan plays, once each."""
    seen: dict[str, tuple[int, str, str]] = {}
    for cue in plan.cues:
        stimulus = cue.stimulus
        if stimulus is None:
            continue
        # a story is read from its text in the database; only its narration is played
        played = stimulus.path if stimulus.kind is not StimulusKind.STORY else None
        for path in (played, stimulus.narration_path):
            if path and path not in seen:
                seen[path] = (cue.position, stimulus.title, path)
    return list(seen.values())


def check_media(
    plan: PlanSpec,
    reach: Callable[[str], Reach] = reach_of,
    mounts: list[tuple[str, str]] | None = None,
) -> list[MediaCheck]:
    """Every media file of ``plan``: can it be read now, and where does it live."""
    table = read_mounts() if mounts is None else mounts
    checks = []
    for position, title, path in plan_media(plan):
        state = reach(path)
        storage = storage_of(path, table)
        checks.append(
            MediaCheck(position, title, path, state, storage, advice_for(state, storage, path))
        )
    return checks
