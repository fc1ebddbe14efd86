"""Reference dates, furniture, stories: the seeds' traps."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SEEDS, coded, needs_shared
from dyad.clean.furniture import find_cuts
from dyad.ingest.refdate import reference_date
from dyad.records import RawDocument


def seed(prefix: str) -> RawDocument:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return RawDocument(source=str(path), text=path.read_text(), format="txt")


@needs_shared
@pytest.mark.parametrize(("prefix", "expected", "source"), [
    ("000", date(2026, 2, 9), "header"),
    ("001", date(2025, 1, 25), "header"),
    ("002", date(2026, 2, 9), "title"),
    ("003", None, "unknown"),
    ("004", None, "unknown"),  # the "© 2025" footer is not a publication date
])
def test_reference_dates(prefix: str, expected: date | None, source: str) -> None:
    assert reference_date(seed(prefix)) == (expected, source)


def test_metadata_beats_the_text() -> None:
    raw = RawDocument(source="x", text=" date 2026-02-09 Text.", format="txt", published="2024-01-02")
    assert reference_date(raw) == (date(2024, 1, 2), "metadata")


def test_furniture_is_cut_with_reasons_and_words_are_kept() -> None:
    text = ("Home | World | Business | Sport | Opinion\n"
            "Pakistan and Russia held talks in Moscow on trade and energy cooperation today.\n"
            "Related articles\nRussia to expand grain exports\nPakistan budget passes\n\n"
            "Pakistan and Russia held talks in Moscow on trade and energy cooperation today.\n"
            "Follow us on X\n© 2025 Example Media. All rights reserved.\n")
    cuts = find_cuts(text)
    reasons = [c.reason for c in cuts]
    assert reasons == ["navigation", "related", "related", "related", "repeated", "social", "copyright"]
    for c in cuts:
        assert text[c.start : c.end].strip() == text[c.start : c.end]


@needs_shared
def test_the_second_story_is_off_topic_and_its_copy_is_cut() -> None:
    doc = coded(seed("004"))
    text = doc.document.raw.text
    zelensky = text.index("Ukraine’s Zelensky meets Pope Leo")
    story = next(s for s in doc.document.stories if s.start <= zelensky < s.end)
    assert not story.on_topic
    second_copy = text.index("Zelensky on Monday held talks", text.index("Zelensky on Monday held talks") + 10)
    assert any(c.start <= second_copy < c.end and c.reason == "repeated" for c in doc.document.cuts)
    assert any(c.reason == "copyright" for c in doc.document.cuts)
    for ev in doc.events:
        if ev.dyad == "PAK-RUS":
            assert all(e.start < zelensky for e in ev.evidence), ev


@needs_shared
def test_a_sidebar_headline_is_its_own_off_topic_story() -> None:
    doc = coded(seed("002"))
    at = doc.document.raw.text.index("Why Armenia is Getting")
    story = next(s for s in doc.document.stories if s.start <= at < s.end)
    assert not story.on_topic
    assert any(s.on_topic and s.start > at for s in doc.document.stories)


def test_a_headline_run_into_the_text_after_it_is_a_sentence_of_its_own() -> None:
    from dyad.segment.stories import sentences

    text = ("Rebels abandon truce in the north The rebel army says it will defend the villages. "
            "She flew to The Hague on Monday. Talks are held in The Hague.")
    got = [text[s.start : s.end] for s in sentences(text, [(0, len(text))], [])]
    assert got == ["Rebels abandon truce in the north", "The rebel army says it will defend the villages.",
                   "She flew to The Hague on Monday.", "Talks are held in The Hague."]


def test_a_line_with_an_open_quotation_is_no_headline() -> None:
    from dyad.segment.stories import headline_like

    assert headline_like("Rebels Abandon Truce In The North")
    assert not headline_like("India 's envoy asked , `` Who will enforce the zone ?")
    assert not headline_like("The envoy asked, “Who Will Enforce The Zone?")


def test_a_quotation_closed_in_tokenized_form_is_no_headline() -> None:
    from dyad.segment.stories import headline_like

    assert not headline_like("`` The Upheaval In The Region Shows That Stability Needs Dialogue . ''")
    assert not headline_like("“The Upheaval In The Region Shows That Stability Needs Dialogue.’")
