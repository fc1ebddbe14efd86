"""What the packages and our tables say, as candidates: (text, code, form, rank).

* pycountry: every ISO 3166-1 state (name, official_name, common_name) and the former states
  of ISO 3166-3 with their own alpha-3 code (except ATF, which ISO 3166-1 reuses).
* countryinfo: the everyday name, altSpellings, demonym and capital of each state, read by its
  ISO alpha-3; entries for parts of a state (Wales, Scotland) and 2- and 3-letter codes among
  the altSpellings ("IN", "IT", "CAN") are left out.
* our tables (`tables.py`): what neither has.

A lower rank wins when two countries claim one text (see `build.resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import countryinfo
import pycountry

from dyad.gazetteer import tables

OURS, NAME, DEMONYM, SPELLING, CAPITAL = 0, 1, 2, 3, 4
_CODE = re.compile(r"[A-Z]{2,3}")


class Candidate(NamedTuple):
    text: str
    code: str
    form: str  # name | demonym | capital | seat | place
    rank: int


class State(NamedTuple):
    code: str
    display: str
    former: bool
    population: int


def rows(table: str) -> Iterator[list[tuple[str, ...]]]:
    """The fields of each `A|b;c|d` row, each split on ";"."""
    for line in table.strip().splitlines():
        yield [tuple(x.strip() for x in field.split(";") if x.strip()) for field in line.split("|")]


def _iso() -> tuple[dict[str, list[str]], set[str]]:
    """code -> pycountry's names (common name first); and the codes of former states."""
    names: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names[c.alpha_3] = [getattr(c, f) for f in ("common_name", "name", "official_name") if hasattr(c, f)]
    former = set()
    for c in pycountry.historic_countries:
        if c.alpha_3 not in names:
            names[c.alpha_3] = [c.name]
            former.add(c.alpha_3)
    return names, former


def _split(value: Any, sep: str | None = None) -> list[str]:
    """countryinfo's field as a list of texts: a string or a list, each split on `sep`."""
    items = value if isinstance(value, list) else [value or ""]
    return [p.strip() for item in items for p in (re.split(sep, item) if sep else [item]) if p.strip()]


def _countryinfo(codes: set[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    parts = {t for (_, texts) in rows(tables.PLACES) for t in texts}
    for entry in countryinfo.all_countries():
        info: dict[str, Any] = dict(entry.info())
        code = (info.get("ISO") or {}).get("alpha3")
        if code in codes and info["name"] not in parts:
            yield code, info


def _prose(name: str) -> bool:
    """Not a catalogue form ("Korea, Republic of") or a fragment ("the State of Eritrea")."""
    return "," not in name and not name.startswith("the ")


def package_candidates() -> tuple[list[Candidate], dict[str, State]]:
    """Candidates from pycountry and countryinfo, and each state's display name and population."""
    iso, former = _iso()
    out: list[Candidate] = []
    population: dict[str, int] = {}
    ci_name: dict[str, str] = {}
    for code, names in iso.items():
        out += [Candidate(n, code, "name", NAME) for n in names if _prose(n)]
    for code, info in _countryinfo(set(iso)):
        population[code] = max(population.get(code, 0), int(info.get("population") or 0))
        if _prose(info["name"]):
            ci_name.setdefault(code, info["name"])
            out.append(Candidate(info["name"], code, "name", NAME))
        out += [Candidate(s, code, "name", SPELLING) for s in _split(info.get("altSpellings"))
                if _prose(s) and not _CODE.fullmatch(s)]
        out += [Candidate(d, code, "demonym", DEMONYM) for d in _split(info.get("demonym"), r"[,/]")]
        out += [Candidate(c, code, "capital", CAPITAL) for c in _split(info.get("capital"), r"\s/\s")]
    states = {}
    for code, names in iso.items():
        plain = [n for n in names if _prose(n)] + [ci_name.get(code, "")]
        display = tables.DISPLAY.get(code) or next((n for n in plain if n), names[0])
        states[code] = State(code, display, code in former, population.get(code, 0))
    return out, states


def own_candidates() -> tuple[list[Candidate], dict[str, State]]:
    """Candidates from our tables, and the states that only our tables know (Kosovo)."""
    out: list[Candidate] = []
    states: dict[str, State] = {}
    for table, former in ((tables.STATES, False), (tables.NEW_STATES, False), (tables.FORMER, True)):
        for (code,), names, demonyms, capitals in rows(table):
            out += [Candidate(n, code, "name", OURS) for n in names]
            out += [Candidate(d, code, "demonym", OURS) for d in demonyms]
            out += [Candidate(c, code, "capital", OURS) for c in capitals]
            if table is not tables.STATES:
                states[code] = State(code, tables.DISPLAY.get(code) or names[0], former, 0)
    for table, form in ((tables.SEATS, "seat"), (tables.PLACES, "place")):
        for (code,), texts in rows(table):
            out += [Candidate(t, code, form, OURS) for t in texts]
    return out, states
