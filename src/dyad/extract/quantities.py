"""Quantities in a sentence: a number as news writes it, with its scale, unit, range and qualifier.

"$2.5bn", "$ 2.5 m", "£20m" (PTB text writes "# 20m"), "1.2 bln dlrs", "Rs 1.08 trillion", "EUR 3
million", "4 mln tonnes", "200,000 bpd", "25 pct", "three bln", "some two dozen ships", "35 to 40
percent", "a 50-strong team", "one-quarter of", "3,000 Italian troops". Patterns only (no parse):
each number is found first, then read outwards, its scale and unit to the right, its currency sign and
qualifier to the left. Values are exact decimals (12.5 mln -> 12500000, never 12499999.999).

Not quantities: numbers inside names ("JIMEX 23", "Resolution 1441", "F-16", "82nd"), ages
("45-year-old"), clock times, and numbers the caller blocks (dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from dyad.extract import units
from dyad.gazetteer import lexicon

ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "billions": 1e9,
          "bln": 1e9, "bn": 1e9, "trillion": 1e12, "trn": 1e12, "tln": 1e12, "tr": 1e12, "lakh": 1e5,
          "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "m": 1e6, "b": 1e9, "k": 1e3}  # fmt: skip
# Scales written as a letter are read only glued to the number ("20m") or after a currency sign ("$ 2.5 m").
_LETTER_SCALES = {"m", "b", "k", "tr"}
FRACTIONS = {"half": 50.0, "third": 33.3, "thirds": 66.7, "quarter": 25.0, "quarters": 75.0, "fifth": 20.0,
             "tenth": 10.0}  # fmt: skip
# Written qualifier -> the record's qualifier ("more than", "about", "up to", "at least").
QUALIFIERS = {"more than": "more than", "over": "more than", "above": "more than", "in excess of": "more than",
              "upwards of": "more than", "well over": "more than", "just over": "more than",
              "about": "about", "around": "about", "some": "about", "approximately": "about", "roughly": "about",
              "nearly": "about", "almost": "about", "close to": "about", "an estimated": "about",
              "estimated": "about", "approx.": "about", "up to": "up to", "as many as": "up to",
              "as much as": "up to", "at most": "up to", "no more than": "up to", "less than": "up to",
              "fewer than": "up to", "under": "up to", "below": "up to", "just under": "up to",
              "at least": "at least", "no fewer than": "at least", "no less than": "at least"}  # fmt: skip

_WORD_NUM = (r"(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(k for k in ONES if ONES[k] < 10) + r"))?|"
             + "|".join(sorted(ONES, key=len, reverse=True)))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER_BODY = (rf"(?:(?P<digits>{_DIGITS})|(?P<words>(?:(?:{_WORD_NUM}|a|several)\s+)?dozen"
                rf"|(?:{_WORD_NUM}|a)\s+hundred|(?:half\s+)?an?(?=\s+(?:thousand|million|billion|trillion)\b)"
                rf"|(?:{_WORD_NUM})\b))(?![\w]*\+)(?!\.\d)")
NUMBER = re.compile(rf"(?<![\w.,/+-]){_NUMBER_BODY}", re.IGNORECASE)
_SECOND_NUMBER = re.compile(rf"\b{_NUMBER_BODY}", re.IGNORECASE)  # after "-" in "2,000-3,000"
FRACTION = re.compile(r"\b(?:(?:a|one)[- ](?P<one>half|third|quarter|fifth|tenth)|two[- ](?P<two>thirds)"
                      r"|three[- ](?P<three>quarters)|(?P<half>half))\b(?=\s+(?:of\s+(?:the|its|their|all)\b))"
                      r"|(?<=\bby\s)(?:(?:a|one)[- ](?P<by>half|third|quarter|fifth|tenth)|(?P<byhalf>half))\b",
                      re.IGNORECASE)
_SCALE_WORDS = "|".join(sorted((s for s in SCALES if s not in _LETTER_SCALES), key=len, reverse=True))
SCALE_SPACED = re.compile(rf"\s?(?P<scale>{_SCALE_WORDS})\b", re.IGNORECASE)
SCALE_GLUED = re.compile(r"(?P<scale>bn|mn|m|b|k|tr)\b")
SCALE_AFTER_SIGN = re.compile(r"\s(?P<scale>m|b|k)\b", re.IGNORECASE)  # "$ 2.5 m" in tokenised text
SIGN = re.compile(r"(?:(?<![\w$])(?P<sign>US\$|U\.S\.\$|[A-Z]{1,3}\$|Mex\$|\$|€|£|¥|₹|₽|₩|₺|₦|₱|₴|₪|RMB|Rs\.?|Tk|#)"
                  r"|\b(?P<iso>[A-Z]{3}))\s?$")
_QUALIFIER_WORDS = {w for q in QUALIFIERS for w in q.split()}
_QUAL_RX = re.compile(r"(?:^|(?<=\W))(?P<qual>" + "|".join(sorted(QUALIFIERS, key=len, reverse=True))
                      + r")\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
PERCENT = re.compile(r"\s?(?P<pct>%|per\s?cent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE)
_RANGE = re.compile(r"\s?(?:-|–|to|and)\s?", re.IGNORECASE)
_RANGE_SIGN = re.compile(r"(?:[A-Z]{0,3}\$|€|£|¥|#)\s?")
_LABELS = re.compile(r"(?:No\.|no\.|[Nn]umber|aged|[Aa]ge|[Pp]age|[Rr]oom|[Rr]oute|[Ff]light|[Pp]aragraph|[Ss]ection|"
                     r"[Cc]hapter|[Aa]rticle|[Rr]esolution)$")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*[A-Za-z]|No\.|no\.|[Nn]umber|aged|[Aa]ge|[Pp]age|[Rr]oom|[Rr]oute|"
                          r"[Ff]light|[Pp]aragraph|[Ss]ection|[Cc]hapter|[Aa]rticle|[Rr]esolution)\s$")
# Function words missing from `_STOP` that, capitalised, may stand before a number without making
# it part of a name ("Between 200 and 300", "Only 12 ships").
_FREE_WORDS = {"another", "between", "only", "exactly", "least", "fewer", "less", "under", "estimated", "all",
               "more", "just", "up", "since", "over"}
_NOT_AFTER = re.compile(r"(?:st|nd|rd|th)\b|-(?:year|month|week|day|hour|minute|page|point|seat|member)s?\b|"
                        r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|EDT\b|EST\b|BST\b)|:\d|/\d|\.\d|-\d+-|\+", re.IGNORECASE)
_WORD = re.compile(r"\s*(?P<w>[A-Za-z][\w’'.-]*[A-Za-z]|[A-Za-z])")
_STOP = {"of", "to", "in", "into", "on", "at", "for", "by", "from", "with", "and", "or", "but", "the", "a", "an",
         "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
         "may", "might", "can", "that", "which", "who", "if", "as", "than", "this", "these", "those", "its",
         "their", "his", "her", "our", "it", "they", "he", "she", "we", "i", "you", "not", "per", "each",
         "after", "before", "since", "over", "under", "while", "when", "where", "so", "do", "did", "does",
         "said", "says", "also", "more", "less", "about", "out", "up", "down", "off", "all", "both"}  # fmt: skip
_VERBS_IN_S = {"is", "was", "has", "does", "says", "goes", "makes", "takes", "seems", "remains", "means",
               "includes", "becomes", "gives", "gets", "comes", "looks", "needs", "wants", "shows", "plans",
               "calls", "hopes", "this", "its", "his", "us", "as", "thus", "plus", "less", "across", "unless",
               "whereas", "news", "sees", "lives", "uses", "hits", "rises", "falls", "stands", "leaves"}  # fmt: skip
# Heads of a counted phrase that do not end in "s".
_BARE_HEADS = {"people", "police", "personnel", "military", "staff", "crew", "aircraft", "dead", "wounded",
               "injured", "killed", "missing", "cattle", "sheep", "livestock", "infantry", "children", "women", "men",
               "team", "force", "contingent", "mission", "delegation", "unit", "battalion", "brigade", "army",
               "garrison", "detachment", "fleet", "squadron", "convoy"}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number in a sentence; positions are sentence offsets, `end` is past the unit or counted noun."""

    start: int
    end: int
    value: float
    unit: str  # ISO 4217 code, "percent", a measure ("tonnes"), "troops", "people", a counted noun, or ""
    kind: str  # money | percent | measure | count
    qualifier: str | None = None
    high: float | None = None  # the top of a range ("35 to 40 percent")
    noun: str = ""  # the counted phrase as written ("Italian troops")
    number_start: int = 0  # where the number itself starts (after sign and qualifier)


