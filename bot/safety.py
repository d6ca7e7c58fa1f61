"""The crisis screen: runs before the NLU on every message, with no model, stdlib only.

`screen(text)` reads a message against the reviewed patterns of bot/safety_patterns.py;
`combine(result, intent, confidence)` adds the classifier's opinion. Tuned for recall: a false
alarm costs a kind message, a miss can cost a life (../shared/RELIABILITY.md, promises 1 and 2).
Nothing here logs or keeps the text; `reason` is a category, never the matched words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot import safety_patterns as p
from bot.safety_risk import MET_VERBS, RELATIVE_VERBS, assess, in_theirs
from bot.safety_text import normalise, squeeze

# The classifier's crisis intent counts from this confidence. Set from measurements (docs/safety/
# safety-case.md): as the crisis class grew to the classifier's largest, 0.30 alarmed on 3.5% of
# everyday requests (clinc150) and 16% of our hard negatives; 0.75 keeps both inside the limits
# (0.9%, 7%) with the screen and the crisis model carrying recall. Recall over precision: the
# lowest value inside the limits. Raised to 0.80 when blind sets 4 and 5 became training data:
# at 0.75 the retrained classifier alone alarmed on 11 of clinc150's 1,505 (15 in all), at 0.80
# on 6 (10 in all); with the classifier trained without blind 4/5, 0.80 lost none of their crisis
# messages that 0.75 caught, as the screen's new classes carry them (safety case, point 4c).
# Raised to 0.85 when the semantic model's threshold came down to 0.65 (point 4h): with both,
# 0.80 alarmed on 15 of clinc150's 1,505, 0.85 on 13, for one left-out crisis message in 517.
CLASSIFIER_THRESHOLD = 0.85
# Rasa's classifier is more sure of itself on everyday requests (clinc150: 40 of 1,505 alarmed at
# 0.75, many at 0.95 and above), so its crisis intent counts only from here: 10 of 1,505 (0.7%).
BACKEND_CLASSIFIER_THRESHOLDS = {"rasa": 0.97}
# A negation, idiom or work-talk marker ('not suicidal', 'rota is killing me', 'attended a
# hanging') overrides a classifier-only crisis signal below this confidence; above it, the
# classifier wins: where unsure, the crisis reply wins.
OVERRIDE_CEILING = 0.90
# The binary crisis model (nlu/crisis_model.py) counts from this probability. Its cross-validated
# threshold for 0.99 recall is near 0.1, but below about 0.9 it alarms on everyday requests
# (clinc150: 50 of 1,505 at 0.5, 6 at 0.8, 4 at 0.9), so the false-alarm limits set it. The
# semantic model (nlu/semantic.py), when loaded in its place, decides at its own thresholds
# (on the mean of its two probabilities) and passes its verdict as `model_crisis`.
MODEL_THRESHOLD = 0.90


@dataclass(frozen=True)
class SafetyResult:
    """What the screen found. Holds no text: `reason` is a category for tests and metrics."""

    crisis: bool
    other_at_risk: bool = False
    reason: str = "none"
    # Crisis wording was present but negated, figurative, an accident or work talk.
    calmed: bool = False
    # The risk scorer's best score (bot/safety_risk.py): a number, never words.
    risk: int = 0


def _compile(pattern: str) -> re.Pattern[str]:
    """A pattern squeezed like the text; a letter after a backslash is regex syntax, kept."""
    return re.compile(re.sub(r"(?<!\\)([a-z])\1+", r"\1", pattern))


@dataclass(frozen=True)
class _Compiled:
    rule: p.Rule
    regex: re.Pattern[str]
    needs: re.Pattern[str] | None
    unless: re.Pattern[str] | None


def _compile_rule(rule: p.Rule) -> _Compiled:
    """A rule with its pattern and its message-level conditions compiled."""
    needs = _compile(rule.needs) if rule.needs else None
    unless = _compile(rule.unless) if rule.unless else None
    return _Compiled(rule, _compile(rule.pattern), needs, unless)


_RULES = tuple(_compile_rule(rule) for rule in p.RULES)
_DEATH = _compile(p.DEATH_CONTEXT)
_MEANS = _compile(p.MEANS_CONTEXT)
_FIGURATIVE_TAIL = _compile(p.FIGURATIVE_TAIL)
_ACCIDENT_TAIL = _compile(p.ACCIDENT_TAIL)
_MISTAKE_TAIL = _compile(p.MISTAKE_TAIL)
_JOB_MEANT = _compile(p.JOB_MEANT)
_RETRACTED_TAIL = _compile(p.RETRACTED_TAIL)
_HYPERBOLE = _compile(p.HYPERBOLE)
_ONE_MORE_BEFORE = _compile(p.ONE_MORE_BEFORE)
_WORK = _compile(p.WORK_CONTEXT)
_FIGURATIVE = _compile(p.FIGURATIVE_MARKERS)
_FIRST = frozenset(squeeze(w) for w in p.FIRST_PERSON)
_THIRD = frozenset(squeeze(w) for w in p.THIRD_PRONOUNS)
_NOUNS = frozenset(squeeze(w) for w in p.THIRD_NOUNS)
_VERBS = frozenset(squeeze(w) for w in p.SUBJECT_VERBS)
_PUBLIC = frozenset(squeeze(w) for w in p.PUBLIC_NOUNS)
_CARE = frozenset(squeeze(w) for w in p.CARE_VERBS)
_TOLD = frozenset(squeeze(w) for w in p.TOLD_VERBS)
_BELIEF = frozenset(squeeze(w) for w in p.BELIEF_VERBS)
_NEGATIONS = frozenset(squeeze(w) for w in p.NEGATIONS)
_HEDGES = frozenset(squeeze(w) for w in p.HEDGES)
_PANIC_BEFORE = _compile(p.PANIC_BEFORE)
_FEARED_BEFORE = _compile(p.FEARED_BEFORE)
_DANGER = _compile(p.DANGER_CONTEXT)
_PANIC = _compile(p.PANIC_CONTEXT)
_PAIN_BEFORE = _compile(p.PAIN_BEFORE)
_PAIN = _compile(p.PAIN_CONTEXT)
_REMEDY = _compile(p.REMEDY_ASKED)
_TIRED_BEFORE = _compile(p.TIRED_BEFORE)
_TIRED_CAUSE = _compile(p.TIRED_CAUSE)
_ASKED_AND_DENIED = _compile(p.ASKED_AND_DENIED)
_REPORTED_BEFORE = _compile(p.REPORTED_BEFORE)
_BULLYING = _compile(p.BULLYING_CONTEXT)
_AGREES = _compile(p.AGREES_WITH_INSULT)
_QUOTED_BEFORE = _compile(p.QUOTED_MESSAGE_BEFORE)
_POSTED_BEFORE = _compile(p.POSTED_MESSAGE_BEFORE)
_RELAYED = _compile(p.RELAYED_TO_ME)
_FOUND_THEIRS = _compile(p.FOUND_THEIRS)
_ASKING_FOR_ME = _compile(p.ASKING_FOR_ME)
_I_AM = frozenset({"im", "am"})
# People named without a noun, as the head of a relative clause ('the people I spoke to').
_PEOPLE = frozenset({"people", "ones", "those", "one"})
_ARTICLES = frozenset({"a", "an", "the", "my", "our", "this", "that"})
# The speaker as subject: where it appears inside something found of theirs, it is mine again.
_SPEAKER = frozenset(squeeze(w) for w in ("i", "im", "ive", "id", "il", "myself"))
# Words that open a short phrase between a noun and its verb ('my colleague in forensics is');
# 'who' counts as a verb already and 'I' is read where the scan meets it.
_LINKS = frozenset({"in", "on", "at", "from", "that", "of"})
_POSSESSIVE = frozenset({"my", "our"})
# 'his suicidal thoughts', 'their self-harm': whose the words are, just before them. 'Her' is
# also an object ('since I lost her, suicidal'), so it is hers only after a preposition
# ('about her suicidal thoughts').
_THEIR = frozenset({"his", "their"})
_HER_AFTER = frozenset({"about", "with", "through", "of", "for", "on", "regarding", "over"})
_PLACES_BEFORE = frozenset({"in", "on", "at", "from", "of", "with", "near", "behind", "across"})
# Words of saying before 'shed' or 'hed'; not 'and' ('the garage and shed'), which a place takes.
_SAID = frozenset({"said", "says", "saying", "thinks", "thought", "reckons", "told", "that", "me"})
# 'I overheard him asking how high': what someone else was heard or seen doing.
_OBJECTS = frozenset({"him", "her", "them"})
_PERCEIVED = frozenset(
    squeeze(w)
    for w in ("overheard", "heard", "caught", "saw", "seen", "noticed", "watched", "found")
)
# Categories in the order a reason is reported when several match: the most specific first.
_PRIORITY = ("plan", "method", "goodbye", "self_harm", "direct", "indirect")
# The risk scorer's heaviest group, reported as the nearest category.
_RISK_REASON = {
    "means": "method",
    "act": "method",
    "final": "indirect",
    "thought": "indirect",
    "affairs": "goodbye",
    "after": "goodbye",
    "resolve": "plan",
    "wish": "indirect",
    "harm": "self_harm",
    "severity": "self_harm",
    "ask": "method",
    "farewell": "goodbye",
}


def _negated(before: str) -> bool:
    """A negation just before the match that no pronoun or hedge separates from it."""
    words = before.split()[-4:]
    for i, word in enumerate(words):
        if word in _NEGATIONS:
            after = words[i + 1 :]
            if not any(w in _FIRST or w in _THIRD or w in _HEDGES for w in after):
                return True
    return False


def _subject_is_other(before: str) -> bool:
    """Whether the nearest subject before the match is someone else ('my mate is', 'she')."""
    words = before.split()
    if words and (
        words[-1] in _THEIR or (words[-1] == "her" and len(words) > 1 and words[-2] in _HER_AFTER)
    ):
        return True
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        previous = words[i - 1] if i else ""
        following = words[i + 1] if i + 1 < len(words) else ""
        # 'in my office', 'on my team': a place, not a subject; 'a PCSO I work with': a
        # relative clause about the PCSO.
        if word in _POSSESSIVE and previous in _PLACES_BEFORE:
            continue
        # 'a member of the public on my beat keeps': someone met on the job, then their verb.
        if word == "public" and previous == "the" and _VERBS.intersection(words[i + 1 : i + 5]):
            return True
        # 'a PCSO I work with'; 'one of the people I spoke to disclosed'.
        if (
            word == "i"
            and following in RELATIVE_VERBS
            and (previous in _NOUNS or (following in MET_VERBS and previous in _PEOPLE))
        ):
            return True
        # 'a mate I think might be suicidal', 'a colleague who I think is': what I fear of
        # someone named just before.
        if (
            word == "i"
            and following in _BELIEF
            and (
                previous in _NOUNS
                or (previous in ("who", "that") and i > 1 and _named(words[i - 2]))
            )
        ):
            return True
        if word in _OBJECTS and previous in _PERCEIVED:
            return True
        if word in _FIRST:
            return False
        if word in _THIRD:
            return True
        # 'said she'd rather be dead': 'shed' and 'hed' after a word of saying, never 'the shed'.
        if word in ("shed", "hed") and previous in _SAID:
            return True
        # 'texted my mum', 'told the sarge': the person told, not the one speaking.
        if _named(word) and _just_after(words, i, _TOLD):
            continue
        # 'support someone', 'help my colleague': the person looked after.
        if _named(word) and _just_after(words, i, _CARE):
            return True
        # "I'm someone who" and "I am a person who" name the speaker, not another person.
        if word in _NOUNS and _I_AM.intersection(words[max(0, i - 2) : i]):
            return False
        # 'mates' covers "my mate's been" once the apostrophe is gone.
        if _named(word) and (following in _VERBS or not following):
            return True
        # 'a PCSO I work with has', 'my colleague in forensics is': a short phrase, then a verb.
        if word in _NOUNS and following in _LINKS and _VERBS.intersection(words[i + 2 : i + 6]):
            return True
    return False


def _named(word: str) -> bool:
    """A word naming a person, or people ('mate', 'mates')."""
    return word in _NOUNS or (word.endswith("s") and word[:-1] in _NOUNS)


def _just_after(words: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Whether words[i] follows one of `verbs`, straight after or after an article ('told my')."""
    previous = words[i - 1] if i else ""
    return previous in verbs or (previous in _ARTICLES and i > 1 and words[i - 2] in verbs)


