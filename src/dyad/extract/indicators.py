"""Indicators: the numbers that describe a relationship, with value, unit, qualifier, period, change.

"trade turnover has grown by 50% in the last 5 years" -> trade turnover, 50 percent, change +50%, 2020/2025
"more than 80 educational courses and programs"       -> educational courses and programs, 80, more than
"tripled the number of scholarships ..., increasing it to 152" -> scholarships ..., 152, change x3
"the US is sending 3,500 soldiers to Haiti"           -> US troops to Haiti, 3500 troops

`quantities` finds every number with its unit; this module keeps those that describe the pair (the
rules in `relevance`), names them, reads their change and period, and gives each the pair it is
about. Read with patterns over the sentence text (no parse needed), so every sentence is read, not
only those the event screen sends to the parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dyad.extract.quantities import Quantity, find_quantities
from dyad.extract.relevance import Parties, equivalent_of, parties_of, relevant
from dyad.records import Evidence, Indicator, Mention, TimeExpression

UP = {"grown", "grew", "grow", "increased", "increase", "rose", "risen", "rise", "climbed", "jumped", "surged",
      "expanded", "gained", "soared", "up"}  # fmt: skip
DOWN = {"fell", "fallen", "fall", "declined", "decreased", "dropped", "shrank", "shrunk", "contracted", "slipped",
        "plunged", "cut", "reduced", "down", "slashed", "lowered"}  # fmt: skip
FACTORS = {"doubled": 2.0, "double": 2.0, "doubling": 2.0, "tripled": 3.0, "triple": 3.0, "tripling": 3.0,
           "trebled": 3.0, "treble": 3.0, "quadrupled": 4.0, "quadruple": 4.0, "halved": 0.5}  # fmt: skip
_CHANGE_BEFORE = re.compile(rf"\b(?P<verb>{'|'.join(sorted(UP | DOWN, key=len, reverse=True))})\s+(?:by\s+)?$",
                            re.IGNORECASE)
_FACTOR = re.compile(rf"\b(?P<verb>{'|'.join(FACTORS)})\b", re.IGNORECASE)
# A number with no unit is an indicator where a verb or noun says what it counts.
_LEVEL = re.compile(r"\b(?:reached|reach|reaches|totall?ed|total\s+of|amounted\s+to|stood\s+at|hit|rose\s+to|"
                    r"risen\s+to|increased\s+to|grew\s+to|climbed\s+to|fell\s+to|dropped\s+to|rising\s+to|"
                    r"\w+ing\s+(?:it|them|the\s+total)\s+to)\s+$", re.IGNORECASE)
_FORCE_OF = re.compile(r"\b(?:force|contingent|army|deployment|garrison)\s+of\s+$", re.IGNORECASE)
_SUBJECT_STOP = re.compile(r"(?:[:;,(]|\bthat\b|\bwhich\b|\band\b|\bwhile\b|\bsaw\b|\bsaid\b)\s*", re.IGNORECASE)
_AUX = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would|could|to)(?:\s+been|\s+be)?\s*$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"^(?:the|a|an)\s+(?:total\s+)?(?:number|volume|value|amount|level|size)\s+of\s+",
                        re.IGNORECASE)
_LEADING_DET = re.compile(r"^(?:the|a|an|its|their|our|this|these|his|her)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What one quantity says, before it becomes an Indicator."""

    quantity: Quantity
    topic: str  # what is measured: "aid", "troops", "trade deficit"
    change: str | None = None
    suffix: str = ""  # " (in GBP)" for an amount given again in another currency
    named: bool = False  # the topic is the sentence's own subject ("trade turnover"): no giver before it
    bound: bool = False  # the topic is tied to the number: its subject, its "of", the object multiplied


# A sentence with more numbers than this is a table flattened into text: read as prose, every number
# would be weighed against every other (the cost grows with the square of their count).
MAX_QUANTITIES = 60
CLAUSE_WINDOW = 300  # characters before a number in which its clause (verb, factor) is looked for


def series_key(name: str, unit: str) -> str:
    """The series a value belongs to: the name's content words, singular, sorted, and the unit."""
    words = [w.rstrip("s") for w in re.findall(r"[a-z]+", name.lower())
             if w not in {"the", "of", "for", "and", "a", "an", "to", "in", "our", "their"}]
    return " ".join(sorted(set(words))) + f" [{unit}]"


