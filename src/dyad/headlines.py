"""A headline per event, written from the record rather than cut from its sentence.

    actor → action → counterpart, with the place where known:
    "Russian Foreign Minister Sergey Lavrov met Pakistani Prime Minister Shehbaz Sharif in Moscow"
    "Japan to sign an agreement with India"        (planned)
    "Pakistan and Russia held a joint military exercise"

An actor is the person of that side the event names (with their role and their country's
demonym when the record knows them), else the country. The action follows the event's type and
status, so a plan reads as a plan and a cancellation as one. The sentence stays the evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dyad.gazetteer import countries, country_name, successor


@dataclass(frozen=True)
class Person:
    name: str
    side: str | None
    role: str | None


# type -> (occurred, planned) wording; "{a}" and "{b}" are the two sides. A joint happening names
# both sides first ("A and B held ..."); a directed one goes from the source to the target.
_ACTIONS: dict[str, tuple[str, str]] = {
    "meeting": ("{a} met {b}", "{a} to meet {b}"),
    "visit": ("{a} visited {b}", "{a} to visit {b}"),
    "call": ("{a} spoke by phone with {b}", "{a} to speak by phone with {b}"),
    "agreement": ("{a} and {b} reached an agreement", "{a} and {b} to sign an agreement"),
    "forum": ("{a} and {b} met at a forum", "{a} and {b} to meet at a forum"),
    "military_exercise": ("{a} and {b} held a joint military exercise",
                          "{a} and {b} to hold a joint military exercise"),
    "military_transfer": ("{a} supplied military equipment to {b}", "{a} to supply military equipment to {b}"),
    "economic": ("{a} and {b}: trade and investment", "{a} and {b}: trade and investment planned"),
    "cultural": ("{a} and {b}: cultural and educational exchange", "{a} and {b}: cultural exchange planned"),
    "cooperation": ("{a} cooperated with {b}", "{a} to cooperate with {b}"),
    "statement": ("{a} on {b}", "{a} on {b}"),
    "conflict": ("{a} in conflict with {b}", "{a} threatened {b}"),
}  # fmt: skip
# The broad types say what field a happening is in, not what was done: "in conflict with" fits
# an air strike, a closed embassy and a ceasefire alike. Where the PLOVER code says what was done,
# the headline says it (a statement keeps "A on B" for a plain comment).
_PLOVER_ACTIONS: dict[str, tuple[str, str]] = {
    "ASSAULT": ("{a} attacked {b}", "{a} to attack {b}"),
    "COERCE": ("{a} used force against {b}", "{a} to use force against {b}"),
    "MOBILIZE": ("{a} mobilised forces against {b}", "{a} to mobilise forces against {b}"),
    "PROTEST": ("{a}: protest against {b}", "{a}: protest against {b} planned"),
    "RETREAT": ("{a} eased its pressure on {b}", "{a} to ease its pressure on {b}"),
    "SANCTION": ("{a} took measures against {b}", "{a} to take measures against {b}"),
    "AID": ("{a} gave aid to {b}", "{a} to give aid to {b}"),
    "ACCUSE": ("{a} accused {b}", "{a} accused {b}"),
    "REJECT": ("{a} rebuffed {b}", "{a} rebuffed {b}"),
    "REQUEST": ("{a} called on {b}", "{a} called on {b}"),
    "SUPPORT": ("{a} backed {b}", "{a} backed {b}"),
    "THREATEN": ("{a} warned {b}", "{a} warned {b}"),
}  # fmt: skip
_BROAD = {"conflict", "cooperation", "economic", "statement"}
_STATUS_WORDS = {"cancelled": "cancelled", "denied": "denied", "proposed": "proposed", "ongoing": "under way"}


def _country(code: str | None) -> str:
    return country_name(code) if code else "an unnamed party"


def _demonym(code: str | None) -> str:
    c = countries().get(code or "")
    return c.demonyms[0] if c is not None and c.demonyms else ""


def _label(code: str | None, people: Sequence[Person]) -> str:
    """A side as a person of it (demonym, role, name) when the event names one, else the country."""
    own = [p for p in people if p.side == code]
    if code and own:
        p = own[0]
        words = [_demonym(code), p.role or "", p.name]
        return " ".join(w for w in words if w)
    return _country(code)


def _sides(event: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Source and target, completed from the pair when the record lacks one or gives one twice."""
    a, b = event.get("source_actor"), event.get("target_actor")
    pair = [c for c in str(event.get("dyad") or "").split("-") if c]
    # a former state stands in its successor's pair (the USSR in Russia's): keep its own name
    pair = [next((x for x in (a, b) if isinstance(x, str) and x != c and successor(x) == c), c) for c in pair]
    if len(pair) == 2 and (a == b or a not in pair or b not in pair):
        a = a if a in pair else b if b in pair else pair[0]
        b = pair[1] if a == pair[0] else pair[0]
    return a, b


def headline(event: Mapping[str, Any], people: Mapping[str, Person]) -> str:
    """The event's headline; `people` maps a participant's name to what the record knows of them."""
    named = [people[n] for n in event.get("participants") or () if n in people]
    a_code, b_code = _sides(event)
    a, b = _label(a_code, named), _label(b_code, named)
    kind, status = str(event.get("type") or ""), str(event.get("status") or "occurred")
    occurred, planned = _ACTIONS.get(kind, ("{a} and {b}: " + kind.replace("_", " "),) * 2)
    if kind in _BROAD and str(event.get("plover") or "") in _PLOVER_ACTIONS:
        occurred, planned = _PLOVER_ACTIONS[str(event["plover"])]
    if kind == "meeting" and a == _country(a_code) and b == _country(b_code):
        occurred, planned = "{a} and {b} held talks", "{a} and {b} to hold talks"  # no one named: the sides
    location = event.get("location") or None
    if isinstance(location, str) and location in countries():
        location = country_name(location)  # a place given as its country's code reads as the country
    if kind == "visit" and location and location != a:
        b, location = location, None  # "visited Moscow" says where; the host side is the place's
    if kind == "statement":
        location = None  # where a thing was said is rarely what it is about
    text = (planned if status == "planned" else occurred).format(a=a, b=b)
    if status in _STATUS_WORDS and kind != "statement":
        text = f"{text} ({_STATUS_WORDS[status]})"
    if location and location not in text:
        text += f" in {location}"
    return text[0].upper() + text[1:]


__all__ = ["Person", "headline"]
