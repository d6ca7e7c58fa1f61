"""Text normalisation for the crisis screen: one spelling for the many ways people type a word.

The screen's patterns are written against this form, so everything here errs towards merging
spellings: a merge that is too eager costs a false alarm, a missed spelling can cost a life.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that split a word without showing (zero-width, bidi marks, soft hyphen,
# variation selectors): someone can type them, or paste text that carries them.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]"
)

# Letters from other scripts that look Latin. NFKC does not fold these.
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁӏкмтнвАЕОРСУХІЈЅКМТНВοαικνρτυεχΟΑΙΚΝΡΤΥΕΧɑᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ",
    "aeopcyxijsdlkmthbaeopcyxijskmthboaikvptuexoaikvptuexaabcdefghijklmnoprstuvwyz",
)
_APOSTROPHES = re.compile("['’‘`´ʼ]")

# Emoji that stand for a means; others carry no words and become spaces.
_EMOJI_WORDS = {"💊": " pills ", "🔪": " knife ", "🪢": " rope ", "🔫": " gun ", "🪦": " grave "}

# Leetspeak inside a word ('su1c1de', 'k!ll', 'm@te'); a token of digits alone stays as it is.
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "€": "e",
        "*": "i",
    }
)
_LEET_CHARS = re.compile("[013457@$!|€*]")
_EDGE_PUNCTUATION = '.,!?;:"()[]{}<>*'
# Numbers with a unit ('30mg', '4am', '2nd') are not leetspeak.
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:mg|ml|g|am|pm|st|nd|rd|th|s|x|k|m|h|hrs?|mins?)")

_SENTENCE_END = re.compile(r"[.!?;:\n]+")
_NOT_WORD = re.compile(r"[^a-z0-9. ]+")
# '2' and '4' between words are 'to' and 'for' ('i want 2 die'); next to numbers they are numbers.
_DIGIT_WORDS = re.compile(r"(?<=[a-z] )[24](?= [a-z])")
_SPLIT_WORDS = re.compile(r"\b(my|un) (self|alive)\b")
# Slang spelled as two words ('sewer slide' for suicide), read after the words are fixed.
_TWO_WORD_SLANG = re.compile(r"\bsewer slided?\b")
_REPEATS = re.compile(r"([a-z])\1+")
# Four or more single letters in a row are one spaced-out word: 'k i l l'.
_SPACED_OUT = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b")

# Misspellings and short forms, mapped to the word the patterns use (before squeezing).
_WORDS: dict[str, str] = {
    "kms": "kill myself",
    "kys": "kill yourself",
    "sewerslide": "suicide",
    "sewerslided": "suicide",
    "wanna": "want to",
    "wana": "want to",
    "wanta": "want to",
    "wannna": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "gna": "going to",
    "gnna": "going to",
    "goina": "going to",
    "nae": "no",
    "naw": "no",
    "cannae": "cant",
    "canny": "cant",
    "cany": "cant",
    "dinnae": "dont",
    "dinna": "dont",
    "didnae": "didnt",
    "wouldnae": "wouldnt",
    "winnae": "wont",
    "isnae": "isnt",
    "nowt": "nothing",
    "owt": "anything",
    "finna": "going to",
    "tryna": "trying to",
    "gotta": "got to",
    "hafta": "have to",
    "dunno": "do not know",
    "ngl": "not going to lie",
    "tbh": "to be honest",
    "u": "you",
    "ur": "your",
    "r": "are",
    "b": "be",
    "n": "and",
    "wud": "would",
    "wd": "would",
    "cud": "could",
    "shud": "should",
    "wiv": "with",
    "wen": "when",
    "bout": "about",
    "abt": "about",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "dnt": "dont",
    "didnt": "didnt",
    "cnt": "cant",
    "cannot": "cant",
    "anymore": "any more",
    "anymoe": "any more",
    "anymor": "any more",
    "nemore": "any more",
    "nymore": "any more",
    "enymore": "any more",
    "4ever": "forever",
    "4eva": "forever",
    "foreva": "forever",
    "cba": "cant be arsed",
    "cbf": "cant be bothered",
    "wna": "want to",
    "wnt": "want",
    "cocodamol": "co codamol",
    "cocodamols": "co codamol",
    "nomore": "no more",
    "everyone": "everyone",
    "every1": "everyone",
    "evry1": "everyone",
    "some1": "someone",
    "no1": "no one",
    "noone": "no one",
    "nobody": "no one",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmoz": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2morow": "tomorrow",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "nite": "night",
    "2day": "today",
    "myslef": "myself",
    "mysefl": "myself",
    "myselfe": "myself",
    "myseld": "myself",
    "mysel": "myself",
    "meself": "myself",
    "masel": "myself",
    "mysen": "myself",
    "missen": "myself",
    "mesel": "myself",
    "maself": "myself",
    "mself": "myself",
    "misself": "myself",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "selfharmed": "self harmed",
    "pils": "pills",
    "tabs": "tablets",
    "meds": "medication",
    "od": "overdose",
    "oding": "overdosing",
    "odd": "odd",
    "unalived": "unalive",
    "unaliving": "unalive",
    "livin": "living",
    "goin": "going",
    "nothin": "nothing",
    "somethin": "something",
    "thinkin": "thinking",
    "thnking": "thinking",
    "thnkin": "thinking",
    "thinkng": "thinking",
    "cnat": "cant",
    "abot": "about",
    "abut": "about",
    "multistorey": "multi storey",
    "multistory": "multi storey",
    "cuttin": "cutting",
    "endin": "ending",
    "killin": "killing",
    "feelin": "feeling",
    "tryin": "trying",
    "sayin": "saying",
    "talkin": "talking",
    "hurtin": "hurting",
    "burnin": "burning",
    "hangin": "hanging",
    "jumpin": "jumping",
    "topin": "topping",
    "toppin": "topping",
    "dyin": "dying",
    "wakin": "waking",
}
# Misspellings of 'suicide' and 'suicidal' ('sucide', 'suicdie', 'suiside', 'suicidle', 'sucidal').
_SUICIDAL = re.compile(r"s[uiy]{1,3}[cs]{1,2}[iy]?d(?:[aeiu]?l|le|el)")
_SUICIDE = re.compile(r"s[uiy]{1,3}[cs]{1,2}[iy]?d(?:e|ie|es|ed)?")
_PARACETAMOL = re.compile(r"parr?[aeio]c[aeio]?t[aeio]?m[aeio]?l[ls]?")


def _fix_token(token: str) -> str:
    """One word in its canonical spelling."""
    if token in _WORDS:
        return _WORDS[token]
    if _SUICIDAL.fullmatch(token):
        return "suicidal"
    if _SUICIDE.fullmatch(token):
        return "suicide"
    if _PARACETAMOL.fullmatch(token):
        return "paracetamol"
    if len(token) > 6 and token.endswith("myself"):
        # Words run together ('killmyself', or a spaced-out 'k i l l m y s e l f' joined).
        return _fix_token(token[:-6]) + " myself"
    return token


def _unleet(token: str) -> str:
    """Read leetspeak inside a word ('su1c1de', 'k!ll') and keep its surrounding punctuation."""
    core = token.strip(_EDGE_PUNCTUATION)
    if not core or core in _WORDS or not re.search("[a-z]", core):
        return token
    if _NUMBER_WITH_UNIT.fullmatch(core) or not _LEET_CHARS.search(core):
        return token
    start = token.index(core)
    return token[:start] + core.translate(_LEET) + token[start + len(core) :]


def squeeze(text: str) -> str:
    """Collapse repeated letters ('kiiill', 'kill' and 'kil' all become 'kil')."""
    return _REPEATS.sub(r"\1", text)


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces, sentences ended by ' . ', letters squeezed."""
    text = _INVISIBLE.sub("", text)
    for emoji, word in _EMOJI_WORDS.items():
        text = text.replace(emoji, word)
    text = unicodedata.normalize("NFKC", text).translate(_CONFUSABLES)
    # Strip accents and stacked marks ('kîll', zalgo text) after decomposing them off the letter.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.casefold().translate(_CONFUSABLES))
    # Leetspeak before punctuation goes, so that '!' and '$' inside a word are read as letters.
    text = " ".join(_unleet(t) for t in text.split())
    text = _NOT_WORD.sub(" ", _SENTENCE_END.sub(" . ", text))
    text = _SPACED_OUT.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = _SPLIT_WORDS.sub(lambda m: m.group(1) + m.group(2), text)
    text = " ".join(_fix_token(t) for t in text.split())
    text = _TWO_WORD_SLANG.sub("suicide", text)
    return squeeze(_DIGIT_WORDS.sub(lambda m: {"2": "to", "4": "for"}[m.group(0)], text))
