"""The pipeline, in order: ingest → clean → segment → extract → resolve (→ store, by the caller).

`process` turns one RawDocument into a ProcessedDocument; it touches no database, so the same
function runs in one process, in a pool, or on a cluster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dyad.clean.furniture import find_cuts, is_cut
from dyad.extract.agenda import AgendaMention, find_agenda
from dyad.extract.authors import find_author
from dyad.extract.events import NOUN_TRIGGERS, SECTOR_WORDS, VERB_TRIGGERS, SentenceContext, extract_events
from dyad.extract.indicators import Indicator, find_indicators
from dyad.extract.mentions import known_names, people, titled_people
from dyad.extract.statements import SpeakerMemory, Statement, speaker_of, stance
from dyad.ingest.refdate import reference_date
from dyad.nlp import parser
from dyad.records import Cut, Event, Evidence, Mention, RawDocument, Sentence, Story
from dyad.resolve.actors import find_bodies
from dyad.resolve.duplicates import signature
from dyad.resolve.events import finer, nested
from dyad.segment.countries import country_mentions
from dyad.segment.stories import find_stories, paragraphs, sentences
from dyad.settings import Settings
from dyad.times import Context, find_times, parse_iso_date

# Irregular forms the stems below would miss; screening must never drop a real trigger.
_IRREGULAR = ["met", "sold", "bought", "built", "struck", "shot", "seized", "held", "took", "paid", "made",
              "signed", "talks", "drills", "exercises", "visits", "inked", "flew", "hosted", "agreed", "withdrew",
              "withdrawn", "freed", "sought", "began", "begun", "sent", "gave", "given", "brought", "told"]


# Triggers that only count in a collocation are screened by the collocation, so that the
# commonest verbs ("take", "come", "help") do not send every sentence to the parser.
_WEAK = {"take", "come", "enter", "help", "mark", "celebrate", "commemorate", "round", "call", "conversation",
         "march", "free", "cut", "fire", "open", "rally"}
_COLLOCATIONS = [r"into\s+force", r"t[ao]ken?\s+effect|took\s+effect", r"anniversar", r"(?:tele)?phone",
                 r"rounds?\s+of\s+(?:talks|consultations|negotiations)", r"called\s+(?:on|for|upon)",
                 r"calls?\s+(?:on|for|upon)", r"march(?:ed|es|ing)\s+(?:on|to|through|against|in)", r"freed",
                 r"cut\s+(?:off\s+)?(?:ties|relations|aid|supplies|exports)", r"fir(?:ed|es|ing)\s+(?:on|at|\w+\s+)",
                 r"open(?:ed|s|ing)?\b", r"rall(?:ied|y|ies)\s+(?:in|outside|against|to)"]


def _screen_regex() -> re.Pattern[str]:
    words = (set(VERB_TRIGGERS) | set(NOUN_TRIGGERS) | set(_IRREGULAR)) - _WEAK
    stems = sorted({w[:-1] if len(w) > 4 and w.endswith("e") else w for w in words}, key=len, reverse=True)
    alternatives = [re.escape(s) for s in stems] + _COLLOCATIONS
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


SCREEN = _screen_regex()


@dataclass
class ProcessedDocument:
    raw: RawDocument
    ref_date: date | None
    ref_source: str
    cuts: list[Cut]
    stories: list[Story]
    sentences: list[Sentence]
    mentions: list[Mention]
    dyad: tuple[str, str] | None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    signature: list[int] = field(default_factory=list)  # MinHash of the usable text, for near-duplicates
    indicators: list[Indicator] = field(default_factory=list)
    agenda: list[AgendaMention] = field(default_factory=list)
    author: Mention | None = None
    statements: list[Statement] = field(default_factory=list)
    bodies: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parsed_sentences: int = 0

    @property
    def id(self) -> str:
        return self.raw.id


def process(raw: RawDocument, settings: Settings | None = None) -> ProcessedDocument:
    settings = settings or Settings()
    text = raw.text
    ref, ref_source = reference_date(raw)
    cuts = find_cuts(text)
    paras = paragraphs(text, cuts)
    titled = titled_people(text)
    mentions = [m for s, e in paras for m in country_mentions(text[s:e], offset=s)]
    # office holders named anywhere count towards what the document is about ("Modi met Ishiba")
    mentions += [m for s, e in paras for m in known_names(text[s:e], s, titled)]
    mentions.sort(key=lambda m: m.start)
    stories, dyad = find_stories(text, paras, mentions)
    sents = sentences(text, paras, stories)
    doc = ProcessedDocument(raw, ref, ref_source, cuts, stories, sents, mentions, dyad, paras)
    doc.author = find_author(text)
    doc.events, doc.parsed_sentences = _events(doc, settings)
    doc.bodies = find_bodies(text)
    doc.statements = _statements(doc)
    doc.indicators = _indicators(doc)
    doc.agenda = _agenda(doc)
    doc.signature = signature(" ".join(text[s:e] for s, e in paras))
    return doc


def _events(doc: ProcessedDocument, settings: Settings) -> tuple[list[Event], int]:
    text = doc.raw.text
    story_by_index = {s.index: s for s in doc.stories}
    candidates = [
        s for s in doc.sentences
        if SCREEN.search(text, s.start, s.end) and not is_cut(doc.cuts, s.start, s.end)
        and s.end - s.start <= settings.max_parse_chars
    ]
    nlp = parser(settings.model_names)
    anchors = _narrative_anchors(doc) if doc.ref_date is None else {}
    events: list[Event] = []
    recent: list[tuple[int, Event]] = []  # (sentence index, event) for merging later mentions of a happening
    mention_starts = sorted(doc.mentions, key=lambda m: m.start)
    titled = titled_people(text)
    for sent, parsed in zip(candidates, nlp.pipe((text[s.start : s.end].replace("\n", " ") for s in candidates),
                                                 batch_size=32), strict=True):
        story = story_by_index.get(sent.story)
        story_dyad = doc.dyad if (story is None or story.on_topic) else _story_dyad(story)
        here = [m for m in mention_starts if sent.start <= m.start < sent.end]
        persons = [p for p in people(parsed.ents, text, sent.start, titled)
                   if not any(k.start < p.end and p.start < k.end for k in here if k.kind == "person")]
        doc.mentions.extend(persons)
        ctx = SentenceContext(source=doc.raw.source, document_text=text, document_id=doc.id, ref=doc.ref_date,
                              anchor=anchors.get(sent.index), story_dyad=story_dyad, mentions=here + persons,
                              author_side=doc.author.code if doc.author else None)
        for span in parsed.sents if len(list(parsed.sents)) == 1 else [parsed[:]]:
            for ev in extract_events(span, ctx, sent.start):
                target = _same_happening(ev, recent, sent.index)
                if target is not None:
                    target.evidence.extend(ev.evidence)
                    continue
                events.append(ev)
                recent.append((sent.index, ev))
    return events, len(candidates)


# Sentences with a number in them (digits, number words, or "doubled"): the only ones read for indicators.
NUMBERS = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|dozen|doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)


def _indicators(doc: ProcessedDocument) -> list[Indicator]:
    """Numbers about the document's dyad, from its on-topic sentences."""
    text = doc.raw.text
    on_topic = {s.index for s in doc.stories if s.on_topic}
    dyad = "-".join(doc.dyad) if doc.dyad else None
    out: list[Indicator] = []
    for s in doc.sentences:
        if s.story not in on_topic or not NUMBERS.search(text, s.start, s.end) or is_cut(doc.cuts, s.start, s.end):
            continue
        sentence = text[s.start : s.end]
        times = find_times(sentence, Context(ref=doc.ref_date), offset=s.start)
        for ind in find_indicators(sentence, s.start, doc.raw.source, times, doc.ref_date, dyad):
            ind.document_id = doc.id
            out.append(ind)
    return out


