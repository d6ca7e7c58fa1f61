"""Usage events and resource events.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "usage_events",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("occurred_hour", sa.DateTime(timezone=False), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("session", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("need", sa.String(40), nullable=True),
        sa.Column("confidence_band", sa.String(8), nullable=True),
        sa.Column("backend", sa.String(16), nullable=True),
        sa.Column("role", sa.String(16), nullable=True),
        sa.Column("directorate", sa.String(64), nullable=True),
        sa.Column("helpful", sa.Boolean(), nullable=True),
        sa.Column("resource_count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_usage_events_hour_kind", "usage_events", ["occurred_hour", "kind"])
    op.create_index(
        "ix_usage_events_kind_hour",
        "usage_events",
        ["kind", "occurred_hour", "need", "helpful", "role", "directorate"],
    )
    op.create_index("ix_usage_events_session", "usage_events", ["session"])
    op.create_table(
        "usage_resources",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("occurred_hour", sa.DateTime(timezone=False), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("session", sa.String(64), nullable=False),
        sa.Column("resource_id", sa.String(64), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=True),
    )
    op.create_index(
        "ix_usage_resources_resource",
        "usage_resources",
        ["resource_id", "kind", "helpful", "occurred_hour"],
    )
    op.create_index("ix_usage_resources_session", "usage_resources", ["session"])


def downgrade() -> None:
    op.drop_index("ix_usage_resources_session", table_name="usage_resources")
    op.drop_index("ix_usage_resources_resource", table_name="usage_resources")
    op.drop_table("usage_resources")
    op.drop_index("ix_usage_events_session", table_name="usage_events")
    op.drop_index("ix_usage_events_kind_hour", table_name="usage_events")
    op.drop_index("ix_usage_events_hour_kind", table_name="usage_events")
    op.drop_table("usage_events")
