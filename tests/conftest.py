"""Shared fixtures: the real settings and resources, with fakes for the ports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.catalogue import LiveCatalogue
from bot.conversation import Conversation
from bot.settings import Settings, load_settings
from tests.fakes import FakeNLU, FakeRecorder

pytest_plugins = ["tests.conftest_db"]

LONDON = ZoneInfo("Europe/London")
# A Tuesday afternoon in term time: office-hours services are open.
OFFICE_HOURS = datetime(2026, 11, 24, 14, 0, tzinfo=LONDON)
CRISIS_NUMBERS = ("999", "0300 131 2789", "116 123", "85258")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def live_catalogue(settings: Settings) -> LiveCatalogue:
    return LiveCatalogue(settings.resources.directory)


@pytest.fixture
def nlu() -> FakeNLU:
    return FakeNLU()


@pytest.fixture
def recorder() -> FakeRecorder:
    return FakeRecorder()


@pytest.fixture
def make_conversation(
    settings: Settings, live_catalogue: LiveCatalogue, nlu: FakeNLU, recorder: FakeRecorder
) -> Callable[..., Conversation]:
    def make(at: datetime = OFFICE_HOURS, **overrides: object) -> Conversation:
        kwargs: dict[str, object] = {
            "catalogue": live_catalogue.current,
            "nlu": nlu,
            "recorder": recorder,
            "settings": settings.conversation,
            "threshold": settings.nlu.threshold,
            "clock": lambda: at,
        }
        kwargs.update(overrides)
        return Conversation(**kwargs)  # type: ignore[arg-type]

    return make
