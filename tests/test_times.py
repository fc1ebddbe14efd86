"""The time-expression normaliser: honest precision, EDTF and TIMEX3 values."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyad.times import Context, edtf_bounds, find_times
from dyad.times.resolvers import MONTHS

REF = date(2026, 2, 9)
MONTH_NAMES = [m for m in MONTHS if len(m) > 3 or m == "may"]


def one(text: str, ref: date | None = REF, **kw: object) -> tuple[str | None, str, str | None]:
    found = [t for t in find_times(text, Context(ref=ref, **kw)) if not t.in_name]  # type: ignore[arg-type]
    assert len(found) == 1, found
    t = found[0]
    return t.edtf, t.timex_type, t.timex_value


@pytest.mark.parametrize(
    ("text", "ref", "edtf"),
    [
        ("Last November, the commission met.", REF, "2025-11"),
        ("the 9th Meeting (December 2-4, 2024)", REF, "2024-12-02/2024-12-04"),
        ("they visited Moscow last year", REF, "2025"),
        ("In the 1960s, the USSR helped", None, "196X"),
        ("in February this year", REF, "2026-02"),
        ("in February this year", date(2025, 1, 25), "2025-02"),
        ("on Monday", None, None),
        ("on Monday", REF, "2026-02-09"),
        ("From 2024 to 2025, the speakers", None, "2024/2025"),
        ("built from the 1970s to the 1990s", None, "197X/199X"),
        ("On May 1, 1948, the two states", None, "1948-05-01"),
        ("In November of last year, a delegation", REF, "2025-11"),
        ("on 09 February 2026", None, "2026-02-09"),
        ("three years ago", REF, "2023"),
        ("October 1-2, 2024", None, "2024-10-01/2024-10-02"),
        ("yesterday", REF, "2026-02-08"),
        ("yesterday", None, None),
        ("in the spring of 2024", None, "2024-21"),
        ("in the first quarter of 2025", None, "2025-01/2025-03"),
        ("the 20th century", None, "19XX"),
        ("in the third quarter", REF, "2026-07/2026-09"),
        ("the first half of 2025", None, "2025-01/2025-06"),
        ("by the end of last year", REF, "2025"),
        ("in the '90s", None, "199X"),
    ],
)
def test_examples(text: str, ref: date | None, edtf: str | None) -> None:
    assert one(text, ref)[0] == edtf


def test_month_takes_the_year_of_its_sentence() -> None:
    found = find_times("last year, our leaders met twice, in Beijing in September and in Ashgabat in December",
                       Context(ref=REF))
    assert [t.edtf for t in found] == ["2025", "2025-09", "2025-12"]


def test_a_bare_month_follows_tense() -> None:
    assert one("They met in April", REF, tense="past")[0] == "2025-04"
    assert one("They will meet in April", REF, tense="future")[0] == "2026-04"


def test_narrative_anchor_fills_a_missing_year() -> None:
    assert one("On March 14, a delegation met", None, anchor=date(2018, 5, 1))[0] == "2018-03-14"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("for five years", "DURATION", "P5Y"),
        ("for decades", "DURATION", "PXDE"),
        ("the talks are held annually", "SET", "P1Y"),
        ("every Monday", "SET", "XXXX-WXX-1"),
        ("now", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("in the near future", "DATE", "FUTURE_REF"),
        ("the 1960s", "DATE", "196"),
        ("this morning", "TIME", "2026-02-09TMO"),
        ("at 10 a.m.", "TIME", "2026-02-09T10:00"),
        ("last week", "DATE", "2026-W06"),
    ],
)
def test_timex3_values(text: str, kind: str, value: str) -> None:
    _, t_type, t_value = one(text)
    assert (t_type, t_value) == (kind, value)


def test_counts_and_amounts_are_not_years() -> None:
    assert [t.text for t in find_times("and 2000 troops, $2024 and 2025% growth", Context())] == []


def test_a_year_inside_a_name_is_weak() -> None:
    found = find_times("the Friendship-2024 exercises", Context())
    assert [(t.text, t.in_name) for t in found] == [("2024", True)]


refs = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@given(refs, st.sampled_from(sorted({v: k for k, v in MONTHS.items() if len(k) > 3}.values())))
def test_last_month_name_is_the_previous_such_month(ref: date, name: str) -> None:
    edtf, _, _ = one(f"last {name.title()}", ref)
    assert edtf is not None and len(edtf) == 7  # month precision, never a day
    y, m = map(int, edtf.split("-"))
    months_back = (ref.year * 12 + ref.month) - (y * 12 + m)
    assert 1 <= months_back <= 12


@given(refs, st.integers(min_value=1, max_value=28), st.sampled_from(MONTH_NAMES))
def test_full_dates_round_trip(ref: date, day: int, name: str) -> None:
    month = MONTHS[name]
    text = f"on {name.title()} {day}, {ref.year}"
    edtf, kind, value = one(text, None)
    assert edtf == f"{ref.year:04d}-{month:02d}-{day:02d}" == value
    assert kind == "DATE"


@given(refs, st.integers(min_value=1, max_value=30))
def test_years_ago(ref: date, n: int) -> None:
    assert one(f"{n} years ago", ref)[0] == str(ref.year - n)


@given(refs, st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_weekdays_resolve_within_a_week_and_not_without_a_date(ref: date, day: str) -> None:
    assert one(f"on {day}", None)[0] is None
    edtf, _, _ = one(f"on {day}", ref, tense="past")
    assert edtf is not None
    d = date.fromisoformat(edtf)
    assert timedelta(0) <= ref - d < timedelta(days=7)
    assert d.strftime("%A") == day


@given(st.text(alphabet=st.sampled_from(list("abc 19202X,-–./()MayJuneOnin")), max_size=60))
def test_any_text_gives_well_formed_values(text: str) -> None:
    for t in find_times(text, Context(ref=REF)):
        assert text[t.start : t.end] == t.text
        if t.edtf is not None:
            assert edtf_bounds(t.edtf) is not None, t


def test_without_a_parse_news_speaks_of_the_past_unless_it_says_otherwise() -> None:
    friday = date(2026, 2, 13)
    assert one("The talks took place on Monday.", friday)[0] == "2026-02-09"
    assert one("The minister will travel on Monday.", friday)[0] == "2026-02-16"
    assert one("They met in September.", friday)[0] == "2025-09"
    assert one("The summit will be held in March.", friday)[0] == "2026-03"


def test_titles_with_units_are_not_durations() -> None:
    found = find_times("He told CBS's 60 Minutes that talks lasted 60 minutes.", Context())
    assert [t.text for t in found] == ["60 minutes"]