def exact(number: Decimal, scale: float = 1.0) -> float:
    """A decimal times a scale as the float nearest the exact product (1.08 x 10^12, not ...0001)."""
    return float(number * Decimal(repr(scale)))


def read_number(text: str) -> Decimal | None:
    """"7,500" -> 7500, "two dozen" -> 24, "forty-five" -> 45, "a hundred" -> 100, "half a" -> 0.5."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(_DIGITS, t):
        try:
            return Decimal(t.replace(",", ""))
        except InvalidOperation:
            return None
    if t in ("a", "an"):
        return Decimal(1)
    if t in ("half a", "half an"):
        return Decimal("0.5")
    for word, factor in (("dozen", 12), ("hundred", 100)):
        if t.endswith(word):
            head = t[: -len(word)].strip()
            if head == "several":
                return None
            n = Decimal(1) if head in ("", "a") else read_number(head)
            return n * factor if n is not None else None
    parts = re.split(r"[- ]", t)
    total = sum(TENS.get(p, ONES.get(p, -1000)) for p in parts)
    return Decimal(total) if total > 0 else None


def _scale_at(sentence: str, pos: int, money: bool) -> tuple[float, int]:
    """The scale word right after a number, and where it ends."""
    m = SCALE_GLUED.match(sentence, pos) or SCALE_SPACED.match(sentence, pos)
    if m is None and money:
        m = SCALE_AFTER_SIGN.match(sentence, pos)
    if m is None:
        return 1.0, pos
    word = m.group("scale").lower()
    return SCALES.get(word, 1.0), m.end()


def _left(sentence: str, start: int) -> tuple[str | None, str | None, int]:
    """Currency (code) and qualifier before a number, and where the quantity starts."""
    cur, begin = None, start
    m = SIGN.search(sentence[max(0, start - 8) : start])
    if m:
        sign, iso = m.group("sign"), m.group("iso")
        cur = units.SIGNS.get(sign or "") or (units.currency_code(iso) if iso else None)
        if sign and cur is None and sign.endswith("$"):
            cur = "USD"
        if cur:
            begin = start - (len(sentence[max(0, start - 8) : start]) - m.start())
    q = _QUAL_RX.search(sentence[max(0, begin - 24) : begin])
    qual = QUALIFIERS[q.group("qual").lower()] if q else None
    if q:
        begin = begin - (len(sentence[max(0, begin - 24) : begin]) - q.start("qual"))
    return cur, qual, begin


def _in_name(sentence: str, start: int) -> bool:
    """"Resolution 1441", "JIMEX 23", "No. 5": a number that is part of a name or a label."""
    m = _NAME_BEFORE.search(sentence[max(0, start - 24) : start])
    if m is None:
        return False
    word = m.group(0).strip()
    lex = lexicon()[1].get(word)
    if lex is not None and lex.kind == "country":  # "Poland 2,400 soldiers": a country, not a name
        return False
    if _LABELS.match(word):
        return True  # "Resolution 1441", "No. 5", "aged 12"
    # a word capitalised only as the sentence's first ("Sent 500 troops", not "JIMEX 23"), or a function
    # word or qualifier ("Between 200 and 300", "About 40")
    first = word[1:].islower() and not sentence[: max(0, start - 24) + m.start()].strip(" \"'“‘`(")
    free = word.lower() in _STOP or word.lower() in _QUALIFIER_WORDS or word.lower() in _FREE_WORDS
    return not (first or free or word.isupper() and len(word) <= 3 and units.currency_code(word))


def find_quantities(sentence: str, blocked: list[tuple[int, int]], countries: tuple[str, ...] = ()) -> list[Quantity]:
    """Every quantity in a sentence, left to right; `blocked` spans (dates) hold none; `countries`
    (ISO3) tell which rupee or dollar a bare word means."""
    out = [q for q in _fractions(sentence) if not any(a < q.end and q.start < b for a, b in blocked)]
    blocked = blocked + [(q.start, q.end) for q in out]
    last_end = 0
    for m in NUMBER.finditer(sentence):
        if m.start() < last_end or any(a <= m.start() < b for a, b in blocked):
            continue
        q = _quantity(sentence, m, countries)
        if q is not None:
            out.append(q)
            last_end = q.end
    return sorted(out, key=lambda q: q.start)


def _quantity(sentence: str, m: re.Match[str], countries: tuple[str, ...]) -> Quantity | None:
    n = read_number(m.group(0))
    if n is None or _NOT_AFTER.match(sentence, m.end()):
        return None
    cur, qual, begin = _left(sentence, m.start())
    if cur is None and m.group("digits") and _in_name(sentence, m.start()):
        return None
    if cur is None and m.group("words") and m.group(0).lower() in ("a", "an", "half a", "half an") \
            and not SCALE_SPACED.match(sentence, m.end()):
        return None
    scale, pos = _scale_at(sentence, m.end(), money=cur is not None)
    high, pos = _range(sentence, pos, scale, money=cur is not None)
    if high is not None and scale == 1.0:
        scale = high[1]
    hi = exact(high[0], high[1]) if high else None
    value = exact(n, scale)
    if cur is not None:
        if cur == "GBP" and "#" in sentence[begin : m.start()] and scale == 1.0 and "," not in m.group(0):
            return None  # "#1": a rank or a hashtag, not pounds
        code = _sign_currency(sentence[begin : m.start()], cur, countries)
        return Quantity(begin, pos, value, code, "money", qual, hi, number_start=m.start())
    return _unit_after(sentence, begin, m.start(), pos, value, hi, qual, countries)


def _sign_currency(written: str, code: str, countries: tuple[str, ...]) -> str:
    """"Rs" is the rupee of the story's country (PKR in a Pakistani story), "¥" the yuan in a Chinese one."""
    sign = written.strip().split()[-1] if written.strip() else ""
    base = units.SIGN_BASES.get(sign)
    if base == "yen" and "CHN" in countries and "JPN" not in countries:
        return "CNY"
    if base == "rupee":
        return units.currency_of_base("rupee", countries) or code
    return code


