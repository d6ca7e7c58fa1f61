"""Session pseudonyms: keyed, stable, rotated, and refused without a proper key in production."""

from __future__ import annotations

import hashlib
import logging

import pytest

from bot.storage.pseudonym import (
    KEY_ENV,
    PREVIOUS_KEY_ENV,
    Pseudonymizer,
    PseudonymKeyError,
)

KEY = b"k" * 32
OLD_KEY = b"o" * 32
TELEGRAM_ID = 734_556_120_981


def test_pseudonym_is_keyed_hmac_not_a_plain_hash() -> None:
    p = Pseudonymizer(KEY)
    session = p.session(TELEGRAM_ID)
    assert len(session) == 64 and int(session, 16) >= 0
    assert session == p.session(str(TELEGRAM_ID)), "the same person keeps one pseudonym"
    assert session != hashlib.sha256(str(TELEGRAM_ID).encode()).hexdigest()
    assert session != Pseudonymizer(b"x" * 32).session(TELEGRAM_ID)
    assert str(TELEGRAM_ID) not in session


def test_rotation_keeps_the_previous_key_for_forget_only() -> None:
    before = Pseudonymizer(OLD_KEY).session(TELEGRAM_ID)
    rotated = Pseudonymizer(KEY, previous_key=OLD_KEY)
    assert rotated.session(TELEGRAM_ID) != before, "new events use the new key"
    assert rotated.all_sessions(TELEGRAM_ID) == (rotated.session(TELEGRAM_ID), before)
    assert Pseudonymizer(KEY).all_sessions(TELEGRAM_ID) == (rotated.session(TELEGRAM_ID),)


def test_short_keys_are_refused() -> None:
    with pytest.raises(PseudonymKeyError, match="32"):
        Pseudonymizer(b"short")
    with pytest.raises(PseudonymKeyError, match="previous"):
        Pseudonymizer(KEY, previous_key=b"short")


@pytest.mark.parametrize("value", [None, "too-short"])
def test_production_refuses_a_missing_or_short_key(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(KEY_ENV, raising=False)
    else:
        monkeypatch.setenv(KEY_ENV, value)
    with pytest.raises(PseudonymKeyError, match=KEY_ENV):
        Pseudonymizer.from_env("production")


def test_development_without_a_key_uses_a_random_one_and_warns(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    with caplog.at_level(logging.WARNING):
        first = Pseudonymizer.from_env("development")
        second = Pseudonymizer.from_env("development")
    assert KEY_ENV in caplog.text
    assert first.session(TELEGRAM_ID) != second.session(TELEGRAM_ID)


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, KEY.decode())
    monkeypatch.setenv(PREVIOUS_KEY_ENV, OLD_KEY.decode())
    from_env = Pseudonymizer.from_env("production")
    assert from_env.all_sessions(TELEGRAM_ID) == Pseudonymizer(KEY, OLD_KEY).all_sessions(
        TELEGRAM_ID
    )
