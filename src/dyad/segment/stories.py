"""Paragraphs, sentences and stories.

A page may carry two unrelated stories (a second article, a sidebar headline). Mid-page
headline lines start blocks; a block that does not mention both countries of the document's
dyad but does mention others is a different story: kept, marked off-topic, and its events are
not attributed to the document's dyad by default.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from dyad.clean.furniture import CutMap
from dyad.gazetteer import successor
from dyad.nlp import sentence_splitter
from dyad.records import Cut, Mention, Sentence, Story
from dyad.segment.countries import mention_role
from dyad.spans import ByStart

HEADLINE_MAX = 160
LEAD_WEIGHT_CHARS = 1500  # mentions in the lead count double when choosing the document's dyad


def paragraphs(text: str, cuts: list[Cut]) -> list[tuple[int, int]]:
    """Non-empty lines (hard-wrapped lines joined), minus furniture; offsets into `text`."""
    out: list[tuple[int, int]] = []
    pos = 0
    lines = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body), body))
        pos += len(line)
    wrapped = _looks_hard_wrapped([b for _, _, b in lines])
    furniture = CutMap(cuts)
    cur: tuple[int, int] | None = None
    for start, _end, body in lines:
        s = body.strip()
        if not s:
            if cur:
                out.append(cur)
            cur = None
            continue
        lead = start + len(body) - len(body.lstrip())
        tail = start + len(body.rstrip())
        if furniture.is_cut(lead, tail):
            if cur:
                out.append(cur)
            cur = None
            continue
        if wrapped and cur:
            cur = (cur[0], tail)
        else:
            if cur:
                out.append(cur)
            cur = (lead, tail)
    if cur:
        out.append(cur)
    return out


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Most lines end near one width without closing punctuation: a text wrapped at ~70-80 columns."""
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 6:
        return False
    widths = [len(ln) for ln in full]
    width = sorted(widths)[int(len(widths) * 0.9)]
    if not 50 <= width <= 100:
        return False
    near = sum(1 for ln in full if len(ln) >= width - 15 and not ln.rstrip().endswith((".", "”", '"', ":", "?")))
    return near > len(full) * 0.5


def headline_like(s: str) -> bool:
    s = s.strip()
    words = s.split()
    return (
        0 < len(s) <= HEADLINE_MAX
        and len(words) >= 3
        and not s.endswith((".", ",", ";", ":", "!", "”", '"', ")", "''", "’", "»"))  # a quotation's close
        and sum(1 for w in words if w[:1].isupper()) >= 2
        and not s.startswith(("-", "•", "*"))
        and not _open_quote(s)
    )


def _open_quote(s: str) -> bool:
    """A quotation opened and not closed: the line is a sentence running on to the next one
    ("the ambassador asked, `` Who will enforce it ?"), never a headline."""
    return s.count("``") > s.count("''") or s.count("“") > s.count("”") or s.count('"') % 2 == 1


def document_dyad(mentions: list[Mention], text: str) -> tuple[str, str] | None:
    """The two countries the document is most about: parties count fully, places a little, and what is
    talked about ("sanctions on Libya", "talks over Syria") about half: a report on a conflict pairs the
    country it is about with each side that acts on it."""
    weight = {"party": 1.0, "place": 0.4, "topic": 0.6}
    counts: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.kind in ("country", "person") and m.code:
            counts[successor(m.code)] += weight[mention_role(m, text)] * (2 if m.start < LEAD_WEIGHT_CHARS else 1)
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    if len(top) < 2:
        return None
    a, b = sorted(top)
    return (a, b)