def _range(sentence: str, pos: int, scale: float, money: bool) -> tuple[tuple[Decimal, float] | None, int]:
    """"35 to 40", "$2bn-$3bn", "2 and 3 billion" (after "between"): the top of the range."""
    r = _RANGE.match(sentence, pos)
    if r is None or (r.group(0).strip().lower() == "and" and not re.search(r"\bbetween\s+\S*$",
                                                                            sentence[:pos], re.IGNORECASE)):
        return None, pos
    p = r.end()
    s = _RANGE_SIGN.match(sentence, p) if money else None
    m = _SECOND_NUMBER.match(sentence, s.end() if s else p)
    if m is None or not m.group("digits") and not m.group("words"):
        return None, pos
    n = read_number(m.group(0))
    if n is None or _NOT_AFTER.match(sentence, m.end()):
        return None, pos
    hi_scale, end = _scale_at(sentence, m.end(), money)
    if n <= 0:
        return None, pos
    return (n, hi_scale if hi_scale != 1.0 else scale), end


def _unit_after(sentence: str, begin: int, num_start: int, pos: int, value: float, high: float | None,
                qual: str | None, countries: tuple[str, ...]) -> Quantity | None:
    """A number with no sign before it: percent, currency word, measure, "-strong" unit, or counted noun."""
    if p := PERCENT.match(sentence, pos):
        unit = "percentage points" if "point" in p.group("pct").lower() else "percent"
        return Quantity(begin, p.end(), value, unit, "percent", qual, high, number_start=num_start)
    if c := _currency_word(sentence, pos, countries):
        code, end = c
        if code == "GBP?":  # "7,500 pounds": a weight unless it is millions of them
            if value < 1e6:
                return Quantity(begin, end, value, "pounds", "measure", qual, high, number_start=num_start)
            code = "GBP"
        return Quantity(begin, end, value, code, "money", qual, high, number_start=num_start)
    if me := _measure(sentence, pos):
        unit, factor, end = me
        return Quantity(begin, end, exact(Decimal(repr(value)), factor), unit, "measure", qual,
                        exact(Decimal(repr(high)), factor) if high else None, number_start=num_start)
    counted = _counted(sentence, pos)
    if counted is None:  # a number with no unit: an indicator only where a verb says what it counts
        return Quantity(begin, pos, value, "", "bare", qual, high, number_start=num_start)
    noun, end = counted
    if noun.lower() in units.NOT_MEASURES or noun.lower().split()[-1] in units.NOT_MEASURES:
        return None
    return Quantity(begin, end, value, units.counted_unit(noun), "count", qual, high, noun, num_start)


