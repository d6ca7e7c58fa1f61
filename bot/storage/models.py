"""The two tables of the usage store. No column can hold message text, a name or a platform id."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Index, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
_ID = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base of the usage store."""


class UsageEventRow(Base):
    """One countable step of a conversation, at hour resolution."""

    __tablename__ = "usage_events"

    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    # UTC, truncated to the hour: enough for shift patterns, too coarse to match a person.
    occurred_hour: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    kind: Mapped[str] = mapped_column(String(32))
    # HMAC-SHA256 hex of the chat id under a rotated key; empty for /forget's own event.
    session: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    need: Mapped[str | None] = mapped_column(String(40))
    confidence_band: Mapped[str | None] = mapped_column(String(8))
    backend: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(String(16))
    directorate: Mapped[str | None] = mapped_column(String(64))
    helpful: Mapped[bool | None] = mapped_column(Boolean)
    resource_count: Mapped[int] = mapped_column(Integer, default=0)

    # Covering indexes shaped like the report's GROUP BY queries, so a million events report in
    # well under five seconds on SQLite; the hour index also serves the retention purge.
    __table_args__ = (
        Index("ix_usage_events_hour_kind", "occurred_hour", "kind"),
        Index(
            "ix_usage_events_kind_hour",
            "kind",
            "occurred_hour",
            "need",
            "helpful",
            "role",
            "directorate",
        ),
        Index("ix_usage_events_session", "session"),
    )


class ResourceEventRow(Base):
    """One resource shown, opened or rated, kept apart so reports can count per resource."""

    __tablename__ = "usage_resources"

    id: Mapped[int] = mapped_column(_ID, primary_key=True, autoincrement=True)
    occurred_hour: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    kind: Mapped[str] = mapped_column(String(32))
    session: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str] = mapped_column(String(64))
    helpful: Mapped[bool | None] = mapped_column(Boolean)

    # One covering index in report order; the daily purge can afford a scan. (An index led by
    # the hour would tempt SQLite's planner into a slower plan for the report.)
    __table_args__ = (
        Index("ix_usage_resources_resource", "resource_id", "kind", "helpful", "occurred_hour"),
        Index("ix_usage_resources_session", "session"),
    )
