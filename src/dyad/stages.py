"""The extraction stages, each with one signature: `stage(work, tools) -> work`.

`Work` is the frozen state of one document on its way through the pipeline; every stage fills
its own fields with `dataclasses.replace`, and reads only what earlier stages filled. Nothing
here touches a database, so the stages run the same in one process, a pool or a cluster.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import cast

from spacy.tokens import Doc

from dyad.clean.furniture import CutMap, find_cuts
from dyad.clean.limits import read_end, sentence_limit
from dyad.extract.agenda import find_agenda
from dyad.extract.authors import author_host, find_author
from dyad.extract.bodies import find_bodies
from dyad.extract.events import SentenceContext, extract_events
from dyad.extract.indicators import find_indicators
from dyad.extract.mentions import known_names, people, record_names, resolve_people, titled_people
from dyad.extract.screen import EVENT_WORDS, may_hold_agenda, may_hold_event, may_hold_number
from dyad.extract.sectors import SECTOR_WORDS
from dyad.extract.statements import (
    SpeakerMemory,
    addressed_sides,
    said_when,
    speaker_of,
    stance,
    statement_class,
)
from dyad.gazetteer import successor
from dyad.ingest.refdate import reference_date
from dyad.nlp import Parser, entities_only, parse_reusing_entities, parser
from dyad.records import (
    AgendaMention,
    Document,
    Event,
    Evidence,
    Extracted,
    Indicator,
    Mention,
    RawDocument,
    Sentence,
    Statement,
)
from dyad.resolve.duplicates import signature
from dyad.segment.countries import country_mentions, mention_role, theatre
from dyad.segment.stories import document_dyad, find_stories, paragraphs, sentences
from dyad.segment.textview import parse_view
from dyad.settings import Settings
from dyad.spans import ByStart, Disjoint, EndedBy
from dyad.times import Context, Dateline, find_dateline, find_times, parse_iso_date


@dataclass
class Tools:
    """What the stages use besides the document: the settings, and the parser (loaded on first use)."""

    settings: Settings = field(default_factory=Settings)
    given_parser: Parser | None = None
    # people the record already ties to a side (name -> ISO3), for documents that name them bare
    people_sides: dict[str, str] = field(default_factory=dict)

    @property
    def parser(self) -> Parser:
        if self.given_parser is None:
            self.given_parser = cast(Parser, parser(self.settings.model_names))
        return self.given_parser


@dataclass(frozen=True)
class Work:
    raw: RawDocument
    document: Document | None = None
    countries: tuple[Mention, ...] = ()  # countries and organisations from the gazetteer
    parses: tuple[tuple[Sentence, Doc], ...] = ()  # the screened sentences and their parses
    entities: tuple[tuple[Sentence, Doc], ...] = ()  # the other sentences with names: entities only
    people: tuple[Mention, ...] = ()
    bodies: tuple[Mention, ...] = ()
    titled: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # name -> (ISO3, role) by title
    author: Mention | None = None
    author_host: str | None = None
    dateline: Dateline | None = None  # where the report was filed ("RABAT, Feb 20 (Reuters) -"): no event's date
    theatre: str | None = None  # the country the story happens in (`segment.countries.theatre`), with its people
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    agenda: tuple[AgendaMention, ...] = ()
    signature: tuple[int, ...] = ()

    @property
    def doc(self) -> Document:
        assert self.document is not None, "the clean stage runs first"
        return self.document

    def mentions(self) -> tuple[Mention, ...]:
        return tuple(sorted(self.countries + self.people + self.bodies, key=lambda m: (m.start, m.end)))

    def usable(self) -> list[Sentence]:
        """Sentences of on-topic stories that are not page furniture."""
        d = self.doc
        on_topic = d.on_topic_stories()
        furniture = CutMap(d.cuts)
        return [s for s in d.sentences if s.story in on_topic and not furniture.is_cut(s.start, s.end)]

    def extracted(self) -> Extracted:
        return Extracted(document=self.doc, mentions=self.mentions(), author=self.author, events=self.events,
                         indicators=self.indicators, agenda=self.agenda, statements=self.statements,
                         signature=self.signature, parsed_sentences=len(self.parses))


Stage = Callable[[Work, Tools], Work]


def clean(work: Work, tools: Tools) -> Work:
    """The reference date, page furniture (as cuts) and paragraphs."""
    text = work.raw.text
    ref, ref_source = reference_date(work.raw)
    end, past_limit = read_end(text, tools.settings)  # furniture and paragraphs are read up to a limit
    cuts = find_cuts(text[:end]) + ([past_limit] if past_limit else [])
    return replace(work, document=Document(work.raw, ref, ref_source, tuple(cuts),
                                           tuple(paragraphs(text[:end], cuts))))


def segment(work: Work, tools: Tools) -> Work:
    """Countries named in each paragraph, the stories they make, the sentences, the document's dyad."""
    d, text = work.doc, work.raw.text
    titled = titled_people(text)
    found = [m for s, e in d.paragraphs for m in country_mentions(text[s:e], offset=s)]
    dateline = find_dateline(text)
    if dateline is not None:  # "VIENTIANE —", "RABAT -LRB- Reuters -RRB-": where the report was filed
        found = [replace(m, kind="place", as_government=False) if m.kind == "country" and
                 dateline.start <= m.start < dateline.end else m for m in found]
    # office holders named anywhere count towards what the document is about ("Modi met Ishiba")
    named = known_names(text, d.paragraphs, titled)
    taken = Disjoint(named)
    named += [m for s, e in d.paragraphs for m in record_names(text[s:e], s, tools.people_sides, taken)]
    stories, dyad = find_stories(text, list(d.paragraphs), sorted(found + named, key=lambda m: m.start))
    sents, past_limit = sentence_limit(sentences(text, list(d.paragraphs), stories, tools.settings.max_parse_chars),
                                       text, tools.settings)
    cuts = d.cuts + ((past_limit,) if past_limit else ())
    document = replace(d, cuts=cuts, stories=tuple(stories), sentences=tuple(sents), dyad=dyad)
    return replace(work, document=document, countries=tuple(found), people=tuple(named),
                   bodies=tuple(find_bodies(text)), titled=titled, dateline=dateline)