_ADJ = r"(?:(?:[A-Z][a-z]+|U\.S\.|US|UK|U\.K\.)\s+){0,2}"
_ISO_AFTER = re.compile(r"\s+(?P<iso>[A-Z]{3})\b")


@lru_cache(maxsize=1)
def _currency_word_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in units.currency_words())
    return re.compile(rf"\s+(?P<adj>{_ADJ})(?P<cur>{words})\b(?P<sterling>\s+sterling\b)?", re.IGNORECASE)


def _currency_word(sentence: str, pos: int, countries: tuple[str, ...]) -> tuple[str, int] | None:
    """"dollars", "U.S. dollars", "Hong Kong dollars", "dlrs", "stg", "USD" after a number."""
    m = _currency_word_rx().match(sentence, pos)
    if m is None:
        iso = _ISO_AFTER.match(sentence, pos)
        code = units.currency_code(iso.group("iso")) if iso else None
        return (code, iso.end()) if code and iso else None
    written, adj = m.group("cur").lower(), m.group("adj").strip()
    if written in ("pounds", "pound") and not m.group("sterling") and not adj:
        return "GBP?", m.end()
    if written in units.WORDS:
        return units.WORDS[written], m.end()
    base = units.base_of(written)
    if base is None:
        return None
    if adj:
        named = units.currency_named(adj.replace("U.S.", "US").replace("U.K.", "UK"), base)
        if named:
            return named, m.end()
    if re.fullmatch(r"[A-Z][a-z]*", m.group("cur")):  # "5 Won" in a headline, "3 Mark Street": not money
        return None
    code = units.currency_of_base(base, countries)
    return (code, m.end()) if code else None


