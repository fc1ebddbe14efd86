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
from dataclasses import dataclass, field

from dyad.gazetteer import organisations
from dyad.records import ActorUpsert, Extracted, Mention


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


def _actor_key(m: Mention, surnames: dict[str, str]) -> tuple[str, str] | None:
    """(actor id, display name) of a mention, or None when it is not (yet) an actor."""
    if m.kind == "country" and m.code:
        return f"country:{m.code}", m.code
    if m.kind == "org":
        name = org_name(m.name) or m.name
        return f"org:{name}", name
    if m.kind == "person" and (m.role or m.code):  # a name the tagger guessed alone is not yet an actor
        k = person_key(m.name)
        return (surnames.get(k.split("|")[0], f"person:{k}") if k.endswith("|") else f"person:{k}"), m.name
    return None


@dataclass
class _Seen:
    kind: str
    name: str
    code: str | None
    role: str | None
    mentions: int = 0
    aliases: set[str] = field(default_factory=set)


def actor_upserts(extracted: Extracted, stored_surnames: dict[str, str]) -> tuple[ActorUpsert, ...]:
    """One row per country, body and person of the document across spellings ("Sergei"/"Sergey
    Lavrov", "Lavrov"), counting mentions, with the names used and the role seen."""
    author = [extracted.author] if extracted.author else []
    surnames = dict(stored_surnames)
    for m in [m for m in extracted.mentions if m.kind == "person"] + author:
        k = person_key(m.name)  # full names first, so a bare surname can join the person it names
        if not k.endswith("|"):
            surnames.setdefault(k.split("|")[0], f"person:{k}")
    found: dict[str, _Seen] = {}
    for m in [*extracted.mentions, *author]:
        keyed = _actor_key(m, surnames)
        if keyed is None:
            continue
        key, name = keyed
        row = found.setdefault(key, _Seen(m.kind, name, m.code, m.role))
        row.mentions += 1
        if m.kind == "person" and len(name) > len(row.name):
            row.name = name  # the fullest spelling names the actor
        row.code = row.code or m.code
        row.role = row.role or m.role
        row.aliases.add(m.text)
    seen = extracted.document.ref_date
    return tuple(ActorUpsert(key, r.kind, r.name, r.code, r.role, seen, r.mentions, tuple(sorted(r.aliases)))
                 for key, r in found.items())
