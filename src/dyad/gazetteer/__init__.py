"""Countries, former states, places and organisations, and the one regex that finds them in text.

Built once per process from pycountry (ISO 3166-1, and the former states of ISO 3166-3 with
their own codes: the USSR is SUN) and countryinfo (name variants, demonyms, capitals), plus our
own tables (`tables.py`) for what neither has; `build.py` decides which country each text
names. successor() maps a former state to today's, so the Soviet years stay in the Russia–X
relationship.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dyad.gazetteer import build, tables
from dyad.gazetteer.sources import OURS, Candidate, State, rows


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3; a former state its ISO 3166-3 code; Kosovo XKX
    names: tuple[str, ...]  # the display name first
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]  # with old capitals that stood for the government (Bonn, Peking)
    seats: tuple[str, ...] = ()  # seats of government used for it ("the Kremlin")
    former: bool = False  # a state that no longer exists; successor() gives today's

    @property
    def name(self) -> str:
        return self.names[0]


@lru_cache(maxsize=1)
def _built() -> tuple[dict[str, Candidate], dict[str, State]]:
    with build.quiet_gc():
        return build.gazetteer()


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO3 -> Country: every ISO 3166-1 state, the former states of ISO 3166-3, and Kosovo."""
    entries, states = _built()
    forms: dict[str, dict[str, list[str]]] = {code: {f: [] for f in build.FORMS} for code in states}
    # the packages' texts first, then ours, then the variants made of them
    for c in sorted(entries.values(), key=lambda c: (c.rank >= build.MADE, c.rank == OURS, c.rank)):
        forms[c.code][c.form].append(c.text)
    out = {}
    for code, s in states.items():
        f = forms[code]
        names = (s.display, *(n for n in f["name"] if n != s.display))
        out[code] = Country(code, names, tuple(f["demonym"]), tuple(f["capital"]), tuple(f["seat"]), s.former)
    return out


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Places that are only places, never governments ("Bombay", "Leningrad") -> ISO3."""
    return {c.text: c.code for c in _built()[0].values() if c.form == "place"}


@lru_cache(maxsize=1)
def organisations() -> dict[str, str]:
    """alias -> canonical name"""
    out = {}
    for (name,), *aliases in rows(tables.ORGANISATIONS):
        for a in (name, *(aliases[0] if aliases else ())):
            out.update(dict.fromkeys({a} | build.variants(a), name))
    return out


def country_name(code: str | None) -> str:
    c = countries().get(code or "")
    return c.name if c else (code or "")


def successor(code: str) -> str:
    """The state whose relations a code counts in: today's state for a former one (SUN -> RUS, DDR ->
    DEU), the sovereign of a dependent territory (FLK -> GBR, PRI -> USA); any other code itself."""
    code = tables.SUCCESSORS.get(code, code)
    return tables.SOVEREIGNS.get(code, code)


@dataclass(frozen=True)
class Lexeme:
    text: str
    kind: str  # country | org
    code: str  # ISO3 (for a place, the country it is in) or canonical organisation name
    # name | demonym | capital | seat (stands for a government: "the Kremlin") | place (a location,
    # never a government: "Bombay") | org
    form: str


@lru_cache(maxsize=1)
def lexicon() -> tuple[re.Pattern[str], dict[str, Lexeme]]:
    """One regex over every name, longest alternatives first (written as a trie, `build.pattern`);
    and the table to read a hit back."""
    table = {c.text: Lexeme(c.text, "country", c.code, c.form) for c in _built()[0].values()}
    for alias, name in organisations().items():
        table.setdefault(alias, Lexeme(alias, "org", name, "org"))
    # Case-sensitive alternatives, each bounded so "Omani" does not match inside "Romania";
    # a hyphen is a boundary ("Russia-Pakistan"), a following "$" is not ("US$ 5 million").
    with build.quiet_gc():
        rx = re.compile(rf"(?<![\w.])(?!{build.guards()})(?:{build.pattern(table)})(?![\w$]|\.\w)")
    return rx, table
