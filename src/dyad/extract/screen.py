"""The sentence screen: which sentences go to the parser (the slow step) and which are read for numbers.

An event is between two sides, so a sentence is parsed only if it names two (countries, people or
bodies tied to a country, "the two sides") or one and a pronoun that may stand for another, and
holds a word that could name a happening (a trigger of `vocabulary`, or an irregular form of one).
A sentence with a word that may head an agenda item is parsed too, whatever sides it names ("the
council remains divided on the no-fly zone"). The screen must never drop a sentence that holds an
event; it only spares the parser the sentences that cannot.
"""

from __future__ import annotations

import re

from dyad.extract.agenda_words import ACTIONS, ANAPHORIC_NOUNS, ITEM_HEADS
from dyad.extract.indicators import FACTORS
from dyad.extract.parties import ANOTHER, BILATERAL_BODIES, BOTH_SIDES, OFFICES, PRONOUNS
from dyad.extract.quantities import FRACTIONS, ONES, TENS
from dyad.extract.vocabulary import NOUNS, VERBS
from dyad.gazetteer import successor
from dyad.records import Mention

# Irregular forms the inflections below would miss (a test checks each is needed).
_IRREGULAR = ["met", "sold", "bought", "built", "struck", "shot", "held", "took", "taken", "paid", "made", "flew",
              "withdrew", "withdrawn", "sought", "began", "begun", "sent", "gave", "given", "brought", "told", "spoke",
              "spoken", "fought", "froze", "frozen", "broke", "broken", "lent", "rang", "led", "won", "drew", "came",
              "knew", "fled", "dealt", "forbade", "forbidden", "underwent", "withheld", "overran", "rode", "threw",
              "left", "sank", "sunk", "undertook", "undertaken", "burnt", "went", "gone", "stood", "flown"]


def _words(words: set[str], plurals: bool = False) -> str:
    """An alternation of words (and their plurals: "authorities", "spokesmen"), longest first."""
    forms = set(words)
    if plurals:
        forms |= {w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w[:-3] + "men"
                  if w.endswith("man") else w + "s" for w in words}
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


# one side named and one of these: the other side may be "he", "its counterpart", "officials", "the
# government" (resolved through the document), or a person the text ties to no country; the words
# are those `parties` resolves
_OTHER_SIDE = re.compile(rf"\b(?:{_words(PRONOUNS | {'they', 'their', 'we', 'our'})}|"
                         rf"{_words(OFFICES, plurals=True)})\b", re.IGNORECASE)
# both sides at once: "the two leaders", "both countries", "our countries", "the joint commission",
# "a further exercise" (another of what the same two did)
_BOTH_SIDES = re.compile(rf"\b(?:(?:a|the)\s+(?:{_words(ANOTHER - {'another'})})\s+|another\s+|"
                         rf"(?:two|both|our)\s+(?:{_words(BOTH_SIDES)})|"
                         rf"(?:joint|intergovernmental|inter-governmental|bilateral)\s+(?:working\s+)?"
                         rf"(?:{_words(BILATERAL_BODIES, plurals=True)}))\b", re.IGNORECASE)


# The endings a trigger word takes: "visits", "visited", "signing", "agreed", "supplies", "stopped".
_INFLECTIONS = r"(?:e|es|s|d|ed|ing|y|ies|ied|ying|[a-z](?:ed|ing))?"


def _inflected(words: set[str]) -> str:
    """The words in any inflection, as whole words ("supply": "supplies"; "plan": not "planet")."""
    stems = {w[:-1] if len(w) > 4 and w[-1] in "ey" else w for w in words}
    return rf"(?:{'|'.join(re.escape(s) for s in sorted(stems, key=len, reverse=True))}){_INFLECTIONS}"


def _screen_regex() -> re.Pattern[str]:
    """The trigger words in any inflection, as whole words ("financial" is no "finance", "government"
    no "go")."""
    return re.compile(rf"\b(?:{_inflected(set(VERBS) | set(NOUNS))}|{_words(set(_IRREGULAR))})\b", re.IGNORECASE)


EVENT_WORDS = _screen_regex()

# Sentences with a number in them (digits, the number and fraction words `quantities` reads, or
# "doubled"): the only ones read for indicators.
_NUMBER_WORDS = set(ONES) | set(TENS) | set(FRACTIONS) | set(FACTORS) | {"hundred", "dozen", "dozens"}
NUMBERS = re.compile(rf"\d|\b(?:{_words(_NUMBER_WORDS)})\b", re.IGNORECASE)


def sides_named(mentions: list[Mention]) -> int:
    """How many different countries the mentions stand for."""
    return len({successor(m.code) for m in mentions if m.code})


def may_hold_event(text: str, start: int, end: int, mentions: list[Mention],
                   dyad: tuple[str, str] | None = None) -> bool:
    """Two sides (or one and a word or person that may stand for another), and a word that may name a
    happening."""
    sides = sides_named(mentions) + (2 if _BOTH_SIDES.search(text, start, end) else 0)
    unknown = any(m.kind == "person" and not m.code for m in mentions)
    if sides == 0 and not (unknown and dyad):
        return False
    if sides <= 1 and not (unknown or _OTHER_SIDE.search(text, start, end)):
        return False
    return EVENT_WORDS.search(text, start, end) is not None


def _agenda_regex() -> re.Pattern[str]:
    # the words `agenda` reads items by, and the plurals that point back to the items of the
    # sentence before ("the relevant documents have been under consideration")
    return re.compile(rf"\b(?:{_inflected(set(ITEM_HEADS) | ACTIONS)}|{_words(ANAPHORIC_NOUNS, plurals=True)})\b",
                      re.IGNORECASE)


AGENDA_WORDS = _agenda_regex()


def may_hold_agenda(text: str, start: int, end: int) -> bool:
    """A word that may head an agenda item ("embargo", "treaty", "plan", "the easing of"): read
    whatever sides the sentence names."""
    return AGENDA_WORDS.search(text, start, end) is not None


def may_hold_number(text: str, start: int, end: int) -> bool:
    return NUMBERS.search(text, start, end) is not None
