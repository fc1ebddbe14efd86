"""Which quantities describe the relationship (ANNOTATION.md, "Indicators"), and who gives and who gets.

Kept: trade flows and balances, aid, loans, debts and other amounts that pass between states; tariff
rates and shares; volumes of oil or grain; troops, ships and people sent, held or affected. Left out:
prices ("$35 a share"), company finance with no state in it (an asset sale, a share price), polls,
and counts of nothing in particular ("11 workers") in a sentence that names no country.

The parties are read from the sentence's country mentions: the receiver is the country after "to",
"for", "in", "with" or "from" nearest the number; the giver the country named before it (or in its
noun phrase: "Italian troops").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from dyad.extract import units
from dyad.extract.quantities import Quantity
from dyad.gazetteer import countries, country_name, successor
from dyad.records import Mention

# Amounts that pass between states whatever else the sentence says.
FLOWS = {"aid", "assistance", "help", "relief", "loan", "credit", "grant", "grants", "donation", "pledge", "debt",
         "exports", "imports", "trade", "trade deficit", "trade surplus", "trade turnover", "turnover",
         "investment", "funding", "support", "sanctions", "tariffs", "duties", "compensation", "reparations",
         "subsidies", "arms", "weapons", "equipment", "remittances", "financing", "supplies",
         "shipments", "deliveries", "deposit", "purchases", "oil", "gas", "wheat", "grain"}  # fmt: skip
# Amounts that are a state's only when a state is named as party: a deal may be two companies'.
DEALS = {"deal", "agreement", "contract", "package", "sales", "purchase", "fund", "funds", "stake", "bailout"}
PERCENT_TOPICS = {"tariffs", "duties", "taxes", "tax", "levy", "share", "stake", "trade", "exports", "imports",
                  "turnover", "aid", "cases", "force", "troops", "investment"}  # fmt: skip  (matched word by word)
_PRICE = re.compile(r"^\s*(?:a|an|per|each)\s+(?:share|barrel|tonne|ton|ounce|gallon|bushel|litre|liter|head|"
                    r"hour|unit|kilo|kg|pound|piece|person|day|week|month|night|ticket)\b|^\s*(?:each|apiece)\b",
                    re.IGNORECASE)
# "$5m in aid", "£1m in funding", "£400,000 for relief": an amount bound to its flow word.
_TIGHT = re.compile(r"\s+(?:in|of|for|worth\s+of)\s+(?:\w+\s+){0,2}?(?:aid|assistance|help|relief|funding|loans?|"
                    r"credits?|grants?|debt|support|compensation|donations?)\b", re.IGNORECASE)
_TIGHT_BEFORE = re.compile(r"\b(?:aid|loans?|credit|grants?|debts?|assistance|funding|donations?|pledge)"
                           r"\s+(?:of|worth|totall?ing|put\s+at)\s+(?:about\s+|some\s+|nearly\s+)?\S*$",
                           re.IGNORECASE)
_CORPORATE = re.compile(r"\b(?:Plc|PLC|Corp|Inc|Ltd|LLC|AG|SA|company|companies|firm|shares?|stocks?|"
                        r"shareholders?|dividends?|profits?|revenues?|earnings|assets?|bonus|salary|"
                        r"chief executive|market value|quarter)\b")
_DOMESTIC = re.compile(r"\b(?:stimulus|domestic|tax cuts?|spending plan|defen[cs]e budget|military budget|"
                       r"federal budget|budget deficit)\b", re.IGNORECASE)
_STATE = re.compile(r"\b(?:government|state-owned|state-run|state|ministry|minister|treasury|central bank|"
                    r"president|prime minister|administration|Congress|parliament)\b", re.IGNORECASE)
_POLL = re.compile(r"\b(?:poll|polls|survey|respondents|voters|approval|unemployment|inflation|index|Dow|Nasdaq|"
                   r"FTSE|Nikkei|interest rates?|stocks|shares|share price|bond yields?|GDP)\b", re.IGNORECASE)
_SUPPLY_VERBS = re.compile(r"\b(?:suppl|export|import|ship|deliver|send|sent|provid|sell|sold|buy|bought|purchas|"
                           r"donat|pledg|transport|pump|pipeline|transit)\w*", re.IGNORECASE)
# Verbs of giving or doing that make a count of things the pair's ("held three meetings", "sent 40 tanks").
_COUNT_VERBS = re.compile(r"\b(?:held|hold|signed|sign|concluded|organi[sz]ed|offered|offer|awarded|granted|trained|"
                          r"offers|sent|sending|send|hosted|opened|built|delivered|deliver|supplied|supply|received|launched|"
                          r"deployed|deploy|dispatched|donated|shipped|provided|provide|providing|pledged|sold|sell|"
                          r"bought|buy|purchased|exported|imported|seized|fired|issued|allocated)\s+"
                          r"(?:(?:a|an|the|its|their|some|about|more|than|over|nearly|up|to|another|additional|"
                          r"extra|at|least)\s+){0,3}$", re.IGNORECASE)
MILITARY_THINGS = {"brigades", "battalions", "divisions", "regiments", "warships", "ships", "vessels", "submarines",
                   "frigates", "destroyers", "aircraft", "jets", "bombers", "helicopters",
                   "missiles", "drones", "planes", "gunboats"}  # fmt: skip
_PEOPLE_ACTS = re.compile(r"\b(?:quarantin|detain|deport|expel|evacuat|arrest|held\b|holding|holds\b|sent\b|"
                          r"send|deploy|repatriat|rescu|releas|freed|kidnap|abduct|granted|admitted|resettl|"
                          r"hostage|jail|imprison|extradit|trained|stationed|pick\s+up|picked\s+up|flown|airlift|"
                          r"fled\s+(?:to|into|across)|crossed\s+into|visas?\b|asylum)\w*", re.IGNORECASE)
# Counted things too general to be an indicator with no country named ("two sides", "three people").
_GENERIC = {"people", "persons", "workers", "victims", "men", "women", "children", "others", "times", "things",
            "reporters", "journalists", "officials", "cases", "staff", "members", "families", "residents",
            "protesters", "demonstrators", "civilians", "dead", "killed", "wounded", "injured", "casualties",
            "deaths", "fatalities", "bodies", "corpses", "survivors", "passengers", "followers", "fans",
            "viewers", "readers", "users", "customers", "infections", "suggestions", "categories"}  # fmt: skip
# Topics of a percent that are one country's economy, not the pair's.
_ECONOMY = re.compile(r"\b(?:economy|gdp|inflation|prices?|unemployment|output|production|growth|shares|stocks?|"
                      r"index|markets?|rates?|yields?|profits?|revenues?|sales|earnings|approval|ratings?|"
                      r"popularity|votes?|turnout)\b", re.IGNORECASE)
# What makes a volume of oil, gas or grain the pair's: a trade or a delivery.
MEASURE_FLOWS = {"trade", "exports", "imports", "supplies", "shipments", "deliveries", "aid", "relief", "deal",
                 "agreement", "contract", "purchases", "sales", "assistance"}
_RECEIVER_PREP = re.compile(r"\b(?P<prep>to|for|in|into|inside|with|from|on|toward|towards)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_MODIFIED = re.compile(r"(?:-led|-backed|-based|-run|-born|\s+(?:war|conflict|invasion|crisis|campaign|"
                       r"occupation|policy|issue|question|debate|inquiry|mission|earthquake))\b", re.IGNORECASE)
_WATER_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Bight)\s+of\s+(?:the\s+)?$")
# "withdrew 300 soldiers from Iraq": after these, "from" names where they were, not who sent them.
_WITHDRAWN = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)?\s+(?:out|back)?|evacuat\w+|repatriat\w+|"
                        r"return\w*|fled|flee\w*|brought\s+home)\b", re.IGNORECASE)
_BOTH_SIDES = re.compile(r"\b(?:(?:the|both)\s+(?:two\s+)?(?:sides|countries|nations|governments|states)|"
                         r"bilateral|between\s+the\s+two)\b", re.IGNORECASE)
_EQUIVALENT = re.compile(r"^\s*(?:\(|-LRB-|,\s*or|or)\s*(?:about\s+|some\s+)?$")


@dataclass(frozen=True)
class Parties:
    """The countries a quantity's sentence names (ISO3, nearest first) and which give and receive."""

    codes: tuple[str, ...] = ()
    giver: str | None = None
    giver_word: str = ""
    receiver: str | None = None
    receiver_word: str = ""
    preposition: str = ""
    giver_inside: bool = False  # the quantity's own phrase names a country ("40 Estonian soldiers")
    places: tuple[str, ...] = field(default_factory=tuple)


