"""The NLUBackend port over a Rasa server's `POST /model/parse`."""

from __future__ import annotations

import asyncio
import logging
import math
from typing import Any

import httpx

from bot.ports import NLUUnavailable
from bot.types import FALLBACK, INTENTS, NLUResult

log = logging.getLogger(__name__)

KNOWN = frozenset((*INTENTS, FALLBACK))


class RasaBackend:
    """Asks a Rasa server for the intent; every failure is NLUUnavailable, so callers fall back."""

    name = "rasa"

    def __init__(self, url: str, timeout: float = 2.0, token: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        # Rasa's optional --auth-token; sent as a query parameter, which is how Rasa reads it.
        self._params = {"token": token} if token else {}
        self._client: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _http(self) -> httpx.AsyncClient:
        """One pooled client per event loop: a new client costs ~100 ms (TLS setup), a call ~5."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            # A client's connections belong to the loop that opened them.
            self._client = httpx.AsyncClient(timeout=self.timeout)
            self._loop = loop
        return self._client

    async def aclose(self) -> None:
        """Close the pooled connections."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def parse(self, text: str) -> NLUResult:
        """Classify one text; raises NLUUnavailable on connection error, timeout or bad reply."""
        # Rasa reads a text starting with "/" as an intent payload ("/crisis" -> crisis, 1.0),
        # which would let typed text pick its own intent; strip the slashes so it is classified.
        body = {"text": text.lstrip().lstrip("/")}
        try:
            # httpx's timeout is per phase (connect, write, read); this bounds the whole call.
            async with asyncio.timeout(self.timeout):
                response = await self._http().post(
                    f"{self.url}/model/parse", json=body, params=self._params
                )
        except (httpx.HTTPError, TimeoutError) as exc:
            # Only the exception's class: its message is safe, but nothing typed goes near a log.
            log.warning("Rasa at %s unreachable: %s", self.url, type(exc).__name__)
            raise NLUUnavailable(f"Rasa unreachable ({type(exc).__name__})") from None
        if response.status_code != 200:
            log.warning("Rasa at %s answered HTTP %d", self.url, response.status_code)
            raise NLUUnavailable(f"Rasa answered HTTP {response.status_code}")
        try:
            return _to_result(response.json())
        except (ValueError, TypeError, KeyError, AttributeError):
            # `from None`: a JSON error keeps the whole reply, and Rasa's reply echoes the text.
            log.warning("Rasa at %s sent a reply that is not a parse result", self.url)
            raise NLUUnavailable("Rasa sent a malformed reply") from None


def _confidence(value: Any) -> float:
    """A confidence as a float in [0, 1]; anything else is a malformed reply."""
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ValueError("confidence is not a number")
    return min(max(float(value), 0.0), 1.0)


def _to_result(data: Any) -> NLUResult:
    """Map Rasa's parse JSON to an NLUResult, keeping only intents the bot knows."""
    if not isinstance(data, dict) or not isinstance(data["intent"], dict):
        raise ValueError("not a parse result")
    name = data["intent"].get("name")
    if name is None:  # Rasa's answer to empty text
        return NLUResult(FALLBACK, 0.0, (), "rasa")
    if not isinstance(name, str):
        raise ValueError("intent name is not a string")
    confidence = _confidence(data["intent"].get("confidence"))
    # The ranking holds real intents only (Rasa puts nlu_fallback on top when it falls back),
    # so the core can offer the likely needs as buttons.
    ranking = []
    for entry in data.get("intent_ranking") or ():
        if isinstance(entry, dict) and entry.get("name") in INTENTS:
            ranking.append((str(entry["name"]), _confidence(entry.get("confidence"))))
    if name == FALLBACK and ranking and ranking[0][0] == "crisis":
        # Rasa's threshold must not hide a crisis the classifier saw: the core's crisis rule,
        # with its own threshold and negation checks, decides on the raw score.
        return NLUResult("crisis", ranking[0][1], tuple(ranking), "rasa")
    if name not in KNOWN:
        # A model trained on other intent names: not something the core can route.
        log.warning("Rasa returned an intent outside NEEDS.md; treating it as %s", FALLBACK)
        name = FALLBACK
    return NLUResult(name, confidence, tuple(ranking), "rasa")
