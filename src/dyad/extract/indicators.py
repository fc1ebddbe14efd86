"""Indicators: the numbers that describe a relationship, with value, unit, qualifier, period, change.

"trade turnover has grown by 50% in the last 5 years" -> trade turnover, 50 %, change +50%, 2020/2025
"more than 80 educational courses and programs"       -> educational courses and programs, 80, more than
"tripled the number of scholarships ..., increasing it to 152" -> scholarships ..., 152, change x3
"about 7.6 billion dollars"                            -> 7.6e9 USD, about

Read with patterns over the sentence text (no parse needed), so every sentence is read, not only
those the event screen sends to the parser. Numbers inside dates, names ("JIMEX 23", "2+2") and
ordinals are not indicators.
"""

from __future__ import annotations

import re
from datetime import date

from dyad.records import Evidence, Indicator, TimeExpression

WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100, "a dozen": 12, "dozen": 12}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "lakh": 1e5,
          "crore": 1e7}  # fmt: skip
CURRENCY_SIGNS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "Rs.": "INR", "Rs": "INR",
                  "RMB": "CNY"}  # fmt: skip
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
                  "roubles": "RUB", "rubles": "RUB", "rupees": "INR", "pounds": "GBP", "riyals": "SAR",
                  "dirhams": "AED", "liras": "TRY", "lira": "TRY", "tenge": "KZT", "taka": "BDT"}  # fmt: skip
QUALIFIERS = ("more than", "over", "about", "around", "nearly", "almost", "some", "up to", "at least", "approximately",
              "roughly", "fewer than", "less than", "at most", "close to", "just over", "just under")
# Counted things that are not measurements of a relationship: "two countries", "20 points".
NOT_MEASURES = {"countries", "sides", "leaders", "nations", "states", "parties", "years", "months", "weeks", "days",
                "hours", "minutes", "times", "decades", "centuries", "points", "others", "ways", "parts", "sessions",
                "occasions", "ones", "pages", "words"}  # fmt: skip
UP = {"grown", "grew", "increased", "rose", "risen", "climbed", "jumped", "surged", "expanded", "gained", "soared"}
DOWN = {"fell", "fallen", "declined", "decreased", "dropped", "shrank", "shrunk", "contracted", "slipped", "plunged"}
FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_SCALE = r"(?:\s*(?:" + "|".join(SCALES) + r")\b)?"
_QUAL = r"(?:(?P<qual>" + "|".join(QUALIFIERS) + r")\s+)?"
_CUR_SIGN = r"(?:US\$|\$|€|£|¥|Rs\.?|RMB)"
_CUR_WORD = r"(?:" + "|".join(CURRENCY_WORDS) + r")\b"
_NOUN = r"(?P<noun>(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*s\b(?:\s+(?:and|or)\s+[a-z][\w’'-]*s\b)?)"

MONEY = re.compile(rf"(?i:{_QUAL})(?:(?P<sign>{_CUR_SIGN})\s?(?P<num>{_NUM}){_SCALE.replace('(?:', '(?P<scale>', 1)}"
                   rf"|(?P<num2>{_NUM})(?P<scale2>{_SCALE})\s+(?P<curword>{_CUR_WORD}))")
PERCENT_CHANGE = re.compile(
    rf"(?P<verb>\b(?:{'|'.join(sorted(UP | DOWN))}))\s+(?:by\s+)?{_QUAL}(?P<num>{_NUM})\s*"
    r"(?P<pct>%|per\s?cent|percent)", re.IGNORECASE)
FACTOR = re.compile(rf"\b(?P<verb>{'|'.join(FACTORS)})\b(?:[^.;]*?\bto\s+{_QUAL}(?P<num>{_NUM})\b)?",
                    re.IGNORECASE)
QUALIFIED_COUNT = re.compile(rf"\b(?P<qual>{'|'.join(QUALIFIERS)})\s+(?P<num>{_NUM})\s+{_NOUN}", re.IGNORECASE)
VERB_COUNT = re.compile(
    rf"\b(?:held|signed|concluded|organi[sz]ed|offered|awarded|granted|trained|sent|hosted|opened|built|"
    rf"delivered|supplied|received|welcomed|launched|completed)\s+(?P<num>{_NUM})\s+{_NOUN}", re.IGNORECASE)
LEVEL = re.compile(rf"\b(?:reached|totall?ed|amounted\s+to|stood\s+at|hit|increasing\s+it\s+to|rising\s+to|rose\s+to"
                   rf"|grew\s+to|increased\s+to)\s+{_QUAL}(?P<num>{_NUM})(?P<scale>{_SCALE})\b", re.IGNORECASE)
_SUBJECT_STOP = re.compile(r"(?:[:;,(]|\bthat\b|\bwhich\b|\band\b)\s*", re.IGNORECASE)
_AUX = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would)(?:\s+been)?\s*$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"^(?:the|a|an)\s+(?:total\s+)?(?:number|volume|value|amount|level)\s+of\s+", re.IGNORECASE)
_LEADING_DET = re.compile(r"^(?:the|a|an|its|their|our|this|these)\s+", re.IGNORECASE)


def series_key(name: str, unit: str) -> str:
    """The series a value belongs to: the name's content words, singular, sorted, and the unit."""
    words = [w.rstrip("s") for w in re.findall(r"[a-z]+", name.lower())
             if w not in {"the", "of", "for", "and", "a", "an", "to", "in", "our", "their"}]
    return " ".join(sorted(set(words))) + f" [{unit}]"


def number(text: str) -> float | None:
    t = text.lower().strip()
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def _scale(word: str | None) -> float:
    return SCALES.get((word or "").strip().lower(), 1.0)