def _known_to_me(before: str) -> bool:
    """Whether the nearest person named before the match is a colleague, friend or family."""
    for word in reversed(before.split()):
        if word in _PUBLIC:
            return False
        if _named(word):
            return True
    return False


def _idiom(before: str, sentence: str, text: str) -> bool:
    """Panic ('I feel like I'm going to die' before an exam), pain or shift tiredness with a
    remedy asked for, a question about such thoughts answered no, fear told of a danger, or an
    insult reported as bullying."""
    if _PANIC_BEFORE.search(before) and _PANIC.search(sentence):
        return True
    # Pain that 'makes me want to die', with a remedy asked for.
    if _PAIN_BEFORE.search(before) and _PAIN.search(sentence) and _REMEDY.search(text):
        return True
    # So tired from shifts I could die, with advice asked for.
    if _TIRED_BEFORE.search(before) and _TIRED_CAUSE.search(text) and _REMEDY.search(text):
        return True
    # Asked whether I had such thoughts, and the answer no.
    if _ASKED_AND_DENIED.search(sentence):
        return True
    # Fear told of a moment of danger ('honestly thought I was going to die, he had a knife').
    if _FEARED_BEFORE.search(before) and _DANGER.search(text):
        return True
    return bool(
        _BULLYING.search(text) and _REPORTED_BEFORE.search(before) and not _AGREES.search(text)
    )


