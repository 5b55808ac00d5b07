"""Writing a plan, its stimuli and their media into one portable bundle file.

The file is written beside its destination and renamed into place at the end, so a
failure (a full disk, a missing file) never leaves half a bundle under the chosen name.
Private notes stay out unless asked for (docs/design.md, Data).
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tearconsole import __version__
from tearconsole.atomic import write_file
from tearconsole.bundles.manifest import FORMAT_NAME, FORMAT_VERSION, MANIFEST_NAME, MEDIA_FOLDER
from tearconsole.core.validation import cue_problems, plan_problems, stimulus_problems
from tearconsole.errors import UserError
from tearconsole.hashing import file_sha256
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.plans import find_plan
from tearconsole.storage.quick_reads import split_notes

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportReport:
    path: Path
    plan_name: str
    stimuli: int
    media_files: int
    size_bytes: int


def member_name(sha256: str, path: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", Path(path).name).lstrip("._-")[:80] or "media"
    return f"{MEDIA_FOLDER}{sha256[:12]}-{stem}"


def export_plan(
    db: Database,
    ref: str | int,
    target: Path,
    include_private: bool = False,
    progress: Progress | None = None,
) -> ExportReport:
    with db.session() as session:
        plan = find_plan(session, ref)
        stimuli = _stimuli_of(session, plan)
        _follows_the_rule(plan, stimuli)
        manifest, files = _manifest(plan, stimuli, include_private)
    total = sum(path.stat().st_size for path, _ in files)
    target = target.expanduser()

    def write(temporary: Path) -> None:
        with zipfile.ZipFile(temporary, "w") as bundle:
            bundle.writestr(
                MANIFEST_NAME,
                json.dumps(manifest, ensure_ascii=False, indent=1),
                compress_type=zipfile.ZIP_DEFLATED,
            )
            done = 0
            for path, member in files:
                # Media are compressed already: storing them keeps export fast.
                bundle.write(path, member, compress_type=zipfile.ZIP_STORED)
                done += path.stat().st_size
                if progress:
                    progress(done, total)

    write_file(target, write)
    size = target.stat().st_size if target.is_file() else 0
    return ExportReport(target, plan.name, len(stimuli), len(files), size)


def _follows_the_rule(plan: Plan, stimuli: list[Stimulus]) -> None:
    """Refuse, at home, what an import would refuse at the venue (core.validation)."""
    cues = sorted(plan.cues, key=lambda c: c.position)
    checks = [  # in the order an import reads them
        *(
            (
                f"{stimulus.title!r}",
                stimulus_problems(
                    {
                        **_columns(stimulus, STIMULUS_FIELDS),
                        "content_notes": split_notes(stimulus.content_notes),
                        "tags": [tag.name for tag in stimulus.tags],
                    }
                ),
            )
            for stimulus in stimuli
        ),
        *(
            (
                translate("Bundles", "cue {number}").format(number=cue.position + 1),
                cue_problems(_columns(cue, CUE_FIELDS)),
            )
            for cue in cues
        ),
        (translate("Bundles", "the plan"), plan_problems(_columns(plan, PLAN_FIELDS), len(cues))),
    ]
    for where, problems in checks:
        if problems:
            raise UserError(
                Message.translate(
                    "Bundles", "{plan} cannot be exported until {where} is fixed: {reason}"
                ).format(plan=repr(plan.name), where=where, reason=problems[0].reason)
            )


PLAN_FIELDS = ("name", "theme", "target_s", "soft_landing_position", "notes")
STIMULUS_FIELDS = (
    "title", "intensity", "language", "credit", "licence", "text", "private_notes", "duration_s",
)  # fmt: skip
CUE_FIELDS = (
    "in_s", "out_s", "fade_in_s", "fade_out_s", "level_db", "pre_wait_s", "post_wait_s",
    "duration_s", "text", "notes",
)  # fmt: skip


def _columns(row: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def _stimuli_of(session: Session, plan: Plan) -> list[Stimulus]:
    """The plan's stimuli in cue order, with the music beds their stories suggest."""
    found: dict[int, Stimulus] = {}
    for cue in sorted(plan.cues, key=lambda c: c.position):
        if cue.stimulus is not None:
            found.setdefault(cue.stimulus.id, cue.stimulus)
    for stimulus in list(found.values()):
        bed = stimulus.bed_stimulus_id
        bed_row = session.get(Stimulus, bed) if bed is not None and bed not in found else None
        if bed_row is not None:
            found[bed_row.id] = bed_row
    return list(found.values())


