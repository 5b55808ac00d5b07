"""Installing the bundled demo library and plan into a data folder.

Two demos share the project's films and music: "First tears" in English
(``manifest.json``) and 「はじめての涙」 in Japanese (``manifest-ja.json``, Aozora Bunko
stories with their ruby, Japanese cards). ``demo_language`` picks the one for an
interface language. Idempotent: media are matched by content hash, cards by their
text, the plan by name. The media are copied into the data folder so that the library
does not depend on where tearconsole itself is installed.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tearconsole.assets import demo_dir
from tearconsole.atomic import write_file
from tearconsole.core.kinds import CueKind, MediaStatus, StimulusKind
from tearconsole.core.timing import reading_time_s
from tearconsole.errors import UserError
from tearconsole.hashing import file_sha256, text_sha256
from tearconsole.i18n.message import Message
from tearconsole.library import reasons
from tearconsole.library.aozora import looks_like_aozora, read_aozora
from tearconsole.library.text import decode_text
from tearconsole.playback.probe import probe_file
from tearconsole.playback.thumbnail import thumbnail_maker
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.plans import plan_by_name
from tearconsole.storage.stimuli import find_by_hash, get_tags

MANIFEST_FORMAT = 1
#: The demo of each language, and the one used for any other language.
MANIFESTS = {"en": "manifest.json", "ja": "manifest-ja.json"}
DEFAULT_LANGUAGE = "en"


def demo_language(interface_language: str | None) -> str:
    """The demo for an interface language code (``ja``, ``ja_JP``, ``en-GB``…)."""
    code = (interface_language or "").replace("-", "_").split("_")[0].lower()
    return code if code in MANIFESTS else DEFAULT_LANGUAGE


@dataclass
class DemoReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    plan_created: bool = False
    plan_name: str = ""


def read_manifest(source: Path, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    name = MANIFESTS[demo_language(language)]
    try:
        manifest: dict[str, Any] = json.loads((source / name).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            Message.translate(
                "Demo", "The bundled demo at {path} cannot be read ({reason})."
            ).format(path=source, reason=exc)
        ) from exc
    if manifest.get("format") != MANIFEST_FORMAT:
        raise UserError(
            Message.translate("Demo", "The bundled demo at {path} has an unknown format.").format(
                path=source
            )
        )
    return manifest


def demo_plan_name(language: str | None, source: Path | None = None) -> str:
    """The name of the demo plan for an interface language."""
    return str(read_manifest(source or demo_dir(), demo_language(language))["plan"]["name"])


def install_demo(
    db: Database,
    vlc_instance: Any,
    source: Path | None = None,
    language: str | None = DEFAULT_LANGUAGE,
) -> DemoReport:
    """Put the demo for ``language`` (its stimuli and plan) into ``db``; running it
    again changes nothing."""
    source = source or demo_dir()
    manifest = read_manifest(source, demo_language(language))
    target = db.paths.media_dir / "demo"
    report = DemoReport(plan_name=manifest["plan"]["name"])
    with db.session() as session:
        by_key: dict[str, Stimulus] = {}
        for item in manifest["stimuli"]:
            stimulus, added = _install_stimulus(session, item, source, target, vlc_instance)
            by_key[item["key"]] = stimulus
            (report.added if added else report.skipped).append(stimulus.title)
        session.flush()
        for item in manifest["stimuli"]:
            if item.get("bed") and by_key[item["key"]].bed_stimulus_id is None:
                by_key[item["key"]].bed_stimulus_id = by_key[item["bed"]].id
        if plan_by_name(session, report.plan_name) is None:
            session.add(_build_plan(manifest["plan"], by_key))
            report.plan_created = True
    return report


def _install_stimulus(
    session: Session, item: dict[str, Any], source: Path, target: Path, vlc_instance: Any
) -> tuple[Stimulus, bool]:
    kind = StimulusKind(item["kind"])
    relative = item.get("file")
    if relative:
        origin = source / relative
        if not origin.is_file():
            raise UserError(
                Message.translate(
                    "Demo",
                    "The bundled demo is incomplete ({file} is missing); reinstall "
                    "tearconsole, or run scripts/make_demo_assets.sh in a source checkout.",
                ).format(file=relative)
            )
        content_hash = file_sha256(origin)
    else:
        content_hash = text_sha256(kind.value, item["title"], item.get("text", ""))
    existing = find_by_hash(session, content_hash)
    if existing is not None:
        return existing, False
    stimulus = Stimulus(
        kind=kind.value,
        title=item["title"],
        content_hash=content_hash,
        intensity=int(item.get("intensity", 3)),
        content_notes=", ".join(item.get("content_notes", [])),
        language=item.get("language"),
        credit=item.get("credit", ""),
        licence=item.get("licence", ""),
        private_notes=item.get("notes", ""),
        status=MediaStatus.OK.value,
        tags=get_tags(session, item.get("tags", [])),
    )
    if relative:
        copy = target / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        write_file(copy, lambda temporary: shutil.copyfile(origin, temporary), mode=0o644)
        stimulus.path = str(copy)
        stimulus.size_bytes = copy.stat().st_size
    if kind is StimulusKind.STORY:
        stimulus.text = _story_body(Path(stimulus.path or ""))
        stimulus.duration_s = reading_time_s(stimulus.text)
    elif kind is StimulusKind.CARD:
        stimulus.text = item.get("text", "")
    else:
        _apply_probe(stimulus, vlc_instance, target.parent.parent / "thumbnails")
    session.add(stimulus)
    return stimulus, True


def _apply_probe(stimulus: Stimulus, vlc_instance: Any, thumbnails: Path) -> None:
    path = Path(stimulus.path or "")
    result = probe_file(vlc_instance, path)
    stimulus.duration_s = result.duration_s
    stimulus.has_audio, stimulus.has_video = result.has_audio, result.has_video
    stimulus.width, stimulus.height = result.width, result.height
    if not result.playable:
        verdict = reasons.verdict(result.error) if result.error else None
        reasons.keep(stimulus, MediaStatus.UNPLAYABLE.value, verdict)
    elif result.has_video:
        make = thumbnail_maker(vlc_instance, thumbnails)
        stimulus.thumbnail_path = make(path, result.duration_s, stimulus.content_hash or "")


def _story_body(path: Path) -> str:
    """A demo story file is its title, a blank line, then the text; or an Aozora Bunko
    file, read as an import reads it (header, notes and colophon out, ruby kept)."""
    text = decode_text(path.read_bytes()).text
    if looks_like_aozora(text):
        return read_aozora(text).body
    lines = text.strip().splitlines()
    return "\n".join(lines[1:]).strip() if len(lines) > 1 else "\n".join(lines)


def _build_plan(spec: dict[str, Any], by_key: dict[str, Stimulus]) -> Plan:
    plan = Plan(
        name=spec["name"],
        theme=spec.get("theme", ""),
        target_s=spec.get("target_s"),
        soft_landing_position=spec.get("soft_landing"),
    )
    for position, item in enumerate(spec["cues"]):
        kind = CueKind(item["kind"])
        stimulus = by_key[item["stimulus"]] if item.get("stimulus") else None
        plan.cues.append(
            Cue(
                position=position,
                kind=kind.value,
                stimulus=stimulus,
                in_s=float(item.get("in_s", 0.0)),
                out_s=item.get("out_s"),
                fade_in_s=float(item.get("fade_in_s", 0.0)),
                fade_out_s=float(item.get("fade_out_s", 0.0)),
                level_db=float(item.get("level_db", 0.0)),
                pre_wait_s=float(item.get("pre_wait_s", 0.0)),
                continue_mode=item.get("continue", "go"),
                post_wait_s=float(item.get("post_wait_s", 0.0)),
                duration_s=item.get("duration_s", item.get("hold_s")),
                tone=bool(item.get("tone", False)),
                text=item.get("text"),
                notes=item.get("notes", ""),
            )
        )
    return plan
