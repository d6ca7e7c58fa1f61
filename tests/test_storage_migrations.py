"""Migrations go up and down on SQLite and PostgreSQL, and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.storage.db import current_revision, downgrade, make_engine, upgrade
from bot.storage.models import Base

TABLES = {"usage_events", "usage_resources"}


def test_upgrade_and_downgrade(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= TABLES
        assert current_revision(engine) == "0001"
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
        downgrade(engine)
        assert not TABLES & set(inspect(engine).get_table_names())
        assert current_revision(engine) is None
        upgrade(engine)
        upgrade(engine)  # a second run at start-up is a no-op
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        engine.dispose()
