"""The vocabulary of docs/design.md as enums shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class StimulusKind(StrEnum):
    FILM = "film"
    MUSIC = "music"
    STORY = "story"
    CARD = "card"


class MediaStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    UNPLAYABLE = "unplayable"


class CueKind(StrEnum):
    STIMULUS = "stimulus"
    PAUSE = "pause"
    BED_START = "bed_start"
    BED_STOP = "bed_stop"


class ContinueMode(StrEnum):
    GO = "go"  # wait for the facilitator's GO
    FOLLOW = "follow"  # the next cue starts when this one ends
    POST_WAIT = "post_wait"  # the next cue starts post_wait_s after this one ends


class SessionMode(StrEnum):
    LIVE = "live"
    REHEARSAL = "rehearsal"


class SessionState(StrEnum):
    OPEN = "open"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"


class EventKind(StrEnum):
    STARTED = "started"
    CUE_STARTED = "cue_started"
    CUE_ENDED = "cue_ended"
    CUE_SKIPPED = "cue_skipped"
    BACK = "back"
    PAUSED = "paused"
    RESUMED = "resumed"
    SOFTENED = "softened"
    RESTORED = "restored"
    HELD = "held"
    RELEASED = "released"
    EXTENDED = "extended"
    PACE = "pace"
    SAFE_STOP = "safe_stop"
    HARD_STOP = "hard_stop"
    NOTE = "note"
    MEDIA_ERROR = "media_error"
    CHECKPOINT = "checkpoint"
    RECOVERED = "recovered"
    TONE = "tone"  # a pause's soft tone starts (played once, on the main layer)
    ROOM_CHECK = "room_check"  # the room check's result: sound output, level, screen, time
    ROOM_LEVEL = "room_level"  # the room's master level changed during the session
    AUDIO_OUTPUT = "audio_output"  # the sound output went (lost) or came back (back)
    IGNORED = "ignored"  # an action that had no effect; detail says which and why
    CORRECTED = "corrected"  # check-in or check-out entered or corrected afterwards
    # The participants' phones, anonymously: counts only (phones, scores per phase,
    # signals so far), logged when they change, at most one every few seconds.
    PARTICIPANTS = "participants"
    ENDED = "ended"
