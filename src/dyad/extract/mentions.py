"""Mentions: countries (names, demonyms, capitals), organisations, and people with their roles.

Countries and organisations come from our own gazetteer (fast, no parse needed); people come
from spaCy's named entities, with the role and country read from the words before the name
("Russian Foreign Minister Sergey Lavrov", "Ambassador of Russia to Pakistan Albert Khorev").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from dyad.extract.gazetteer import lexicon
from dyad.records import Mention

ROLE_WORDS = (
    "President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister|Deputy Minister"
    "|Secretary|Deputy Secretary|Ambassador|Envoy|Speaker|Deputy Speaker|Chairperson|Chairman|Chair"
    "|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|National Security Adviser|Governor|Senator"
    "|King|Crown Prince|Emir|Chancellor|General|Lt\\.? ?Gen\\.?|Gen\\.|Admiral|Commander|Chief|Director"
    "|Counsellor|Councillor|Consul General|Consul|High Commissioner|Army Chief|Premier|Mayor|Pope"
)
_ROLE_RX = re.compile(rf"(?:{ROLE_WORDS})(?:\s+(?:of|for)\s+[A-Z][\w ]{{0,40}}?)?", re.UNICODE)
# words that may sit between a role and the name ("Foreign Minister of Pakistan Bilawal")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|H\.E\.|Lt|Gen|Retd)\.?\s*$")


def country_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Countries and organisations named in `text`, by the gazetteer."""
    rx, table = lexicon()
    out = []
    for m in rx.finditer(text):
        lex = table[m.group(0)]
        if lex.text == "US" and text[m.end() : m.end() + 1] == "$":
            continue
        out.append(
            Mention(
                start=m.start() + offset,
                end=m.end() + offset,
                text=m.group(0),
                kind=lex.kind,
                code=lex.code if lex.kind == "country" else None,
                name=lex.code,
                as_government=lex.form == "capital",
            )
        )
    return out


def people(ents: Iterable[Span], doc_text: str, offset: int) -> list[Mention]:
    """PERSON entities with the role and country named just before them."""
    rx, table = lexicon()
    out = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        name = ent.text.strip(" ,.’'\"“”")
        if len(name) < 3 or any(ch.isdigit() for ch in name) or table.get(name):
            continue
        s = ent.start_char + offset
        before = doc_text[max(0, s - 90) : s]
        role_m = None
        for rm in _ROLE_RX.finditer(before):
            if before[rm.end() :].strip(" ,") == "" or _HONORIFIC.search(before[rm.end() :]):
                role_m = rm
        role = role_m.group(0).strip() if role_m else None
        code = None
        window = before[role_m.start() - 30 if role_m else len(before) - 40 :] if before else ""
        if role_m:
            window = before[max(0, role_m.start() - 30) :]
        hits = [table[h.group(0)] for h in rx.finditer(window)]
        countries_ = [h.code for h in hits if h.kind == "country"]
        if countries_:
            # "Ambassador of Russia to Pakistan": the first country is the one the person serves
            code = countries_[0] if role and " of " in (role or "") else countries_[-1]
            if role and " of " not in role:
                code = countries_[-1]
        out.append(
            Mention(start=s, end=ent.end_char + offset, text=ent.text, kind="person", code=code,
                    name=name, role=role)
        )
    return out
