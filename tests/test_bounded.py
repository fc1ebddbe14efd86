"""Bounded cost: hostile inputs are read in pieces, cut past a limit with the reason, or refused with it;
the indexes that keep the stages linear answer what the scans they replace answered."""

from __future__ import annotations

import random
import re
from datetime import date

from dyad.clean.furniture import CutMap, is_cut
from dyad.clean.limits import read_end, refusal
from dyad.extract.mentions import known_names
from dyad.pipeline import process
from dyad.pool import extract_one
from dyad.records import Cut, Mention, RawDocument, Skipped, Story
from dyad.segment.stories import sentences
from dyad.settings import Settings
from dyad.spans import ByStart, Disjoint, EndedBy
from dyad.stages import Tools
from dyad.times import Context, find_times
from fakes import FakeParser


def test_every_monday_of_a_long_text_is_read() -> None:
    found = find_times("Monday " * 32_000, Context(ref=date(2024, 5, 1)))
    assert len(found) == 32_000
    assert {t.edtf for t in found} == {"2024-04-29"}


def test_a_paragraph_over_a_million_characters_is_split_in_pieces_not_refused_by_spacy() -> None:
    text = "The minister met his counterpart in the capital. " * 23_000  # 1.1 million characters
    limit = Settings().max_parse_chars
    got = sentences(text, [(0, len(text.rstrip()))], [], limit)
    assert max(s.end - s.start for s in got) <= limit
    assert "".join(text[s.start : s.end] for s in got).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert len(got) == 23_000  # the pieces end after full stops: the sentences are those of the text


def test_one_token_of_a_million_characters_becomes_pieces_of_the_longest_parse() -> None:
    text = "a" * 1_000_000
    got = sentences(text, [(0, len(text))], [], 20_000)
    assert [s.end - s.start for s in got] == [20_000] * 50


def test_lines_past_the_limit_are_cut_with_the_reason() -> None:
    text = "a line\n" * 5 + "more\fform\ffeeds\n"
    end, cut = read_end(text, Settings(max_lines=6))
    assert text[:end] == "a line\n" * 5 + "more\f"
    assert cut == Cut(end, len(text), "limit: over 6 lines")
    assert read_end(text, Settings()) == (len(text), None)


def test_a_document_of_many_lines_is_read_up_to_the_limits() -> None:
    text = "".join(f"Line {i} says the minister.\n" for i in range(3_000))
    out = process(RawDocument("many.txt", text, "txt"), Settings(max_lines=2_000, max_sentences=500),
                  FakeParser({}))
    doc = out.document
    reasons = [c.reason for c in doc.cuts if c.reason.startswith("limit")]
    assert reasons == ["limit: over 2,000 lines", "limit: over 500 sentences"]
    assert len(doc.sentences) == 500
    assert doc.paragraphs[-1][1] <= text.index("Line 2000 ")


def test_a_document_over_the_size_limit_is_refused_with_the_reason() -> None:
    raw = RawDocument("big.txt", "é" * 60, "txt")  # 120 bytes
    refused = refusal(raw, Settings(max_document_bytes=100))
    assert refused == Skipped("big.txt", "text is 0.0 MB, over the limit of 0 MB for one document")
    assert refusal(raw, Settings(max_document_bytes=120)) is None
    assert isinstance(extract_one(raw, Tools(Settings(max_document_bytes=100), FakeParser({}))), Skipped)


def test_a_page_of_repeated_paragraphs_cuts_each_repeat() -> None:
    text = "\n\n".join(["The minister met his counterpart on Monday."] * 20_000)
    out = process(RawDocument("page.html", text, "html"), Settings(), FakeParser({}))
    assert len(out.document.paragraphs) == 1
    assert sum(c.reason == "repeated" for c in out.document.cuts) == 19_999


def test_the_cut_map_measures_what_a_scan_of_the_cuts_measures() -> None:
    rng = random.Random(7)
    for _ in range(200):
        cuts, pos = [], 0
        for _ in range(rng.randint(0, 8)):
            pos += rng.randint(0, 10)
            length = rng.randint(1, 10)
            cuts.append(Cut(pos, pos + length, "repeated"))
            pos += length
        cut_map = CutMap(cuts)
        for _ in range(20):
            a = rng.randint(0, pos + 5)
            b = a + rng.randint(1, 30)
            assert cut_map.is_cut(a, b) == is_cut(cuts, a, b)


def _mention(start: int, end: int, kind: str = "person", role: str | None = None) -> Mention:
    return Mention(start, end, "x" * (end - start), kind, None, "x", role)


def test_the_span_indexes_answer_what_scans_answer() -> None:
    rng = random.Random(3)
    spans = sorted({(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 300) for _ in range(120))})
    mentions = [_mention(s, e, role=rng.choice([None, "Minister"])) for s, e in spans]
    index = ByStart(mentions)
    for a in range(0, 320, 7):
        assert index.starting_in(a, a + 15) == [m for m in mentions if a <= m.start < a + 15]
    held: Disjoint[Mention] = Disjoint(mentions)
    kept: list[Mention] = []
    for m in mentions:
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    assert held.items == kept
    for a in range(0, 320, 5):
        assert held.overlapping(a, a + 9) == [k for k in kept if k.start < a + 9 and a < k.end]
    ended = EndedBy([m for m in mentions if m.role])
    for pos in range(0, 320, 11):
        assert ended.upto(pos) == [m for m in mentions if m.role and m.end <= pos]


def test_office_holders_are_found_as_a_regex_of_their_names_finds_them() -> None:
    known = {"Sergey Lavrov": ("RUS", "Foreign Minister"), "Lavrov": ("RUS", "Foreign Minister"),
             "Dar": ("PAK", "Foreign Minister"), "Ishaq Dar": ("PAK", "Foreign Minister")}
    text = "Lavrov met Ishaq Dar; Lavrov-style talks. Sergey Lavrov and Dar, then Lavrovs. (Ishaq Dar)"
    rx = re.compile(r"(?<![\w-])(?:Sergey Lavrov|Ishaq Dar|Lavrov)(?![\w-])")  # names over 3 characters
    got = known_names(text, [(0, len(text))], known)
    assert [(m.start, m.end) for m in got] == [m.span() for m in rx.finditer(text)]
    assert [m.code for m in got] == ["RUS", "PAK", "RUS", "PAK"]


def test_sentences_keep_their_story() -> None:
    text = "One. Two.\n\nThree."
    stories = [Story(0, 0, 9, (), True), Story(1, 11, 17, (), False)]
    got = sentences(text, [(0, 9), (11, 17)], stories)
    assert [(text[s.start : s.end], s.story) for s in got] == [("One.", 0), ("Two.", 0), ("Three.", 1)]



def test_a_sentence_of_thousands_of_numbers_reads_no_indicator_and_stays_linear() -> None:
    from dyad.extract.indicators import MAX_QUANTITIES, find_indicators

    salad = "1 " * (MAX_QUANTITIES * 50)
    assert find_indicators(salad, 0, "x", [], None, "IND-JPN") == []
    prose = "Trade between Japan and India rose 12% to $5.2 billion in 2023."
    assert find_indicators(prose, 0, "x", [], None, "IND-JPN")
