"""Session pseudonyms: HMAC-SHA256 of the chat id under a secret key that is rotated."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets

log = logging.getLogger(__name__)

KEY_ENV = "WELLBEING_PSEUDONYM_KEY"
PREVIOUS_KEY_ENV = "WELLBEING_PSEUDONYM_PREVIOUS_KEY"
# A Telegram id has about 52 bits; a plain or short-keyed hash of it can be brute-forced.
MIN_KEY_BYTES = 32


class PseudonymKeyError(Exception):
    """The pseudonym key is missing or too short; the message says how to make one."""


class Pseudonymizer:
    """Turns a platform id into a session pseudonym; keeps the previous key only for /forget."""

    def __init__(self, current_key: bytes, previous_key: bytes | None = None) -> None:
        for name, key in (("current", current_key), ("previous", previous_key)):
            if key is not None and len(key) < MIN_KEY_BYTES:
                raise PseudonymKeyError(
                    f"the {name} pseudonym key has {len(key)} bytes; it needs {MIN_KEY_BYTES}+"
                )
        self._current = current_key
        self._previous = previous_key

    @classmethod
    def from_env(cls, environment: str) -> Pseudonymizer:
        """Keys from the environment; outside development a missing or short key is refused."""
        current = os.environ.get(KEY_ENV, "").encode()
        previous = os.environ.get(PREVIOUS_KEY_ENV, "").encode() or None
        if not current and environment == "development":
            log.warning(
                "%s is not set: using a random key for this process only (development)", KEY_ENV
            )
            return cls(secrets.token_bytes(MIN_KEY_BYTES), previous)
        if len(current) < MIN_KEY_BYTES:
            raise PseudonymKeyError(
                f"{KEY_ENV} must hold {MIN_KEY_BYTES}+ bytes (it has {len(current)}); make one "
                "with: python -c 'import secrets; print(secrets.token_urlsafe(48))'"
            )
        return cls(current, previous)

    def session(self, raw_id: int | str) -> str:
        """The pseudonym under the current key (64 hex characters)."""
        return _hmac(self._current, raw_id)

    def all_sessions(self, raw_id: int | str) -> tuple[str, ...]:
        """Pseudonyms under the current and, if kept, the previous key: what /forget wipes."""
        if self._previous is None:
            return (self.session(raw_id),)
        return (self.session(raw_id), _hmac(self._previous, raw_id))


def _hmac(key: bytes, raw_id: int | str) -> str:
    return hmac.new(key, str(raw_id).encode(), hashlib.sha256).hexdigest()
