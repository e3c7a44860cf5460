"""The library's tables as typed SQLAlchemy rows (the schema Alembic revisions build)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode find and drop them when a table is rebuilt.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime (SQLite keeps no zone, so store UTC and say so on the way out)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    """Every table of the library."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StudyRow(Base):
    """A study: its title, description and time axis."""

    __tablename__ = "studies"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    time_start: Mapped[float] = mapped_column(Float)
    time_end: Mapped[float] = mapped_column(Float)
    time_step: Mapped[float] = mapped_column(Float)
    time_unit: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The study's own dates (revision 0004); NULL: not set, views use defaults from the axis.
    as_of: Mapped[float | None] = mapped_column(Float)
    horizons: Mapped[str | None] = mapped_column(Text)  # JSON [{"name", "start", "end"}, ...]
    table_times: Mapped[str | None] = mapped_column(Text)  # JSON [t, ...]


# Children are keyed by (study_id, id): two studies may hold the same element ids
# (a study imported twice under different study ids) without colliding.


class VariableRow(Base):
    """A variable of a study, in the study's order."""

    __tablename__ = "variables"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    equation: Mapped[str] = mapped_column(Text)
    initial: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    min: Mapped[float | None] = mapped_column(Float)
    max: Mapped[float | None] = mapped_column(Float)
    path: Mapped[str | None] = mapped_column(Text)  # JSON [[t, v], ...]
    distribution_type: Mapped[str | None] = mapped_column(Text)
    distribution_params: Mapped[str | None] = mapped_column(Text)  # JSON {"low": ..., ...}

    __table_args__ = (
        CheckConstraint("kind IN ('assumption', 'auxiliary', 'stock')", name="kind"),
    )


class EventRow(Base):
    """An event (flashpoint) of a study, in the study's order."""

    __tablename__ = "events"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    probability: Mapped[float] = mapped_column(Float)
    start: Mapped[float] = mapped_column(Float)
    duration: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str] = mapped_column(Text)


class EffectRow(Base):
    """One effect of an event on a variable (named, as in the domain)."""

    __tablename__ = "effects"

    study_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    variable: Mapped[str] = mapped_column(Text)
    op: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        ForeignKeyConstraint(
            ["study_id", "event_id"], ["events.study_id", "events.id"], ondelete="CASCADE"
        ),
        CheckConstraint("op IN ('add', 'multiply')", name="op"),
    )


class ScenarioRow(Base):
    """A scenario of a study, in the study's order.

    `parent_id` has no foreign key: the domain owns parent links, and a debounced save must
    not fail halfway through an edit that reparents scenarios.
    """

    __tablename__ = "scenarios"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(Text)
    narrative: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    origin: Mapped[str] = mapped_column(Text)


class OverrideRow(Base):
    """A scenario's override of one assumption: a number or a time path."""

    __tablename__ = "overrides"

    study_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    variable: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    path: Mapped[str | None] = mapped_column(Text)  # JSON [[t, v], ...]

    __table_args__ = (
        ForeignKeyConstraint(
            ["study_id", "scenario_id"], ["scenarios.study_id", "scenarios.id"], ondelete="CASCADE"
        ),
        CheckConstraint("(value IS NULL) <> (path IS NULL)", name="value_or_path"),
    )


class EventSwitchRow(Base):
    """Whether a scenario turns an event (named, as in the domain) on or off."""

    __tablename__ = "event_switches"

    study_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    event: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column()

    __table_args__ = (
        ForeignKeyConstraint(
            ["study_id", "scenario_id"], ["scenarios.study_id", "scenarios.id"], ondelete="CASCADE"
        ),
    )


class SettingRow(Base):
    """One remembered preference: a key and its JSON-encoded value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


# Workshop rows carry no foreign key to studies or scenarios: saving a study deletes and rewrites
# its rows, and a cascade would wipe the session's log and votes with them.


class WorkshopRow(Base):
    """A live session on one scenario of a study: its levers, charts and starting overrides."""

    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    study_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    scenario_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    levers: Mapped[str] = mapped_column(Text)  # JSON [name, ...]
    indicators: Mapped[str] = mapped_column(Text)  # JSON [name, ...]
    baseline: Mapped[str] = mapped_column(Text)  # JSON overrides
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WorkshopLogRow(Base):
    """One logged step of a session, with the explored scenario's overrides after it."""

    __tablename__ = "workshop_log"

    workshop_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(Text)  # JSON overrides
    proposal_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH))


class ProposalRow(Base):
    """A scenario captured in a session: its number, note and the room's votes."""

    __tablename__ = "proposals"

    workshop_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    scenario_id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    votes: Mapped[str] = mapped_column(Text)  # JSON {criterion: count}
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime)


# Tracking (revision 0004): what was observed, and the signposts watched.


class ActualRow(Base):
    """One observed value of a variable, in the study's order."""

    __tablename__ = "actuals"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    variable: Mapped[str] = mapped_column(Text)
    time: Mapped[float] = mapped_column(Float)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)


class SignpostRow(Base):
    """A signpost: a condition on a variable that points to scenarios (ids, as JSON)."""

    __tablename__ = "signposts"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    variable: Mapped[str] = mapped_column(Text)
    condition_kind: Mapped[str] = mapped_column(Text)
    condition_value: Mapped[float | None] = mapped_column(Float)
    condition_periods: Mapped[int | None] = mapped_column(Integer)
    points_to: Mapped[str] = mapped_column(Text)  # JSON [scenario id, ...]
    owner: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("condition_kind IN ('above', 'below', 'rising', 'falling')", name="condition_kind"),
    )


class ForesightRow(Base):
    """A study's foresight layer (revision 0005): the file's sections as one JSON document.

    The layer is edited and merged as a whole and never queried by part, so one document keeps
    library and file in the same shape, read by the same checks.
    """

    __tablename__ = "foresight"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    document: Mapped[str] = mapped_column(Text)


class DiagramPositionRow(Base):
    """Where the user put a variable's box on the model diagram (revision 0006)."""

    __tablename__ = "diagram_positions"

    study_id: Mapped[str] = mapped_column(
        String(UUID_LENGTH), ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    variable: Mapped[str] = mapped_column(Text, primary_key=True)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