def _statements(doc: ProcessedDocument) -> list[Statement]:
    """Who said what: reported speech with its speaker, and the author's own first-person claims."""
    text = doc.raw.text
    on_topic = {s.index for s in doc.stories if s.on_topic}
    dyad = "-".join(doc.dyad) if doc.dyad else None
    memory = SpeakerMemory()
    titles = titled_people(text)
    bodies = [Mention(s, e, text[s:e], "org", code, f"{body} ({code})" if code else body)
              for s, e, body, code in doc.bodies]
    mentions = sorted(doc.mentions + bodies, key=lambda m: m.start)
    out = []
    for s in doc.sentences:
        if s.story not in on_topic or is_cut(doc.cuts, s.start, s.end):
            continue
        sentence = text[s.start : s.end]
        here = [m for m in mentions if s.start <= m.start < s.end]
        seen = [m for m in mentions if m.kind == "person" and m.end <= s.start and m.role]
        speaker, first = speaker_of(sentence, s.start, here, memory, doc.author, titles, seen)
        if speaker is None or (first and re.search(r"[“”\"]", sentence)):
            continue  # "we" inside a quotation is the quoted speaker's, not the author's
        score, tone = stance(sentence)
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        out.append(Statement(
            speaker=speaker.name, speaker_role=speaker.role, side=speaker.code, date=doc.ref_date.isoformat()
            if doc.ref_date else None, topic=[k for k, v in SECTOR_WORDS.items() if words & v], stance=score,
            tone=tone, dyad=dyad, first_person=first,
            evidence=[Evidence(doc.raw.source, s.start, s.end, sentence)], document_id=doc.id))
    return out