def find_indicators(sentence: str, offset: int, source: str, times: list[TimeExpression], ref: date | None,
                    dyad: str | None, mentions: Sequence[Mention] = (), theatre: str | None = None) -> list[Indicator]:
    """Indicators in one sentence; `offset` maps sentence positions to the document. `mentions` are the
    sentence's (document offsets), `theatre` the country the story happens in, if known."""
    blocked = [(t.start - offset, t.end - offset) for t in times]
    here = [m for m in mentions if offset <= m.start < offset + len(sentence)]
    countries = tuple(dyad.split("-") if dyad else ()) + tuple(m.code for m in here if m.code)
    quantities = find_quantities(sentence, blocked, countries)
    if len(quantities) > MAX_QUANTITIES:
        return []  # a table or a list of numbers run together, not a sentence that says what they measure
    out: list[Indicator] = []
    previous: Reading | None = None
    for q in quantities:
        reading = _read(sentence, q, previous, quantities)
        previous = reading
        if reading is None:
            continue
        parties = parties_of(sentence, offset, q, here, theatre)
        if not relevant(sentence, q, _head_topic(reading.topic), parties, theatre, reading.bound):
            previous = None
            continue
        out += _indicators(sentence, offset, source, reading, parties, times, ref, dyad, theatre)
    return out


def _read(sentence: str, q: Quantity, previous: Reading | None, all_q: list[Quantity]) -> Reading | None:
    """What the quantity measures, and the change the sentence gives for it."""
    before = sentence[max(0, q.start - 40) : q.start]
    if previous is not None and equivalent_of(sentence, previous.quantity, q):
        return Reading(q, previous.topic, previous.change, suffix=f" (in {q.unit})", named=previous.named,
                       bound=previous.bound)
    change = _change(sentence, q, all_q)
    if q.kind == "bare":
        level = _LEVEL.search(before)
        if _FORCE_OF.search(before):
            return Reading(q, "troops", change)
        if level is None:
            return None
        multiplied = _factor_object(sentence, q)
        topic = multiplied or _subject(sentence, q.start - len(level.group(0)))
        return Reading(q, topic, change, bound=bool(multiplied)) if topic else None
    if q.kind == "percent" and _percent_is_change_of_level(sentence, q, all_q):
        return None  # "rose 12% to $5bn": the 12% is the change of the $5bn
    if q.kind == "percent" and (verb := _CHANGE_BEFORE.search(before)):
        subject = _subject(sentence, q.start - len(before) + verb.start())
        if subject:
            return Reading(q, subject, change, named=True, bound=True)
    topic, bound = _topic(sentence, q)
    return Reading(q, topic, change, bound=bound)


def _head_topic(topic: str) -> str:
    """"emergency aid" -> "aid": the topic word without its modifier, as the relevance rules list it."""
    words = topic.split()
    if topic in TOPICS or len(words) != 2 or words[0].lower() not in _MODIFIERS:
        return topic
    return words[1]


def _factor_object(sentence: str, q: Quantity) -> str:
    """"tripled the number of scholarships for students to study ..., increasing it to 152" ->
    "scholarships for students": what a factor verb before the number multiplied."""
    clause = sentence[max(0, q.start - CLAUSE_WINDOW) : q.start]
    factors = list(_FACTOR.finditer(clause))
    if not factors:
        return ""
    rest = clause[factors[-1].end() :].strip()
    # the object ends at a clause: a comma, an infinitive or a to-phrase ("to study in Russia"), "to 152"
    rest = re.split(r"[,;.]|\bto\s+(?=[a-z\d])", rest)[0]
    return _LEADING_DET.sub("", _NUMBER_OF.sub("", rest.strip())).strip()


def _change(sentence: str, q: Quantity, all_q: list[Quantity]) -> str | None:
    """"+12%" for "grew by 12%" (on the percent or on the level it rose to), "x3" for "tripled ... to 152"."""
    before = sentence[max(0, q.start - 30) : q.start]
    if q.kind == "percent" and (m := _CHANGE_BEFORE.search(before)):
        return f"{'-' if m.group('verb').lower() in DOWN else '+'}{q.value:g}%"
    clause = re.split(r"[;.]|,\s+(?:and|but|while)\b", sentence[max(0, q.start - CLAUSE_WINDOW) : q.start])[-1]
    if not re.search(r"\bto\s+(?:\S+\s+){0,2}$", sentence[max(0, q.start - 30) : q.start]) and q.kind != "bare":
        return None
    factors = list(_FACTOR.finditer(clause))
    if factors:
        return f"x{FACTORS[factors[-1].group('verb').lower()]:g}"
    pct = [p for p in all_q if p.kind == "percent" and p.end <= q.start and p.end > q.start - 40]
    for p in pct:
        m = _CHANGE_BEFORE.search(sentence[max(0, p.start - 30) : p.start])
        if m:
            return f"{'-' if m.group('verb').lower() in DOWN else '+'}{p.value:g}%"
    return None


