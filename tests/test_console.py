"""The terminal channel, driven through standard input as scripts drive it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CRISIS_NUMBERS

BOT = Path(sys.executable).parent / "wellbeing-bot"


def chat(lines: list[str]) -> str:
    env = {**os.environ, "WELLBEING_ENV": "development"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    done = subprocess.run(
        [str(BOT), "chat", "--backend", "embedded"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_welcome_then_sleep_resources() -> None:
    out = chat(["/start", "I cannot sleep after my night shifts"])
    welcome, _, rest = out.partition("[1]")
    assert "bot" in welcome.lower()
    assert "sleep" in rest.lower()
    assert "Traceback" not in out


def test_crisis_reply_before_anything_else_mid_flow() -> None:
    before = chat(["/menu", "1"])
    after = chat(["/menu", "1", "i want to end my life"])
    assert after.startswith(before)
    crisis_reply = after[len(before) :]
    first_button = crisis_reply.find("  [")
    lines_before_buttons = crisis_reply[: first_button if first_button >= 0 else None]
    for number in CRISIS_NUMBERS:
        assert number in lines_before_buttons


def test_typing_a_number_presses_that_button() -> None:
    menu = chat(["/menu"])
    label = next(line.split("] ", 1)[1] for line in menu.splitlines() if line.startswith("  [3] "))
    pressed = chat(["/menu", "3"])[len(menu) :]
    # The need on button 3 is answered: its support, or a question about who the person is.
    assert label.split()[0] in pressed or "describes you" in pressed
    assert "Traceback" not in pressed
