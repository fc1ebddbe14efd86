"""Time expressions: find them, and normalise them against a reference date.

The output is honest about precision: "last November" in a text of 2026-02-09 is `2025-11`,
never a day; a weekday with no reference date stays unresolved (edtf None). Each expression
also gets a TIMEX3 type and value as TimeML writes them (DATE, TIME, DURATION, SET;
decades as `196`, PAST_REF / PRESENT_REF / FUTURE_REF for vague references).

How it works, in order:
1. every pattern below is matched over the text (month names must be capitalised, so the
   verb "may" and the name "March" in "the March of Dimes"-like uses are rarer hits);
2. overlapping candidates are resolved by keeping the longest, then the earliest;
3. each kept candidate is resolved with `Context` (reference date, verb tense, a frame year
   from the same sentence, or a narrative anchor for documents with no date); without a parsed
   tense, the tense of the expression's own clause is read from the words near it (`_Tenses`:
   "said on Monday he would" is a past Monday, "would convene on Monday" the next one);
4. "two days later", "the previous day" are counted from the expression before them.

Every step is linear in the length of the text (a text of "Monday " 16,000 times takes a fraction of
a second), so a long page cannot stall the pipeline.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from dyad.records import TimeExpression
from dyad.times.resolvers import HANDLERS, MONTHS, WEEKDAYS, Context, Handler, Resolved, _year, shifted

_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
    r"|(?:Jan|Mar|Jun|Jul)(?=\s+[0-3]?\d\b))"  # wire style "Jun 7", "Mon Jan 3 , 2011": only before a day
)
_W = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[6-9]\d\d|20\d\d|2100)"
_DASH = r"\s*(?:-|–|—|to|until|through)\s*"
_C = r"\s?,?\s+"  # between day and year: "Feb 20, 2011", tokenized "Feb 20 , 2011", or "20 February 2011"
# a weekday before a date: "Wednesday, March 23", "Wednesday , March 23", the wire stamp's "Sun Feb 20"
_WP = r"(?:(?P<wd>{W}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)\s?,?\s+)?"
_PART = r"(?i:early|mid|late)(?:-|\s+)"  # "mid-March", "late April": the month, no finer
_ENDS = r"\s*(?:[.,;:!?)'\"`\n]|-|$|(?:and|but|or|when|while|as|in|on|at|after|before)\b)"  # nothing follows
_NUM = r"(?i:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty" \
       r"|forty|fifty|hundred|several|a\s+few|few|many|some|a\s+couple\s+of|couple\s+of)"
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|fortnights?)"
_PREP_BEFORE_YEAR = {
    "in", "since", "until", "till", "by", "from", "to", "of", "during", "before", "after", "through",
    "between", "and", "early", "late", "mid", "year", "for", "around", "circa", "throughout", "spring",
    "summer", "autumn", "winter", "fall", "or", "than", "on", "as", "at", "fiscal", "financial",
}  # fmt: skip


# --- the patterns ---------------------------------------------------------------------------------
# One a line: priority, handler (in `resolvers`), regex. {M} {W} {D} {Y} {DASH} {NUM} {UNIT} stand for
# the month, weekday, day, year, range dash, number and unit patterns above, {C} for what stands between
# a day and its year, {WP} for a weekday before a date, {PART} for "early"/"mid-"/"late" before a month,
# {ENDS} for the end of a phrase ("the day before ." but not "the day before the vote"); (?i:...) is matched in
# any case. The expression's extent is the named group "x" if present, else the whole match, so a
# leading "in"/"on" is not part of it (as in TimeML).
_PATTERN_TABLE = r"""
9 day_range \b(?P<x>{WP}(?P<m>{M})\s+(?P<d>{D}){DASH}(?P<m2>{M})\s+(?P<d2>{D}){C}(?P<y>{Y}))\b
9 day_range \b(?P<x>(?P<m>{M})\s+(?P<d>{D})\s*(?:-|–|—|(?i:to|and))\s*(?P<d2>{D})(?:{C}(?P<y>{Y}))?)\b
9 day_range \b(?i:between|from)\s+(?P<x>(?P<m>{M})\s+(?P<d>{D})\s*(?i:and|to|until|till|through)\s*(?P<m2>{M})\s+(?P<d2>{D})(?:{C}(?P<y>{Y}))?)\b
9 day_range \b(?P<x>(?P<d>{D})\s*(?:-|–|—|(?i:to|and))\s*(?P<d2>{D})\s+(?P<m>{M})(?:{C}(?P<y>{Y}))?)\b
8 absolute_day \b(?P<x>{WP}(?P<m>{M})\s+(?P<d>{D}){C}(?P<y>{Y}))\b
8 absolute_day \b(?P<x>{WP}(?:(?i:the)\s+)?(?P<d>{D})\s+(?:(?i:of)\s+)?(?P<m>{M}){C}(?P<y>{Y}))\b
8 iso_day \b(?P<x>(?P<y>1[6-9]\d\d|20\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d))\b
7 month_relative_year \b(?P<x>(?P<m>{M})\s+(?P<rel>(?i:this|last|next|previous|following))\s+(?i:year))\b
7 month_of_relative_year \b(?P<x>(?P<m>{M})\s+(?i:of)\s+(?P<rel>(?i:this|last|next|the previous|the following))\s+(?i:year))\b
7 month_year \b(?P<x>(?:{PART})?(?P<m>{M})(?:\s+of)?{C}(?P<y>{Y}))\b
7 last_next_month \b(?P<x>(?P<rel>(?i:last|next|this|past|previous|coming))\s+(?P<m>{M}))\b
6 day_no_year \b(?P<x>{WP}(?P<m>{M})\s+(?P<d>{D}))\b(?!\s*[-–,]?\s*\d)
6 day_no_year \b(?P<x>{WP}(?:(?i:the)\s+)?(?P<d>{D})\s+(?:(?i:of)\s+)?(?P<m>{M}))\b(?!\s*,?\s*\d)
5 month_alone (?<![\w-])(?:(?i:in|since|until|till|by|from|to|of|for|during|through|before|after|between|and|or|early|late|mid-|end of|beginning of|start of|last|next|this)\s*)(?P<x>(?P<m>{M}))\b(?!\s+\d)
6 month_alone (?<![\w-])(?P<x>{PART}(?P<m>{M}))\b(?!\s+\d)
6 year_range (?<![$£€\d.,])\b(?P<x>(?:(?i:from|between)\s+)?(?:(?i:the)\s+)?(?P<y>{Y})\s*(?:-|–|—|(?i:to|and|until|till|through))\s*(?P<y2>{Y}|\d\d))\b(?![-–/]?\d|%|\.\d)
6 decade_range \b(?P<x>(?:(?i:from|between)\s+)?(?i:the)\s+(?:(?i:early|mid|late)[-\s])?(?P<d1>1[6-9]\d|20\d)0s\s+(?i:to|until|through|and)\s+(?:(?i:the)\s+)?(?:(?i:early|mid|late)[-\s])?(?P<d2>1[6-9]\d|20\d)0s)\b
5 decade \b(?P<x>(?:(?i:the)\s+)?(?:(?i:early|mid|late)[-\s])?(?P<d1>1[6-9]\d|20\d)0s)\b
5 century \b(?P<x>(?:(?i:the)\s+)?(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)\s+(?i:century))\b
6 relative_unit \b(?P<x>(?:(?i:early|late|earlier|later)\s+)?(?P<rel>(?i:this|last|next|past|previous|coming|current))\s+(?P<unit>(?i:year|month|week|weekend)))\b
7 ago \b(?P<x>(?P<n>{NUM})\s+(?P<unit>(?i:{UNIT}))\s+(?i:ago|earlier))\b
8 anaphor \b(?P<x>(?P<n>{NUM})\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?P<dir>(?i:earlier|later)))\b
7 anaphor \b(?P<x>(?i:the)\s+(?P<dir>(?i:previous|next|following))\s+(?P<unit>(?i:day)))\b
7 anaphor \b(?P<x>(?i:the)\s+(?P<unit>(?i:day))\s+(?P<dir>(?i:before|after)))\b(?={ENDS})
6 deictic \b(?P<x>(?i:the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night|earlier in the day|later in the day))\b
5 weekday \b(?P<x>(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?(?P<w>{W})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?)\b
6 season \b(?P<x>(?:(?P<rel>(?i:this|last|next))\s+|(?<=(?i:in the)\s))(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>{Y}))?)\b
7 season \b(?P<x>(?P<s>(?i:spring|summer|autumn|winter))\s+(?:(?i:of)\s+)?(?P<y>{Y}))\b
8 quarter \b(?P<x>(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\s+(?:(?i:of)\s+)?(?P<y>{Y}))\b
6 quarter \b(?P<x>(?i:the)\s+(?P<q>(?i:first|second|third|fourth))\s+(?i:quarter))\b(?!\s+(?:of\s+)?\d)
8 half \b(?P<x>(?P<h2>(?i:the first half|the second half|H1|H2))\s+(?:(?i:of)\s+)?(?P<y>{Y}))\b
7 end_of \b(?P<x>(?i:the end of)\s+(?P<rel>(?i:this|last|next|the))\s+(?P<unit>(?i:year|month|week)))\b
4 recent_units \b(?P<x>(?i:recent)\s+(?i:weeks|months|days|years|decades))\b
5 short_decade (?P<x>'(?P<d>[0-9])0s)\b
6 clock \b(?P<x>(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[AP]\.M\.|am|pm|AM|PM))(?!\w)
3 vague \b(?P<x>(?i:in the near future|in the coming years|in recent years|in the future|in the past(?!\s+(?:week|month|year)\b)|at present|at the moment|as of today|nowadays|currently|recently|lately|these days|previously|now|soon))\b
4 duration \b(?P<x>(?:(?:(?i:the|a|an))\s+)?(?:(?:(?i:last|past|next|coming|first|previous|following))\s+)?(?P<n>{NUM})[\s-]+(?P<unit>(?i:{UNIT}))(?:-long)?)\b(?!\s+(?:ago|earlier))
3 plural_duration \b(?:(?i:for|over|in|within)\s+)(?P<x>(?P<unit>(?i:years|months|weeks|days|decades|centuries)))\b
5 set \b(?P<x>(?i:annually|yearly|monthly|weekly|daily)|(?i:every|each)\s+(?i:year|month|week|day)|(?i:every)\s+{W}|(?i:once|twice|three times)\s+(?i:a|per)\s+(?i:year|month|week|day))\b
"""


def _compile_patterns() -> list[tuple[re.Pattern[str], Handler, int]]:
    parts = {"M": _M, "W": _W, "D": _D, "Y": _Y, "DASH": _DASH, "NUM": _NUM, "UNIT": _UNIT, "C": _C,
             "WP": _WP.format(W=_W), "PART": _PART, "ENDS": _ENDS}
    out = []
    for line in _PATTERN_TABLE.strip().splitlines():
        priority, handler, rx = line.split(" ", 2)
        out.append((re.compile(rx.format(**parts)), HANDLERS[handler], int(priority)))
    return out


PATTERNS = _compile_patterns()


_YEAR_RE = re.compile(r"(?<![\d$£€.,/:])\b(?P<y>1[6-9]\d\d|20\d\d|2100)\b(?![\d%]|,\d|\.\d|\s*(?:per\s?cent|percent|%))")
_STRONG_TIME_PREP = {"in", "since", "until", "till", "during", "by", "from", "through", "throughout", "before", "after"}
_COUNTED_NOUN = re.compile(r"\s+(?!was\b|has\b|does\b|as\b|is\b|this\b)[a-z]{3,}s\b")
_NAME_BEFORE = re.compile(r"([A-Z][\w’']*|[A-Z]{2,})[\s-]$")


def _year_candidates(text: str) -> list[tuple[int, int, re.Match[str], bool]]:
    """Bare years: kept after a preposition or at a clause start; inside a name ("Aman 2025") as weak."""
    out = []
    for m in _YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        word = re.search(r"([A-Za-z]+)[\s-]*$", before)
        prev = word.group(1).lower() if word else ""
        stripped = before.rstrip()
        if _NAME_BEFORE.search(before) and prev not in MONTHS and prev not in WEEKDAYS and prev not in _PREP_BEFORE_YEAR:
            out.append((m.start(), m.end(), m, True))  # "Aman 2025", "Friendship-2024"
        elif prev not in _STRONG_TIME_PREP and _COUNTED_NOUN.match(text, m.end()):
            continue  # "and 2000 troops": a count, not a year
        elif prev in _PREP_BEFORE_YEAR or not stripped or stripped[-1] in "(,;:[" or stripped.endswith("’s"):
            out.append((m.start(), m.end(), m, False))
    return out


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    match: re.Match[str]
    handler: Handler
    in_name: bool = False


def _candidates(text: str) -> list[_Candidate]:
    cands: list[_Candidate] = []
    for rx, handler, prio in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span("x") if "x" in rx.groupindex else m.span()
            if e > s:
                cands.append(_Candidate(s, e, prio, m, handler))
    for s, e, m, weak in _year_candidates(text):
        cands.append(_Candidate(s, e, 2, m, _year, in_name=weak))
    # longest first, then higher priority, then earliest; keep what does not overlap a kept one
    # (a map of the characters already taken: linear in the text, however many candidates there are)
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken = bytearray(len(text))
    kept: list[_Candidate] = []
    for c in cands:
        if taken.find(1, c.start, c.end) == -1:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def find_times(text: str, ctx: Context | None = None, *, offset: int = 0) -> list[TimeExpression]:
    """All time expressions in `text`, resolved against `ctx`. Offsets are shifted by `offset`.

    A month or day given without a year takes the year of another expression in the same text
    when there is exactly one such year ("last year, ... in September"), else the reference date.
    "Two days later", "the previous day" count from the expression before them in the same text
    ("exploded on 20 April and sank two days later"), or from `ctx.previous` (the sentence before's
    last date), and stay unresolved without one.
    """
    ctx = ctx or Context()
    cands = _candidates(text)
    tenses = None if ctx.tense else _Tenses(text)
    by_tense = {t: replace(ctx, tense=t) for t in ("past", "future")}
    first = [(c, c.handler(c.match, by_tense.get(tenses.at(c.start, c.end) or "", ctx) if tenses else ctx))
             for c in cands]
    if ctx.frame_year is None:
        years = {r.year for c, r in first if r.year is not None and not r.needs_year and not c.in_name}
        if len(years) == 1:
            frame = replace(ctx, frame_year=years.pop())
            first = [(c, c.handler(c.match, frame) if r.needs_year else r) for c, r in first]
    first = _resolve_anaphors(first, Resolved(ctx.previous, "DATE", ctx.previous) if ctx.previous else None)
    out = []
    for c, r in first:
        if _TITLE_UNIT.search(text[c.start : c.end]):
            continue  # "60 Minutes", "28 Days Later": a title, not a time
        out.append(
            TimeExpression(
                start=c.start + offset,
                end=c.end + offset,
                text=text[c.start : c.end],
                edtf=r.edtf,
                timex_type=r.timex_type,
                timex_value=r.timex_value,
                needs_year=r.needs_year,
                in_name=c.in_name,
                point=r.point and r.edtf is not None or (r.point and r.timex_type == "DATE"),
            )
        )
    return out


def _resolve_anaphors(found: list[tuple[_Candidate, Resolved]],
                      before: Resolved | None = None) -> list[tuple[_Candidate, Resolved]]:
    """Each "N days later" / "the day before" counted from the point expression just before it (or
    from `before`, the last one of the sentence before)."""
    out: list[tuple[_Candidate, Resolved]] = []
    last: Resolved | None = before
    for c, r in found:
        if r.shift is not None:
            r = shifted(last, r.shift) if last is not None else r
        if r.point and r.edtf and not c.in_name:
            last = r
        out.append((c, r))
    return out


_TITLE_UNIT = re.compile(r"\d\s+(?:Minutes|Hours|Days|Weeks|Months|Years|Decades)\b")
# What marks a clause as speaking of the future or the past, without a parse. Modals count as future,
# future-in-the-past "would" too ("said the congress would convene on Monday"), unless "have" follows
# ("would have been"); so does a participle after a future auxiliary ("will be held"); past: "said",
# "was", irregular past forms and words in -ed. Marker words are matched as written (lower case), so the
# month "May" is not the modal.
_FUTURE_WORDS = (r"(?:will|would|shall|should|could|may|might|must|can|ca(?=\s*n[’']t)|wo(?=\s*n[’']t)|'ll)"
                 r"(?!(?:\s+not|\s*n[’']t)?\s+have\b)|going\s+to|(?:is|are|was|were)\s+to|scheduled|due\s+to|set\s+to"
                 r"|plans?\s+to|planned|(?:expected|likely|about)\s+to|upcoming|forthcoming|next|intends?\s+to|aims?\s+to")
_PAST_WORDS = (r"said|told|was|were|had|did|met|took|held|gave|made|went|came|began|fought|left|sent|won|lost|saw"
               r"|spoke|brought|fell|rose|broke|threw|led|struck|flew|fled|drove|ran|wrote|chose|found|kept|paid"
               r"|sold|stood|thought|caught|spent|became|got|shot|sank|withdrew|overthrew|swept|knew|heard|sought"
               r"|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)"  # not an adjective: "the proposed talks", "slimmed-down"
               r"(?!(?:ne|inde|spe|proce|exce|succe|fe|se|re|sh|hundr|bre|cre|gre|we|emb)ed\b)[a-z]{2,}ed(?!-)")
_MARKER = re.compile(rf"\b(?:(?P<future>{_FUTURE_WORDS})|(?P<past>{_PAST_WORDS}))\b")
_SINCE = re.compile(r"\bsince\s+$")  # "since Friday": always a day gone by
# "will be held", "could be moved", "to be released"; not "had to be moved"
_GOVERNED = re.compile(r"\b(?:will|would|shall|should|could|may|might|must|can|n[’']t|'ll|(?<!had\s)(?<!has\s)(?<!have\s)to)"
                       r"(?:\s+(?:not|also|then|now|soon|only|still))*\s+(?:be|get)\s+$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


class _Tenses:
    """The tense of each expression's clause, read once over the whole text: the nearest tense marker
    before the expression in its sentence, else the nearest after it, else none: then the date nearest
    the reference date is read ("on 30 May" in a story of 25 May is five days ahead, not a year back)."""

    def __init__(self, text: str) -> None:
        self.breaks = [m.end() for m in _SENTENCE_END.finditer(text)]
        marks = list(_MARKER.finditer(text))
        self.starts = [m.start() for m in marks]
        self.kinds = ["future" if m.group("future") or _GOVERNED.search(text, max(0, m.start() - 40), m.start())
                      else "past" for m in marks]
        self.text = text

    def at(self, start: int, end: int) -> str | None:
        if _SINCE.search(self.text, max(0, start - 7), start):
            return "past"
        i = bisect_right(self.breaks, start)
        left = self.breaks[i - 1] if i else 0
        j = bisect_right(self.breaks, end)
        right = self.breaks[j] if j < len(self.breaks) else len(self.text)
        k = bisect_left(self.starts, start) - 1
        if k >= 0 and self.starts[k] >= left:
            return self.kinds[k]
        k = bisect_left(self.starts, end)
        if k < len(self.starts) and self.starts[k] < right:
            return self.kinds[k]
        return None
