"""One actor per person, body and country, across spellings and documents.

* People: "Sergey Lavrov", "Sergei Lavrov" and "Lavrov" are one person; the key is the surname
  and the first initial (middle initials and transliteration of the given name do not matter),
  and a bare surname joins the one stored person who carries it.
* Bodies: organisations by the gazetteer's canonical name ("IGC" = "Intergovernmental Commission
  on Trade, Economic, Scientific and Technical Cooperation"); ministries and offices by their
  name and country ("the Pakistani Foreign Office" and, in the same text, "the Foreign Office").
* Countries by ISO3 code.
"""

from __future__ import annotations

import re
import unicodedata

from dyad.gazetteer import lexicon, organisations

# Bodies of a state, named with or without their country: "Pakistan's Foreign Office", "the Embassy".
BODIES = (r"Foreign Office|Foreign Ministry|Ministry of Foreign Affairs|Ministry of External Affairs|Defence Ministry|"
          r"Defense Ministry|Ministry of Defen[cs]e|Trade Mission|Embassy|High Commission|Consulate(?: General)?|"
          r"Presidency|Prime Minister's Office|Security Council|Central Bank|State Duma|Federation Council|"
          r"National Assembly|Senate|Parliament|Chamber of Commerce(?: and Industry)?|Armed Forces|Navy|Air Force|Army")
BODY = re.compile(rf"(?:(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:['’]s)?\s+)?(?P<body>{BODIES})\b")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def person_key(name: str) -> str:
    """"Sergei Lavrov", "Sergey V. Lavrov" -> "lavrov|s"; "Lavrov" -> "lavrov|"."""
    words = [w for w in re.findall(r"[\w’'-]+", _ascii(name)) if not (len(w) <= 2 and w[:1].isupper() and
                                                                   len(w.rstrip(".")) == 1)]
    words = [w for w in words if w.lower() not in ("mr", "mrs", "ms", "dr", "sir", "retd", "lt", "gen")]
    if not words:
        return name.lower()
    surname = words[-1].lower()
    initial = words[0][0].lower() if len(words) > 1 else ""
    return f"{surname}|{initial}"


def org_name(text: str) -> str | None:
    """The canonical name of an organisation alias, if the gazetteer knows it."""
    return organisations().get(text)


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


def find_bodies(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, body, ISO3 or None) for each state body named in `text`; an unqualified body takes
    the country it was qualified with earlier in the same text."""
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
        out.append((start, m.end(), body, code))
    return out
