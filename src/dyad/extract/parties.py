"""Parties: which two countries an event is between, and which side acts.

A country is a party, a place or a topic by how the text introduces it ("Pakistan signed", "met
in Beijing", "talks on Syria"). The dyad comes from the event's own words first, then the
sentence, then the story.
"""

from __future__ import annotations

from dyad.gazetteer import lexicon, successor
from dyad.records import Mention
from dyad.segment.countries import mention_role


# A country named after these words is a place or a topic ("met in Beijing", "talks on
# Afghanistan"), not a party: it is only used when no party is named.
def _parties(mentions: list[Mention], text: str, conflict: bool = False) -> tuple[list[str], list[str]]:
    """(parties, places): countries of the mentions by how the text introduces them; topics dropped.
    In a conflict, "strikes on Syria" and "sanctions against Iran" name the target: a party."""
    parties, places = [], []
    for m in mentions:
        if not m.code or m.kind not in ("country", "person"):
            continue
        role = mention_role(m, text)
        if conflict and role == "topic":
            role = "party"
        if role == "party":
            parties.append(successor(m.code))
        elif role == "place":
            places.append(successor(m.code))
    return parties, places


def at_home(location: str, codes: set[str]) -> bool:
    """The place is in the one country all the people named belong to."""
    _, table = lexicon()
    lex = table.get(location.removeprefix("the "))
    return bool(lex is not None and lex.kind == "country" and codes == {lex.code})


def choose_dyad(here: list[Mention], everywhere: list[Mention], text: str, story: tuple[str, str] | None,
                 typ: str) -> tuple[str, str] | None:
    """The two countries an event is between: its own words first, then the sentence, then the story."""
    # a conflict is between its own actors: no reaching out to the sentence or the story
    pools = (here,) if typ == "conflict" else (here, everywhere)
    for pool in pools:
        parties, places = _parties(pool, text, typ == "conflict")
        if pool is here and len(set(parties)) == 1 and set(places) - set(parties) and typ in ("visit", "meeting"):
            # "Lavrov arrived in Ankara", "On a visit to Tehran, Lavrov said": the visitor and the host
            other = next(p for p in places if p not in parties)
            a, b = sorted((parties[0], other))
            return (a, b)
        if story and set(story) <= set(parties + places):
            return story
        uniq = list(dict.fromkeys(parties))
        if len(uniq) >= 2:
            counts = {c: parties.count(c) for c in uniq}
            a, b = sorted(sorted(uniq, key=lambda c: (-counts[c], parties.index(c)))[:2])
            return (a, b)
        if story and uniq and set(uniq) <= set(story) and typ != "conflict":
            return story
    parties, places = _parties(pools[-1], text, typ == "conflict")
    if story and typ != "conflict" and not parties:
        return story  # only places and topics are named: the story's two countries
    every = list(dict.fromkeys(parties + places))
    if len(every) == 2:
        a, b = sorted(every)
        return (a, b)
    return None


def source_and_target(countries: list[str], dyad: tuple[str, str] | None) -> tuple[str | None, str | None]:
    """Source and target: the first named side acts. Codes stay as written (the USSR is SUN), while
    the dyad is keyed on today's states."""
    if not dyad:
        uniq = list(dict.fromkeys(countries))
        return (uniq[0] if uniq else None, uniq[1] if len(uniq) > 1 else None)
    first = next((c for c in countries if successor(c) in dyad), dyad[0])
    rest = [c for c in countries if successor(c) in dyad and successor(c) != successor(first)]
    other = rest[0] if rest else (dyad[1] if successor(first) == dyad[0] else dyad[0])
    return first, other
