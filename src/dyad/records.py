"""The typed records that flow between pipeline stages, and the vocabularies they use.

    RawDocument ─ingest─▶ Document (cuts, paragraphs, stories, sentences)
      ─extract─▶ Extracted (mentions, events, indicators, agenda mentions, statements)
      ─resolve─▶ Resolved (the decisions: duplicate of, merge into, agenda steps, actor upserts)
      ─store─▶ the database

Every record is frozen. Identities are content hashes fixed when a record is made, so re-running
a stage is idempotent and a merged record keeps the id it was stored under.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple

# --- vocabularies, defined once ---------------------------------------------------------------

EVENT_TYPES = ("visit", "meeting", "call", "agreement", "forum", "military_exercise", "military_transfer",
               "economic", "cultural", "cooperation", "statement", "conflict")
EVENT_STATUSES = ("occurred", "planned", "ongoing", "proposed", "cancelled", "denied")
# In the order of an item's life, so histories and boards sort by it.
AGENDA_STATUSES = ("proposed", "under discussion", "pending", "agreed", "initialled", "signed", "ratified",
                   "in force", "under way", "completed", "suspended", "stalled", "cancelled", "rejected")
# Words that hold an agenda item rather than name one: "the ceasefire plan", "the no-fly zone proposal"
# and "the truce deal" are the ceasefire, the no-fly zone and the truce (extraction and matching agree).
ITEM_CONTAINERS = frozenset({"proposal", "plan", "deal", "draft", "initiative", "offer", "idea"})
MENTION_KINDS = ("country", "org", "person", "place")  # a place: a city of a country, never its government


def content_id(*parts: str, length: int = 16) -> str:
    """A short, stable hash of the given strings: the identity of a record."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


# --- ingest -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawDocument:
    """One document as read from its source, before any cleaning."""

    source: str  # file path, or "path#line" / the record id for JSON Lines
    text: str  # the decoded text (for HTML: the extracted main text)
    format: str  # txt | md | html | jsonl | feed | warc | csv | pdf
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # given at ingest (ISO date), trusted first
    page_date: str | None = None  # found in the page's own metadata (HTML)
    raw: str | None = None  # the original markup for HTML input
    captured: str | None = None  # when a web archive fetched the page (ISO date): no later than publication

    @cached_property
    def id(self) -> str:
        # hashed once: stages and the store ask it per sentence and per row, and a hash of a long text
        # asked per sentence makes a document's cost its length times its sentences
        return content_id(self.text)


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why: reported, never silently dropped."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


# --- clean and segment ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cut:
    """A span of page furniture removed from use; the words stay in the text."""

    start: int
    end: int
    # metadata | copyright | navigation | social | related | repeated | advert, or "limit: ..." for the
    # text past one of the limits of `Settings` (`clean.limits`)
    reason: str


@dataclass(frozen=True)
class Story:
    """A run of the document about one topic; a page may carry several."""

    index: int
    start: int
    end: int
    countries: tuple[str, ...]  # ISO3, most mentioned first
    on_topic: bool  # False: about something else than the document's dyad


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    story: int
    paragraph: int


