"""The model caches under var/models: one lock for writers, one reader for the pickled models.

Processes that train at once (a test run, `make install`, `make rasa`) take the lock before
writing the same cache file, so none reads a half-written model and none trains a model twice.
A cached model that is missing, stale or unreadable is retrained, never fatal.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created with its folder if missing) while in the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_cached(path: Path, kind: type[T], what: str) -> T | None:
    """The `kind` pickled at `path`, or None (to retrain) when it is missing, old or unreadable."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            model = pickle.load(fh)
    except Exception as exc:  # a stale or broken cache is retrained, not fatal
        log.warning("cached %s unreadable (%s); retraining", what, type(exc).__name__)
        return None
    if isinstance(model, kind):
        return model
    log.warning("cached %s has an old layout; retraining", what)
    return None
