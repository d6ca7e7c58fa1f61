"""Live reload: SPOC edits go live without a restart; a bad edit never replaces the good set."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from bot.catalogue import CatalogueError, LiveCatalogue

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def edit(folder: Path, old: str, new: str, bump: int) -> None:
    """Change crisis.yml and move its modification time on, as a real save would."""
    path = folder / "crisis.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    stamp = path.stat().st_mtime_ns + bump * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(RESOURCES, target)
    return target


def name_of(live: LiveCatalogue, rid: str) -> str:
    resource = live.current().resource(rid)
    assert resource is not None
    return resource.name


def test_an_edit_goes_live_after_the_check_interval(folder: Path) -> None:
    clock = FakeClock()
    live = LiveCatalogue(folder, clock=clock)
    edit(folder, "    name: Samaritans\n", "    name: Samaritans helpline\n", bump=1)
    assert name_of(live, "samaritans") == "Samaritans"  # not looked at again yet
    clock.now += 1.1
    assert name_of(live, "samaritans") == "Samaritans helpline"


def test_a_bad_edit_keeps_the_last_good_set_and_logs_where(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    live = LiveCatalogue(folder, clock=clock)
    good = live.current()
    edit(folder, "      - phone: 116 123\n", "      - phone: 116 12\n", bump=1)
    clock.now += 1.1
    with caplog.at_level(logging.ERROR, logger="bot.catalogue.live"):
        assert live.current() is good
        clock.now += 5
        assert live.current() is good
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1  # once per edit, not once per message
    assert f"{folder}/crisis.yml:" in errors[0] and "resource 'samaritans'" in errors[0]
    assert live.last_error is not None

    edit(folder, "      - phone: 116 12\n", "      - phone: 116 123\n", bump=2)
    clock.now += 1.1
    assert live.current() is not good
    assert live.last_error is None


def test_deleting_a_crisis_route_never_goes_live(folder: Path) -> None:
    clock = FakeClock()
    live = LiveCatalogue(folder, clock=clock)
    edit(folder, "  - id: shout\n", "  - id: shout_old\n", bump=1)
    clock.now += 1.1
    assert [r.id for r in live.current().crisis_resources()][3] == "shout"


def test_the_first_load_must_succeed(folder: Path) -> None:
    (folder / "texts.yml").unlink()
    with pytest.raises(CatalogueError, match=r"texts\.yml:1: is missing"):
        LiveCatalogue(folder)
