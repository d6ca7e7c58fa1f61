"""Alembic environment: runs migrations on the engine handed over by bot.storage.db."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from bot.storage.models import Base

engine: Engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()
