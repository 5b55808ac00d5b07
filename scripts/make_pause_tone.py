#!/usr/bin/env python3
"""make_pause_tone.py - write the pause cue's soft tone, assets/sounds/pause-tone.wav.

A small struck bowl: a G4 fundamental with three softer partials (two of them
inharmonic, as in a bell), each dying away exponentially, a gentle 12 ms attack and a
fade to silence at the end; 2.5 s, mono, 16 kHz, 16-bit PCM, peak -14 dBFS (about
80 KB). Pure standard library and integer rounding only, so every run, on any machine,
writes the same bytes (tests/test_pause_tone.py checks that).

Usage: scripts/make_pause_tone.py [OUTPUT.wav]
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 16_000
SECONDS = 2.5
FUNDAMENTAL_HZ = 392.0  # G4: warm, not piercing
# (ratio to the fundamental, amplitude, decay time constant in seconds)
PARTIALS = ((1.0, 1.0, 0.9), (2.0, 0.35, 0.6), (2.76, 0.18, 0.4), (5.4, 0.05, 0.2))
ATTACK_S = 0.012
RELEASE_S = 0.4  # a raised-cosine fade to silence at the very end
PEAK_DBFS = -14.0

DEFAULT_TARGET = Path(__file__).resolve().parents[1] / "assets" / "sounds" / "pause-tone.wav"


def samples() -> list[float]:
    count = round(RATE * SECONDS)
    out = []
    for n in range(count):
        t = n / RATE
        value = sum(
            amp * math.exp(-t / decay) * math.sin(2 * math.pi * FUNDAMENTAL_HZ * ratio * t)
            for ratio, amp, decay in PARTIALS
        )
        if t < ATTACK_S:
            value *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK_S)
        left = SECONDS - t
        if left < RELEASE_S:
            value *= 0.5 - 0.5 * math.cos(math.pi * left / RELEASE_S)
        out.append(value)
    return out


def pcm(values: list[float]) -> bytes:
    scale = 10 ** (PEAK_DBFS / 20) * 32767 / max(abs(v) for v in values)
    # Rounded to 1e-9 first, so that last-bit differences in libm cannot change a sample.
    return b"".join(struct.pack("<h", round(round(v * scale, 9))) for v in values)


def write(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm(samples()))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TARGET)
