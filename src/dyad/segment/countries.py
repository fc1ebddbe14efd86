"""Countries named in text, found by the gazetteer without a parse, and what each mention is:
a party ("Pakistan signed"), a place ("met in Beijing") or a topic ("talks on Syria")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dyad.gazetteer import lexicon, successor
from dyad.gazetteer.cities import cities
from dyad.records import Mention

_CAPITALISED = re.compile(r"[A-Z][\w’'-]*\.?(?:\s[A-Z][\w’'-]*\.?)*")


def city_mentions(text: str, offset: int, taken: list[Mention]) -> list[Mention]:
    """Cities named in `text` (in a run of capitalised words, hyphenated or not: "the St. Petersburg-
    Karachi route"): places, never parties of their own; a place only says in which country
    something happens."""
    known = cities()
    out: list[Mention] = []
    for run in _CAPITALISED.finditer(text):
        words = [(w.start(), w.end()) for w in _PART.finditer(run.group())]
        i = 0
        while i < len(words):
            for size in range(min(3, len(words) - i), 0, -1):
                a, b = words[i][0], words[i + size - 1][1]
                if run.group()[a:b] not in known and run.group()[b - 1] == ".":  # "in Lahore." ends a sentence
                    b -= 1
                code = known.get(run.group()[a:b])
                s, e = run.start() + a + offset, run.start() + b + offset
                if code and not any(t.start < e and s < t.end for t in taken):
                    out.append(Mention(s, e, run.group()[a:b], "place", code, run.group()[a:b]))
                    i += size - 1
                    break
            i += 1
    return out


_PART = re.compile(r"[A-Z][\w’']*\.?(?:\s[A-Z][\w’']*\.?)*?(?=-|\s|$)|[A-Z][\w’']*\.?")


def country_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Countries and organisations named in `text`, by the gazetteer, and the cities that say where."""
    rx, table = lexicon()
    out = []
    for m in rx.finditer(text):
        lex = table[m.group(0)]
        if lex.text == "US" and text[m.end() : m.end() + 1] == "$":
            continue
        prev = text[max(0, m.start() - 12) : m.start()].split()
        # "Moscow said", "the Kremlin said" stand for a government; "in Moscow" is a place; "Bombay" is
        # only ever a place
        governs = lex.form in ("capital", "seat") and not (prev and prev[-1].lower() in PLACE_PREPOSITIONS)
        kind = "place" if lex.form == "place" else lex.kind
        out.append(
            Mention(start=m.start() + offset, end=m.end() + offset, text=m.group(0), kind=kind,
                    code=lex.code if lex.kind == "country" else None, name=lex.code if lex.code else lex.text,
                    as_government=governs or lex.form == "seat")
        )
    return sorted(out + city_mentions(text, offset, out), key=lambda m: m.start)


# A country after a topic word is what is talked about, never a party ("talks on Syria"); after a
# place word it is where something happened ("met in Beijing"): a party only when no other is named.
ABOUT_PREPOSITIONS = {"on", "about", "regarding", "over", "concerning", "against"}
PLACE_PREPOSITIONS = {"in", "at", "to", "from", "with", "into", "near", "across", "through", "via", "toward",
                      "towards", "within", "outside"}


def based(following: str) -> bool:
    """The words after a country's name make it where something sits: "a UK-based group"."""
    return following.lstrip().lower().startswith("-based")


def mention_role(m: Mention, text: str) -> str:
    """party | place | topic, from the word before a country's name (demonyms are always parties)."""
    if m.kind == "place":
        return "place"
    if m.kind != "country":
        return "party"
    if based(text[m.end : m.end + 8]):
        return "place"  # "a UK-based group": where it sits
    _, table = lexicon()
    lex = table.get(m.text)
    if lex is None or lex.form == "demonym":
        return "party"
    word = text[max(0, m.start - 12) : m.start].split()
    prev = word[-1].lower() if word else ""
    if prev in ABOUT_PREPOSITIONS:
        return "topic"
    return "place" if prev in PLACE_PREPOSITIONS else "party"


def theatre(mentions: Sequence[Mention], text: str, among: tuple[str, str] | None = None,
            at_least: int = 3) -> str | None:
    """The country a story happens in: the one most named as a place ("in Iraq", "in Baghdad"), at
    least `at_least` times and more than any other; `among` limits it to the two of a pair."""
    places = Counter(successor(m.code) for m in mentions if m.code and m.kind in ("country", "place")
                     and (among is None or successor(m.code) in among) and mention_role(m, text) == "place")
    top = places.most_common(2)
    if not top or top[0][1] < at_least or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
