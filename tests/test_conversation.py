"""The conversation core with fakes for NLU and recorder, and the real default resources."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.conversation import Conversation
from bot.types import Reply, Turn
from tests.conftest import CRISIS_NUMBERS
from tests.fakes import FakeNLU, FakeRecorder

SESSION = "pseudonym-abc"
CRISIS_TEXT = "i want to end my life tonight"


def text(s: str) -> Turn:
    return Turn(SESSION, text=s)


def press(payload: str) -> Turn:
    return Turn(SESSION, button=payload)


def payloads(reply: Reply) -> list[str]:
    return [b.payload for b in reply.buttons if b.payload]


def assert_crisis_first(reply: Reply) -> None:
    assert reply.crisis
    first = reply.messages[0].text
    for number in CRISIS_NUMBERS:
        assert number in first, f"crisis reply lacks {number}"


async def test_first_contact_says_it_is_a_bot_and_shows_crisis_lines(
    make_conversation: Callable[..., Conversation],
) -> None:
    reply = await make_conversation().handle(text("/start"))
    welcome = reply.messages[0].text.lower()
    assert "bot" in welcome
    assert "not monitored" in welcome or "isn't monitored" in welcome or "not watched" in welcome
    assert "emergency" in welcome
    for number in CRISIS_NUMBERS:
        assert number in reply.text
    assert "need:sleep_fatigue" in payloads(reply)
    assert "sos" in payloads(reply)


async def test_sleep_message_gets_sleep_resources(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    nlu.script["cant sleep after nights"] = ("sleep_fatigue", 0.93)
    convo = make_conversation()
    await convo.handle(text("/start"))
    reply = await convo.handle(text("cant sleep after nights"))
    if "role:officer" in payloads(reply):  # asked who they are: answer and carry on
        reply = await convo.handle(press("role:officer"))
    if any(p.startswith("dir:") for p in payloads(reply)):
        reply = await convo.handle(press("dir:skip"))
    assert "Sleep" in reply.text or "sleep" in reply.text
    assert "fb:sleep_fatigue:y" in payloads(reply)
    shown = [e for e in recorder.events if e.kind == "resources_shown"]
    assert shown and shown[-1].need == "sleep_fatigue" and shown[-1].resources


@pytest.mark.parametrize("state_setup", ["fresh", "after_menu", "mid_role_question", "clarifying"])
async def test_crisis_reply_comes_first_in_any_state(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, state_setup: str
) -> None:
    nlu.script["money is tight"] = ("money_worries", 0.9)
    nlu.script["hmm"] = ("stress_anxiety", 0.2)
    convo = make_conversation()
    if state_setup == "after_menu":
        await convo.handle(text("/menu"))
    elif state_setup == "mid_role_question":
        await convo.handle(text("money is tight"))
    elif state_setup == "clarifying":
        await convo.handle(text("hmm"))
    assert_crisis_first(await convo.handle(text(CRISIS_TEXT)))


async def test_crisis_reply_with_nlu_down_and_database_down(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    nlu.down = True
    recorder.broken = True
    convo = make_conversation()
    assert_crisis_first(await convo.handle(text(CRISIS_TEXT)))
    assert_crisis_first(await convo.handle(text(f"long day. {CRISIS_TEXT}. sorry")))


async def test_crisis_reply_with_resources_unreadable(
    make_conversation: Callable[..., Conversation],
) -> None:
    def broken() -> object:
        raise OSError("resources folder gone")

    convo = make_conversation(catalogue=broken)
    assert_crisis_first(await convo.handle(text(CRISIS_TEXT)))
    # Any other message still gets a kind reply with the crisis lines, not a stack trace.
    reply = await convo.handle(text("hello"))
    for number in CRISIS_NUMBERS:
        assert number in reply.text


async def test_unsure_asks_then_menu_and_crisis_lines_never_a_loop(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    nlu.script["meh"] = ("stress_anxiety", 0.2)
    convo = make_conversation()
    await convo.handle(text("/start"))
    first = await convo.handle(text("meh"))
    assert "need:stress_anxiety" in payloads(first)
    assert "clarifying_question" in recorder.kinds()
    second = await convo.handle(text("meh"))
    assert "need:bereavement" in payloads(second)  # the whole menu
    for number in CRISIS_NUMBERS:
        assert number in second.text
    third = await convo.handle(text("meh"))
    assert third.text != second.text  # starts again with a question, not the same wall


async def test_nlu_down_gets_menu_and_crisis_lines(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU
) -> None:
    nlu.down = True
    convo = make_conversation()
    reply = await convo.handle(text("having a rough time with the shifts"))
    assert "need:sleep_fatigue" in payloads(reply)
    for number in CRISIS_NUMBERS:
        assert number in reply.text


async def test_out_of_scope_says_what_it_can_do(
    make_conversation: Callable[..., Conversation], recorder: FakeRecorder
) -> None:
    reply = await make_conversation().handle(text("what's the weather in leeds"))
    assert "need:money_worries" in payloads(reply)
    assert "out_of_scope" in recorder.kinds()


async def test_help_and_sos_show_crisis_lines_anywhere(
    make_conversation: Callable[..., Conversation],
) -> None:
    convo = make_conversation()
    for turn in (text("/help"), text("help"), text("SOS"), press("sos")):
        assert_crisis_first(await convo.handle(turn))


async def test_a_goodbye_leaves_a_crisis_line_and_the_sos_button(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU
) -> None:
    # 'bye x' is usually just goodbye, and sometimes the last message someone sends: the
    # farewell leaves a 24/7 line and the SOS button without treating it as a crisis.
    nlu.script["bye x"] = ("goodbye", 0.9)
    convo = make_conversation()
    await convo.handle(text("/start"))
    reply = await convo.handle(text("bye x"))
    assert not reply.crisis
    assert "116 123" in reply.text and "85258" in reply.text
    assert "sos" in payloads(reply)


async def test_stale_button_answered_politely(
    make_conversation: Callable[..., Conversation],
) -> None:
    convo = make_conversation()
    for payload in ("need:not_a_need", "more:sleep_fatigue:x", "zzz", "", "fb:x:q"):
        reply = await convo.handle(press(payload))
        assert "need:sleep_fatigue" in payloads(reply)


async def test_forget_clears_state_and_records_under_both_keys(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    nlu.script["money is tight"] = ("money_worries", 0.9)
    convo = make_conversation()
    await convo.handle(text("money is tight"))
    await convo.handle(press("role:staff"))
    assert any(e.session == SESSION for e in recorder.events)
    await convo.handle(Turn(SESSION, text="/forget", aliases=("old-pseudonym",)))
    assert recorder.forgotten == [(SESSION, "old-pseudonym")]
    assert not any(e.session == SESSION for e in recorder.events)
    state, is_new = convo.sessions.get(SESSION)
    assert is_new and state.role is None


async def test_usage_events_hold_no_text(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    canary = "canary-zebra-7731 cant sleep"
    nlu.script[canary] = ("sleep_fatigue", 0.95)
    convo = make_conversation()
    for turn in (text(canary), text(CRISIS_TEXT), text("canary-zebra-7731"), press("sos")):
        await convo.handle(turn)
    assert recorder.events
    for event in recorder.events:
        assert "canary" not in repr(event) and "end my life" not in repr(event)


async def test_feedback_recorded(
    make_conversation: Callable[..., Conversation], recorder: FakeRecorder
) -> None:
    convo = make_conversation()
    await convo.handle(press("fb:sleep_fatigue:n"))
    feedback = [e for e in recorder.events if e.kind == "feedback"]
    assert feedback and feedback[0].helpful is False and feedback[0].need == "sleep_fatigue"


async def test_someone_else_at_risk_gets_the_colleague_path_with_crisis_lines(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    worried = "my crewmate told me tonight he is going to kill himself"
    nlu.script[worried] = ("out_of_scope", 0.6)  # the screen decides, whatever the classifier
    convo = make_conversation()
    await convo.handle(text("/start"))
    reply = await convo.handle(text(worried))
    assert not reply.crisis  # the speaker is not the one at risk
    for number in CRISIS_NUMBERS:
        assert number in reply.messages[0].text  # lines to pass on, first
    if "role:officer" in payloads(reply):
        reply = await convo.handle(press("role:skip"))
    shown = [e for e in recorder.events if e.kind == "resources_shown"]
    assert shown and shown[-1].need == "support_colleague"


async def test_more_about_a_resource_shows_what_to_expect_and_counts_it(
    make_conversation: Callable[..., Conversation], recorder: FakeRecorder
) -> None:
    convo = make_conversation()
    await convo.handle(text("/start"))
    reply = await convo.handle(press("need:trauma_incident"))
    while not any(p.startswith("open:") for p in payloads(reply)):
        answer = next(p for p in payloads(reply) if p.endswith(":skip"))
        reply = await convo.handle(press(answer))
    assert "What to expect" not in reply.text  # the list stays short on a phone
    opener = next(p for p in payloads(reply) if p.startswith("open:"))
    details = await convo.handle(press(opener))
    assert "What to expect" in details.text
    opened = [e for e in recorder.events if e.kind == "resource_opened"]
    assert opened and opened[0].resources == (opener.removeprefix("open:"),)
    assert opened[0].need == "trauma_incident"
    stale = await convo.handle(press("open:no_such_resource"))
    assert "need:sleep_fatigue" in payloads(stale)


async def test_a_stated_role_is_used_instead_of_asking(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> None:
    said = "im a pcso and money is really tight"
    nlu.script[said] = ("money_worries", 0.9)
    nlu.script["money is really tight"] = ("money_worries", 0.9)
    asked = await make_conversation().handle(Turn("other", text="money is really tight"))
    assert "role:pcso" in payloads(asked)  # money support differs by role: asked when unknown
    convo = make_conversation()
    reply = await convo.handle(text(said))
    assert "role:pcso" not in payloads(reply)
    shown = [e for e in recorder.events if e.kind == "resources_shown" and e.session == SESSION]
    if not shown:  # the directorate may still be asked; skip it
        reply = await convo.handle(press("dir:skip"))
        shown = [e for e in recorder.events if e.kind == "resources_shown"]
    assert shown[-1].role == "pcso"
    assert "Police Federation" not in reply.text  # the Federation is for officers only
