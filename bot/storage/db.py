"""Engines and schema migrations for the usage store: SQLite by default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DATABASE_URL_ENV = "WELLBEING_DATABASE_URL"
DEFAULT_SQLITE_PATH = Path("var") / "usage.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else WELLBEING_DATABASE_URL, else var/usage.db."""
    url = explicit or os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"


def make_engine(url: str) -> Engine:
    """An engine with pre-ping, and for SQLite: its folder created and deletes overwritten."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # secure_delete zeroes freed pages, so /forget and purge leave no pseudonym in the file;
    # the default rollback journal (not WAL) keeps no stale copies of deleted rows around.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (a fresh SQLite file just works)."""
    command.upgrade(_alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema down to `revision`; `base` drops every usage table."""
    command.downgrade(_alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None before the first migration."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
