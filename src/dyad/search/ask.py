"""Questions answered from the record and the corpus, always with the quoted evidence.

1. the question's content words find candidate sentences (BM25 over the search index);
2. a sentence only counts when it carries most of those words — else the corpus does not say;
3. by the question's kind, the answer comes from the record attached to that sentence:
   "when" from the event read there (or a date in the sentence), "how many/much" from an
   indicator, "status" from an agenda item, "who" from a person named there;
4. the answer always quotes its sentence and names the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dyad.gazetteer import organisations
from dyad.numbers import readable
from dyad.query import agenda, document_text, events_at, indicators_at, people_at
from dyad.resolve.agenda import title_key
from dyad.search.index import Hit, SearchIndex
from dyad.store.duckdb_store import Store

STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "did", "do", "does",
        "was", "were", "is", "are", "be", "been", "when", "what", "who", "whom", "which", "where", "how", "many",
        "much", "why", "has", "have", "had", "it", "its", "their", "there", "that", "this", "these", "those", "as",
        "about", "into", "any", "status", "stand", "current", "held", "take", "place", "happen", "happened",
        "large", "big", "number", "value", "between", "during", "after", "before", "since", "under", "over",
        "than", "then", "also", "whose", "would", "could", "will", "can", "say", "said", "tell", "told",
        "year", "years"}  # fmt: skip
COVERAGE = 0.6  # share of the question's content words a sentence must carry to answer it
NOT_FOUND = "Not in the corpus: no document here says this."


@dataclass
class Answer:
    found: bool
    answer: str
    quote: str | None = None
    source: str | None = None
    start: int | None = None
    end: int | None = None
    date: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"found": self.found, "answer": self.answer, "date": self.date,
                "evidence": ({"source": self.source, "start": self.start, "end": self.end, "text": self.quote}
                             if self.quote else None)}


def _stem(w: str) -> str:
    w = w.lower().strip("’'")
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(text: str) -> list[str]:
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'+-]+", text))
    return [_stem(w) for w in words if w.lower() not in STOP and len(w) > 1]


def _coverage(question: list[str], sentence: str) -> float:
    have = set(content_words(sentence)) | {w.lower() for w in re.findall(r"[\w’'+-]+", sentence)}
    # a body named one way in the sentence answers for its other names ("Intergovernmental Commission", "IGC")
    aliases = organisations()
    for alias, canon in aliases.items():
        if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", sentence):
            for other, c in aliases.items():
                if c == canon:
                    have |= set(content_words(other)) | {other.lower()}
    return sum(1 for w in question if w in have) / len(question) if question else 0.0


def _numbers_agree(question: str, sentence: str) -> bool:
    """"the 9th IGC" is not "the 10th IGC meeting": numbers and ordinals in the question must be there."""
    wanted = re.findall(r"\b\d+(?:st|nd|rd|th)?\b", question)
    return all(re.search(rf"\b{re.escape(n)}\b", sentence) for n in wanted)


def _kind(q: str) -> str:
    ql = q.lower()
    if re.match(r"\s*when\b", ql):
        return "when"
    if re.search(r"\bhow (?:many|much|large|big)\b|\bwhat (?:was|is) the (?:value|amount|number)\b", ql):
        return "number"
    if re.search(r"\bstatus\b|\bwhere does\b.*\bstand\b|\bstand\b", ql):
        return "status"
    if re.match(r"\s*who\b", ql):
        return "who"
    return "what"


def ask(store: Store, index: SearchIndex, question: str) -> Answer:
    words = content_words(question)
    if not words:
        return Answer(False, NOT_FOUND)
    kind = _kind(question)
    if kind == "status":
        item = _agenda_item(store, words)
        if item is not None:
            step = item["history"][-1]
            e = step["evidence"][0]
            return Answer(True, f"{item['title']}: {step['status']} (as of {step['as_of'] or 'an undated text'}).",
                          e["text"], e["source"], e["start"], e["end"], step["as_of"])
    raw = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'+-]+", question) if w.lower() not in STOP]
    # an organisation's other names count as its name ("IGC" = "Intergovernmental Commission")
    aliases = organisations()
    for w in list(raw):
        if w in aliases:
            raw += [a for a, canon in aliases.items() if canon == aliases[w] and a != w]
    hits = index.search(" ".join(w for w in raw if re.fullmatch(r"[\w-]+", w)), limit=20)
    # names in the question ("the Pope", "Kishida") must be in the answer's document
    names = [re.sub(r"['’]s$", "", w) for w in re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w’'-]+", question.strip())]
    ranked = [h for h in _ranked(hits, words) if _numbers_agree(question, h.text)
              and all(n in (document_text(store, h.document_id) or "") or n in aliases for n in names)]
    if not ranked:
        return Answer(False, NOT_FOUND)
    best = ranked[0]
    if kind == "when":
        # the best sentence that dates the happening: a headline may name it without a date
        for hit in ranked:
            evs = [e for e in events_at(store, hit.document_id, hit.start, hit.end) if e["date"]]
            if evs:
                ev = max(evs, key=lambda e: _coverage(words, e["summary"]))
                return _quoted(f"{ev['date']} ({ev['type'].replace('_', ' ')}, {ev['status']}).", hit, ev["date"])
        return _quoted("The corpus reports it but does not say when.", best)
    if kind == "number":
        inds = indicators_at(store, best.document_id, best.start, best.end)
        if inds:
            i = inds[0]
            qual = f"{i['qualifier']} " if i["qualifier"] else ""
            period = f" ({i['period']})" if i["period"] else ""
            return _quoted(f"{qual}{_amount(i['value'])} {i['unit']}{period}: {i['name']}.", best)
    if kind == "who":
        asked = {w.lower() for w in re.findall(r"\w+", question)}
        people = [p for p in people_at(store, best.document_id, best.start, best.end)
                  if not set(p["name"].lower().split()) & asked]  # not the people the question names
        if people:
            p = people[0]
            extra = ", ".join(x for x in (p["role"], p["code"]) if x)
            return _quoted(f"{p['name']}" + (f" ({extra})" if extra else "") + ".", best)
    return _quoted(best.text, best)


def _quoted(answer: str, hit: Hit, date: str | None = None) -> Answer:
    """An answer with the sentence it stands on."""
    return Answer(True, answer, hit.text, hit.source, hit.start, hit.end, date)


def _amount(v: float) -> str:
    return readable(v)


def _ranked(hits: list[Hit], words: list[str]) -> list[Hit]:
    """Sentences that carry enough of the question, best first (coverage, then BM25)."""
    scored = [(round(_coverage(words, h.text), 3), h.score, h) for h in hits]
    return [h for c, _, h in sorted((s for s in scored if s[0] >= COVERAGE), key=lambda s: (-s[0], -s[1]))]


def _agenda_item(store: Store, words: list[str]) -> dict[str, Any] | None:
    best, best_cov = None, 0.0
    for item in agenda(store):
        key = set(content_words(title_key(item["title"]) + " " + (item["kind"] or "")))
        if not key:
            continue
        cov = len(key & set(words)) / len(set(words))  # how much of the question the title answers
        if cov > best_cov:
            best, best_cov = item, cov
    return best if best is not None and best_cov >= COVERAGE else None
