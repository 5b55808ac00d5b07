"""Finding in the library: text search and filters over plain row dictionaries.

Rows are ``storage.stimuli.stimulus_row`` dictionaries. The search text of each row
(title, tags, content notes, private notes, story text; width- and case-folded) is built
once per row and cached by the caller, so filtering 10,000 rows is a plain Python loop
of substring tests (see docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tearconsole.library.text import normalise_for_search

Row = dict[str, Any]


@dataclass(frozen=True)
class LibraryFilter:
    text: str = ""
    kinds: frozenset[str] = field(default_factory=frozenset)  # empty: every kind
    tag: str | None = None
    intensity_min: int = 1
    intensity_max: int = 5
    duration_min_s: float | None = None
    duration_max_s: float | None = None
    statuses: frozenset[str] = field(default_factory=frozenset)  # empty: every status

    @property
    def terms(self) -> list[str]:
        return normalise_for_search(self.text).split()

    def is_empty(self) -> bool:
        return self == LibraryFilter()


def search_text(row: Row) -> str:
    parts = [
        row.get("title") or "",
        " ".join(row.get("tags") or ()),
        " ".join(row.get("content_notes") or ()),
        row.get("private_notes") or "",
        row.get("text") or "",
    ]
    return normalise_for_search("\n".join(parts))


def matches(row: Row, blob: str, wanted: LibraryFilter, terms: Sequence[str]) -> bool:
    if wanted.kinds and row["kind"] not in wanted.kinds:
        return False
    if wanted.statuses and row["status"] not in wanted.statuses:
        return False
    if wanted.tag and wanted.tag not in row["tags"]:
        return False
    if not wanted.intensity_min <= row["intensity"] <= wanted.intensity_max:
        return False
    if wanted.duration_min_s is not None or wanted.duration_max_s is not None:
        duration = row["duration_s"]
        if duration is None:
            return False
        if wanted.duration_min_s is not None and duration < wanted.duration_min_s:
            return False
        if wanted.duration_max_s is not None and duration > wanted.duration_max_s:
            return False
    return all(term in blob for term in terms)


def filter_indices(
    rows: Sequence[Row], blobs: Sequence[str] | None, wanted: LibraryFilter
) -> list[int]:
    """Indices of the rows that pass ``wanted``, in their order (``blobs`` are the rows'
    ``search_text``; needed only when ``wanted`` has search terms)."""
    if wanted.is_empty():
        return list(range(len(rows)))
    terms = wanted.terms
    if not terms or blobs is None:
        return [i for i, row in enumerate(rows) if matches(row, "", wanted, [])]
    return [i for i, row in enumerate(rows) if matches(row, blobs[i], wanted, terms)]


def all_tags(rows: Sequence[Row]) -> list[str]:
    return sorted({tag for row in rows for tag in row["tags"]})
