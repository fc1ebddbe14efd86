"""Bodies of a state named in text ("Pakistan's Foreign Office", "the Embassy"), as mentions of
kind `org` with the country they belong to; an unqualified body takes the country it was
qualified with earlier in the same text."""

from __future__ import annotations

import re

from dyad.gazetteer import lexicon
from dyad.records import Mention

# Bodies of a state, named with or without their country: "Pakistan's Foreign Office", "the Embassy".
BODIES = (r"Foreign Office|Foreign Ministry|Ministry of Foreign Affairs|Ministry of External Affairs|Defence Ministry|"
          r"Defense Ministry|Ministry of Defen[cs]e|Trade Mission|Embassy|High Commission|Consulate(?: General)?|"
          r"Presidency|Prime Minister's Office|Security Council|Central Bank|State Duma|Federation Council|"
          r"National Assembly|Senate|Parliament|Chamber of Commerce(?: and Industry)?|Armed Forces|Navy|Air Force|Army")
BODY = re.compile(rf"(?:(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:['’]s)?\s+)?(?P<body>{BODIES})\b")


def body_country(owner: str | None) -> str | None:
    """ISO3 of a body's owner word ("Pakistani", "Russia's"), if it is a country."""
    if not owner:
        return None
    _, table = lexicon()
    for word in (owner, owner.split()[-1]):
        lex = table.get(word.removesuffix("’s").removesuffix("'s"))
        if lex is not None and lex.kind == "country":
            return lex.code
    return None


def find_bodies(text: str) -> list[Mention]:
    """Each state body named in `text`, with its country when the text gives it."""
    out = []
    seen: dict[str, str] = {}
    for m in BODY.finditer(text):
        body = m.group("body")
        code = body_country(m.group("owner"))
        if code:
            seen[body] = code
        else:
            code = seen.get(body)
        start = m.start() if code and m.group("owner") else m.start("body")
        out.append(Mention(start, m.end(), text[start : m.end()], "org", code,
                           f"{body} ({code})" if code else body))
    return out
