"""The reference date: the dateline's day when it is near the published date, else the usual order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyad.ingest.refdate import reference_date
from dyad.records import RawDocument

STAMP = "RABAT | Sun Feb 20 , 2011 6:47 pm EST RABAT -LRB- Reuters -RRB- - A son of Libya 's leader spoke on Sunday ."


def doc(text: str, published: str | None = None, page_date: str | None = None) -> RawDocument:
    return RawDocument(source="x", text=text, format="txt", published=published, page_date=page_date)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (STAMP, "2011-02-20", (date(2011, 2, 20), "dateline")),
        (STAMP, "2011-02-21", (date(2011, 2, 20), "dateline")),  # a Sunday-evening report filed as Monday's
        (STAMP, "2011-02-23", (date(2011, 2, 20), "dateline")),  # three days: still the dateline
        (STAMP, "2011-02-24", (date(2011, 2, 24), "metadata")),  # too far: the metadata stands
        (STAMP, None, (date(2011, 2, 20), "dateline")),
        ("LONDON | Tue Jun 7 , 2011 6:39 pm BST LONDON -LRB- Reuters -RRB- - Statoil called .", "2011-06-08",
         (date(2011, 6, 7), "dateline")),
        ("WASHINGTON, Jan 5 (AP) — The talks began.", "2012-01-05", (date(2012, 1, 5), "dateline")),
        # a morning paper: the dateline is the day before the published date
        ("In Steep Fall , Dow Lands at Low NEW YORK , Feb. 19 -- The Dow slid .", "2009-02-20",
         (date(2009, 2, 19), "dateline")),
        # a day ahead of the published date (time zones) is allowed, not two
        ("TRIPOLI\\/TUNIS , April 29 -LRB- Reuters -RRB- - Fighting spilled over .", "2011-04-28",
         (date(2011, 4, 29), "dateline")),
        ("TRIPOLI , April 30 -LRB- Reuters -RRB- - Fighting spilled over .", "2011-04-28",
         (date(2011, 4, 28), "metadata")),
        # across the new year, the year before
        ("LONDON , Dec. 31 -LRB- Reuters -RRB- - Markets closed .", "2011-01-01", (date(2010, 12, 31), "dateline")),
        ("KARACHI, June 3 - Pakistan said on Friday.", "1987-06-03", (date(1987, 6, 3), "dateline")),
        # without a year and without a published date, a dateline gives no date
        ("KARACHI, June 3 - Pakistan said on Friday.", None, (None, "unknown")),
        # a dateline without a date leaves the metadata alone
        ("LONDON -LRB- Reuters -RRB- - Britain said .", "2011-02-20", (date(2011, 2, 20), "metadata")),
        # a photo caption's date is not a dateline
        ("Rebels in Ajdabiya March 3 , 2011 . \nThe rebels held the town .", "2011-03-05",
         (date(2011, 3, 5), "metadata")),
    ],
)
def test_reference_date(text: str, published: str | None, expected: tuple[date | None, str]) -> None:
    assert reference_date(doc(text, published)) == expected


def test_the_page_date_is_treated_like_metadata() -> None:
    assert reference_date(doc(STAMP, page_date="2011-02-21")) == (date(2011, 2, 20), "dateline")
    assert reference_date(doc(STAMP, page_date="2012-01-01")) == (date(2012, 1, 1), "page")


def test_without_metadata_the_order_stands() -> None:
    header = " date 2026-02-09 ISLAMABAD, Feb. 8, 2026 (Reuters) - Talks were held."
    assert reference_date(doc(header)) == (date(2026, 2, 9), "header")
    title = "Talks held on February 9, 2026\nISLAMABAD, Feb. 8, 2026 (Reuters) - Talks were held."
    assert reference_date(doc(title)) == (date(2026, 2, 9), "title")
    byline = "Talks held\nPublished: 9 February 2026\nThe talks were held."
    assert reference_date(doc(byline)) == (date(2026, 2, 9), "byline")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(min_value=-3, max_value=1))
def test_a_dateline_day_without_a_year_takes_the_nearest_year(published: date, offset: int) -> None:
    filed = published + timedelta(days=offset)
    if (filed.month, filed.day) == (2, 29):
        return  # no year is named, and February 29 is in few of them
    text = f"LONDON , {filed.strftime('%B')} {filed.day} -LRB- Reuters -RRB- - Markets closed ."
    assert reference_date(doc(text, published.isoformat())) == (filed, "dateline")
