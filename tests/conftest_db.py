"""Database fixtures: a fresh SQLite file, and a private schema on a real PostgreSQL server.

Registered from tests/conftest.py with `pytest_plugins = ["tests.conftest_db"]`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from sqlalchemy.engine import make_url

POSTGRES_ENV = "WELLBEING_TEST_POSTGRES_URL"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def in_ci() -> bool:
    """CI must run every test: a missing server there is a failure, not a skip."""
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> NoReturn:
    """Fail in CI, skip on a developer's machine."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true, so this fails instead of skipping)")
    pytest.skip(reason)


def _libpq_dsn(url: str) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A new SQLite file per test."""
    return f"sqlite:///{tmp_path / 'var' / 'usage.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards, so runs never clash."""
    base = os.environ.get(POSTGRES_ENV, DEFAULT_POSTGRES)
    dsn = _libpq_dsn(base)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    try:
        with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
    except psycopg.OperationalError as exc:
        unavailable(f"PostgreSQL is not reachable at {base}: {type(exc).__name__}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test on SQLite and on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(name)
    return url


def sqlite_file_bytes(url: str) -> bytes:
    """Everything on disk for a SQLite database: the file and any journal beside it."""
    path = Path(make_url(url).database or "")
    return b"".join(
        p.read_bytes()
        for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"))
        if p.exists()
    )
