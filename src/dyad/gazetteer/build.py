"""From candidates to one country per text, and the one regex that finds every text.

1. Every text the sources give is a candidate; excluded texts and stray codes are dropped.
2. When several countries claim a text, the lowest rank wins (our tables, then names, demonyms,
   other spellings, capitals); at equal rank a state that exists beats a former one ("East Timor"
   is TLS, not TMP; "Serbian" is SRB, not SCG), then the more populous ("Congolese" is COD,
   "Dominican" DOM, "Chinese" CHN rather than Hong Kong). So "Laos" is a name, while "Thai",
   which only countryinfo's altSpellings call a name, is a demonym.
3. The winners get their variants, which never beat a given text: without accents ("Bogota"),
   with a curly apostrophe ("Côte d’Ivoire"), "The X" for "the X", and plurals of demonyms.
4. The regex is a trie of every text (`pattern`) behind a lookahead of what must not start a
   match (`guards`, from `tables.GUARDS`).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from dyad.gazetteer import tables
from dyad.gazetteer.sources import Candidate, State, own_candidates, package_candidates

MADE = 10  # added to a variant's rank: a made text loses to any text a source gives
FORMS = ("name", "demonym", "capital", "seat", "place")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# demonyms that take no "s": Japanese, Swiss, British, Dutch, French, Seychellois, Manx, Kyrgyz,
# Icelandic, Malagasy ("Czech" does); "Pak" because Paks is a town in Hungary
_INVARIANT = ("ese", "s", "sh", "tch", "nch", "x", "z", "ic", "y")
_NO_PLURAL = frozenset({"Pak"})


def plural(demonym: str) -> str | None:
    """"Afghan" -> "Afghans", "Frenchman" -> "Frenchmen"; None for "Swiss", "Chinese", "British"."""
    if demonym in _NO_PLURAL or demonym.endswith(_INVARIANT):
        return None
    return demonym[:-3] + "men" if demonym.endswith(("chman", "shman", "sman")) else demonym + "s"


def _ascii(text: str) -> str | None:
    """"Bogotá" -> "Bogota"; None when the text is more than Latin letters with accents."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return folded if folded.isascii() and folded != text else None


def variants(text: str) -> set[str]:
    """The other ways news writes a text: without accents, with a curly apostrophe, "The X"."""
    out = {text}
    for make in (_ascii, lambda t: t.replace("'", "’") if "'" in t else None,
                 lambda t: "The " + t[4:] if t.startswith("the ") else None):
        out |= {v for v in (make(t) for t in out) if v}
    return out - {text}


def _made(c: Candidate) -> Iterator[Candidate]:
    texts = variants(c.text)
    many = plural(c.text) if c.form == "demonym" else None
    if many:
        texts |= {many} | variants(many)
    for t in texts:
        yield Candidate(t, c.code, c.form, c.rank + MADE)


def _allowed(c: Candidate) -> bool:
    bare = c.text.replace(".", "")
    return c.text not in tables.EXCLUDED and not (_ACRONYM.fullmatch(bare) and bare not in tables.ACRONYMS)


def resolve(candidates: Iterable[Candidate], states: dict[str, State]) -> dict[str, Candidate]:
    """text -> the one candidate that wins it."""
    def key(c: Candidate) -> tuple[int, bool, int, int, str]:
        s = states[c.code]
        return (c.rank, s.former, -s.population, FORMS.index(c.form), c.code)

    best: dict[str, Candidate] = {}
    for c in candidates:
        if _allowed(c) and (c.text not in best or key(c) < key(best[c.text])):
            best[c.text] = c
    return best


@contextmanager
def quiet_gc() -> Iterator[None]:
    """No garbage collection while the tables are built: each pass would walk the hundreds of
    thousands of objects of countryinfo's geometry, and they make the build half again as slow."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def gazetteer() -> tuple[dict[str, Candidate], dict[str, State]]:
    """Every country text and its winner; and every state (ISO 3166-1, 3166-3, Kosovo)."""
    package, states = package_candidates()
    own, own_states = own_candidates()
    for code, s in own_states.items():
        states[code] = states[code]._replace(display=s.display) if code in states else s
    given = resolve(own + package, states)
    made = [m for c in given.values() for m in _made(c)]
    return resolve([*given.values(), *made], states), states


def guards() -> str:
    """One alternation of what must not start a match: "America" after "Latin", "China" before
    "Sea". Checked where a match would start, so "Latin American" is caught by "America" too."""
    alts = []
    for text, (before, after) in tables.GUARDS.items():
        for t in sorted({text} | variants(text)):
            # the text first, so that most places fail on its first letter
            alts += [f"{re.escape(t)}(?<={re.escape((w if w.endswith('-') else w + ' ') + t)})" for w in before]
            if after:
                alts.append(re.escape(t) + r"[ \t]*(?:" + "|".join(after) + ")")
    return "|".join(alts)


def pattern(texts: Iterable[str]) -> str:
    """One alternation over `texts`, written as a trie: at each place the longest text is tried
    first, as in a longest-first alternation, but the regex branches on one character at a time."""
    trie: dict[str, Any] = {}
    for t in texts:
        node = trie
        for ch in t:
            node = node.setdefault(ch, {})
        node[""] = t
    return _render(trie)


def _render(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
