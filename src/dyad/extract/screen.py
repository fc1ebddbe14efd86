"""The sentence screen: which sentences go to the parser (the slow step) and which are read for numbers.

A sentence is parsed only if it holds a word that could name a happening: a verb or noun trigger
of `events`, or an irregular form of one. The screen must never drop a sentence with a real
trigger; it only spares the parser the sentences that cannot hold an event.
"""

from __future__ import annotations

import re

from dyad.extract.triggers import NOUN_TRIGGERS, VERB_TRIGGERS

# Irregular forms the stems below would miss; screening must never drop a real trigger.
_IRREGULAR = ["met", "sold", "bought", "built", "struck", "shot", "seized", "held", "took", "paid", "made",
              "signed", "talks", "drills", "exercises", "visits", "inked", "flew", "hosted", "agreed", "withdrew",
              "withdrawn", "freed", "sought", "began", "begun", "sent", "gave", "given", "brought", "told"]

# Triggers that only count in a collocation are screened by the collocation, so that the
# commonest verbs ("take", "come", "help") do not send every sentence to the parser.
_WEAK = {"take", "come", "enter", "help", "mark", "celebrate", "commemorate", "round", "call", "conversation",
         "march", "free", "cut", "fire", "open", "rally"}
_COLLOCATIONS = [r"into\s+force", r"t[ao]ken?\s+effect|took\s+effect", r"anniversar", r"(?:tele)?phone",
                 r"rounds?\s+of\s+(?:talks|consultations|negotiations)", r"called\s+(?:on|for|upon)",
                 r"calls?\s+(?:on|for|upon)", r"march(?:ed|es|ing)\s+(?:on|to|through|against|in)", r"freed",
                 r"cut\s+(?:off\s+)?(?:ties|relations|aid|supplies|exports)", r"fir(?:ed|es|ing)\s+(?:on|at|\w+\s+)",
                 r"open(?:ed|s|ing)?\b", r"rall(?:ied|y|ies)\s+(?:in|outside|against|to)"]


def _screen_regex() -> re.Pattern[str]:
    words = (set(VERB_TRIGGERS) | set(NOUN_TRIGGERS) | set(_IRREGULAR)) - _WEAK
    stems = sorted({w[:-1] if len(w) > 4 and w.endswith("e") else w for w in words}, key=len, reverse=True)
    alternatives = [re.escape(s) for s in stems] + _COLLOCATIONS
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


EVENT_WORDS = _screen_regex()

# Sentences with a number in them (digits, number words, or "doubled"): the only ones read for indicators.
NUMBERS = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|dozen|doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)


def may_hold_event(text: str, start: int, end: int) -> bool:
    return EVENT_WORDS.search(text, start, end) is not None


def may_hold_number(text: str, start: int, end: int) -> bool:
    return NUMBERS.search(text, start, end) is not None
