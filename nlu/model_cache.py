"""The model caches under var/models: one lock for writers, one writer and one reader for the
pickled models.

Processes that train at once (a test run, `make install`, `make rasa`) take the lock before
writing the same cache file, so none reads a half-written model and none trains a model twice.
A cached model that is missing, stale or unreadable is retrained, never fatal.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import pickle
from collections.abc import Iterable, Iterator
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


def write_cached(path: Path, model: object) -> None:
    """Pickle `model` at `path`: written under a name of this process's own, then renamed, so a
    reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(model, fh)
    tmp.replace(path)


def files_fingerprint(recipe: str, files: Iterable[Path]) -> str:
    """A cache key: a hash of the recipe and each file's name and bytes (missing ones skipped)."""
    digest = hashlib.sha256(recipe.encode())
    for file in files:
        if file.exists():
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
