"""A Recorder that writes usage events from a background thread and never delays a reply."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert

from bot.storage.db import database_url, make_engine, upgrade
from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.storage.settings import StorageSettings
from bot.types import EventKind, UsageEvent

log = logging.getLogger(__name__)

_RESOURCE_KINDS = {EventKind.RESOURCES_SHOWN, EventKind.RESOURCE_OPENED, EventKind.FEEDBACK}


@dataclass(frozen=True)
class RecorderStats:
    """What happened to the events handed over so far."""

    written: int
    dropped: int
    pending: int
    forgets_pending: int
    failures: int


def hour_now() -> datetime:
    """Now in UTC, truncated to the hour, without tzinfo (the column is naive UTC)."""
    return _truncate(datetime.now(UTC))


class DatabaseRecorder:
    """Queues events in a bounded buffer; a daemon thread migrates, batches and retries."""

    def __init__(
        self,
        url: str,
        *,
        buffer_size: int = 10_000,
        batch_size: int = 200,
        retry_seconds: tuple[float, float] = (0.5, 30.0),
        clock: Callable[[], datetime] = hour_now,
    ) -> None:
        self._url = url
        self._engine: Engine | None = None
        self._queue: queue.Queue[tuple[datetime, UsageEvent]] = queue.Queue(buffer_size)
        self._batch_size = batch_size
        self._retry_first, self._retry_max = retry_seconds
        self._clock = clock
        self._lock = threading.Condition()
        self._forgets: list[tuple[str, ...]] = []
        self._in_flight = 0
        self._written = 0
        self._dropped = 0
        self._failures = 0
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="usage-recorder", daemon=True)
        self._thread.start()

    def record(self, event: UsageEvent) -> None:
        """Queue one event and return at once; a full buffer drops it and counts the drop."""
        try:
            stamped = (_truncate(self._clock()), event)
            with self._lock:
                self._queue.put_nowait(stamped)
                self._in_flight += 1
        except queue.Full:
            with self._lock:
                self._dropped += 1
                dropped = self._dropped
            # Log the first drop and then every hundredth, so an outage cannot flood the log.
            if dropped == 1 or dropped % 100 == 0:
                log.warning("usage buffer full: %d event(s) dropped so far", dropped)
        except Exception:  # the reply matters more than the count
            log.exception("could not queue a usage event")

    def forget(self, sessions: tuple[str, ...]) -> None:
        """Delete everything recorded under these pseudonyms, including events still queued."""
        try:
            with self._lock:
                self._forgets.append(tuple(sessions))
                self._lock.notify_all()
        except Exception:
            log.exception("could not queue a forget request")

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued event and forget request is done; False if time ran out."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._in_flight or self._forgets:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.05))
        return True

    def close(self, timeout: float = 5.0) -> None:
        """Flush what can be flushed in `timeout`, stop the thread and close connections."""
        done = self.flush(timeout)
        self._stopping.set()
        self._thread.join(timeout=max(timeout, 1.0))
        stats = self.stats
        if not done:
            log.error(
                "usage recorder closed with %d event(s) and %d forget request(s) unwritten",
                stats.pending,
                stats.forgets_pending,
            )
        if self._engine is not None:
            self._engine.dispose()

    @property
    def stats(self) -> RecorderStats:
        """Counts so far: written, dropped, still pending, failed write attempts."""
        with self._lock:
            return RecorderStats(
                written=self._written,
                dropped=self._dropped,
                pending=self._in_flight,
                forgets_pending=len(self._forgets),
                failures=self._failures,
            )

    def _run(self) -> None:
        delay = self._retry_first
        batch: list[tuple[datetime, UsageEvent]] = []
        while not self._stopping.is_set():
            try:
                engine = self._ready_engine()
                with self._lock:
                    forgets = list(self._forgets)
                if forgets:
                    # Events queued before /forget are written first, so the delete catches them.
                    batch.extend(self._drain(None))
                    self._write(engine, batch, forgets)
                    with self._lock:
                        del self._forgets[: len(forgets)]
                else:
                    if not batch:
                        batch = self._next_batch()
                    if batch:
                        self._write(engine, batch, [])
                self._done(len(batch))
                batch = []
                delay = self._retry_first
            except Exception as exc:  # a down database: keep the batch and try again later
                with self._lock:
                    self._failures += 1
                log.warning(
                    "usage store unavailable (%s); retrying in %.1fs", type(exc).__name__, delay
                )
                self._stopping.wait(delay)
                delay = min(delay * 2, self._retry_max)

    def _ready_engine(self) -> Engine:
        if self._engine is None:
            engine = make_engine(self._url)
            upgrade(engine)
            self._engine = engine
        return self._engine

    def _next_batch(self) -> list[tuple[datetime, UsageEvent]]:
        try:
            first = self._queue.get(timeout=0.1)
        except queue.Empty:
            return []
        return [first, *self._drain(self._batch_size - 1)]

    def _drain(self, limit: int | None) -> Iterable[tuple[datetime, UsageEvent]]:
        taken: list[tuple[datetime, UsageEvent]] = []
        while limit is None or len(taken) < limit:
            try:
                taken.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return taken

    def _write(
        self,
        engine: Engine,
        batch: list[tuple[datetime, UsageEvent]],
        forgets: list[tuple[str, ...]],
    ) -> None:
        forgotten = {s for sessions in forgets for s in sessions}
        events: list[dict[str, Any]] = []
        resources: list[dict[str, Any]] = []
        for hour, event in batch:
            if event.session in forgotten and event.kind != EventKind.FORGET:
                continue
            events.append(_event_row(hour, event))
            resources.extend(_resource_rows(hour, event))
        with engine.begin() as conn:
            if events:
                conn.execute(insert(UsageEventRow), events)
            if resources:
                conn.execute(insert(ResourceEventRow), resources)
            for sessions in forgets:
                for table in (UsageEventRow, ResourceEventRow):
                    conn.execute(delete(table).where(table.session.in_(sessions)))
        with self._lock:
            self._written += len(events)

    def _done(self, count: int) -> None:
        with self._lock:
            self._in_flight -= count
            self._lock.notify_all()


def _truncate(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(minute=0, second=0, microsecond=0)


def _event_row(hour: datetime, event: UsageEvent) -> dict[str, Any]:
    # /forget's own event is counted but tied to no one: keeping its pseudonym would undo it.
    session = "" if event.kind == EventKind.FORGET else event.session
    return {
        "occurred_hour": hour,
        "kind": str(event.kind),
        "session": session,
        "channel": event.channel,
        "need": event.need,
        "confidence_band": event.confidence_band,
        "backend": event.backend,
        "role": event.role,
        "directorate": event.directorate,
        "helpful": event.helpful,
        "resource_count": len(event.resources),
    }


def _resource_rows(hour: datetime, event: UsageEvent) -> list[dict[str, Any]]:
    if event.kind not in _RESOURCE_KINDS:
        return []
    return [
        {
            "occurred_hour": hour,
            "kind": str(event.kind),
            "session": event.session,
            "resource_id": resource_id,
            "helpful": event.helpful,
        }
        for resource_id in dict.fromkeys(event.resources)
    ]


def create_recorder(
    settings: StorageSettings | None = None, url: str | None = None
) -> DatabaseRecorder:
    """A recorder on WELLBEING_DATABASE_URL (or var/usage.db) with the configured buffer."""
    settings = settings or StorageSettings()
    return DatabaseRecorder(
        database_url(url), buffer_size=settings.buffer_size, batch_size=settings.batch_size
    )