def _percent_is_change_of_level(sentence: str, q: Quantity, all_q: list[Quantity]) -> bool:
    if not _CHANGE_BEFORE.search(sentence[max(0, q.start - 30) : q.start]):
        return False
    return any(o.start > q.end and o.kind in ("money", "measure", "count") and
               re.fullmatch(r"\s+to\s+", sentence[q.end : o.start]) for o in all_q)


# What an amount, share or volume measures: the topic words nearest it.
TOPICS = ("trade deficit", "trade surplus", "trade turnover", "trade", "turnover", "aid", "assistance", "help",
          "relief", "loans", "loan", "credit", "grant", "grants", "donation", "pledge", "debts", "debt", "exports",
          "imports", "exported", "imported", "investment", "investments", "invested", "funding", "funds", "fund",
          "support", "sanctions", "tariffs", "tariff", "duties", "duty", "taxes", "tax", "levy", "compensation",
          "reparations", "subsidies", "bailout", "arms", "weapons", "equipment", "contract", "deal", "agreement",
          "package", "purchases", "purchase", "sales", "deposit", "financing", "share", "stake", "cases",
          "supplies", "shipments", "deliveries", "oil", "gas", "wheat", "grain", "remittances",
          "scholarships", "visas", "force", "troops", "deposited", "lent", "pledged", "donated", "granted")  # fmt: skip
_TOPIC_RX = re.compile(r"\b(?:(?P<mod>[a-z][\w-]+)\s+)?(?P<topic>" + "|".join(TOPICS) + r")\b", re.IGNORECASE)
_MODIFIERS = {"emergency", "humanitarian", "military", "economic", "financial", "foreign", "non-lethal", "food",
              "development", "bilateral", "direct", "immediate", "total", "annual", "new", "extra", "additional",
              "soft", "interest-free", "concessional", "oil", "gas", "arms", "defence", "defense", "relief",
              "reconstruction", "trade", "cash", "technical", "security", "overall", "confirmed"}  # fmt: skip
# What a volume is of: "4 mln tonnes of Indian iron ore" -> "iron ore".
_COMMODITY = re.compile(r"\s+of\s+(?:[A-Z][a-z]+\s+)?(?P<what>(?:[a-z][\w-]*\s+){0,2}?(?:oil|crude|gas|grain|wheat|"
                        r"rice|maize|corn|soybeans|sugar|cotton|coal|ore|steel|iron|cement|fertili[sz]ers?|urea|"
                        r"fuel|diesel|petrol|gasoline|kerosene|LNG|food|flour|aid|supplies|uranium|heroin|"
                        r"cocaine|water|medicine|equipment|goods))\b")
_RIGHT_AFTER = re.compile(r"\s+(?:in|of|for)\s+(?:\S+\s+){0,2}")  # "$5m in emergency aid"
_CLAUSE = re.compile(r"[,;:(]|--")  # "duties of 35 percent", not "aid, and 35 percent"
_TOPIC_NAMES = {"deposited": "deposit", "lent": "loan", "pledged": "pledge", "donated": "donation",
                "granted": "grant", "exported": "exports", "imported": "imports", "invested": "investment",
                "debts": "debt",
                "loans": "loan", "investments": "investment", "duty": "duties", "tariff": "tariffs"}


def _topic(sentence: str, q: Quantity) -> tuple[str, bool]:
    """The counted phrase for a count; else the topic word nearest the quantity, after it first
    ("$5m in emergency aid"), then before it ("aid to Haiti to £20m")."""
    if q.kind == "count":
        return q.noun, True
    of = _COMMODITY.search(sentence, q.number_start, min(len(sentence), q.end + 40)) if q.kind == "measure" else None
    if of is not None:
        return of.group("what").lower(), True
    after = list(_TOPIC_RX.finditer(sentence, q.end, min(len(sentence), q.end + 60)))
    before = list(_TOPIC_RX.finditer(sentence, max(0, q.start - 80), q.start))
    right_after = [m for m in after[:1] if _RIGHT_AFTER.fullmatch(sentence, q.end, m.start())]
    bound_before = [m for m in before[-1:]
                    if q.start - m.end() <= 50 and not _CLAUSE.search(sentence, m.end(), q.start)]
    near_after = [m for m in after[:1] if m.start() - q.end <= 25]
    found = right_after or bound_before or near_after or before[-1:] or after[:1]
    if not found:
        return {"money": "amount", "percent": ""}.get(q.kind, q.unit), False
    m = found[0]
    topic = _TOPIC_NAMES.get(m.group("topic").lower(), m.group("topic").lower())
    mod = (m.group("mod") or "").lower()
    return f"{mod} {topic}" if mod in _MODIFIERS and mod != topic else topic, bool(right_after or bound_before)


