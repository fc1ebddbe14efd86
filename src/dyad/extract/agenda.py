"""Agenda items: projects, agreements, negotiations and initiatives, each with a status as of a date.

A sentence says where an item stands ("is under discussion", "came into force", "stalled",
"the lack of an agreement on X"); the item is the noun phrase the status is said of. Items of
one dyad are merged across sentences and documents by their title (resolve, in the store),
and each mention adds a `(status, as_of, evidence)` step to the item's history.

Statuses: proposed, under discussion, pending, agreed, signed, in force, under way, completed,
stalled, cancelled.
"""

from __future__ import annotations

import re

from dyad.records import AgendaMention, Evidence

# (status, pattern); each pattern's group "item" is the item, or "list" a list of items.
_NP = r"(?P<item>(?:the\s+|a\s+|an\s+)?[\w“”\"'’ -]{3,140}?)"
# a list runs to the end of its clause, or to a closing quote before an attribution ("...," he said)
_LIST = r"(?P<list>[^.;]{3,700}?)(?=[,.][\"”]|[.;]|$)"
_IS = r"\s+(?:is|are|was|were|remains?|have been|has been)\s+(?:still\s+)?"  # "... is still under review"
STATUS_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("under discussion", re.compile(
        _NP + _IS + r"(?:under\s+discussion|being\s+discussed|under\s+negotiation|being\s+negotiated)", re.I)),
    ("pending", re.compile(_NP + _IS + r"(?:under\s+consideration|under\s+review|pending|awaiting\s+\w+)", re.I)),
    ("under discussion", re.compile(r"\b(?:discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)|(?:talks|negotiations|"
                                    r"consultations)\s+on)\s+" + _NP
                                    + r"(?=\s*(?::|,|\.|;|\bwith\b|\bat\b|\bin\s+the\b|$))", re.I)),
    ("pending", re.compile(r"\b(?:lack|absence)\s+of\s+(?:an?\s+)?(?:agreements?|treat(?:y|ies)|deals?)\s+"
                           r"(?:between\s+[\w ]+?\s+)?on\s+" + _LIST, re.I)),
    ("in force", re.compile(_NP + r"\s+(?:came|has\s+come|entered|has\s+entered|will\s+come|will\s+enter)\s+into\s+"
                            r"force", re.I)),
    ("signed", re.compile(r"\bsigned\s+(?P<item>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|MoU|"
                          r"protocol|treaty|accord|contract|deal)(?:\s+(?:on|for|to)\s+[^,.;]{3,100})?)", re.I)),
    ("stalled", re.compile(_NP + r"\s+(?:has\s+|have\s+|had\s+)?(?:stalled|been\s+stalled|been\s+suspended|"
                           r"been\s+delayed|been\s+put\s+on\s+hold|remains?\s+(?:stalled|unresolved|frozen|"
                           r"on\s+hold))", re.I)),
    ("cancelled", re.compile(_NP + r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:cancelled|canceled|scrapped|"
                             r"abandoned|terminated)", re.I)),
    ("under way", re.compile(_NP + r"\s+(?:is|are)\s+(?:now\s+)?(?:under\s?way|being\s+(?:built|implemented|"
                             r"constructed|carried\s+out))", re.I)),
    ("completed", re.compile(rf"{_NP}\s+(?:was|were|has\s+been|have\s+been)\s+(?:completed|commissioned|finished)",
                             re.IGNORECASE)),
    ("proposed", re.compile(rf"\bexpect\s+{_NP}\s+to\s+(?P<verb>resume|start|begin|open|be\s+\w+)", re.IGNORECASE)),
    ("proposed", re.compile(r"\b(?:achieve|make|see)\s+(?:\w+\s+)?(?:progress|breakthrough)\s+(?:in|on)\s+"
                            r"(?!recent|the\s+last|the\s+past|this|that|\d)(?:such\s+areas\s+as\s+)?" + _LIST,
                            re.IGNORECASE)),
    ("proposed", re.compile(r"\b(?:projects?|initiatives?|proposals?|areas)\b[^.;]*?\binclude[sd]?\s+" + _LIST
                            + "|^\\s*(?:These|They)\\s+include\\s+" + _LIST.replace("list", "list2"),
                            re.IGNORECASE)),
    ("agreed", re.compile(rf"\bwelcome[sd]?\s+the\s+(?:launch|start|opening)\s+of\s+{_LIST}", re.IGNORECASE)),
    ("under way", re.compile(r"\b(?:project|programme|program|initiative)\s+[“\"](?P<item>[^”\"]{3,80})[”\"]",
                             re.IGNORECASE)),
]
# A sentence can only match a pattern above if it has one of these words: a cheap screen first.
CUES = re.compile(r"discuss|negotiat|consideration|review|pending|awaiting|lack|absence|into force|signed|stall|"
                  r"suspended|delayed|on hold|frozen|unresolved|cancel|scrapped|abandon|terminat|under ?way|"
                  r"being built|implemented|constructed|carried out|completed|commissioned|finished|expect|progress|"
                  r"breakthrough|include|welcome|project|programme|program|initiative|talks on|consultations on")
