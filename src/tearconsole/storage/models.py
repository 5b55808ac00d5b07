"""Typed SQLAlchemy models for the words of docs/design.md.

The schema these describe is created by ``migrations.py`` (never by ``create_all``), and
tests/test_migrations.py checks that the two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from tearconsole.storage.datapaths import roots_of, to_absolute, to_stored

#: SQLite's largest integer: a larger id names no row (and Python's driver cannot pass it).
MAX_ROW_ID = 2**63 - 1


def row_id(ref: str | int) -> int | None:
    """``ref`` as a row id when it is one SQLite can hold (digits, at most
    ``MAX_ROW_ID``); None otherwise, so that it is looked up as a name instead."""
    text = str(ref).strip()
    if not text.isdigit() or not text.isascii():
        return None
    number = int(text)
    return number if number <= MAX_ROW_ID else None


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class DataPath(TypeDecorator[str]):
    """A file path, stored relative to the data folder when it lies inside it
    (``datapaths``)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return to_stored(None if value is None else str(value), roots_of(dialect))

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return to_absolute(value, roots_of(dialect))


class Base(DeclarativeBase):
    pass


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class StimulusTag(Base):
    __tablename__ = "stimulus_tag"

    stimulus_id: Mapped[int] = mapped_column(
        ForeignKey("stimulus.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)


class Stimulus(Base):
    """One item of the library: a film, a piece of music, a story or a card."""

    __tablename__ = "stimulus"
    __table_args__ = (Index("ix_stimulus_content_hash", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    path: Mapped[str | None] = mapped_column(DataPath)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    size_bytes: Mapped[int | None]
    text: Mapped[str | None]
    duration_s: Mapped[float | None]
    status: Mapped[str] = mapped_column(String(16), default="ok")
    status_reason: Mapped[str | None]  # in English (library.reasons)
    status_message: Mapped[str | None]  # the same as a message, JSON (library.reasons)
    has_video: Mapped[bool] = mapped_column(default=False)
    has_audio: Mapped[bool] = mapped_column(default=False)
    width: Mapped[int | None]
    height: Mapped[int | None]
    intensity: Mapped[int] = mapped_column(default=3)
    content_notes: Mapped[str] = mapped_column(default="")  # comma-separated
    language: Mapped[str | None] = mapped_column(String(16))
    credit: Mapped[str] = mapped_column(default="")
    licence: Mapped[str] = mapped_column(default="")
    private_notes: Mapped[str] = mapped_column(default="")
    narration_path: Mapped[str | None] = mapped_column(DataPath)
    bed_stimulus_id: Mapped[int | None] = mapped_column(
        ForeignKey("stimulus.id", ondelete="SET NULL")
    )
    thumbnail_path: Mapped[str | None] = mapped_column(DataPath)
    #: False for an item just imported from a file, until a person sets its intensity or
    #: content notes (preflight names plans that use unreviewed items).
    reviewed: Mapped[bool] = mapped_column(default=True, server_default=sql_text("1"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    tags: Mapped[list[Tag]] = relationship(secondary="stimulus_tag", order_by="Tag.name")


class Plan(Base):
    """A named, ordered sequence of cues."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    theme: Mapped[str] = mapped_column(default="")
    target_s: Mapped[float | None]
    soft_landing_position: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    cues: Mapped[list[Cue]] = relationship(
        back_populates="plan", order_by="Cue.position", cascade="all, delete-orphan"
    )


class Cue(Base):
    """One step of a plan."""

    __tablename__ = "cue"
    # Not unique: reordering rewrites positions one row at a time.
    __table_args__ = (Index("ix_cue_plan_position", "plan_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    stimulus_id: Mapped[int | None] = mapped_column(ForeignKey("stimulus.id", ondelete="SET NULL"))
    in_s: Mapped[float] = mapped_column(default=0.0)
    out_s: Mapped[float | None]
    fade_in_s: Mapped[float] = mapped_column(default=0.0)
    fade_out_s: Mapped[float] = mapped_column(default=0.0)
    level_db: Mapped[float] = mapped_column(default=0.0)
    pre_wait_s: Mapped[float] = mapped_column(default=0.0)
    continue_mode: Mapped[str] = mapped_column(String(16), default="go")
    post_wait_s: Mapped[float] = mapped_column(default=0.0)
    duration_s: Mapped[float | None]  # pauses; how long a card is planned to stay up
    tone: Mapped[bool] = mapped_column(default=False)
    text: Mapped[str | None]  # a pause's breathing text
    notes: Mapped[str] = mapped_column(default="")  # private facilitator notes

    plan: Mapped[Plan] = relationship(back_populates="cues")
    stimulus: Mapped[Stimulus | None] = relationship()


class SessionRecord(Base):
    """One live run, or one rehearsal, of a plan."""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    plan_name: Mapped[str] = mapped_column(default="")  # kept if the plan is deleted
    mode: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16), default="open")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    speed: Mapped[float] = mapped_column(default=1.0)  # rehearsal playback rate
    group_size: Mapped[int | None]
    checkin_json: Mapped[str | None]
    checkout_json: Mapped[str | None]
    notes: Mapped[str] = mapped_column(default="")
    plan_json: Mapped[str | None]  # the plan as run (core.plan_outline), None before v2
    owner_pid: Mapped[int | None]  # the process conducting it (None: none since v3)

    events: Mapped[list[Event]] = relationship(
        back_populates="session", order_by="Event.seq", cascade="all, delete-orphan"
    )


class Event(Base):
    """One timestamped fact of a session, written before its effect."""

    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(24))
    wall_time: Mapped[datetime]
    mono_s: Mapped[float]  # monotonic seconds since the session started
    cue_position: Mapped[int | None]
    position_s: Mapped[float | None]  # playing position inside the cue
    detail_json: Mapped[str] = mapped_column(default="{}")
    private: Mapped[bool] = mapped_column(default=False)

    session: Mapped[SessionRecord] = relationship(back_populates="events")