def _subject(sentence: str, end: int) -> str:
    """The noun phrase just before a verb at `end`: "trade turnover", "the number of scholarships ..."."""
    before = _AUX.sub("", sentence[:end].rstrip())
    cut = 0
    for m in _SUBJECT_STOP.finditer(before):
        cut = m.end()
    phrase = before[cut:].strip()
    words = phrase.split()
    if len(words) > 9:
        phrase = " ".join(words[-9:])
    name = _LEADING_DET.sub("", _NUMBER_OF.sub("", phrase)).strip()
    return re.sub(r"^(?:\w+\s+)?(?:'s|’s)\s+", "", name)  # "Italy 's death toll" -> "death toll"


def _indicators(sentence: str, offset: int, source: str, r: Reading, parties: Parties,
                times: list[TimeExpression], ref: date | None, dyad: str | None,
                theatre: str | None) -> list[Indicator]:
    """The record(s) of one reading: two for a range (its bottom, and its top "up to")."""
    q = r.quantity
    unit = _unit(q, r.topic)
    name = (r.topic if r.named else _name(r.topic, parties, q)) + r.suffix
    pair = _pair(parties, dyad, theatre)
    key = _key(r.topic, parties, unit)
    ev = (Evidence(source, q.start + offset, q.end + offset, sentence[q.start : q.end]),)
    period = _period(times, ref, q.start + offset)
    values = [(q.value, q.qualifier)] + ([(q.high, "up to")] if q.high is not None else [])
    return [Indicator(name=name[:120], value=v, unit=unit, qualifier=qual, period=period, change=r.change,
                      dyad=pair, key=key, evidence=ev) for v, qual in values if v is not None]


def _unit(q: Quantity, topic: str) -> str:
    if q.kind != "bare":
        return q.unit
    if topic == "troops" or re.search(r"\b(?:troops|soldiers|force)\b", topic):
        return "troops"
    if re.search(r"\b(?:toll|killed|dead|deaths|casualties|victims)\b", topic):
        return "people"
    plural = [w for w in topic.lower().split() if w.endswith("s") and len(w) > 3]
    return plural[0] if plural else ""


def _name(topic: str, p: Parties, q: Quantity) -> str:
    """"US aid to Haiti", "Italian troops in Iraq", "trade deficit with China", "scholarships"."""
    words = topic.split()
    bilateral = re.search(r"\b(?:trade|turnover|relations|exchanges?)\b", topic) is not None
    own = p.giver_inside or p.giver_word in topic  # "Estonian soldiers", "New Zealand students": named already
    giver = p.giver_word if p.giver and p.giver_word and not own and not bilateral else ""
    receiver = f" {p.preposition} {p.receiver_word}" if p.receiver and p.receiver_word not in topic else ""
    if q.kind == "count" and words and not giver:
        return f"{topic}{receiver}"
    return f"{giver} {topic}{receiver}".strip()


def _key(topic: str, p: Parties, unit: str) -> str:
    """The series across documents: the topic, who gives and who gets (ISO3), and the unit."""
    base = series_key(re.sub(r"\b[A-Z][a-z]+\b", "", topic) or topic, unit).rsplit(" [", 1)[0]
    flow = f" {p.giver or ''}>{p.receiver or ''}" if p.giver or p.receiver else ""
    return f"{base}{flow} [{unit}]".strip()


def _pair(p: Parties, dyad: str | None, theatre: str | None) -> str | None:
    """The pair the number is about: giver and receiver when the sentence names both; one named side
    outside the document's pair with the country the story happens in ("Italy withdrew 300 soldiers"
    in a story on Iraq); else the document's pair."""
    doc = tuple(dyad.split("-")) if dyad else ()
    if p.giver and p.receiver and p.giver != p.receiver:
        return "-".join(sorted((p.giver, p.receiver)))
    one = p.giver or p.receiver
    if one is None or one in doc:
        return dyad
    if theatre and theatre != one:
        return "-".join(sorted((one, theatre)))
    return dyad


def _period(times: list[TimeExpression], ref: date | None, at: int) -> str | None:
    """The period a number describes: the sentence's date nearest it, or the span of "the last N years"."""
    points = sorted((t for t in times if t.point and t.edtf and not t.in_name),
                    key=lambda t: min(abs(t.start - at), abs(t.end - at)))
    if points:
        return points[0].edtf
    for t in times:
        m = re.fullmatch(r"P(\d+)Y", t.timex_value or "")
        if m and ref is not None and re.search(r"\b(?:last|past)\b", t.text, re.IGNORECASE):
            return f"{ref.year - int(m.group(1))}/{ref.year}"
    return None