# "The relevant documents have been under consideration": the items of the sentence before.
ANAPHORA = re.compile(r"^(?:the\s+)?(?:relevant\s+|these\s+|such\s+|both\s+|those\s+)?(?:documents|agreements|"
                      r"projects|deals|treaties|issues|matters|texts|drafts)$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:the|a|an|our|their|its|plans?\s+to\s+(?:implement|launch|build|create)|"
                   r"the\s+issue\s+of|the\s+question\s+of|and|in\s+the\s+near\s+future)\s+", re.IGNORECASE)
_TAIL = re.compile(r"\s+(?:in\s+the\s+near\s+future|for\s+a\s+long\s+time|currently|now|as\s+well)$", re.IGNORECASE)
# Titles made only of these words name the relationship itself, not an item on its agenda.
GENERIC = {"bilateral", "cooperation", "relations", "ties", "issues", "regional", "international", "situation",
           "matters", "development", "prospects", "partnership", "strategic", "economic", "global", "mutual",
           "interest", "the", "of", "and", "our", "two", "countries", "both", "sides", "other", "various",
           "all", "areas", "in", "fields", "multilateral", "fora", "forums", "at", "further"}
# Status words that alone are no item ("the situation is under discussion" still is, but "it" is not).
_EMPTY = {"it", "this", "that", "they", "which", "what", "there", "he", "she", "we"}
KINDS = [("agreement", re.compile(r"\b(?:agreement|memorandum|mou|protocol|treaty|accord|readmission|recognition|"
                                  r"deal)\b", re.IGNORECASE)),
         ("negotiation", re.compile(r"\b(?:talks|negotiations?|dialogue|easing|regime)\b", re.IGNORECASE)),
         ("project", re.compile(r"\b(?:restor|build|construct|launch|railway|plant|mills?|pipeline|corridor|production|"
                                r"port|project|courses?|centre|center)\w*", re.IGNORECASE))]


def kind_of(title: str) -> str:
    return next((k for k, rx in KINDS if rx.search(title)), "initiative")


def _clean(item: str) -> str:
    item = _VERB_STOP.split(item)[0]
    item = item.strip(" ,;:“”\"'’.")
    for _ in range(3):
        item = _LEAD.sub("", item).strip()
        item = _TAIL.sub("", item).strip()
    return item.strip(" ,;:“”\"'’.")


# An item's noun phrase ends where its clause's verb begins.
_VERB_STOP = re.compile(r"\s+(?:is|are|was|were|would|will|currently|have|has|hinders?|holds?|remains?|prevents?|"
                        r"blocks?|hampers?|limits?|stands?|continues?|makes?|means?|affects?|slows?)\b")


def _split_list(text: str) -> list[tuple[str, int]]:
    """Items of "A, B, and C" with their offsets in `text`; an item ends at its clause."""
    text = _VERB_STOP.split(text)[0]
    out = []
    pos = 0
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=\w+ing\b|[A-Z]|(?:the|a|an)\s)", text):
        at = text.find(part, pos)
        pos = at + len(part)
        if part.strip():
            out.append((part, at))
    return out


def find_agenda(sentence: str, offset: int, source: str, as_of: str | None,
                previous: list[AgendaMention] | None = None) -> list[AgendaMention]:
    """Agenda items whose status this sentence states; `previous` are the last sentence's, for
    "the relevant documents ..."."""
    out: list[AgendaMention] = []
    seen: set[tuple[int, int]] = set()

    def add(title: str, status: str, s: int, e: int) -> None:
        title = _clean(title)
        words = set(re.findall(r"[a-z]+", title.lower()))
        if len(title) < 3 or title.lower() in _EMPTY or len(title.split()) > 16 or (s, e) in seen or words <= GENERIC:
            return
        if ANAPHORA.match(title) and previous:
            for p in previous:
                out.append(AgendaMention(p.title, p.kind, status, as_of,
                                         (Evidence(source, s + offset, e + offset, sentence[s:e]),)))
            seen.add((s, e))
            return
        seen.add((s, e))
        out.append(AgendaMention(title, kind_of(title), status, as_of,
                                 (Evidence(source, s + offset, e + offset, sentence[s:e]),)))

    lowered = sentence.lower()
    if not CUES.search(lowered):
        return out  # most sentences state no status: skip the costly patterns
    for status, rx in STATUS_PATTERNS:
        for m in rx.finditer(sentence):
            groups = m.groupdict()
            listed = groups.get("list") or groups.get("list2")
            if listed:
                base = m.start("list") if groups.get("list") else m.start("list2")
                for part, at in _split_list(listed):
                    s = base + at
                    add(part, status, s, s + len(part))
            elif groups.get("item"):
                s = m.start("item")
                item = groups["item"].rstrip(" ,;:")
                # the subject NP ends the clause before it: keep its last clause
                cut = max(item.rfind(","), item.rfind(";"), item.rfind(":"))
                if cut >= 0:
                    s += cut + 1
                    item = item[cut + 1 :]
                item = re.split(r"\b(?:that|which|because|since|while|as)\b", item)[-1]
                s = m.start("item") + groups["item"].rfind(item)
                add(item, status, s, m.end())
    return out