def find_entities(work: Work, tools: Tools) -> Work:
    """Named entities of every usable sentence with a name in it (the tagger and parser are not run:
    people are found everywhere, events only where the screen lets the parser read)."""
    text = work.raw.text
    known = work.mentions()
    names = {w for m in known for w in m.text.split()}
    by_start = ByStart(known)
    named = [s for s in work.usable() if _unknown_name(text, s, by_start.starting_in(s.start, s.end))]
    ents = entities_only(tools.parser, (parse_view(text[s.start : s.end], names) for s in named))
    return replace(work, entities=tuple(zip(named, ents, strict=True)))


_NAME = re.compile(r"(?<=[\s(])[A-Z][a-z]+")  # a capitalised word after the first: maybe a name
_NOT_NAMES = frozenset(list(calendar.month_name[1:]) + list(calendar.day_name))  # English unless a locale is set


def _unknown_name(text: str, sent: Sentence, here: list[Mention]) -> bool:
    """Whether a sentence has a capitalised word after its first that is not already a known
    country, body or person (`here`: those starting in the sentence), nor a month or weekday: only
    then may the recogniser add a name."""
    named = bytearray(sent.end - sent.start)  # the characters inside a known name: one pass, not one per word
    for m in here:
        named[m.start - sent.start : m.end - sent.start] = b"\x01" * (min(m.end, sent.end) - m.start)
    return any(w[0] not in _NOT_NAMES and not named[w.start() - sent.start]
               for w in _NAME.finditer(text, sent.start + 1, sent.end))


