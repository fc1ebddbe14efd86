"""Statements: who said what, on which topic, with what stance toward the other side.

A statement is a sentence with a speaker: a reporting verb with a named person, body or country
("Lavrov said ...", "the Foreign Office said in a statement"), a pronoun standing for the last
speaker named ("he said"), or, in an op-ed or a speech, a first-person sentence: there "we" and
"our" are the author's side, and what is claimed is the author's claim, not a fact of the record.

Stance is a cooperation–conflict score on the Goldstein scale (-10..+10), from words of
cooperation and of conflict in the sentence; tone is its sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.extract.vocabulary import VERBS
from dyad.records import Mention, TimeExpression

REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|noted|notes|stressed|stresses|added|adds|emphasi[sz]ed|"
    r"underlined|reiterated|declared|announced|warned|insisted|argued|acknowledged|continued|pointed out|"
    r"outlined|expressed|believes|believed|hoped|hopes|condemned|welcomed|urged|accused|praised|criticised|"
    r"criticized)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:we|our|us|I)\b")
PRONOUN_SPEAKER = re.compile(r"\b(?:he|she|they)\s+(?:said|says|told|stated|noted|stressed|added|continued|"
                             r"emphasi[sz]ed|reiterated|expressed|believes|hoped|thanked|pointed)\b", re.IGNORECASE)
ROLE_SPEAKER = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’']*\s+)?(?P<role>(?i:diplomat|ambassador|foreign minister|minister|"
                          r"president|prime minister|spokesperson|spokesman|ministry|analyst|envoy|official))\b")
POSITIVE = {"friendship": 2.0, "friendly": 1.5, "trust": 2.0, "cooperation": 1.0, "partnership": 1.5, "partner": 1.0,
            "support": 1.5, "supporter": 1.5, "welcome": 2.0, "welcomed": 2.0, "strengthen": 1.5,
            "strengthening": 1.5, "deepen": 1.5, "deepening": 1.5, "mutual": 1.0, "beneficial": 1.5, "progress": 1.0,
            "prospects": 1.0, "potential": 0.5, "reliable": 1.5, "convergence": 1.5, "stability": 0.5,
            "peace": 0.5, "success": 1.0, "successful": 1.0, "positive": 1.5, "upward": 1.0, "growing": 1.0,
            "expand": 1.0, "expanding": 1.0, "praise": 2.0, "praised": 2.0, "thank": 1.5, "thanked": 1.5,
            "commitment": 1.0, "strategic": 0.5, "dynamic": 0.5, "constructive": 1.5}  # fmt: skip
NEGATIVE = {"condemn": -3.0, "condemned": -3.0, "accuse": -3.0, "accused": -3.0, "concern": -1.5,
            "concerned": -1.5, "sanctions": -2.0, "threat": -2.5, "threaten": -3.0, "hostile": -3.0,
            "reject": -2.5, "rejected": -2.5, "oppose": -1.5, "criticise": -2.5, "criticize": -2.5,
            "criticised": -2.5, "criticized": -2.5, "illegal": -2.0, "aggression": -3.5, "hinders": -1.5,
            "lack": -1.0, "obstacles": -1.0, "tension": -2.0, "tensions": -2.0, "dispute": -2.0, "protest": -2.0,
            "violation": -3.0, "regret": -1.5, "unacceptable": -3.0, "warned": -2.0, "warn": -2.0}  # fmt: skip


def stance(text: str) -> tuple[float, str]:
    """Goldstein-like score of the words of a sentence, and its tone."""
    words = re.findall(r"[a-z]+", text.lower())
    # "condemning", "welcoming": the -ing form carries the verb's weight
    score = sum(POSITIVE.get(w, POSITIVE.get(w.removesuffix("ing"), 0.0))
                + NEGATIVE.get(w, NEGATIVE.get(w.removesuffix("ing"), 0.0)) for w in words)
    score = max(-10.0, min(10.0, score))
    tone = "positive" if score >= 1.0 else "negative" if score <= -1.0 else "neutral"
    return round(score, 1), tone


@dataclass
class SpeakerMemory:
    """The last speaker named in a document, for "he said" and "the diplomat continued"."""

    last: Mention | None = None


def _office_holder(phrase: str, people_seen: list[Mention]) -> Mention | None:
    """The last person named with the office (and country) of "the Pakistan Foreign Minister"."""
    words = phrase.lower().split()
    for m in reversed(people_seen):
        if m.role and m.role.lower() in " ".join(words) and (
            m.code is None or not any(w[:1].isupper() for w in phrase.split()[1:-1]) or _country_word(phrase, m.code)
        ):
            return m
    return None


def _country_word(phrase: str, code: str) -> bool:
    from dyad.gazetteer import lexicon

    rx, table = lexicon()
    return any(table[h.group(0)].code == code for h in rx.finditer(phrase))


def speaker_of(sentence: str, offset: int, mentions: list[Mention], memory: SpeakerMemory,
               author: Mention | None, titles: dict[str, tuple[str | None, str]] | None = None,
               people_seen: list[Mention] | None = None) -> tuple[Mention | None, bool]:
    """(speaker, first person) of a sentence, or (None, False) when it is no statement."""
    people_seen = people_seen or []
    report = REPORTING.search(sentence)
    named = [m for m in mentions if m.kind in ("person", "org") or (m.kind == "country" and m.as_government)]
    if report:
        at = report.start() + offset
        # '"...," Khorev stated': the name between the closing quote and the verb speaks
        quoted = re.search(r"[”\"]\s*(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s*$", sentence[: report.start()])
        if quoted:
            name = quoted.group("name")
            known = next((m for m in mentions if m.kind == "person" and m.name.split()[-1] == name.split()[-1]), None)
            known = known or (memory.last if memory.last and memory.last.name.split()[-1] == name.split()[-1] else None)
            who_m = known or Mention(quoted.start("name") + offset, quoted.end("name") + offset, name, "person",
                                     titles.get(name, (None, None))[0] if titles else None, name,
                                     titles.get(name, (None, None))[1] if titles else None)
            memory.last = who_m
            return who_m, False
        # "he said", or a sentence opened by "He": the last speaker goes on
        if memory.last is not None and (re.search(r"\b(?:he|she|they)\s*$", sentence[: report.start()], re.I)
                                        or re.match(r"\s*(?:He|She|They)\s", sentence)):
            return memory.last, False
        # "the Russian Foreign Minister said": the person of that office and country named before
        role = ROLE_SPEAKER.search(sentence[: report.start()])
        if role is not None and not [m for m in named if m.kind == "person" and m.end <= at]:
            holder = _office_holder(role.group(0), people_seen)
            if holder is not None:
                memory.last = holder
                return holder, False
        # the speaker is the closest name before the verb, or right after it ("said Shoaib")
        before = [m for m in named if m.end <= at]
        after = [m for m in named if m.start >= report.end() + offset and m.start - (report.end() + offset) < 40]
        who = (after[:1] if sentence[report.start() - 2 : report.start()].strip() in ("", ",", "”", '"')
               and after else before[-1:]) or after[:1]
        envoy = _ENVOY_OF.search(sentence[: report.start()])
        if envoy is not None and (not who or (who[0].kind == "org" and not who[0].code)):
            # "China's U.N. ambassador said": the envoy of the country, not the body they sit in
            end = envoy.start() + offset
            country = next((m for m in mentions if m.kind == "country" and m.code and 0 <= end - m.end <= 1), None)
            if country is not None:
                phrase = " ".join(sentence[country.start - offset : envoy.end()].split()).rstrip(" ,")
                who = [Mention(country.start, envoy.end() + offset, phrase, "person", country.code, phrase,
                               envoy.group("role").lower())]
        if who:
            memory.last = who[0]
            return who[0], False
        if (PRONOUN_SPEAKER.search(sentence) or ROLE_SPEAKER.search(sentence)) and memory.last is not None:
            return memory.last, False
        if author is not None and FIRST_PERSON.search(sentence):
            return author, True
        return None, False
    if author is not None and re.search(r"\b(?:We|we|I)\s+\w+", sentence):
        return author, True
    return None, False


# the reporting verb's class: what kind of statement it makes; the codes are the vocabulary's own
def _codes(lemma: str) -> tuple[str, str | None, str, float]:
    sense = VERBS[lemma]
    return sense.plover, sense.mode, sense.cameo, sense.goldstein


_VERB_CLASSES = [
    (re.compile(r"\b(?:reject|den(?:y|ied|ies)|refus|dismiss|rebuff|veto|declin|turn(?:ed|s)? down)", re.I),
     _codes("reject")),
    (re.compile(r"\b(?:accus|blam|criticis|criticiz|condemn|denounc|deplor|slamm?|rebuk|chid|censur)", re.I),
     _codes("condemn")),
    (re.compile(r"\b(?:warn|threat)", re.I), _codes("threaten")),
    (re.compile(r"\b(?:urg|call(?:ed|s|ing)? (?:on|for|upon)|appeal|ask|demand|press(?:ed|es|ing)? (?:for|to)|"
                r"request)", re.I), _codes("urge")),
    (re.compile(r"\b(?:prais|welcom|hail|commend|thank|congratulat|applaud|back(?:ed|s|ing)\b|support|solidarity)",
                re.I), _codes("praise")),
    (re.compile(r"\b(?:apologi[sz]|regret)", re.I), _codes("apologize")),
]


def statement_class(sentence: str, stance_score: float) -> tuple[str, str | None, str, float]:
    """(PLOVER type, mode, CAMEO, Goldstein) of a statement, from its first telling verb, else from
    its stance."""
    found = [(m.start(), code) for rx, code in _VERB_CLASSES for m in [rx.search(sentence)] if m]
    if found:
        return min(found, key=lambda x: x[0])[1]
    if stance_score <= -2:
        return _codes("condemn")
    if stance_score >= 2:
        return _codes("praise")
    return "CONSULT", None, "010", 0.0  # CAMEO 010, make a public statement: PLOVER has no class of its own


def addressed_sides(speaker: Mention, here: list[Mention], text: str) -> list[str]:
    """The other sides a statement speaks of or to: countries, people and bodies of another country
    named in the sentence (the speaker's own side and the speaker themself excluded)."""
    from dyad.gazetteer import successor
    from dyad.segment.countries import mention_role

    if not speaker.code:
        return []
    own = successor(speaker.code)
    out: list[str] = []
    places: list[str] = []
    for m in here:
        if not m.code or m is speaker or (m.start, m.end) == (speaker.start, speaker.end):
            continue
        # "Ambassador to Pakistan" names the envoy's host: the side an envoy speaks to
        host = _ENVOY_TO.search(text[max(0, m.start - 40) : m.start]) is not None
        if successor(m.code) == own or m.code in out:
            continue
        if host or mention_role(m, text) != "place":
            out.append(m.code)
        elif m.code not in places:
            places.append(m.code)
    # "concerned about conditions in Libya", "no plans for an intervention in Syria": with no other
    # side named, the country the statement speaks of as a place is the one it is about
    return out or places


_ENVOY_OF = re.compile(r"\s?['’]s\s+(?:[A-Z][\w.-]*\s+){0,3}(?P<role>ambassador|envoy|representative|delegate|"
                       r"spokesman|spokeswoman|spokesperson|negotiator)\s*,?\s*$", re.IGNORECASE)
_ENVOY_TO = re.compile(r"(?i:ambassador|envoy|commissioner|consul|representative|delegate)s?\s+to\s+(?:the\s+)?$")


def said_when(sentence: str, offset: int, times: list[TimeExpression]) -> str | None:
    """The date of a statement: the time expression right after its reporting verb ("said on Monday",
    "told TASS on Monday"), or none."""
    report = REPORTING.search(sentence)
    if report is None:
        return None
    at = report.end() + offset
    near = [t for t in times if t.point and t.edtf and 0 <= t.start - at <= 20 + len(sentence) // 20]
    return near[0].edtf if near else None