def _adjective(m: Mention, code: str) -> str:
    """How a giver reads before a noun: "US", "UK" as written; a demonym's adjective; else the name."""
    text = m.text.strip()
    if re.fullmatch(r"(?:[A-Z]\.?){2,3}", text):
        return text.replace(".", "")
    c = countries().get(code)
    return c.demonyms[0] if c and c.demonyms else text


def parties_of(sentence: str, offset: int, q: Quantity, mentions: Sequence[Mention],
               theatre: str | None) -> Parties:
    """Who gives and who receives the quantity, from the sentence's coded mentions: the receiver after
    "to", "for", "in", "with" near the number; the giver in its noun phrase ("Italian troops"), after
    "from", or the nearest country named before it."""
    coded = [m for m in mentions
             if m.code and m.kind != "place" and not _modifier(sentence, m.start - offset, m.end - offset)]
    places = tuple(successor(m.code) for m in mentions if m.code)
    if not coded:
        return Parties(places=places)
    at, until = offset + q.start, offset + q.end
    by_distance = sorted(coded, key=lambda m: min(abs(m.start - at), abs(m.end - until)))
    codes = tuple(dict.fromkeys(successor(m.code) for m in by_distance if m.code))
    receiver, giver, prep = None, None, ""
    for m in by_distance:
        rel = m.start - offset
        pm = _RECEIVER_PREP.search(sentence[max(0, rel - 12) : rel])
        if abs(rel - q.start) > 90 or pm is None:
            continue
        if pm.group("prep").lower() == "from" and not _WITHDRAWN.search(sentence[max(0, q.start - 40) : q.start]):
            giver = giver or m  # "aid from Japan", "a contingent from the US Army"
        elif receiver is None:
            receiver, prep = m, pm.group("prep").lower()
    inside = [m for m in coded if at <= m.start < until]
    if inside and receiver is None and not _is_demonym(inside[0]):
        receiver, prep = inside[0], "in"  # "its 136-strong Iraq mission"
    if giver is None:
        others = [m for m in coded if receiver is None or successor(m.code or "") != successor(receiver.code or "")]
        demonyms = [m for m in others if at <= m.start < until and _is_demonym(m)]
        before = [m for m in others if m.end <= at]
        chosen = demonyms or before[-1:] or others[:1]
        giver = chosen[0] if chosen else None
    return Parties(codes=codes, places=places, preposition=prep, giver_inside=bool(inside),
                   giver=successor(giver.code) if giver and giver.code else None,
                   giver_word=_adjective(giver, successor(giver.code)) if giver and giver.code else "",
                   receiver=successor(receiver.code) if receiver and receiver.code else None,
                   receiver_word=_name_of(receiver) if receiver else "")


