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

from dyad.extract.agenda_words import ACTIONS, ITEM_HEADS
from dyad.extract.vocabulary import NOUNS, VERBS
from dyad.gazetteer import successor
from dyad.records import Mention

# Irregular forms the stems below would miss.
_IRREGULAR = ["met", "sold", "bought", "built", "struck", "shot", "seized", "held", "took", "paid", "made",
              "talks", "drills", "visits", "flew", "withdrew", "withdrawn", "freed", "sought", "began", "begun",
              "sent", "gave", "given", "brought", "told", "spoke", "spoken", "fought", "froze", "frozen", "broke",
              "broken", "shut", "hit", "cut", "lent", "rang", "led", "won", "drew", "came", "took", "taken",
              "knew", "fled", "dealt", "forbade", "forbidden", "underwent", "withheld", "overran", "rode", "threw"]
# one side named and one of these: the other side may be "he", "its counterpart", "officials", "the
# government" (resolved through the document), or a person the text ties to no country
_OTHER_SIDE = re.compile(r"\b(?:he|she|his|her|they|their|we|our|counterparts?|officials?|government|ministers?|"
                         r"minister|president|premier|leaders?|envoys?|delegation|authorities|administration|"
                         r"spokes(?:man|woman|person)|diplomats?|negotiators?|ambassador)\b", re.IGNORECASE)
# both sides at once: "the two leaders", "both countries", "our countries", "the joint commission",
# "a further exercise" (another of what the same two did)
_BOTH_SIDES = re.compile(r"\b(?:(?:a|the)\s+(?:further|next|second|third|fourth|fifth|new|follow-up|fresh|latest)\s+|"
                         r"another\s+|(?:two|both|our)\s+(?:sides|countries|nations|leaders|ministers|governments|"
                         r"presidents|states|delegations|peoples|neighbours|neighbors)|(?:joint|intergovernmental|"
                         r"inter-governmental|bilateral)\s+(?:commission|committee|council|working group|"
                         r"mechanism|forum|dialogue))\b", re.IGNORECASE)


def _screen_regex() -> re.Pattern[str]:
    words = set(VERBS) | set(NOUNS) | set(_IRREGULAR)
    stems = sorted({w[:-1] if len(w) > 4 and w.endswith("e") else w for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")", re.IGNORECASE)


EVENT_WORDS = _screen_regex()

# Sentences with a number in them (digits, number words, or "doubled"): the only ones read for indicators.
NUMBERS = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|dozen|doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)


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
    words = set(ITEM_HEADS) | ACTIONS
    # "supply" must find "supplies", "ceasefire" "ceasefires"
    stems = sorted({w[:-1] if len(w) > 4 and w[-1] in "ey" else w for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")", re.IGNORECASE)


AGENDA_WORDS = _agenda_regex()


def may_hold_agenda(text: str, start: int, end: int) -> bool:
    """A word that may head an agenda item ("embargo", "treaty", "plan", "the easing of"): read
    whatever sides the sentence names."""
    return AGENDA_WORDS.search(text, start, end) is not None


def may_hold_number(text: str, start: int, end: int) -> bool:
    return NUMBERS.search(text, start, end) is not None
