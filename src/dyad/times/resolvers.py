"""How each kind of time expression is resolved against its context, honestly.

One handler per pattern of `normalise.PATTERNS`; each returns a `Resolved` with an EDTF value of
exactly the precision the words give (or None), and the TIMEX3 type and value.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
VAGUE_NUMBERS = {"several", "few", "a few", "many", "some", "couple of", "a couple of"}
UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
              "decade": "DE", "century": "CE", "fortnight": "W"}  # fmt: skip
SEASONS = {"spring": (21, "SP"), "summer": (22, "SU"), "autumn": (23, "FA"), "fall": (23, "FA"),
           "winter": (24, "WI")}  # fmt: skip

@dataclass(frozen=True)
class Context:
    """What resolution may lean on. Any of these may be unknown."""

    ref: date | None = None  # the document's reference date
    tense: str | None = None  # "past" | "future" | "present": the governing verb's tense
    frame_year: int | None = None  # a year given elsewhere in the same sentence ("last year ... in May")
    anchor: date | None = None  # the last full date of the narrative, for documents with no date
    previous: str | None = None  # the last date (EDTF) of the sentence before: "Two days earlier, ..." counts from it


@dataclass(frozen=True)
class Resolved:
    edtf: str | None
    timex_type: str
    timex_value: str | None
    needs_year: bool = False
    point: bool = True
    year: int | None = None  # the year this expression fixes, usable as a frame for others
    shift: tuple[int, str] | None = None  # "two days later": (+2, "day") from the expression before it


Handler = Callable[[re.Match[str], Context], Resolved]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _ymd(y: int, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _number(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _year_for(month: int, day: int | None, ctx: Context) -> int | None:
    """The year of a month (and day) given without one: from the sentence, else the reference date."""
    if ctx.frame_year is not None:
        return ctx.frame_year
    base = ctx.ref or ctx.anchor
    if base is None:
        return None
    tense = ctx.tense if ctx.ref is not None else (ctx.tense or "past")
    here = (month, day or 1)
    now = (base.month, base.day if day else 1)
    if tense == "past":
        return base.year if here <= now else base.year - 1
    if tense == "future":
        return base.year if here >= now else base.year + 1
    # no tense: the reading nearest the reference date, the past winning a tie
    day_here = min(day or 1, 28)
    readings = [base.year - 1, base.year, base.year + 1]
    return min(readings, key=lambda y: (abs((date(y, month, day_here) - base).days), y > base.year))


# --- handlers: one per pattern -------------------------------------------------------------------


def _a_day(y: int, mo: int, d: int) -> Resolved:
    if not _valid(y, mo, d):
        return Resolved(None, "DATE", None)
    v = _ymd(y, mo, d)
    return Resolved(v, "DATE", v, year=y)


def _absolute_day(m: re.Match[str], ctx: Context) -> Resolved:
    return _a_day(int(m["y"]), _month(m["m"]) if m["m"] else int(m["mo"]), int(re.sub(r"\D", "", m["d"])))


def _day_range(m: re.Match[str], ctx: Context) -> Resolved:
    m1 = _month(m["m"])
    m2 = _month(m["m2"]) if m.groupdict().get("m2") else m1
    d1, d2 = int(re.sub(r"\D", "", m["d"])), int(re.sub(r"\D", "", m["d2"]))
    y = int(m["y"]) if m.groupdict().get("y") else _year_for(m1, d1, ctx)
    if y is None:
        return Resolved(None, "DATE", f"XXXX-{m1:02d}-{d1:02d}", needs_year=True)
    if not (_valid(y, m1, d1) and _valid(y, m2, d2)) or (m2, d2) < (m1, d1):
        return Resolved(None, "DATE", None)
    a, b = _ymd(y, m1, d1), _ymd(y, m2, d2)
    return Resolved(f"{a}/{b}", "DATE", a, needs_year=not m.groupdict().get("y"), year=y)


def _month_year(m: re.Match[str], ctx: Context) -> Resolved:
    y, mo = int(m["y"]), _month(m["m"])
    v = _ymd(y, mo)
    return Resolved(v, "DATE", v, year=y)


def _month_relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    mo = _month(m["m"])
    shift = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1, "coming": 1}[m["rel"].lower()]
    base = ctx.ref
    if base is None:
        return Resolved(None, "DATE", f"XXXX-{mo:02d}", needs_year=True)
    y = base.year + shift
    v = _ymd(y, mo)
    return Resolved(v, "DATE", v, year=y)


def _last_next_month(m: re.Match[str], ctx: Context) -> Resolved:
    """"last November": the most recent November before the reference month."""
    mo = _month(m["m"])
    if ctx.ref is None:
        return Resolved(None, "DATE", f"XXXX-{mo:02d}", needs_year=True)
    rel = m["rel"].lower()
    ref = ctx.ref
    if rel in ("last", "past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    elif rel in ("next", "coming"):
        y = ref.year if mo > ref.month else ref.year + 1
    else:
        y = ref.year
    v = _ymd(y, mo)
    return Resolved(v, "DATE", v, year=y)


def _day_no_year(m: re.Match[str], ctx: Context) -> Resolved:
    mo, d = _month(m["m"]), int(re.sub(r"\D", "", m["d"]))
    y = _year_for(mo, d, ctx)
    if y is not None and m.groupdict().get("wd") and ctx.frame_year is None:
        y = _year_of_weekday(y, mo, d, m["wd"], ctx.ref or ctx.anchor)
    if y is None or not _valid(y, mo, d):
        return Resolved(None, "DATE", f"XXXX-{mo:02d}-{d:02d}", needs_year=True)
    v = _ymd(y, mo, d)
    return Resolved(v, "DATE", v, needs_year=True, year=y)


def _year_of_weekday(y: int, mo: int, d: int, weekday: str, base: date | None) -> int:
    """"Friday , September 26" said on 2008-09-24: the year, within half a year of the reference date,
    in which that day is a Friday (2008, though the tense alone would say 2007); else `y`."""
    wd = next(v for k, v in WEEKDAYS.items() if k.startswith(weekday.lower().rstrip(".")[:3]))
    if base is None or (_valid(y, mo, d) and date(y, mo, d).weekday() == wd):
        return y
    fits = [date(x, mo, d) for x in (y - 1, y, y + 1) if _valid(x, mo, d) and date(x, mo, d).weekday() == wd]
    near = [f for f in fits if abs(f - base) <= timedelta(days=183)]
    return min(near, key=lambda f: abs(f - base)).year if near else y


def _month_alone(m: re.Match[str], ctx: Context) -> Resolved:
    mo = _month(m["m"])
    y = _year_for(mo, None, ctx)
    if y is None:
        return Resolved(None, "DATE", f"XXXX-{mo:02d}", needs_year=True)
    v = _ymd(y, mo)
    return Resolved(v, "DATE", v, needs_year=True, year=y)


def _iso_day(m: re.Match[str], ctx: Context) -> Resolved:
    return _a_day(int(m["y"]), int(m["mo"]), int(m["d"]))


def _year_range(m: re.Match[str], ctx: Context) -> Resolved:
    a = int(m["y"])
    b_txt = m["y2"]
    b = int(b_txt) if len(b_txt) == 4 else int(str(a)[:2] + b_txt)
    if b <= a:
        return Resolved(None, "DATE", None)
    return Resolved(f"{a}/{b}", "DATE", str(a), year=None)


def _decade_range(m: re.Match[str], ctx: Context) -> Resolved:
    a, b = m["d1"], m["d2"]
    return Resolved(f"{a}X/{b}X", "DATE", a)


def _decade(m: re.Match[str], ctx: Context) -> Resolved:
    return Resolved(f"{m['d1']}X", "DATE", m["d1"])


def _century(m: re.Match[str], ctx: Context) -> Resolved:
    n = int(m["n"])
    return Resolved(f"{n - 1:02d}XX", "DATE", f"{n - 1:02d}")


def _year(m: re.Match[str], ctx: Context) -> Resolved:
    y = int(m["y"])
    return Resolved(str(y), "DATE", str(y), year=y)


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolved:
    """this/last/next year, month, week; with "earlier"/"later"/"late" modifiers kept out of the value."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    shift = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[rel]
    ref = ctx.ref
    if unit == "year":
        if ref is None:
            return Resolved(None, "DATE", "PAST_REF" if shift < 0 else ("FUTURE_REF" if shift else "PRESENT_REF"))
        y = ref.year + shift
        return Resolved(str(y), "DATE", str(y), year=y)
    if ref is None:
        return Resolved(None, "DATE", None)
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 + shift
        v = _ymd(k // 12, k % 12 + 1)
        return Resolved(v, "DATE", v, year=k // 12)
    if unit == "week" and shift:
        return _week_around(ref, shift)
    if unit in ("week", "weekend"):
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        iso = monday.isocalendar()
        if unit == "weekend":
            sat = monday + timedelta(days=5)
            return Resolved(f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}", "DATE",
                            f"{iso[0]}-W{iso[1]:02d}-WE")
        return Resolved(f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "DATE",
                        f"{iso[0]}-W{iso[1]:02d}")
    return Resolved(None, "DATE", None)


def _week_around(ref: date, shift: int) -> Resolved:
    """"last week": the seven days that end the day before the reference date; "next week": the seven
    days after it. TIMEX3 keeps TimeML's calendar week (the one before or after the reference's)."""
    first = ref - timedelta(days=7) if shift < 0 else ref + timedelta(days=1)
    iso = (ref + timedelta(weeks=shift)).isocalendar()
    return Resolved(f"{first.isoformat()}/{(first + timedelta(days=6)).isoformat()}", "DATE", f"{iso[0]}-W{iso[1]:02d}")


def _ago(m: re.Match[str], ctx: Context) -> Resolved:
    n = _number(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if n is None or ctx.ref is None:
        return Resolved(None, "DATE", "PAST_REF")
    ref = ctx.ref
    if unit == "year":
        if ref.year - n < 1:
            return Resolved(None, "DATE", "PAST_REF")  # "7000 years ago": before the calendar we write
        return Resolved(_ymd(ref.year - n), "DATE", _ymd(ref.year - n), year=ref.year - n)
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 - n
        v = _ymd(k // 12, k % 12 + 1)
        return Resolved(v, "DATE", v)
    if unit in ("day", "week"):
        d = ref - timedelta(days=n * (7 if unit == "week" else 1))
        if unit == "week":
            iso = d.isocalendar()
            monday = d - timedelta(days=d.weekday())
            return Resolved(f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "DATE",
                            f"{iso[0]}-W{iso[1]:02d}")
        return Resolved(d.isoformat(), "DATE", d.isoformat())
    return Resolved(None, "DATE", "PAST_REF")


def _anaphor(m: re.Match[str], ctx: Context) -> Resolved:
    """"two days later", "the previous day", "the day before": a shift from the expression before it,
    applied by `shifted` once that is known; on its own, unresolved."""
    n = _number(m.groupdict().get("n") or "one")
    unit = m["unit"].lower().rstrip("s")
    if n is None:  # "several days later": no count to shift by
        return Resolved(None, "DATE", None)
    sign = -1 if m["dir"].lower() in ("earlier", "previous", "before") else 1
    return Resolved(None, "DATE", None, shift=(sign * n, unit))


def shifted(base: Resolved, shift: tuple[int, str]) -> Resolved:
    """`base` moved by `shift`, at the precision both allow: days from a day, months from a month or a
    day, years from anything with a year; else unresolved."""
    n, unit = shift
    m = re.fullmatch(r"(\d{4})(?:-(0[1-9]|1[0-2]))?(?:-(\d{2}))?", base.edtf or "")  # not a range or season
    if not m:
        return Resolved(None, "DATE", None)
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if unit in ("day", "week") and mo and d and _valid(y, mo, d):
        v = (date(y, mo, d) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        return Resolved(v, "DATE", v)
    if unit == "month" and mo:
        k = y * 12 + mo - 1 + n
        v = _ymd(k // 12, k % 12 + 1)
        return Resolved(v, "DATE", v)
    if unit == "year" and y + n >= 1:
        return Resolved(_ymd(y + n), "DATE", _ymd(y + n))
    return Resolved(None, "DATE", None)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "last night": -1, "the day before yesterday": -2,
            "the day after tomorrow": 2, "earlier in the day": 0, "later in the day": 0}  # fmt: skip
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _deictic(m: re.Match[str], ctx: Context) -> Resolved:
    word = re.sub(r"\s+", " ", m["x"].lower())
    if ctx.ref is None:
        return Resolved(None, "DATE", "PRESENT_REF" if word == "today" else None)
    d = ctx.ref + timedelta(days=_DEICTIC[word])
    part = next((code for k, code in _PART_OF_DAY.items() if word.endswith(k)), None)
    if part:
        return Resolved(d.isoformat(), "TIME", f"{d.isoformat()}T{part}")
    return Resolved(d.isoformat(), "DATE", d.isoformat())


def _weekday(m: re.Match[str], ctx: Context) -> Resolved:
    wd = WEEKDAYS[m["w"].lower()]
    rel = (m["rel"] or "").lower()
    if ctx.ref is None:
        return Resolved(None, "DATE", f"XXXX-WXX-{wd + 1}")
    ref = ctx.ref
    back = (ref.weekday() - wd) % 7  # days since the last such weekday (0 = today)
    ahead = (wd - ref.weekday()) % 7
    if rel == "last" or (rel != "next" and ctx.tense == "past"):
        d = ref - timedelta(days=back if rel != "last" or back else 7)
    elif rel in ("next", "coming") or ctx.tense == "future":
        d = ref + timedelta(days=ahead if ahead or rel not in ("next",) else 7)
    else:  # no tense: the nearest, the past winning a tie
        d = ref - timedelta(days=back) if back <= ahead else ref + timedelta(days=ahead)
    part = _PART_OF_DAY.get((m["part"] or "").lower())
    if part:
        return Resolved(d.isoformat(), "TIME", f"{d.isoformat()}T{part}")
    return Resolved(d.isoformat(), "DATE", d.isoformat())


def _season(m: re.Match[str], ctx: Context) -> Resolved:
    code, tx = SEASONS[m["s"].lower()]
    if m["y"]:
        y: int | None = int(m["y"])
    elif ctx.ref is not None:
        rel = (m["rel"] or "this").lower()
        y = ctx.ref.year + {"this": 0, "last": -1, "next": 1}.get(rel, 0)
    else:
        y = ctx.frame_year
    if y is None:
        return Resolved(None, "DATE", f"XXXX-{tx}", needs_year=True)
    return Resolved(f"{y}-{code}", "DATE", f"{y}-{tx}", year=y)


def _quarter(m: re.Match[str], ctx: Context) -> Resolved:
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[m["q"].lower()]
    if not m.groupdict().get("y"):
        base = ctx.frame_year or (ctx.ref.year if ctx.ref else None)
        if base is None:
            return Resolved(None, "DATE", f"XXXX-Q{q}", needs_year=True)
        a, b = 3 * q - 2, 3 * q
        return Resolved(f"{_ymd(base, a)}/{_ymd(base, b)}", "DATE", f"{base}-Q{q}", needs_year=True, year=base)
    y = int(m["y"])
    a, b = 3 * q - 2, 3 * q
    return Resolved(f"{_ymd(y, a)}/{_ymd(y, b)}", "DATE", f"{y}-Q{q}", year=y)


def _half(m: re.Match[str], ctx: Context) -> Resolved:
    first = m["h2"].lower() in ("the first half", "h1")
    y = int(m["y"])
    a, b = (1, 6) if first else (7, 12)
    return Resolved(f"{_ymd(y, a)}/{_ymd(y, b)}", "DATE", f"{y}-H{1 if first else 2}", year=y)


def _end_of(m: re.Match[str], ctx: Context) -> Resolved:
    """"the end of the year": the year (or month, week) meant; TimeML marks the end with a modifier."""
    rel = m["rel"].lower()
    fake = re.match(r"(?P<rel>\w+) (?P<unit>\w+)", f"{'this' if rel == 'the' else rel} {m['unit'].lower()}")
    assert fake is not None
    return _relative_unit(fake, ctx)


def _clock(m: re.Match[str], ctx: Context) -> Resolved:
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    mi = int(m["mi"] or 0)
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    return Resolved(None, "TIME", f"{day}T{h:02d}:{mi:02d}", point=False)


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
         "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "in recent years": "PAST_REF",
         "in the past": "PAST_REF", "previously": "PAST_REF", "in the future": "FUTURE_REF",
         "in the near future": "FUTURE_REF", "soon": "FUTURE_REF", "in the coming years": "FUTURE_REF",
         "the future": "FUTURE_REF", "the past": "PAST_REF", "as of today": "PRESENT_REF"}  # fmt: skip


def _vague(m: re.Match[str], ctx: Context) -> Resolved:
    return Resolved(None, "DATE", _REFS[re.sub(r"\s+", " ", m["x"].lower())], point=False)


def _duration(m: re.Match[str], ctx: Context) -> Resolved:
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    code = UNIT_CODES[unit]
    n_txt = re.sub(r"\s+", " ", (m["n"] or "").lower())
    n = _number(n_txt) if n_txt and n_txt not in VAGUE_NUMBERS else None
    if unit == "fortnight" and n is not None:
        n *= 2
    time_unit = unit in ("hour", "minute")
    value = f"P{'T' if time_unit else ''}{n if n is not None else 'X'}{code}"
    return Resolved(None, "DURATION", value, point=False)


def _plural_duration(m: re.Match[str], ctx: Context) -> Resolved:
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    return Resolved(None, "DURATION", f"PX{UNIT_CODES[unit]}", point=False)


_SET_VALUES = {"annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
               "monthly": "P1M", "every month": "P1M", "each month": "P1M", "weekly": "P1W",
               "every week": "P1W", "each week": "P1W", "daily": "P1D", "every day": "P1D",
               "each day": "P1D"}  # fmt: skip


def _set(m: re.Match[str], ctx: Context) -> Resolved:
    x = re.sub(r"\s+", " ", m["x"].lower())
    if x in _SET_VALUES:
        return Resolved(None, "SET", _SET_VALUES[x], point=False)
    wd = re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", x)
    if wd:
        return Resolved(None, "SET", f"XXXX-WXX-{WEEKDAYS[wd.group(1)] + 1}", point=False)
    per = re.search(r"(year|month|week|day)", x)
    return Resolved(None, "SET", f"P1{UNIT_CODES[per.group(1)] if per else 'Y'}", point=False)


class _Rel:
    """Adapter: "November of last year" reads like "November last year" once "the" is dropped."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str:
        v = self._m[key]
        return v.split()[-1] if key == "rel" else v


def _month_of_relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    return _month_relative_year(_Rel(m), ctx)  # type: ignore[arg-type]


def _recent_units(m: re.Match[str], ctx: Context) -> Resolved:
    return Resolved(None, "DATE", "PAST_REF", point=False)


def _short_decade(m: re.Match[str], ctx: Context) -> Resolved:
    return Resolved(f"19{m['d']}X", "DATE", f"19{m['d']}")


def _is_handler(fn: object) -> bool:
    code = getattr(fn, "__code__", None)
    return code is not None and code.co_argcount == 2 and code.co_varnames[:2] == ("m", "ctx")


# handler name (as the pattern table writes it) -> handler: every `_name(m, ctx)` of this module
HANDLERS: dict[str, Handler] = {name.lstrip("_"): fn for name, fn in list(globals().items())
                                if name.startswith("_") and _is_handler(fn)}