def _modifier(sentence: str, start: int, end: int) -> bool:
    """"the Iraq war", "the US-led coalition", "the Gulf of Mexico": a country named as part of another
    name or as the modifier of another noun, not a party."""
    return (_MODIFIED.match(sentence, end) is not None
            or _WATER_OF.search(sentence[max(0, start - 20) : start]) is not None)


def _name_of(m: Mention) -> str:
    """A receiver as a name: "Haiti" as written, a demonym as its country's name."""
    return country_name(successor(m.code or "")) if _is_demonym(m) else m.text.strip()


def _is_demonym(m: Mention) -> bool:
    c = countries().get(m.code or "")
    return bool(c and m.text.strip() in c.demonyms)


def equivalent_of(sentence: str, first: Quantity, second: Quantity) -> bool:
    """"$2.5m (£1.5m)", "$ 2.5 m -LRB- # 1.5 m -RRB-": the same amount in another currency."""
    return (first.kind == second.kind == "money" and first.unit != second.unit and
            _EQUIVALENT.match(sentence[first.end : second.start]) is not None)


def relevant(sentence: str, q: Quantity, topic: str, p: Parties, theatre: str | None = None,
             bound: bool = False) -> bool:
    """Whether a quantity describes the relationship (see the module's docstring). `bound`: the topic is
    tied to the number ("duties of 35 percent", "trade grew by 12%", "tripled ... to 152")."""
    if q.kind == "money":
        return _money_relevant(sentence, q, topic, p, bound)
    if q.kind == "percent":
        return _percent_relevant(sentence, q, topic, p, bound)
    if q.kind == "measure":
        near = sentence[max(0, q.start - 80) : q.end + 80]
        return q.unit != "pounds" and (topic in MEASURE_FLOWS or _SUPPLY_VERBS.search(near) is not None)
    if q.kind == "bare":
        head = topic.split()[-1].lower() if topic.split() else ""
        return bound or head in FLOWS or head in units.TROOPS or head == "toll" and bool(p.codes)
    return _count_relevant(sentence, q, p)


