"""Telegram settings from the environment: the token and webhook secret never come from a file."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
BASE_URL_ENV = "TELEGRAM_API_BASE_URL"
WEBHOOK_URL_ENV = "TELEGRAM_WEBHOOK_URL"
WEBHOOK_LISTEN_ENV = "TELEGRAM_WEBHOOK_LISTEN"
WEBHOOK_SECRET_ENV = "TELEGRAM_WEBHOOK_SECRET"
DEFAULT_LISTEN = "127.0.0.1:8443"

_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
# Telegram's own rule for secret_token is 1-256 of these; 32+ makes guessing it hopeless.
_SECRET = re.compile(r"^[A-Za-z0-9_-]{32,256}$")
_MAKE_SECRET = "python -c 'import secrets; print(secrets.token_urlsafe(48))'"


class TelegramConfigError(Exception):
    """A Telegram setting is missing or wrong; the message names the variable and the fix."""


@dataclass(frozen=True)
class TelegramConfig:
    """How `run` reaches Telegram: polling by default, webhook when a URL is given."""

    token: str
    base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int = 8443

    @property
    def base_file_url(self) -> str | None:
        """The file endpoint of the same server ('.../bot' becomes '.../file/bot')."""
        if self.base_url is None:
            return None
        return self.base_url.removesuffix("/bot") + "/file/bot"

    @property
    def webhook_path(self) -> str:
        """The path Telegram posts to, taken from the public URL."""
        return urlsplit(self.webhook_url or "").path or "/"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TelegramConfig:
        """Read and check every TELEGRAM_* variable; refuse to start on anything doubtful."""
        token = env.get(TOKEN_ENV, "").strip()
        if not token:
            raise TelegramConfigError(
                f"{TOKEN_ENV} is not set: create a bot with @BotFather and export its token"
            )
        if not _TOKEN.match(token):
            raise TelegramConfigError(
                f"{TOKEN_ENV} does not look like a bot token ('<digits>:<letters>')"
            )
        base_url = env.get(BASE_URL_ENV, "").strip() or None
        if base_url and not (
            base_url.startswith(("http://", "https://")) and base_url.endswith("/bot")
        ):
            raise TelegramConfigError(
                f"{BASE_URL_ENV} must be the Bot API base up to and including '/bot', "
                "e.g. http://127.0.0.1:8081/bot"
            )
        webhook_url = env.get(WEBHOOK_URL_ENV, "").strip() or None
        if webhook_url is None:
            return cls(token=token, base_url=base_url)
        if not webhook_url.startswith("https://"):
            raise TelegramConfigError(f"{WEBHOOK_URL_ENV} must be an https:// URL")
        secret = env.get(WEBHOOK_SECRET_ENV, "")
        if not _SECRET.match(secret):
            raise TelegramConfigError(
                f"{WEBHOOK_SECRET_ENV} must be 32-256 characters of A-Z a-z 0-9 _ - in webhook "
                f"mode; make one with: {_MAKE_SECRET}"
            )
        host, port = _listen(env.get(WEBHOOK_LISTEN_ENV, "").strip() or DEFAULT_LISTEN)
        return cls(token, base_url, webhook_url, secret, host, port)


def _listen(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise TelegramConfigError(
            f"{WEBHOOK_LISTEN_ENV} must be host:port, e.g. {DEFAULT_LISTEN} (got {value!r})"
        )
    return host.strip("[]"), int(port)
