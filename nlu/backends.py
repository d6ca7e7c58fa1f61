"""Choosing and chaining NLU backends: Rasa first when configured, the embedded model behind it."""

from __future__ import annotations

import logging

from bot.ports import NLUBackend, NLUUnavailable
from bot.types import NLUResult

log = logging.getLogger(__name__)


class FallbackNLU:
    """Asks each backend in turn; the first that answers wins. Raises only when all are down."""

    def __init__(self, backends: list[NLUBackend]) -> None:
        self._backends = backends
        self.name = "+".join(b.name for b in backends)

    async def parse(self, text: str) -> NLUResult:
        """The first answer from the chain."""
        for backend in self._backends:
            try:
                return await backend.parse(text)
            except NLUUnavailable:
                log.warning("NLU backend %s unavailable; trying the next", backend.name)
            except Exception as exc:
                log.error(
                    "NLU backend %s failed (%s); trying the next", backend.name, type(exc).__name__
                )
        raise NLUUnavailable("no NLU backend answered")