_MEASURE_RX = re.compile(
    r"\s*(?P<unit>" + "|".join(re.escape(u) for u in sorted(units.MEASURES, key=len, reverse=True)) + r")\b"
    r"(?P<of>\s+of\s+(?:[A-Za-z]+\s+){0,2}?(?:oil|crude|gas|grain|wheat|fuel|rice|coal|ore|steel|LNG|aid|food|"
    r"supplies|goods|oil\s+equivalent))?"
    r"(?P<perday>(?:\s+(?!and\b|or\b)[\w']+){0,3}?\s+(?:a|per|each)\s+day\b)?", re.IGNORECASE)


def _measure(sentence: str, pos: int) -> tuple[str, float, int] | None:
    m = _MEASURE_RX.match(sentence, pos)
    if m is None or (m.group("unit") in ("MW", "GW") and not m.group("unit").isupper()):
        return None
    unit, factor = units.MEASURES.get(m.group("unit"), units.MEASURES.get(m.group("unit").lower(), ("", 1.0)))
    if unit == "barrels" and m.group("perday"):
        return "barrels per day", factor, m.end()
    return unit, factor, m.end("of") if m.group("of") else m.end("unit")


def _counted(sentence: str, pos: int) -> tuple[str, int] | None:
    """The counted phrase after a number: "Italian troops", "main detention facilities", "Mexicans";
    after "-strong" the unit it measures ("a 50-strong rescue team"); "100 of its citizens"."""
    strong = sentence.startswith("-strong", pos)
    if strong:
        pos += len("-strong")
    words: list[re.Match[str]] = []
    p = pos
    while len(words) < 4:
        w = _WORD.match(sentence, p)
        if w is None or "\n" in sentence[p : w.start("w")]:
            break
        words.append(w)
        p = w.end()
    if not strong and words and words[0].group("w").lower() == "of" and len(words) >= 3 \
            and words[1].group("w").lower() in ("its", "their", "the", "his", "her", "our"):
        words = words[2:]  # "about 100 of its citizens"
    return _head(words, strong)


def _head(words: list[re.Match[str]], strong: bool) -> tuple[str, int] | None:
    """The first word that can head a counted phrase, with the modifiers before it."""
    for i, w in enumerate(words):
        word = w.group("w")
        low = word.lower().rstrip(".")
        if low in _STOP:
            break
        if _is_head(word) or (strong and (i == len(words) - 1 or words[i + 1].group("w").lower() in _STOP)):
            return " ".join(x.group("w") for x in words[: i + 1]), w.end()
        if i > 0 and word[:1].isupper() and not words[i - 1].group("w")[:1].isupper():
            break  # "troops Italy" : a new phrase begins
    return None


def _is_head(word: str) -> bool:
    low = word.lower()
    if low in _BARE_HEADS:
        return True
    if low in _VERBS_IN_S or len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "'s", "’s", "us")):
        return False
    return word[:1].islower() or units.counted_unit(word) == "people"


def _fractions(sentence: str) -> list[Quantity]:
    """"one-quarter of the cases" -> 25 percent; "cut by a third" -> 33.3 percent."""
    out = []
    for m in FRACTION.finditer(sentence):
        word = next(g for g in m.groups() if g).lower()
        out.append(Quantity(m.start(), m.end(), FRACTIONS[word], "percent", "percent", number_start=m.start()))
    return out
