"""``tearconsole room check [PLAN]``: the sound output, the test tone and its measured
level, and the plan's media, checked without a screen; exit 1 when there is no sound
output or a medium cannot be read."""

from __future__ import annotations

import sys
import time

from tearconsole.cli.context import CliContext, label_width, pad, print_json
from tearconsole.core.media_reach import MediaCheck, Reach, check_media
from tearconsole.errors import UserError
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message
from tearconsole.playback.audio_outputs import AudioOutput, find_output, list_outputs, system_for
from tearconsole.playback.audio_system import (
    AudioSystem,
    choose_device,
    chosen_device,
    remember_names,
    remembered_names,
)
from tearconsole.playback.sound_test import TONE_S, Heard, SoundTest, write_test_tone
from tearconsole.playback.vlcenv import keep_native_stderr_in, make_instance
from tearconsole.settings import Settings
from tearconsole.storage.plans import find_plan, plan_spec

TONE_FILE = "room-check-tone.wav"
LABEL_WIDTH = 13  # "sound system " and the rest line up under it (in English)
LABELS = ("sound system", "outputs", "test tone", "media", "note")


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
                _line(
                    translate("CliRoom", "note"),
                    translate(
                        "CliRoom",
                        "the output chosen before, {name}, is not here now: the tone "
                        "played on the system's default (choose with --output NAME).",
                    ).format(name=name),
                )
            )
    if not outputs:
        print(_no_output_sentence(), file=sys.stderr)
    if unreachable:
        print(
            translate(
                "CliRoom",
                "{count} media file(s) of {plan} cannot be read now; the lines above say "
                "what to do.",
            ).format(count=len(unreachable), plan=spec.name if spec else ""),
            file=sys.stderr,
        )
    return 0 if ok else 1


def _choose(
    outputs: list[AudioOutput], asked: str | None, settings: Settings, plan_id: int | None
) -> AudioOutput | None:
    if asked:
        found = find_output(outputs, asked)
        if found is None:
            names = ", ".join(o.name for o in outputs) or translate("CliRoom", "none")
            raise UserError(
                Message.translate(
                    "CliRoom", "There is no sound output called {name}; there are: {names}."
                ).format(name=repr(asked), names=names)
            )
        choose_device(settings, found.device, plan_id, for_plan=False)  # as the Room check
        return found
    return find_output(outputs, chosen_device(settings, plan_id))


def _no_output_sentence() -> str:
    return translate(
        "CliRoom",
        "There is no sound output: connect speakers or the projector's sound (or start the "
        "desktop's sound service), then run the room check again.",
    )


def _line(label: str, text: str) -> str:
    """One line of the check: the label in a column of its own (wide enough in Japanese)."""
    width = label_width([translate("CliRoom", word) for word in LABELS], LABEL_WIDTH)
    return f"{pad(label, width)} {text}"


def _print_text(
    system: AudioSystem,
    outputs: list[AudioOutput],
    chosen: AudioOutput | None,
    heard: Heard | None,
    media: list[MediaCheck],
) -> None:
    print(_line(translate("CliRoom", "sound system"), system.value))
    if not outputs:
        print(_line(translate("CliRoom", "outputs"), translate("CliRoom", "none")))
    for index, output in enumerate(outputs):
        label = translate("CliRoom", "outputs") if index == 0 else ""
        chosen_mark = translate("CliRoom", "(chosen)")
        mark = f"  {chosen_mark}" if chosen is not None and output == chosen else ""
        print(_line(label, f"{output.name} [{output.device}]{mark}"))
    if heard is not None:
        where = chosen.name if chosen else translate("CliRoom", "the system's default output")
        if heard.peak_dbfs is None:
            played = translate("CliRoom", "played on {where}: nothing decoded over {seconds} s")
        else:
            played = translate("CliRoom", "played on {where}: peak {peak} dBFS over {seconds} s")
        peak = f"{heard.peak_dbfs:.1f}" if heard.peak_dbfs is not None else ""
        seconds = f"{heard.seconds:.1f}"
        print(
            _line(
                translate("CliRoom", "test tone"),
                played.format(where=where, peak=peak, seconds=seconds),
            )
        )
    states = {
        "ok": translate("CliRoom", "ok", "a media file can be read"),
        "missing": translate("CliRoom", "missing", "a media file is not there"),
        "unreadable": translate("CliRoom", "unreadable", "a media file cannot be read"),
    }
    for check in media:
        state = states.get(check.reach.value, check.reach.value)
        print(
            _line(translate("CliRoom", "media"), f"{pad(state, 10)} {check.title} ({check.path})")
        )
        if check.advice:
            print(_line("", check.told_advice()))