def parse(work: Work, tools: Tools) -> Work:
    """The sentences that may hold an event, parsed (the costly step, so screened first)."""
    text = work.raw.text
    limit = tools.settings.max_parse_chars
    known = work.mentions()
    by_start = ByStart(known)
    # a second, unrelated story on the page (a sidebar, related headlines) is not read for events
    chosen = [s for s in work.usable() if s.end - s.start <= limit
              and (may_hold_event(text, s.start, s.end, by_start.starting_in(s.start, s.end), work.doc.dyad)
                   or may_hold_agenda(text, s.start, s.end))]
    names = {w for m in known for w in m.text.split()}
    recognised = {s.index: doc for s, doc in work.entities}
    docs = parse_reusing_entities(tools.parser, [parse_view(text[s.start : s.end], names) for s in chosen],
                                  [recognised.get(s.index) for s in chosen])
    return replace(work, parses=tuple(zip(chosen, docs, strict=True)))


def find_people(work: Work, tools: Tools) -> Work:
    """People (from the entities, with roles read around them) tied to countries over the whole
    document, and the author of an op-ed or speech."""
    text = work.raw.text
    titled = work.titled
    held = Disjoint(work.people)  # the people found so far never overlap one another
    for sent, parsed in work.entities:
        for p in people(parsed.ents, text, sent.start, titled):
            inside = [k for k in held.overlapping(p.start, p.end) if p.start <= k.start and k.end <= p.end]
            if inside and all(k.end - k.start < p.end - p.start for k in inside):
                for k in inside:  # "Sergei Lavrov" over its "Lavrov"
                    held.remove(k)
            if not held.overlapping(p.start, p.end):
                held.add(p)
    found = resolve_people(held.items, text)
    # a name that is a person's is not a city's ("Austin said")
    persons = Disjoint(found)
    countries = tuple(m for m in work.countries if m.kind != "place" or not persons.overlapping(m.start, m.end))
    if tools.people_sides:  # "Mr Bush", named in earlier documents with his country
        found = [replace(m, code=tools.people_sides.get(m.name) or tools.people_sides.get(m.name.split()[-1]) or None)
                 if m.code is None else m for m in found]
    # the document's two countries again, now that its people count for theirs ("Mr Cameron")
    d = work.doc
    first = next((st for st in d.stories if st.on_topic), None)
    inside = [m for m in countries + tuple(found) if first is None or first.start <= m.start < first.end]
    dyad = document_dyad(inside, text) or d.dyad
    return replace(work, document=replace(d, dyad=dyad), countries=countries, people=tuple(found),
                   theatre=theatre(countries, text),
                   author=find_author(text), author_host=author_host(text))


def find_events(work: Work, tools: Tools) -> Work:
    """Events of each parsed sentence, with the mentions of that sentence."""
    d, text = work.doc, work.raw.text
    anchors = _narrative_anchors(d) if d.ref_date is None else {}
    mentions = ByStart(work.mentions())
    people = EndedBy([m for m in mentions.items if m.kind == "person" and m.code])
    out: list[Event] = []
    pair: tuple[str, str] | None = None
    for sent, parsed in work.parses:  # in text order, as `EndedBy` asks
        before = people.upto(sent.start)
        ctx = SentenceContext(source=d.source, document_text=text, document_id=d.id, ref=d.ref_date,
                              anchor=anchors.get(sent.index), previous=_last_date(d, sent.index - 1),
                              story_dyad=d.dyad,
                              mentions=mentions.starting_in(sent.start, sent.end),
                              author_side=work.author.code if work.author else None, sentence_index=sent.index,
                              last_person=before[-1] if before else None, recent_pair=pair or d.dyad,
                              author_host=work.author_host, theatre=work.theatre,
                              dateline=(work.dateline.start, work.dateline.end) if work.dateline else None)
        sents = list(parsed.sents)
        for span in sents if len(sents) == 1 else [parsed[:]]:
            found = extract_events(span, ctx, sent.start)
            out.extend(found)
            pair = next((_pair(e.dyad) for e in reversed(found) if e.dyad), pair)
    return replace(work, events=tuple(out))


