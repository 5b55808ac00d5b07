"""Checking the write-ahead file (``-wal``) before SQLite folds it into the database.

SQLite reads a ``-wal`` frame by frame and stops at the first frame whose salts or
checksum do not match, silently dropping every later frame, committed or not; the next
checkpoint then deletes the file. A crash leaves only the tail of the last transaction
unreadable; damage (a bad sector, a stray write) can cut the file anywhere, and then
committed changes after it are lost without a word. So before anything opens the
database, the file is read here as SQLite would (https://sqlite.org/fileformat2.html#walformat):
a frame that fails while a later committed frame of the same generation passes, or a
damaged header over frames, is damage, and the caller refuses.

Each frame's checksum runs on from the one stored in the frame before it, so a frame
after a damaged one can still be checked on its own: that is how the changes beyond the
damage are counted.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
MAGIC = (0x377F0682, 0x377F0683)  # checksums in little- or big-endian words
FORMAT = 3007000


@dataclass(frozen=True)
class WalDamage:
    """How much of a damaged ``-wal`` SQLite would keep, of the changes it holds."""

    wal: Path
    kept: int  # committed changes (transactions) SQLite would read
    total: int  # committed changes that are there, readable or not (0: header damaged)


def checksum(data: bytes, big_endian: bool, start: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), run on from ``start``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = start
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def damage_of(db_path: Path) -> WalDamage | None:
    """The damage in ``db_path``'s ``-wal`` (None: none, or no such file)."""
    wal = Path(f"{db_path}-wal")
    try:
        data = wal.read_bytes()
    except OSError:
        return None  # no -wal: nothing to fold in (an unreadable one: SQLite says so)
    if len(data) <= HEADER:
        return None
    magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:HEADER])
    big = magic == MAGIC[1]
    frame = FRAME_HEADER + page_size
    header_ok = (
        magic in MAGIC
        and version == FORMAT
        and page_size >= 512
        and page_size & (page_size - 1) == 0
        and checksum(data[:24], big, (0, 0)) == (c0, c1)
    )
    if not header_ok:
        return WalDamage(wal, 0, 0) if any(data[HEADER:]) else None
    chained = True  # every frame so far passed as SQLite reads them
    kept = total = 0
    before = (c0, c1)  # the checksum stored before this frame (the header's for the first)
    for offset in range(HEADER, len(data) - frame + 1, frame):
        head = struct.unpack(">6I", data[offset : offset + FRAME_HEADER])
        _page, commit_size, f_salt1, f_salt2, f0, f1 = head
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        passes = ours and (
            checksum(data[offset : offset + 8] + data[offset + FRAME_HEADER : offset + frame],
                     big, before) == (f0, f1)
        )  # fmt: skip
        chained = chained and passes
        if passes and commit_size:
            total += 1
            kept += chained
        before = (f0, f1)
    return WalDamage(wal, kept, total) if kept < total else None