def _posted_by_other(before: str) -> bool:
    """A message posted where others read it, by someone else ('mate put a post saying')."""
    posted = _POSTED_BEFORE.search(before)
    return bool(posted and _subject_is_other(before[: posted.start()]))


def _relayed(text: str) -> bool:
    """Someone else's message passed on ('someone I tutor texted me thanks for everything,
    sorry'): sent by someone else, its words after it in that sentence, none of them mine."""
    for match in _RELAYED.finditer(text):
        rest = text[match.end() :].split(" . ", 1)[0].split()
        if rest and _subject_is_other(text[: match.start()]) and not _FIRST.intersection(rest):
            return True
    return False


def _next_sentence(text: str, end: int) -> str:
    """The sentence after the one that ends at `end` (empty at the end of the message)."""
    rest = text[end:].removeprefix(" . ")
    return rest.split(" . ", 1)[0]


def _clause(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The words of the sentence before the match, after it, and the whole sentence."""
    left = text.rfind(" . ", 0, start)
    right = text.find(" . ", end)
    begin = 0 if left < 0 else left + 3
    finish = len(text) if right < 0 else right
    return text[begin:start], text[end:finish], text[begin:finish]


@lru_cache(maxsize=1024)
def _screen_normalised(text: str) -> SafetyResult:
    """The screen on normalised text (cached: the same text gives the same answer)."""
    crisis: list[str] = []
    other = calmed = quoted = False
    theirs = [m.span() for m in _FOUND_THEIRS.finditer(text)]
    for compiled in _RULES:
        rule = compiled.rule
        if (
            (rule.needs_death and not _DEATH.search(text))
            or (rule.needs_means and not _MEANS.search(text))
            or (compiled.needs and not compiled.needs.search(text))
            or (compiled.unless and compiled.unless.search(text))
        ):
            continue
        for match in compiled.regex.finditer(text):
            before, after, sentence = _clause(text, match.start(), match.end())
            # What follows the match: the rest of its sentence, or the next sentence when it
            # ends here ('thinking of ending it... with the job I mean'; 'out of the window.
            # Joking.').
            read_on = after if after.strip() else _next_sentence(text, match.end())
            tail_calms = (
                _FIGURATIVE_TAIL.match(after)
                or (rule.category in ("self_harm", "other") and _ACCIDENT_TAIL.match(after))
                or (rule.category == "method" and _MISTAKE_TAIL.match(after))
                # Said plainly to be the job ('ending it... with the job I mean').
                or _JOB_MEANT.match(read_on)
                # 'I could throw myself off a bridge haha, not really': a boast taken back.
                or (
                    _RETRACTED_TAIL.match(read_on)
                    and (
                        _HYPERBOLE.search(text[max(0, match.start() - 12) : match.end()])
                        or _ONE_MORE_BEFORE.search(before)
                    )
                )
            )
            if (
                _negated(before)
                or tail_calms
                or (rule.weak and _WORK.search(sentence))
                or _idiom(before, sentence, text)
            ):
                calmed = True
                continue
            if _QUOTED_BEFORE.search(before) or _posted_by_other(before):
                # Someone else's words quoted ('sent me a message saying tell the kids sorry'):
                # the risk scorer, which reads the same words as the speaker's, has no say.
                other = quoted = True
                continue
            found_theirs = in_theirs(text, theirs, match.start(), _SPEAKER)
            # Someone else's words that start with a verb of saying ('told me she's self
            # harming') carry it back to the noun before them ('my colleague in the control
            # room'); never a speaker's act ('my mate from work, took an overdose').
            lead = match.group(0).split(maxsplit=1)[0]
            spoken = rule.category == "other" and lead in _VERBS
            subject = f"{before} {lead}" if spoken else before
            # What was found among someone else's things, or searched on their computer, is
            # theirs even in first-person words ('how to kill myself' in her search history).
            other_subject = rule.who is p.Who.ANY and _subject_is_other(subject)
            if (
                (other_subject or rule.who is p.Who.OTHER)
                and not found_theirs
                and _ASKING_FOR_ME.search(text)
            ):
                # A question about 'someone' the speaker then says is their own ('asking for me').
                crisis.append("indirect" if rule.category == "other" else rule.category)
                continue
            if rule.who is p.Who.OTHER or found_theirs or other_subject:
                # Job talk about a member of the public is not a colleague at risk; about my
                # colleague in the control room, or my partner on shift, it is.
                if _WORK.search(sentence) and not _known_to_me(subject):
                    calmed = True
                else:
                    other = True
                continue
            # Third-person wording said of oneself ('I keep talking about suicide').
            crisis.append("indirect" if rule.category == "other" else rule.category)
    risk = assess(text)
    if risk.fires and not crisis and not quoted:
        # The scorer reads words as the speaker's; a message someone else sent is theirs.
        if _relayed(text):
            other = True
        else:
            crisis.append(_RISK_REASON[risk.group])
    if crisis:
        reason = next(c for c in _PRIORITY if c in crisis)
        return SafetyResult(True, other, reason, calmed, risk.score)
    calmed = calmed or risk.damped or bool(_FIGURATIVE.search(text) or _WORK.search(text))
    if other:
        return SafetyResult(False, True, "other", calmed, risk.score)
    return SafetyResult(False, False, "calmed" if calmed else "none", calmed, risk.score)


def screen(text: str | None) -> SafetyResult:
    """Read one message for crisis wording. Pure, fast, and never raises on odd input."""
    if not text:
        return SafetyResult(crisis=False)
    # A message longer than this is read in full: only the cache key is bounded.
    return _screen_normalised(normalise(text))


def combine(
    result: SafetyResult,
    intent: str | None,
    confidence: float | None,
    crisis_probability: float | None = None,
    backend: str | None = None,
    model_crisis: bool | None = None,
) -> bool:
    """The final crisis decision: the screen, the classifier's crisis intent, or the crisis model.

    `backend` names the classifier that answered, whose crisis intent has its own threshold.
    The crisis model's opinion is either `crisis_probability` (the lexical model's, counted from
    MODEL_THRESHOLD) or `model_crisis`, a verdict the model reached at its own threshold (the
    semantic model's); the verdict wins when both are given.

    A classifier-only signal is set aside below OVERRIDE_CEILING when the screen saw a negation,
    idiom, everyday or work use, or found that someone else is at risk (the support_colleague
    path then shows the same crisis lines to pass on). A model's probability is set aside there
    too; a model's verdict counts where the screen paused, as the model reached it at its paused
    threshold (nlu/semantic.py), but not where someone else is at risk.
    """
    if result.crisis:
        return True
    held_back = result.calmed or result.other_at_risk
    if model_crisis is None:
        model_crisis = (
            crisis_probability is not None
            and crisis_probability >= MODEL_THRESHOLD
            and not held_back
        )
    if model_crisis and not result.other_at_risk:
        return True
    if intent != "crisis" or confidence is None:
        return False
    if held_back and confidence < OVERRIDE_CEILING:
        return False
    return confidence >= BACKEND_CLASSIFIER_THRESHOLDS.get(backend or "", CLASSIFIER_THRESHOLD)