def find_statements(work: Work, tools: Tools) -> Work:
    """Who said what: reported speech with its speaker, and the author's own first-person claims; a
    statement of one side about or to another is also an event of their pair."""
    d, text = work.doc, work.raw.text
    memory = SpeakerMemory()
    titles = work.titled
    mentions = ByStart(work.mentions())
    with_role = EndedBy([m for m in mentions.items if m.kind == "person" and m.role])
    out, events = [], []
    covered = {e.sentence for e in work.events if e.type == "statement"}
    usable = work.usable()
    for i, s in enumerate(usable):
        sentence = text[s.start : s.end]
        here = mentions.starting_in(s.start, s.end)
        seen = with_role.upto(s.start)
        speaker, first = speaker_of(sentence, s.start, here, memory, work.author, titles, seen)
        if speaker is None or (first and re.search(r"[“”\"]", sentence)):
            continue  # "we" inside a quotation is the quoted speaker's, not the author's
        score, tone = stance(sentence)
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        speaker = _speaker_side(speaker, here, d, text)
        others = addressed_sides(speaker, here, text) or _addressed_before(speaker, usable[max(0, i - 2) : i],
                                                                             mentions, text, d)
        dyad = "-".join(sorted({successor(speaker.code), successor(others[0])})) if speaker.code and others else None
        st = Statement(
            speaker=speaker.name, speaker_role=speaker.role, side=speaker.code,
            date=d.ref_date.isoformat() if d.ref_date else None,
            topic=tuple(k for k, v in SECTOR_WORDS.items() if words & v), stance=score, tone=tone, dyad=dyad,
            first_person=first, evidence=(_saying(d.source, text, s, speaker),), document_id=d.id)
        out.append(st)
        if dyad and s.index not in covered:
            times = find_times(sentence, Context(ref=d.ref_date, tense="past"), offset=s.start)
            # a saying with no time of its own in a sentence that has one day only: said that day ("Obama
            # spoke earlier in the day with Sarkozy and the White House said they agreed ...")
            days = {t.edtf for t in times if t.point and t.edtf and len(t.edtf) == 10}
            when = said_when(sentence, s.start, times) or (days.pop() if len(days) == 1 else None)
            events.append(_statement_event(st, others, sentence, s, when))
    return replace(work, statements=tuple(out), events=work.events + tuple(events))


_JOINED = re.compile(r"(?:,?\s+and|;|,\s+but)\s+(?P<det>the\s+)?$")


def _saying(source: str, text: str, s: Sentence, speaker: Mention) -> Evidence:
    """The evidence of a statement: its sentence; or, when the speaker opens a clause joined to one that
    reports a happening of its own ("Obama spoke with Sarkozy and the White House said they agreed
    ..."), that clause alone, so the happening and the saying each keep their own words."""
    lead = text[s.start : speaker.start] if s.start < speaker.start < s.end else ""
    m = _JOINED.search(lead)
    if m is not None and EVENT_WORDS.search(lead, 0, m.start()):
        start = s.start + m.end() - len(m.group("det") or "")
        return Evidence(source, start, s.end, text[start : s.end])
    return Evidence(source, s.start, s.end, text[s.start : s.end])


def _addressed_before(speaker: Mention, before: list[Sentence], mentions: ByStart, text: str,
                      d: Document) -> list[str]:
    """The side a statement naming no other side speaks to: the one other side the sentences just
    before it name ("Mexico criticised the quarantine. China rejected the criticism, saying ..."),
    if that side is of the story's pair with the speaker's."""
    if not speaker.code or d.dyad is None or successor(speaker.code) not in d.dyad:
        return []
    rest = set(d.dyad) - {successor(speaker.code)}
    if len(rest) != 1:
        return []
    (other,) = rest
    for s in reversed(before):
        named = {successor(m.code) for m in mentions.starting_in(s.start, s.end) if m.code
                 and mention_role(m, text) != "place"} - {successor(speaker.code)}
        if named:
            return [other] if named == {other} else []
    return []


def _speaker_side(speaker: Mention, here: list[Mention], d: Document, text: str) -> Mention:
    """A speaker the text ties to no country, speaking of one side of the story, is the story's other
    side ("Obama said Gaddafi must go" in a report on Libya and the United States)."""
    if speaker.code or speaker.kind not in ("person", "org") or d.dyad is None:
        return speaker
    spoken_of = {successor(m.code) for m in here if m.code and m is not speaker}
    if len(spoken_of) == 1 and spoken_of < set(d.dyad):
        (other,) = set(d.dyad) - spoken_of
        return replace(speaker, code=other)
    return speaker


