"""The running bot's view of resources/: picks up SPOC edits without a restart."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.catalogue.catalogue import Catalogue
from bot.catalogue.loader import load_catalogue
from bot.catalogue.problems import CatalogueError
from bot.types import OperatorText

log = logging.getLogger(__name__)

Signature = tuple[tuple[str, int, int], ...]


def _signature(directory: Path) -> Signature:
    """Name, modification time and size of every YAML file: cheap to read, changes on any edit."""
    out = []
    for file in sorted(directory.glob("*.y*ml")):
        try:
            stat = file.stat()
        except FileNotFoundError:
            continue
        out.append((file.name, stat.st_mtime_ns, stat.st_size))
    return tuple(out)


class LiveCatalogue:
    """Holds the last good catalogue; reloads when files change, never swaps in a bad set."""

    def __init__(
        self,
        directory: Path,
        *,
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._directory = directory
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._signature = _signature(directory)
        self._current = load_catalogue(directory)
        self._checked = clock()
        self.last_error: CatalogueError | None = None

    def current(self) -> Catalogue:
        """The catalogue to use now; looks at the files at most once per interval."""
        now = self._clock()
        if now - self._checked < self._interval:
            return self._current
        with self._lock:
            if now - self._checked >= self._interval:
                self._checked = now
                self._maybe_reload()
        return self._current

    def _maybe_reload(self) -> None:
        signature = _signature(self._directory)
        if signature == self._signature:
            return
        # Remember the signature even when the load fails, so a broken file is reported once
        # per edit rather than on every message.
        self._signature = signature
        try:
            catalogue = load_catalogue(self._directory)
        except CatalogueError as err:
            self.last_error = err
            # Problems name files, lines and entries written by SPOCs; never anything a user typed.
            log.error(
                "resources in %s failed validation; still using the last good set:\n%s",
                OperatorText(self._directory),
                OperatorText(err),
            )
            return
        except OSError as err:
            self.last_error = None
            log.error(
                "could not read resources in %s: %s; keeping the last good set",
                OperatorText(self._directory),
                OperatorText(err),
            )
            return
        self.last_error = None
        self._current = catalogue
        log.info(
            "resources reloaded from %s: %d entries",
            OperatorText(self._directory),
            len(catalogue.resources),
        )
