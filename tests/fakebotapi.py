"""A fake Telegram Bot API: records every call, serves queued updates, injects 429s and 500s.

`FakeBotAPI.start()` serves it over HTTP on 127.0.0.1 (a random free port) for end-to-end runs
of `wellbeing-bot run`; `OfflineRequest` plugs the same fake into an in-process bot, the way
python-telegram-bot's own tests keep a bot off the network.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from telegram.request import BaseRequest, RequestData

TOKEN = "123456:TEST-token_for-the-fake-bot-api-server"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Wellbeing",
    "username": "wellbeing_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Values PTB sends as plain strings; everything else arrives JSON-encoded.
_TEXT_FIELDS = {
    "text",
    "callback_query_id",
    "url",
    "secret_token",
    "description",
    "short_description",
    "language_code",
    "inline_message_id",
}
_ALWAYS_TRUE = {
    "answerCallbackQuery",
    "setMyCommands",
    "setMyDescription",
    "setMyShortDescription",
    "deleteWebhook",
    "setWebhook",
    "close",
    "logOut",
}


@dataclass
class Call:
    """One request the bot made, and the HTTP status it got."""

    method: str
    params: dict[str, Any]
    status: int


@dataclass
class FakeBotAPI:
    """Bot API state: queued updates, recorded calls, faults to inject next."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    webhook: dict[str, Any] | None = None
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _faults: dict[str, list[tuple[int, int | None]]] = field(default_factory=dict)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _next_message_id: int = 1000
    _server: ThreadingHTTPServer | None = None

    # -- test controls ---------------------------------------------------------------------

    def push(self, *updates: dict[str, Any]) -> None:
        """Queue updates for getUpdates (the same dict twice is a duplicate delivery)."""
        with self._cond:
            self._updates.extend(updates)
            self._cond.notify_all()

    def fail(
        self, method: str, status: int, retry_after: int | None = None, times: int = 1
    ) -> None:
        """Answer the next `times` calls of `method` with this error (429 with retry_after)."""
        with self._cond:
            self._faults.setdefault(method, []).extend([(status, retry_after)] * times)

    def ok_calls(self, method: str) -> list[dict[str, Any]]:
        """Parameters of the calls of `method` that succeeded, in order."""
        with self._cond:
            return [c.params for c in self.calls if c.method == method and c.status == 200]

    def texts(self, chat_id: int) -> list[str]:
        """Texts successfully sent to this chat, in order."""
        return [p["text"] for p in self.ok_calls("sendMessage") if p.get("chat_id") == chat_id]

    def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Poll `check` until it is true or the time is up."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return True
            time.sleep(0.02)
        return check()

    # -- the API ---------------------------------------------------------------------------

    def call(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API call as Telegram would: (HTTP status, JSON body)."""
        status, body = self._answer(method, params)
        with self._cond:
            self.calls.append(Call(method, params, status))
        return status, body

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._cond:
            faults = self._faults.get(method)
            if faults:
                status, retry_after = faults.pop(0)
                return status, _error(status, retry_after)
        if method == "getUpdates":
            return self._get_updates(params)
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method == "setWebhook":
            self.webhook = dict(params)
        elif method == "deleteWebhook":
            self.webhook = None
        if method in _ALWAYS_TRUE:
            return 200, {"ok": True, "result": True}
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            return 200, {"ok": True, "result": self._message(method, params)}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _get_updates(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if self.webhook is not None:
            return 409, _error(409, None, "Conflict: can't use getUpdates while webhook is active")
        offset = int(params.get("offset") or 0)
        # Long polling, kept short so that a stopping bot is not held up.
        wait = min(float(params.get("timeout") or 0), 1.0)
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and wait:
                self._cond.wait(wait)
            return 200, {"ok": True, "result": list(self._updates)}

    def _message(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            self._next_message_id += 1
            message_id = params.get("message_id") or self._next_message_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": params.get("chat_id"), "type": "private", "first_name": "Test"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    # -- HTTP --------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should hold."""
        assert self._server is not None, "start() the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def start(self) -> FakeBotAPI:
        """Serve over HTTP on a free port of 127.0.0.1, in a background thread."""
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                prefix = f"/bot{api.token}/"
                if not self.path.startswith(prefix):
                    self._reply(404, _error(404, None, "Not Found"))
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                self._reply(*api.call(self.path[len(prefix) :], _decode(body, self.headers)))

            do_GET = do_POST

            def _reply(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: pytest shows failures, not every request."""

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            with self._cond:
                self._cond.notify_all()
            self._server.shutdown()
            self._server.server_close()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A bot that stops mid long-poll hangs up; that is not a test failure."""


class OfflineRequest(BaseRequest):
    """A PTB request object that answers from a FakeBotAPI in the same process."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = json.loads(json.dumps(request_data.parameters)) if request_data else {}
        if endpoint == "getUpdates":
            params["timeout"] = 0  # never block the event loop
        status, body = self.api.call(endpoint, params)
        return status, json.dumps(body).encode()


def _decode(body: str, headers: Any) -> dict[str, Any]:
    if not body:
        return {}
    if "json" in (headers.get("Content-Type") or ""):
        return dict(json.loads(body))
    params: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        if key in _TEXT_FIELDS:
            params[key] = value
        else:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
    return params


def _error(status: int, retry_after: int | None, description: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": status,
        "description": description
        or {429: "Too Many Requests: retry later", 500: "Internal Server Error"}.get(
            status, "Error"
        ),
    }
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return body


# -- updates as Telegram sends them -------------------------------------------------------------

_USER = {"is_bot": False, "first_name": "Test"}


def text_update(update_id: int, chat_id: int, text: str, message_id: int = 1) -> dict[str, Any]:
    """A private-chat text message (commands are text too)."""
    return {"update_id": update_id, "message": _msg(chat_id, text, message_id)}


def edit_update(update_id: int, chat_id: int, text: str, message_id: int) -> dict[str, Any]:
    """The person edited an earlier message to read `text`."""
    msg = _msg(chat_id, text, message_id) | {"edit_date": int(time.time())}
    return {"update_id": update_id, "edited_message": msg}


def button_update(
    update_id: int,
    chat_id: int,
    data: str,
    message_id: int = 500,
    query_id: str = "q1",
    keyboard: list[list[dict[str, str]]] | None = None,
) -> dict[str, Any]:
    """A press of an inline button under one of the bot's messages."""
    message = _msg(chat_id, "earlier reply", message_id) | {"from": BOT_USER}
    if keyboard is not None:
        message["reply_markup"] = {"inline_keyboard": keyboard}
    return {
        "update_id": update_id,
        "callback_query": {
            "id": query_id,
            "from": _USER | {"id": chat_id},
            "chat_instance": "ci",
            "data": data,
            "message": message,
        },
    }


def photo_update(update_id: int, chat_id: int, message_id: int = 1) -> dict[str, Any]:
    """A photo without a caption: something the bot cannot read."""
    msg = _msg(chat_id, "", message_id)
    del msg["text"]
    msg["photo"] = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
    return {"update_id": update_id, "message": msg}


def _msg(chat_id: int, text: str, message_id: int) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
        "from": _USER | {"id": chat_id},
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split()[0])
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return msg