def _percent_relevant(sentence: str, q: Quantity, topic: str, p: Parties, bound: bool) -> bool:
    near = sentence[max(0, q.start - 60) : q.end + 60]
    if _ECONOMY.search(topic) or _POLL.search(near) and topic not in ("tariffs", "duties", "share", "stake"):
        return False
    words = set(topic.lower().split())
    if bound and not words & (PERCENT_TOPICS | FLOWS):  # the subject of "grew by 12%": a count of the pair's
        return _both(sentence, p) and re.search(r"\b\w+s\b", topic) is not None
    return bound and bool(words & (PERCENT_TOPICS | FLOWS))


def _both(sentence: str, p: Parties, at_least: int = 1) -> bool:
    """Whether the sentence names at least so many sides; "the two countries", "both sides" name two."""
    return len(p.codes) >= at_least or _BOTH_SIDES.search(sentence) is not None


def _money_relevant(sentence: str, q: Quantity, topic: str, p: Parties, bound: bool) -> bool:
    if _PRICE.match(sentence, q.end) or topic == "amount":
        return False
    if _DOMESTIC.search(sentence[max(0, q.start - 30) : q.end + 30]):
        return False
    if _CORPORATE.search(sentence):
        # a company's money is the pair's only where a state is party to it
        return bool(p.codes) and (_STATE.search(sentence) is not None or topic in FLOWS and len(p.codes) >= 2)
    if topic in DEALS:  # a deal is the pair's when both are named ("signed a $3bn deal with China")
        return _both(sentence, p, 2)
    tight = _TIGHT.match(sentence, q.end) is not None or _TIGHT_BEFORE.search(sentence[: q.start]) is not None
    return topic in FLOWS and (_both(sentence, p) or tight or bound or _STATE.search(sentence) is not None
                               or bool(p.places))


def _count_relevant(sentence: str, q: Quantity, p: Parties) -> bool:
    """Troops and military units always (the story is the pair's); people where an act of a state is
    done to them (quarantined, deported, sent) or, unless they are people of any kind ("victims",
    "residents"), where two countries are named; other things where a verb of giving or doing, or a
    qualifier, makes them a measure of the two named sides."""
    noun = q.noun.lower()
    head = noun.split()[-1] if noun.split() else noun
    in_words = not sentence[q.number_start : q.number_start + 1].isdigit()
    if in_words and sentence[q.number_start : q.number_start + 3].lower() in ("one", "a "):
        return False  # "one of her rescuers": a person, not a figure
    if q.unit == "troops" or head in MILITARY_THINGS and bool(p.codes):
        return True
    local = sentence[max(0, q.start - 50) : q.end + 50]
    codes = set(p.codes)
    if q.unit == "people":
        acted_on = _PEOPLE_ACTS.search(local) is not None
        if head in _GENERIC or in_words and q.value < 10:
            return acted_on and bool(codes)
        return bool(codes) and (acted_on or len(codes) >= 2)
    verb = _COUNT_VERBS.search(sentence[max(0, q.start - 40) : q.number_start]) is not None
    if head in _GENERIC:
        return False
    return _both(sentence, p, 2) and (verb or q.qualifier is not None) or verb and q.qualifier is not None