def _subject(sentence: str, end: int) -> tuple[str, int]:
    """The noun phrase just before a verb at `end`: "trade turnover", "the number of scholarships ..."."""
    before = _AUX.sub("", sentence[:end].rstrip())
    cut = 0
    for m in _SUBJECT_STOP.finditer(before):
        cut = m.end()
    phrase = before[cut:].strip()
    words = phrase.split()
    if len(words) > 9:
        phrase = " ".join(words[-9:])
    start = before.rfind(phrase) if phrase else end
    name = _LEADING_DET.sub("", _NUMBER_OF.sub("", phrase)).strip()
    return name, start


def _object_after(sentence: str, start: int) -> str:
    """"the number of scholarships for Pakistani students to study" -> "scholarships for Pakistani students"."""
    rest = sentence[start:].strip()
    rest = re.split(r"[,;.]|\bto\s+(?:study|work|train)\b|\bincreasing\b|\bto\s+\d", rest)[0]
    return _LEADING_DET.sub("", _NUMBER_OF.sub("", rest.strip())).strip()


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def find_indicators(sentence: str, offset: int, source: str, times: list[TimeExpression], ref: date | None,
                    dyad: str | None) -> list[Indicator]:
    """Indicators in one sentence; `offset` maps sentence positions to the document."""
    blocked = [(t.start - offset, t.end - offset) for t in times]
    out: list[Indicator] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, value: float | None, unit: str, qual: str | None, change: str | None, s: int, e: int) -> None:
        if value is None or not name or any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        text = sentence[s:e]
        name = name[:120]
        out.append(Indicator(name=name, value=value, unit=unit, qualifier=(qual or "").lower() or None,
                             period=_period(times, ref), change=change, dyad=dyad, key=series_key(name, unit),
                             evidence=(Evidence(source, s + offset, e + offset, text),)))

    for m in PERCENT_CHANGE.finditer(sentence):
        name, s = _subject(sentence, m.start("verb"))
        sign = "-" if m.group("verb").lower() in DOWN else "+"
        add(name, number(m.group("num")), "%", m.group("qual"), f"{sign}{m.group('num')}%", s, m.end())
    for m in FACTOR.finditer(sentence):
        factor = FACTORS[m.group("verb").lower()]
        name = _object_after(sentence, m.end("verb"))
        if m.group("num"):
            add(name, number(m.group("num")), _unit_of(name), m.group("qual"), f"x{factor:g}", m.start(), m.end())
        elif name:
            end = sentence.find(name, m.end("verb")) + len(name)
            add(name, factor, "times", None, f"x{factor:g}", m.start(), max(end, m.end()))
    for m in MONEY.finditer(sentence):
        if _inside(blocked, m.start(), m.end()):
            continue
        num = m.group("num") or m.group("num2")
        value = number(num)
        if value is None:
            continue
        value *= _scale(m.group("scale") or m.group("scale2"))
        unit = CURRENCY_SIGNS.get(m.group("sign") or "") or CURRENCY_WORDS.get((m.group("curword") or "").lower(), "")
        subject, s = _subject(sentence, m.start())
        add(_money_name(subject), value, unit, m.group("qual"), None, s if subject else m.start(), m.end())
    for rx in (QUALIFIED_COUNT, VERB_COUNT):
        for m in rx.finditer(sentence):
            noun = m.group("noun")
            if noun.split()[-1].lower() in NOT_MEASURES or _inside(blocked, m.start("num"), m.end("num")):
                continue
            add(noun, number(m.group("num")), _unit_of(noun), m.groupdict().get("qual"), None, m.start(), m.end())
    for m in LEVEL.finditer(sentence):
        name, s = _subject(sentence, m.start())
        add(name, (number(m.group("num")) or 0) * _scale(m.group("scale")) or None, _unit_of(name),
            m.group("qual"), None, s, m.end())
    return out


def _unit_of(name: str) -> str:
    words = name.split()
    for w in words:
        if w.endswith("s") and w.lower() not in NOT_MEASURES:
            return w.lower()
    return words[-1].lower() if words else ""


MONEY_TOPICS = {"trade", "turnover", "investment", "investments", "loan", "loans", "aid", "assistance", "deposit",
                "credit", "grant", "exports", "imports", "export", "import", "budget", "financing", "debt", "deal",
                "contract", "fdi", "remittances", "purchases", "sales"}  # fmt: skip
MONEY_VERBS = {"deposited": "deposit", "invested": "investment", "lent": "loan", "pledged": "pledge",
               "provided": "assistance", "granted": "grant", "donated": "donation", "exported": "exports",
               "imported": "imports", "spent": "spending", "paid": "payment"}  # fmt: skip


def _money_name(subject: str) -> str:
    """What an amount measures: a topic word in the words before it ("trade", "yen loan"), a noun for
    the verb ("deposited" -> "deposit"), else "amount"."""
    words = re.findall(r"[\w’'-]+", subject)
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        if lowered[i] in MONEY_TOPICS:
            mod = words[i - 1] if i > 0 and lowered[i - 1] not in ("the", "a", "an", "of", "in", "on") and \
                words[i - 1][:1].islower() else ""
            return f"{mod} {lowered[i]}".strip()
    for w in reversed(lowered):
        if w in MONEY_VERBS:
            return MONEY_VERBS[w]
    return "amount"


def _period(times: list[TimeExpression], ref: date | None) -> str | None:
    """The period a number describes: the sentence's date, or the span of "the last N years"."""
    for t in times:
        if t.point and t.edtf and not t.in_name:
            return t.edtf
    for t in times:
        m = re.fullmatch(r"P(\d+)Y", t.timex_value or "")
        if m and ref is not None and re.search(r"\b(?:last|past)\b", t.text, re.IGNORECASE):
            return f"{ref.year - int(m.group(1))}/{ref.year}"
    return None
