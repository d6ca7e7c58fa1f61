"""The conversation core: a Turn in, a Reply out. Crisis screen first, always.

It never imports telegram or SQL. Channels (console, Telegram) convert to and from Turn and Reply;
the recorder takes usage events without text.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import replies
from bot.ports import NLUBackend, Recorder
from bot.profile import stated_role
from bot.replies import MENU, SOS, TALK, rows
from bot.safety import SafetyResult, screen
from bot.sessions import SessionState, SessionStore
from bot.settings import ConversationSettings
from bot.types import (
    FALLBACK,
    ROLES,
    SMALL_TALK,
    WELLBEING_NEEDS,
    Button,
    EventKind,
    Message,
    Reply,
    Turn,
    UsageEvent,
    confidence_band,
)
from bot.understanding import CrisisScorer, NeedGate, understand

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

log = logging.getLogger(__name__)

LONDON = ZoneInfo("Europe/London")
_SOS_WORDS = re.compile(r"^\W*(help|sos|help me|urgent help)\W*$", re.IGNORECASE)


def london_now() -> datetime:
    """The current time where the force's services keep their hours."""
    return datetime.now(LONDON)


class Conversation:
    """Decides every reply. One instance serves every chat; state is per pseudonymous session."""

    def __init__(
        self,
        *,
        catalogue: Callable[[], Catalogue],
        nlu: NLUBackend | None,
        recorder: Recorder,
        settings: ConversationSettings,
        threshold: float,
        clock: Callable[[], datetime] = london_now,
        sessions: SessionStore | None = None,
        crisis_model: CrisisScorer | None = None,
        need_gate: NeedGate | None = None,
    ) -> None:
        self._catalogue = catalogue
        self._nlu = nlu
        self._recorder = recorder
        self._settings = settings
        self._threshold = threshold
        self._clock = clock
        self._crisis_model = crisis_model
        self._need_gate = need_gate
        self.sessions = sessions or SessionStore(settings.session_ttl_minutes * 60)

    async def handle(self, turn: Turn) -> Reply:
        """Answer one turn. Any failure still gets a kind reply carrying the crisis lines."""
        try:
            return await self._handle(turn)
        except Exception as exc:
            # The type and frames only: an exception's message may quote what was typed.
            log.error(
                "conversation failed: %s\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)),
            )
            return self._error_reply(turn)

    async def _handle(self, turn: Turn) -> Reply:
        text = (turn.text or "").strip()
        # The crisis screen runs before anything else, on whatever arrives, with no model needed.
        safety = screen(text) if text else None
        if safety is not None and safety.crisis:
            return self._crisis(turn)
        cat = self._current_catalogue()
        if cat is None:
            return self._error_reply(turn)
        state, is_new = self.sessions.get(turn.session)
        if is_new:
            self._record(turn, state, EventKind.CONVERSATION_STARTED)
        if turn.button is not None:
            return self._on_button(turn, state, cat, turn.button)
        if not text:
            return self._reply(cat, state, [replies.menu(cat, "fallback")], crisis_lines=True)
        if text.startswith("/"):
            return self._on_command(turn, state, cat, text)
        if _SOS_WORDS.match(text):
            return self._sos(cat)
        return await self._on_text(turn, state, cat, text, safety)

    # -- free text ---------------------------------------------------------------------------

    async def _on_text(
        self,
        turn: Turn,
        state: SessionState,
        cat: Catalogue,
        text: str,
        safety: SafetyResult | None,
    ) -> Reply:
        u = await understand(
            text,
            self._nlu,
            self._threshold,
            crisis_model=self._crisis_model,
            safety=safety,
            need_gate=self._need_gate,
        )
        if u.crisis:
            return self._crisis(turn)
        if u.intent == FALLBACK:
            return self._clarify(turn, state, cat, u.ranking, nlu_down=u.nlu_down)
        state.misses = 0
        if state.role is None and (role := stated_role(text)):
            # They told us who they are: use it for this conversation instead of asking.
            state.role, state.role_asked = role, True
        self._record(
            turn,
            state,
            EventKind.NEED_RECOGNISED,
            need=u.intent,
            confidence_band=confidence_band(u.confidence),
            backend=u.backend,
        )
        if u.intent in WELLBEING_NEEDS:
            intro = [Message(cat.text("other_at_risk"))] if u.other_at_risk else []
            return self._route(turn, state, cat, u.intent, intro=intro)
        return self._small_talk(turn, state, cat, u.intent)

    def _small_talk(self, turn: Turn, state: SessionState, cat: Catalogue, intent: str) -> Reply:
        if intent == "privacy_question":
            return self._reply(cat, state, [Message(cat.text("privacy"), ((MENU, SOS),))])
        if intent == "out_of_scope":
            self._record(turn, state, EventKind.OUT_OF_SCOPE)
            return self._reply(cat, state, [replies.menu(cat, "out_of_scope")], crisis_lines=True)
        if intent == "greet" and not state.welcomed:
            return self._welcome(state, cat)
        key = intent if intent in SMALL_TALK else "menu"
        return self._reply(cat, state, [Message(cat.text(key), ((MENU, SOS),))])

    def _clarify(
        self,
        turn: Turn,
        state: SessionState,
        cat: Catalogue,
        ranking: tuple[tuple[str, float], ...],
        nlu_down: bool,
    ) -> Reply:
        state.misses += 1
        likely = [i for i, _ in ranking if i in WELLBEING_NEEDS][:3]
        if nlu_down or state.misses >= self._settings.max_misses or not likely:
            # Never a loop: after the misses, the whole menu and the crisis lines.
            state.misses = 0
            return self._reply(cat, state, [replies.menu(cat, "fallback")], crisis_lines=True)
        self._record(turn, state, EventKind.CLARIFYING_QUESTION)
        buttons = [*replies.need_buttons(cat, likely), Button("Something else", payload="menu")]
        text = replies.with_crisis_lines(cat, cat.text("clarify"))
        return self._reply(cat, state, [Message(text, (*rows(buttons, 1), (SOS,)))])

    # -- commands and buttons ----------------------------------------------------------------

    def _on_command(self, turn: Turn, state: SessionState, cat: Catalogue, text: str) -> Reply:
        command = text.split()[0][1:].split("@")[0].lower()
        if command == "start":
            return self._welcome(state, cat)
        if command in ("help", "sos"):
            return self._sos(cat)
        if command == "menu":
            return self._reply(cat, state, [replies.menu(cat)])
        if command == "privacy":
            return self._reply(cat, state, [Message(cat.text("privacy"), ((MENU, SOS),))])
        if command == "forget":
            return self._forget(turn, cat)
        if command == "feedback":
            buttons = (
                (
                    Button("👍 Yes", payload="fb:general:y"),
                    Button("👎 No", payload="fb:general:n"),
                ),
                (MENU, SOS),
            )
            return self._reply(cat, state, [Message(cat.text("feedback_question"), buttons)])
        unknown = "I don't know that command. Here is what I can help with."
        return self._reply(cat, state, [replies.menu(cat, extra=unknown)], crisis_lines=True)

    def _on_button(self, turn: Turn, state: SessionState, cat: Catalogue, payload: str) -> Reply:
        kind, _, rest = payload.partition(":")
        if kind == "sos":
            return self._sos(cat)
        if kind == "menu":
            return self._reply(cat, state, [replies.menu(cat)])
        if kind == "talk":
            return self._route(turn, state, cat, "talk_to_someone")
        if kind == "open247":
            return self._round_the_clock(cat)
        if kind == "need" and rest in WELLBEING_NEEDS:
            self._record(turn, state, EventKind.NEED_RECOGNISED, need=rest, backend="button")
            return self._route(turn, state, cat, rest)
        if kind == "open" and (resource := cat.resource(rest)) is not None:
            self._record(
                turn,
                state,
                EventKind.RESOURCE_OPENED,
                need=state.pending_need,
                resources=(resource.id,),
            )
            details = cat.describe(resource, self._clock())
            return self._reply(cat, state, [Message(details, ((TALK, MENU), (SOS,)))])
        if kind == "more":
            need, _, page = rest.partition(":")
            if need in WELLBEING_NEEDS and page.isdigit():
                return self._route(turn, state, cat, need, page=int(page))
        if kind == "role" and (rest in ROLES or rest == "skip"):
            state.role = None if rest == "skip" else rest
            state.role_asked = True
            return self._resume(turn, state, cat)
        if kind == "dir":
            known = {d.id for d in cat.directorates}
            if rest in known or rest == "skip":
                state.directorate = None if rest == "skip" else rest
                state.directorate_asked = True
                return self._resume(turn, state, cat)
        if kind == "fb":
            need, _, answer = rest.partition(":")
            if answer in ("y", "n") and (need in WELLBEING_NEEDS or need == "general"):
                return self._feedback(turn, state, cat, need, answer == "y")
        # Stale or malformed: a button from an old message or a changed bot.
        stale = "That button is from an older message. Here is what I can help with now."
        return self._reply(cat, state, [replies.menu(cat, extra=stale)])

    def _resume(self, turn: Turn, state: SessionState, cat: Catalogue) -> Reply:
        if state.pending_need:
            return self._route(turn, state, cat, state.pending_need)
        return self._reply(cat, state, [replies.menu(cat)])

    # -- routing to resources ----------------------------------------------------------------

    def _route(
        self,
        turn: Turn,
        state: SessionState,
        cat: Catalogue,
        need: str,
        page: int = 0,
        intro: list[Message] | None = None,
    ) -> Reply:
        now = self._clock()
        selection = cat.select(need, role=state.role, directorate=state.directorate, at=now)
        state.pending_need = need
        # Someone at risk right now: show what helps at once, no questions first.
        may_ask = page == 0 and not intro
        if may_ask and selection.role_matters and state.role is None and not state.role_asked:
            state.role_asked = True
            labels = dict(cat.roles)
            buttons = [Button(labels[r], payload=f"role:{r}") for r in ROLES]
            buttons.append(Button("Prefer not to say", payload="role:skip"))
            ask = Message(cat.text("ask_role"), (*rows(buttons), (SOS,)))
            return self._reply(cat, state, [*(intro or []), ask])
        if (
            may_ask
            and selection.directorate_matters
            and state.directorate is None
            and not state.directorate_asked
        ):
            state.directorate_asked = True
            buttons = [Button(d.name, payload=f"dir:{d.id}") for d in cat.directorates]
            buttons.append(Button("Prefer not to say", payload="dir:skip"))
            ask = Message(cat.text("ask_directorate"), (*rows(buttons, 1), (SOS,)))
            return self._reply(cat, state, [*(intro or []), ask])
        size = self._settings.resources_per_page
        shown = selection.resources[page * size : (page + 1) * size]
        if not shown:
            return self._reply(cat, state, [replies.menu(cat, extra="That's everything I have.")])
        self._record(
            turn,
            state,
            EventKind.RESOURCES_SHOWN,
            need=need,
            resources=tuple(r.id for r in shown),
        )
        header = f"{cat.need_label(need)}: support you can use"
        if page == 0 and (note := cat.out_of_hours_note(selection)):
            header = f"{header}\n{note}"
        body = "\n\n".join(cat.describe(r, now, brief=True) for r in shown)
        keyboard: list[tuple[Button, ...]] = [
            (Button(f"ℹ️ More about {r.name}", payload=f"open:{r.id}"),) for r in shown
        ]
        if len(selection.resources) > (page + 1) * size:
            keyboard.append((Button("➕ Show more", payload=f"more:{need}:{page + 1}"),))
        keyboard.append((TALK, MENU))
        keyboard.append(
            (
                Button("👍 Helpful", payload=f"fb:{need}:y"),
                Button("👎 Not helpful", payload=f"fb:{need}:n"),
            )
        )
        keyboard.append((SOS,))
        msg = Message(f"{header}\n\n{body}", tuple(keyboard))
        return self._reply(cat, state, [*(intro or []), msg])

    def _round_the_clock(self, cat: Catalogue) -> Reply:
        now = self._clock()
        body = "\n\n".join(cat.describe(r, now) for r in cat.crisis_resources())
        return Reply((Message(body, ((TALK, MENU), (SOS,))),), crisis=True)

    # -- fixed replies -----------------------------------------------------------------------

    def _crisis(self, turn: Turn) -> Reply:
        cat = self._current_catalogue()
        self._recorder_safe(UsageEvent(EventKind.CRISIS_SHOWN, turn.session, turn.channel))
        state, _ = self.sessions.get(turn.session)
        state.misses = 0
        state.welcomed = True  # the crisis reply says what matters; no welcome after it
        return Reply(replies.crisis(cat), crisis=True)

    def _sos(self, cat: Catalogue) -> Reply:
        return Reply((*replies.crisis(cat)[:1], replies.menu(cat, "help")), crisis=True)

    def _welcome(self, state: SessionState, cat: Catalogue) -> Reply:
        state.welcomed = True
        return Reply((Message(cat.text("welcome")), replies.menu(cat)))

    def _feedback(
        self, turn: Turn, state: SessionState, cat: Catalogue, need: str, helpful: bool
    ) -> Reply:
        self._record(
            turn,
            state,
            EventKind.FEEDBACK,
            need=None if need == "general" else need,
            helpful=helpful,
        )
        buttons = ((MENU, SOS),) if helpful else ((TALK, MENU), (SOS,))
        return self._reply(cat, state, [Message(cat.text("feedback_thanks"), buttons)])

    def _forget(self, turn: Turn, cat: Catalogue) -> Reply:
        self._recorder.forget((turn.session, *turn.aliases))
        self.sessions.forget(turn.session)
        # Counted without any pseudonym, so the count cannot be tied back to the person.
        self._recorder_safe(UsageEvent(EventKind.FORGET, "", turn.channel))
        return Reply((Message(cat.text("forget_done"), ((MENU, SOS),)),))

    def _error_reply(self, turn: Turn) -> Reply:
        cat = self._current_catalogue()
        sorry = replies.text_or(cat, "error", "Sorry, something went wrong on my side.")
        return Reply(
            (Message(replies.with_crisis_lines(cat, sorry), ((MENU, SOS),)),), crisis=True
        )

    # -- plumbing ----------------------------------------------------------------------------

    def _reply(
        self,
        cat: Catalogue,
        state: SessionState,
        messages: list[Message],
        crisis_lines: bool = False,
    ) -> Reply:
        if crisis_lines and messages:
            first = messages[0]
            messages[0] = Message(replies.with_crisis_lines(cat, first.text), first.buttons)
        if not state.welcomed:
            state.welcomed = True
            messages.insert(0, Message(cat.text("welcome")))
        return Reply(tuple(messages))

    def _current_catalogue(self) -> Catalogue | None:
        try:
            return self._catalogue()
        except Exception as exc:
            log.error("resources unavailable: %s", type(exc).__name__)
            return None

    def _record(self, turn: Turn, state: SessionState, kind: EventKind, **fields: object) -> None:
        event = UsageEvent(
            kind,
            turn.session,
            turn.channel,
            role=state.role,
            directorate=state.directorate,
            **fields,  # type: ignore[arg-type]
        )
        self._recorder_safe(event)

    def _recorder_safe(self, event: UsageEvent) -> None:
        try:
            self._recorder.record(event)
        except Exception as exc:  # counting must never cost a reply
            log.error("usage recorder failed: %s", type(exc).__name__)
