"""``tearconsole room check [PLAN]``: the sound output, the test tone and its measured
level, and the plan's media, checked without a screen; exit 1 when there is no sound
output or a medium cannot be read."""

from __future__ import annotations

import sys
import time

from tearconsole.cli.context import CliContext, print_json
from tearconsole.core.media_reach import MediaCheck, Reach, check_media
from tearconsole.errors import UserError
from tearconsole.playback.audio_outputs import AudioOutput, find_output, list_outputs, system_for
from tearconsole.playback.audio_system import (
    SETTINGS_KEY,
    AudioSystem,
    chosen_device,
    remember_names,
    remembered_names,
)
from tearconsole.playback.sound_test import TONE_S, Heard, SoundTest, write_test_tone
from tearconsole.playback.vlcenv import keep_native_stderr_in, make_instance
from tearconsole.settings import Settings
from tearconsole.storage.plans import find_plan, plan_spec

TONE_FILE = "room-check-tone.wav"


def run_room_check(ctx: CliContext) -> int:
    keep_native_stderr_in(ctx.paths.log_dir)  # ALSA's and libVLC's own lines: the log
    settings = Settings.for_paths(ctx.paths)
    spec = None
    if ctx.args.plan is not None:
        with ctx.db_for_reading_or_writing().session() as session:
            spec = plan_spec(find_plan(session, ctx.args.plan))
    system = system_for(headless=False)
    instance = make_instance(headless=False, extra=["--vout=dummy"])
    try:
        outputs = list_outputs(instance, system)
        remember_names(settings, outputs)
        chosen = _choose(outputs, ctx.args.output, settings, spec.id if spec else None)
        remembered = chosen_device(settings, spec.id if spec else None)
        gone = remembered if outputs and chosen is None and remembered else None
        heard = None
        if outputs:
            tone = write_test_tone(ctx.paths.data_dir / TONE_FILE)
            test = SoundTest(instance)
            test.start(tone, chosen.device if chosen else None)
            deadline = time.monotonic() + TONE_S + 5
            time.sleep(0.2)
            while not test.finished() and time.monotonic() < deadline:
                time.sleep(0.05)
            heard = test.heard()
            test.stop()
    finally:
        instance.release()
    media = check_media(spec) if spec is not None else []
    unreachable = [m for m in media if m.reach is not Reach.OK]
    ok = bool(outputs) and not unreachable
    if ctx.args.json:
        print_json(
            {
                "ok": ok,
                "audio_system": system.value,
                "outputs": [o.as_dict() for o in outputs],
                "output": chosen.as_dict() if chosen else None,
                "remembered_output_missing": gone,
                "tone": heard.as_dict() if heard else None,
                "plan": spec.name if spec else None,
                "media": [m.as_dict() for m in media],
                "unreachable": [m.as_dict() for m in unreachable],
            }
        )
    else:
        _print_text(system, outputs, chosen, heard, media)
        if gone:
            name = remembered_names(settings).get(gone, gone)
            print(
                f"note          the output chosen before, {name}, is not here now: the tone "
                "played on the system's default (choose with --output NAME)."
            )
    if not outputs:
        print(_no_output_sentence(), file=sys.stderr)
    if unreachable:
        print(
            f"{len(unreachable)} media file(s) of {spec.name if spec else ''!s} cannot be "
            "read now; the lines above say what to do.",
            file=sys.stderr,
        )
    return 0 if ok else 1


def _choose(
    outputs: list[AudioOutput], asked: str | None, settings: Settings, plan_id: int | None
) -> AudioOutput | None:
    if asked:
        found = find_output(outputs, asked)
        if found is None:
            names = ", ".join(o.name for o in outputs) or "none"
            raise UserError(f"There is no sound output called {asked!r}; there are: {names}.")
        settings.set(SETTINGS_KEY, found.device)
        return found
    return find_output(outputs, chosen_device(settings, plan_id))


def _no_output_sentence() -> str:
    return (
        "There is no sound output: connect speakers or the projector's sound (or start the "
        "desktop's sound service), then run the room check again."
    )


def _print_text(
    system: AudioSystem,
    outputs: list[AudioOutput],
    chosen: AudioOutput | None,
    heard: Heard | None,
    media: list[MediaCheck],
) -> None:
    print(f"sound system  {system.value}")
    if not outputs:
        print("outputs       none")
    for index, output in enumerate(outputs):
        label = "outputs      " if index == 0 else "             "
        mark = "  (chosen)" if chosen is not None and output == chosen else ""
        print(f"{label} {output.name} [{output.device}]{mark}")
    if heard is not None:
        where = chosen.name if chosen else "the system's default output"
        level = "nothing decoded" if heard.peak_dbfs is None else f"peak {heard.peak_dbfs:.1f} dBFS"
        print(f"test tone     played on {where}: {level} over {heard.seconds:.1f} s")
    for check in media:
        state = "ok" if check.reach is Reach.OK else check.reach.value
        print(f"media         {state:<10} {check.title} ({check.path})")
        if check.advice:
            print(f"              {check.advice}")