@dataclass(frozen=True)
class Document:
    """A document made ready for extraction: its reference date, furniture, paragraphs, stories and
    sentences, and the two countries it is most about."""

    raw: RawDocument
    ref_date: date | None
    ref_source: str  # metadata | page | header | title | dateline | byline | unknown
    cuts: tuple[Cut, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    stories: tuple[Story, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    dyad: tuple[str, str] | None = None

    @property
    def id(self) -> str:
        return self.raw.id

    @property
    def text(self) -> str:
        return self.raw.text

    @property
    def source(self) -> str:
        return self.raw.source

    def on_topic_stories(self) -> set[int]:
        return {s.index for s in self.stories if s.on_topic}


# --- extract ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A country, organisation or person named in the text."""

    start: int
    end: int
    text: str
    kind: str  # one of MENTION_KINDS
    code: str | None  # ISO3 for countries; the person's or body's country if known
    name: str  # canonical name
    role: str | None = None  # for people: "Foreign Minister", "Ambassador"
    as_government: bool = False  # "Moscow said": a capital standing for a government


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in text and normalised against a reference date."""

    start: int
    end: int
    text: str
    edtf: str | None  # None when it cannot be resolved honestly
    timex_type: str  # DATE | TIME | DURATION | SET
    timex_value: str | None
    needs_year: bool = False  # "in April": the year came (or must come) from context
    in_name: bool = False  # "Friendship-2024": a year inside a name, weak evidence of a date
    point: bool = True  # a calendar date or interval, as opposed to a duration, set or vague reference


@dataclass(frozen=True)
class Evidence:
    """A slice of a document: `text == document_text[start:end]`, always."""

    source: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Event:
    """A happening between two countries, with the evidence it was read from."""

    type: str
    plover: str
    plover_mode: str | None
    cameo: str
    goldstein: float
    date: str | None
    status: str
    dyad: str | None  # the pair of the acting side and the side acted on
    source_actor: str | None
    target_actor: str | None
    participants: tuple[str, ...] = ()
    dyads: tuple[str, ...] = ()  # every pair among its parties (one for a bilateral event), `dyad` first
    location: str | None = None
    sectors: tuple[str, ...] = ()
    summary: str = ""
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    document_id: str = ""
    trigger: str = ""  # the word the event was read from (not exported; used to merge re-mentions)
    sentence: int = -1  # index of the sentence it was read from (not exported)
    id: str = ""  # fixed at creation: merging adds evidence or a finer date, never a new id

    def __post_init__(self) -> None:
        if not self.id:
            first = self.evidence[0] if self.evidence else None
            anchor = f"{first.start}:{first.end}" if first else ""
            object.__setattr__(self, "id", content_id(self.document_id, anchor, self.type, self.date or ""))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "type": self.type, "plover": self.plover, "plover_mode": self.plover_mode,
            "cameo": self.cameo, "goldstein": self.goldstein, "date": self.date, "status": self.status,
            "dyad": self.dyad, "dyads": list(self.dyads or ((self.dyad,) if self.dyad else ())),
            "source_actor": self.source_actor, "target_actor": self.target_actor,
            "participants": list(self.participants), "location": self.location, "sectors": list(self.sectors),
            "summary": self.summary, "confidence": self.confidence, "document_id": self.document_id,
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Indicator:
    """A number that describes the relationship, with its unit, qualifier, period and change."""

    name: str
    value: float
    unit: str
    qualifier: str | None
    period: str | None
    change: str | None
    dyad: str | None
    key: str  # the series it belongs to, across documents
    evidence: tuple[Evidence, ...] = ()
    document_id: str = ""

    @property
    def id(self) -> str:
        e = self.evidence[0] if self.evidence else None
        return content_id(self.document_id, f"{e.start}:{e.end}" if e else "", self.name, str(self.value))


@dataclass(frozen=True)
class AgendaMention:
    """One sentence's word on where an agenda item stands."""

    title: str
    kind: str
    status: str  # one of AGENDA_STATUSES
    as_of: str | None
    evidence: tuple[Evidence, ...] = ()
    dyad: str | None = None
    head: str = ""  # the item word ("embargo", "agreement") or action ("easing"): what matching compares


@dataclass(frozen=True)
class Statement:
    """Who said what, on which topic, with what stance toward the other side."""

    speaker: str
    speaker_role: str | None
    side: str | None
    date: str | None
    topic: tuple[str, ...]
    stance: float
    tone: str
    dyad: str | None
    first_person: bool
    evidence: tuple[Evidence, ...] = ()
    document_id: str = ""

    @property
    def id(self) -> str:
        e = self.evidence[0] if self.evidence else None
        return content_id(self.document_id, f"{e.start}:{e.end}" if e else "", self.speaker)


@dataclass(frozen=True)
class Extracted:
    """Everything read from one document, before it meets the record."""

    document: Document
    mentions: tuple[Mention, ...] = ()  # countries, bodies and people, in text order
    author: Mention | None = None  # of an op-ed or speech: their "we" is their side
    events: tuple[Event, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    agenda: tuple[AgendaMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    signature: tuple[int, ...] = ()  # MinHash of the usable text, for near-duplicates
    parsed_sentences: int = 0  # how many sentences went to the parser

    @property
    def id(self) -> str:
        return self.document.id


# --- resolve ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredDocument:
    """What resolution needs to know of a document on record to find near-duplicates."""

    id: str
    minhash: tuple[int, ...]
    duplicate_of: str | None


@dataclass(frozen=True)
class StoredEvent:
    """What resolution needs to know of an event on record."""

    id: str
    document_id: str
    type: str
    status: str
    date: str | None
    participants: tuple[str, ...]
    location: str | None
    evidence_text: str


@dataclass(frozen=True)
class EventDecision:
    """A new event to store, or one to join to a stored event (then `date` is the joint date)."""

    event: Event
    merge_into: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class AgendaStep:
    """A step in an agenda item's history; `new_item` when the item is not yet on record."""

    item_id: str
    new_item: bool
    dyad: str | None
    title: str
    kind: str
    status: str
    as_of: str | None
    evidence: Evidence
    head: str = ""


def person_names(name: str, aliases: Sequence[str] = ()) -> set[str]:
    """The names a person may be named by again: each spelling, and the surname of each."""
    out = set()
    for n in (name, *aliases):
        n = n.strip()
        if len(n) > 2:
            out |= {n, n.split()[-1]}
    return out


def one_side_names(people: Iterable[tuple[str, Sequence[str], str]]) -> dict[str, str]:
    """Name -> side, over (name, aliases, side) of the people on record: each name they may be named
    by again that only one side's person carries (a name two sides share decides nothing)."""
    sides: dict[str, set[str]] = {}
    for name, aliases, code in people:
        for n in person_names(name, aliases):
            sides.setdefault(n, set()).add(code)
    return {n: next(iter(codes)) for n, codes in sides.items() if len(codes) == 1}


class AgendaRef(NamedTuple):
    """An agenda item on record, as resolution compares it: its title and its item word."""

    title: str
    head: str


@dataclass(frozen=True)
class ActorUpsert:
    """One actor seen in a document: added, or counted again under the same id."""

    id: str
    kind: str
    name: str
    code: str | None
    role: str | None
    seen: date | None
    mentions: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Resolved:
    """An extracted document and the decisions that fit it into the record."""

    extracted: Extracted
    bands: tuple[str, ...] = ()  # the MinHash bands of the document, for later near-duplicate lookups
    duplicate_of: str | None = None
    similarity: float | None = None
    events: tuple[EventDecision, ...] = ()
    agenda: tuple[AgendaStep, ...] = ()
    actors: tuple[ActorUpsert, ...] = field(default_factory=tuple)

    @property
    def document(self) -> Document:
        return self.extracted.document
