"""The typed records that flow between pipeline stages.

RawDocument -> Document (cuts, stories, sentences) -> Mention / TimeExpression -> Event.
Identities are content hashes, so re-running a stage is idempotent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_id(*parts: str, length: int = 16) -> str:
    """A short, stable hash of the given strings: the identity of a record."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class RawDocument:
    """One document as read from its source, before any cleaning."""

    source: str  # file path, or "path#line" / the record id for JSON Lines
    text: str  # the decoded text (for HTML: the extracted main text)
    format: str  # txt | md | html | jsonl
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # given at ingest (ISO date), trusted first
    page_date: str | None = None  # found in the page's own metadata (HTML)
    raw: str | None = None  # the original markup for HTML input

    @property
    def id(self) -> str:
        return content_id(self.text)


@dataclass(frozen=True)
class Cut:
    """A span of page furniture removed from use; the words stay in the text."""

    start: int
    end: int
    reason: str  # metadata | copyright | navigation | social | related | repeated | advert


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
class Mention:
    """A country, organisation or person named in the text."""

    start: int
    end: int
    text: str
    kind: str  # country | org | person
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
    source: str
    start: int
    end: int
    text: str

    def check(self, document_text: str) -> bool:
        return document_text[self.start : self.end] == self.text


@dataclass
class Event:
    """A happening between two countries, with the evidence it was read from."""

    type: str
    plover: str
    plover_mode: str | None
    cameo: str
    goldstein: float
    date: str | None
    status: str
    dyad: str | None
    source_actor: str | None
    target_actor: str | None
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    sectors: list[str] = field(default_factory=list)
    summary: str = ""
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    document_id: str = ""
    trigger: str = ""  # the word the event was read from (not exported; used to merge re-mentions)

    @property
    def id(self) -> str:
        first = self.evidence[0] if self.evidence else None
        anchor = f"{first.start}:{first.end}" if first else ""
        return content_id(self.document_id, anchor, self.type, self.date or "")

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "type": self.type,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "date": self.date,
            "status": self.status,
            "dyad": self.dyad,
            "source_actor": self.source_actor,
            "target_actor": self.target_actor,
            "participants": list(self.participants),
            "location": self.location,
            "sectors": list(self.sectors),
            "summary": self.summary,
            "confidence": self.confidence,
            "document_id": self.document_id,
            "evidence": [
                {"source": e.source, "start": e.start, "end": e.end, "text": e.text} for e in self.evidence
            ],
        }


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why: reported, never silently dropped."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"
