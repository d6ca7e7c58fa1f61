"""The terminal channel: the same core as Telegram, buttons shown as numbered options."""

from __future__ import annotations

import asyncio
import secrets
import sys
from typing import TextIO

from bot.conversation import Conversation
from bot.types import Button, Reply, Turn


def render(reply: Reply) -> tuple[str, list[Button]]:
    """Plain text for a terminal, with every button numbered in reading order."""
    lines: list[str] = []
    buttons: list[Button] = []
    for message in reply.messages:
        lines.append(message.text)
        for row in message.buttons:
            for button in row:
                buttons.append(button)
                target = f" ({button.url})" if button.url else ""
                lines.append(f"  [{len(buttons)}] {button.label}{target}")
        lines.append("")
    return "\n".join(lines), buttons


class ConsoleChannel:
    """Reads one message per line, prints each reply; a number presses that button."""

    def __init__(self, conversation: Conversation, out: TextIO = sys.stdout) -> None:
        self._conversation = conversation
        self._out = out
        # A random key per run: the terminal has no identity to protect, and none is made up.
        self._session = "console-" + secrets.token_hex(8)
        self._buttons: list[Button] = []

    def turn_for(self, line: str) -> Turn | None:
        """The Turn a typed line means: a button press when it is the number of one."""
        text = line.strip()
        if text.isdigit() and 1 <= int(text) <= len(self._buttons):
            button = self._buttons[int(text) - 1]
            if button.url:
                self._out.write(f"Open this link: {button.url}\n\n")
                return None
            return Turn(self._session, button=button.payload, channel="console")
        return Turn(self._session, text=line, channel="console")

    async def send(self, line: str) -> None:
        """Handle one typed line and print the reply."""
        turn = self.turn_for(line)
        if turn is None:
            return
        reply = await self._conversation.handle(turn)
        text, self._buttons = render(reply)
        self._out.write(text + "\n")
        self._out.flush()

    async def run(self, stream: TextIO) -> None:
        """Until end of input (or 'quit' in a terminal)."""
        interactive = stream.isatty()
        if interactive:
            self._out.write(
                "Wellbeing bot (terminal). Type a message, a number to press a button, "
                "or 'quit'.\n\n"
            )
            await self.send("/start")
        loop = asyncio.get_running_loop()
        while True:
            if interactive:
                self._out.write("> ")
                self._out.flush()
            line = await loop.run_in_executor(None, stream.readline)
            if not line:
                break
            if interactive and line.strip().lower() in ("quit", "exit"):
                break
            if line.strip() or interactive:
                await self.send(line.rstrip("\n"))