def _statement_event(st: Statement, others: list[str], sentence: str, s: Sentence, when: str | None) -> Event:
    """A stated position of one side toward another, as an event of their pair."""
    plover, mode, cameo, goldstein = statement_class(sentence, st.stance)
    assert st.side is not None
    pairs = ["-".join(sorted({successor(st.side), successor(o)})) for o in others]
    summary = " ".join(sentence.split())
    return Event(type="statement", plover=plover, plover_mode=mode, cameo=cameo, goldstein=goldstein, date=when,
                 status="occurred", dyad=pairs[0], dyads=tuple(dict.fromkeys(pairs)), source_actor=st.side,
                 target_actor=others[0], participants=(st.speaker,) if st.speaker_role else (),
                 summary=summary[:197].rsplit(" ", 1)[0] + "…" if len(summary) > 200 else summary, confidence=0.5,
                 evidence=st.evidence, document_id=st.document_id, trigger="said", sentence=s.index)


def find_indicators_stage(work: Work, tools: Tools) -> Work:
    """Numbers about the document's dyad, from its on-topic sentences."""
    d, text = work.doc, work.raw.text
    dyad = "-".join(d.dyad) if d.dyad else None
    mentions = ByStart(m for m in work.mentions() if m.code)
    # (a weaker reading too: the side of the pair the text names as a place more than the other)
    where = work.theatre or (theatre(work.countries, text, among=d.dyad, at_least=1) if d.dyad else None)
    out: list[Indicator] = []
    for s in work.usable():
        if not may_hold_number(text, s.start, s.end):
            continue
        sentence = text[s.start : s.end]
        here = mentions.starting_in(s.start, s.end)
        times = find_times(sentence, Context(ref=d.ref_date), offset=s.start)
        out += [replace(i, document_id=d.id) for i in find_indicators(sentence, s.start, d.source, times,
                                                                        d.ref_date, dyad, here, where)]
    return replace(work, indicators=tuple(out))


def find_agenda_stage(work: Work, tools: Tools) -> Work:
    """Where the dyad's projects, agreements, talks and sanctions stand, as of the document's date,
    from the parsed sentences of its on-topic stories."""
    d, text = work.doc, work.raw.text
    as_of = d.ref_date.isoformat() if d.ref_date else None
    out: list[AgendaMention] = []
    previous: list[AgendaMention] = []
    dyad = "-".join(d.dyad) if d.dyad else None  # only on-topic stories are parsed (`Work.usable`)
    for sent, parsed in work.parses:
        found = find_agenda(parsed[:], text[sent.start : sent.end], sent.start, d.source, as_of, previous)
        out += [replace(m, dyad=dyad) for m in found]
        previous = found or previous
    return replace(work, agenda=tuple(out))


def fingerprint(work: Work, tools: Tools) -> Work:
    """The MinHash signature of the usable text, for near-duplicates."""
    text = work.raw.text
    return replace(work, signature=tuple(signature(" ".join(text[s:e] for s, e in work.doc.paragraphs))))


def _pair(dyad: str) -> tuple[str, str]:
    a, b = dyad.split("-")
    return (a, b)


def _last_date(doc: Document, index: int) -> str | None:
    """The last date of a sentence given to the day, for "two days earlier" in the sentence after it."""
    if index < 0 or index >= len(doc.sentences):
        return None
    s = doc.sentences[index]
    text = doc.text[s.start : s.end]
    days = [t.edtf for t in find_times(text, Context(ref=doc.ref_date, anchor=None))
            if t.point and t.edtf and len(t.edtf) == 10 and not t.in_name]
    return days[-1] if days else None


def _narrative_anchors(doc: Document) -> dict[int, date]:
    """For a document with no date: the last full date written before each sentence, in its story."""
    out: dict[int, date] = {}
    last: dict[int, date] = {}
    for s in doc.sentences:
        if s.story in last:
            out[s.index] = last[s.story]
        for t in find_times(doc.text[s.start : s.end], Context()):
            if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf) and not t.needs_year:
                d = parse_iso_date(t.edtf)
                if d:
                    last[s.story] = d
    return out