def _manifest(
    plan: Plan, stimuli: list[Stimulus], include_private: bool
) -> tuple[dict[str, Any], list[tuple[Path, str]]]:
    keys = {stimulus.id: f"s{stimulus.id}" for stimulus in stimuli}
    files: list[tuple[Path, str]] = []
    entries = []
    for stimulus in stimuli:
        entry = _stimulus_entry(stimulus, keys, include_private)
        for stored, names in (
            (stimulus.path, ("file", "sha256", "size_bytes")),
            (stimulus.narration_path, ("narration", "narration_sha256", "narration_size_bytes")),
        ):
            if stored:
                files.append(_add_file(entry, stimulus.title, Path(stored), names, files))
        entries.append(entry)
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_by": f"tearconsole {__version__}",
        "plan": {
            "name": plan.name,
            "theme": plan.theme,
            "target_s": plan.target_s,
            "soft_landing_position": plan.soft_landing_position,
            "notes": plan.notes if include_private else "",
        },
        "stimuli": entries,
        "cues": [
            _cue_entry(cue, keys, include_private)
            for cue in sorted(plan.cues, key=lambda c: c.position)
        ],
    }
    return manifest, files


def _add_file(
    entry: dict[str, Any],
    title: str,
    path: Path,
    names: tuple[str, str, str],
    files: list[tuple[Path, str]],
) -> tuple[Path, str]:
    """Name ``path`` in ``entry`` (member, hash, size) and return it for the zip."""
    if not path.is_file():
        raise UserError(
            Message.translate(
                "Bundles",
                "The media file of {title} is missing ({path}); relink it in the library "
                "before exporting.",
            ).format(title=repr(title), path=path)
        )
    sha = file_sha256(path)
    member = member_name(sha, str(path))
    if any(existing == member for _, existing in files):
        member = member_name(sha, f"{len(files)}-{path.name}")
    entry.update(dict(zip(names, (member, sha, path.stat().st_size), strict=True)))
    return path, member


def _stimulus_entry(
    stimulus: Stimulus, keys: dict[int, str], include_private: bool
) -> dict[str, Any]:
    return {
        "key": keys[stimulus.id],
        "kind": stimulus.kind,
        "title": stimulus.title,
        "text": stimulus.text,
        "duration_s": stimulus.duration_s,
        "has_video": stimulus.has_video,
        "has_audio": stimulus.has_audio,
        "width": stimulus.width,
        "height": stimulus.height,
        "intensity": stimulus.intensity,
        "tags": [tag.name for tag in stimulus.tags],
        "content_notes": split_notes(stimulus.content_notes),
        "language": stimulus.language,
        "credit": stimulus.credit,
        "licence": stimulus.licence,
        "private_notes": stimulus.private_notes if include_private else "",
        "reviewed": stimulus.reviewed,
        "bed": keys.get(stimulus.bed_stimulus_id or -1),
    }


def _cue_entry(cue: Cue, keys: dict[int, str], include_private: bool) -> dict[str, Any]:
    return {
        "kind": cue.kind,
        "stimulus": keys[cue.stimulus.id] if cue.stimulus is not None else None,
        "in_s": cue.in_s,
        "out_s": cue.out_s,
        "fade_in_s": cue.fade_in_s,
        "fade_out_s": cue.fade_out_s,
        "level_db": cue.level_db,
        "pre_wait_s": cue.pre_wait_s,
        "continue_mode": cue.continue_mode,
        "post_wait_s": cue.post_wait_s,
        "duration_s": cue.duration_s,
        "tone": cue.tone,
        "text": cue.text,
        "notes": cue.notes if include_private else "",
    }