def _blocks(text: str, paras: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Paragraphs grouped into blocks, each mid-page headline line opening a new one."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for i, (s, e) in enumerate(paras):
        if i > 0 and headline_like(text[s:e]) and blocks[-1]:
            blocks.append([])
        blocks[-1].append((s, e))
    return [b for b in blocks if b]


def _codes(mentions: ByStart[Mention], s: int, e: int) -> Counter[str]:
    return Counter(successor(m.code) for m in mentions.starting_in(s, e)
                   if m.code and m.kind in ("country", "person", "place"))


def find_stories(text: str, paras: list[tuple[int, int]],
                 mentions: list[Mention]) -> tuple[list[Story], tuple[str, str] | None]:
    """Stories over the paragraphs, and the document's dyad: that of its first story, since a page
    opens with its own article and carries others (related stories, a second article) after it."""
    if not paras:
        return [], None
    blocks = _blocks(text, paras)
    by_start = ByStart(mentions)  # each block asks only for its own mentions
    dyad = None
    for b in blocks:
        dyad = document_dyad(by_start.starting_in(b[0][0], b[-1][1]), text)
        if dyad:
            break
    dyad = dyad or document_dyad(mentions, text)
    # a headline about something else is a story of one line ("Why Armenia is ...")
    split: list[list[tuple[int, int]]] = []
    for i, b in enumerate(blocks):
        head_s, head_e = b[0]
        parties = {successor(m.code) for m in by_start.starting_in(head_s, head_e)
                   if m.code and mention_role(m, text) == "party"}
        if i > 0 and len(b) > 1 and dyad and headline_like(text[head_s:head_e]) and parties - set(dyad):
            split += [[b[0]], b[1:]]
        else:
            split.append(b)
    stories: list[Story] = []
    prev_on = True
    for b in split:
        s, e = b[0][0], b[-1][1]
        countries = tuple(c for c, _ in _codes(by_start, s, e).most_common())
        lone_headline = len(b) == 1 and e - s <= HEADLINE_MAX and headline_like(text[s:e])
        if dyad is None or set(dyad) <= set(countries):
            on = True
        elif not countries:
            on = prev_on
        else:
            # a section about a third country is still this story; a block that is mostly about other
            # countries, after a headline of its own, is another one ("Zelensky meets the Pope")
            on = countries[0] in dyad and prev_on
        if lone_headline and set(countries) - set(dyad or ()):
            on = False
        if stories and stories[-1].on_topic and on:
            last = stories[-1]
            stories[-1] = Story(last.index, last.start, e, tuple(dict.fromkeys(last.countries + countries)), True)
        else:
            stories.append(Story(len(stories), s, e, countries, on))
        if not (lone_headline and not on):  # a sidebar headline does not change the topic of what follows
            prev_on = on
    return stories, dyad


# A headline run into the text after it ("rebels abandon ceasefire The rebel army says ..."): a
# capitalised "The" after a lower-case word, unless that word takes a title ("in The Hague",
# "told The Times", "under The Mental Health Act").
_SEAM = re.compile(r"\b(?P<word>[a-z][a-z'-]*) (?=The\s)")
_TAKES_TITLE = {"in", "of", "at", "to", "from", "with", "for", "on", "by", "under", "into", "about", "as", "via",
                "and", "or", "but", "the", "a", "an", "said", "says", "told", "tells", "called", "named", "read",
                "reads", "like", "than", "is", "was", "are", "were", "be", "been", "newspaper", "daily", "magazine",
                "weekly", "paper", "against", "over", "after", "before", "titled", "entitled", "dubbed", "see"}
_MIN_HEADLINE_WORDS = 3


def _seams(sentence: str) -> list[int]:
    """Where headlines run into the text that follows them, as offsets into the sentence."""
    out: list[int] = []
    for m in _SEAM.finditer(sentence):
        if m.group("word") in _TAKES_TITLE:
            continue
        before = sentence[(out[-1] if out else 0) : m.end()].split()
        if len(before) >= _MIN_HEADLINE_WORDS:
            out.append(m.end())
    return out


def sentences(text: str, paras: list[tuple[int, int]], stories: list[Story],
              longest: int = 20_000) -> list[Sentence]:
    """Rule-based sentences inside each paragraph, split again where a headline runs into the text
    after it; newlines are read as spaces (same length). A paragraph longer than `longest` characters
    (`Settings.max_parse_chars`) goes to the splitter in pieces of at most that length, so no sentence
    is longer and no text reaches spaCy's own limit (a million characters) whole."""
    nlp = sentence_splitter()
    out: list[Sentence] = []
    pieces = [(p_idx, s, e) for p_idx, (ps, pe) in enumerate(paras) for s, e in _pieces(text, ps, pe, longest)]
    texts = (text[s:e].replace("\n", " ").replace("\r", " ") for _, s, e in pieces)
    ends = [st.end for st in stories]
    for (p_idx, ps, _pe), doc in zip(pieces, nlp.pipe(texts, batch_size=64), strict=True):
        story = _story_at(stories, ends, paras[p_idx][0])
        for sent in doc.sents:
            s0, e0 = ps + sent.start_char, ps + sent.end_char
            cuts = [s0] + [s0 + c for c in _seams(text[s0:e0])] + [e0]
            for s, e in zip(cuts, cuts[1:], strict=False):
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    out.append(Sentence(len(out), s, e, story, p_idx))
    return out


def _story_at(stories: list[Story], ends: list[int], pos: int) -> int:
    """The story a paragraph starting at `pos` belongs to (0 if none): stories follow one another, so
    the first ending at or after `pos` is found by bisection."""
    i = bisect_left(ends, pos)
    return stories[i].index if i < len(stories) and stories[i].start <= pos else 0


_BREAK = re.compile(r"[.!?][\s]+(?=\S)|\s+(?=\S)")  # after a sentence's full stop, else after a space


def _pieces(text: str, start: int, end: int, longest: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most `longest` characters, each ending after the last full stop in
    its second half (else the last space, else where the limit falls), each starting at a word."""
    out: list[tuple[int, int]] = []
    while end - start > longest:
        cut = start + longest
        half = start + longest // 2
        breaks = list(_BREAK.finditer(text, half, cut))
        stops = [m.end() for m in breaks if m.group()[0] in ".!?"]
        cut = (stops or [m.end() for m in breaks] or [cut])[-1]
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out