def _agenda(doc: ProcessedDocument) -> list[AgendaMention]:
    """Where the dyad's projects, agreements and talks stand, as of the document's date."""
    text = doc.raw.text
    on_topic = {s.index for s in doc.stories if s.on_topic}
    as_of = doc.ref_date.isoformat() if doc.ref_date else None
    out: list[AgendaMention] = []
    previous: list[AgendaMention] = []
    for s in doc.sentences:
        if s.story not in on_topic or is_cut(doc.cuts, s.start, s.end):
            continue
        found = find_agenda(text[s.start : s.end], s.start, doc.raw.source, as_of, previous)
        out.extend(found)
        previous = found or previous
    return out


def _story_dyad(story: Story) -> tuple[str, str] | None:
    if len(story.countries) >= 2:
        a, b = sorted(story.countries[:2])
        return (a, b)
    return None


def _narrative_anchors(doc: ProcessedDocument) -> dict[int, date]:
    """For a document with no date: the last full date written before each sentence, in its story."""
    out: dict[int, date] = {}
    last: dict[int, date] = {}
    text = doc.raw.text
    for s in doc.sentences:
        if s.story in last:
            out[s.index] = last[s.story]
        for t in find_times(text[s.start : s.end], Context()):
            if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf) and not t.needs_year:
                d = parse_iso_date(t.edtf)
                if d:
                    last[s.story] = d
    return out


ANAPHORIC = re.compile(r"^(?:the|this|that|these)\s+(?:(?:joint|same|bilateral|official|two|press|news)\s+)*"
                       r"(\w+)$", re.IGNORECASE)
EQUIVALENT_TYPES = {"meeting": {"meeting", "visit"}, "visit": {"visit", "meeting"}}
MERGE_WINDOW = 25  # sentences: a later "the conference" in the same article


def _same_happening(ev: Event, recent: list[tuple[int, Event]], sent_index: int) -> Event | None:
    """A later mention of a happening already recorded ("the conference", "the talks") joins it."""
    if not ev.evidence:
        return None
    for idx, prev in reversed(recent):
        # one sentence, one trip: "visited New Delhi and held talks with Modi", "met Sisi in Cairo, in
        # his first visit to Egypt": the visit and its talks are one happening
        if idx != sent_index:
            break
        kinds = {prev.type, ev.type}
        if (kinds in ({"visit", "meeting"}, {"visit"}) and prev.dyad == ev.dyad and prev.status == ev.status
                and nested(prev.date, ev.date)):
            prev.date = finer(prev.date, ev.date)
            return prev
    if ev.type == "visit" and not _plural(ev):
        # one report, one trip: "a two-day visit", "arrived in the capital on Monday"; but "a series
        # of visits" or visits on two different dates are several
        for _, prev in reversed(recent):
            if (prev.type == "visit" and not _plural(prev) and prev.dyad == ev.dyad and prev.status == ev.status
                    and (prev.date is None or ev.date is None or prev.date == ev.date)):
                prev.date = finer(prev.date, ev.date)
                return prev
    words = " ".join(ev.evidence[0].text.split())
    head = _bare_reference(words)
    if head is None:
        return None
    for idx, prev in reversed(recent):
        if sent_index - idx > MERGE_WINDOW:
            break
        if (prev.type == ev.type or prev.type in EQUIVALENT_TYPES.get(ev.type, ())) and prev.dyad == ev.dyad and (
            ev.date is None or ev.date == prev.date
        ):
            return prev
    return None


def _plural(ev: Event) -> bool:
    return ev.trigger.lower() in ("visits", "trips", "tours", "exchanged")


def _bare_reference(sentence: str) -> str | None:
    """The event noun phrase if the sentence names it only as "the X" (no name, number or date)."""
    m = re.search(r"\b(?:the|this|that)\s+((?:joint\s+|same\s+|press\s+|news\s+)*"
                  r"(?:conference|meeting|talks|visit|forum|summit|session|exercises?|drills?|seminar|trip))\b",
                  sentence, re.IGNORECASE)
    if not m:
        return None
    return m.group(1)
