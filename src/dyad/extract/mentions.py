"""Mentions: countries (names, demonyms, capitals), organisations, and people with their roles.

Countries and organisations come from our own gazetteer (fast, no parse needed); people come
from spaCy's named entities, with the role and country read from the words around the name:
"Russian Foreign Minister Sergey Lavrov", "Pakistan's National Security Adviser Lt. Gen.
(Retd.) Nasser Khan Janjua", "Albert P. Khorev, Ambassador of Russia to Pakistan".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from dyad.gazetteer import Lexeme, lexicon
from dyad.records import Mention
from dyad.spans import Disjoint

ROLES = (
    "National Security Adviser|National Security Advisor|Deputy Prime Minister|Prime Minister|Vice President"
    "|President-elect|President|Foreign Minister|Defence Minister|Defense Minister|Deputy Foreign Minister"
    "|Deputy Minister|Minister of State|Minister|Deputy Secretary|Secretary of State|Foreign Secretary"
    "|Secretary-General|Secretary General|Secretary|Ambassador-at-large|Ambassador|High Commissioner"
    "|Consul General|Special Envoy|Envoy|Deputy Speaker|Speaker|Chairperson|Chairman|Chairwoman|Chair"
    "|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|Governor|Senator|Crown Prince|Prince|King|Queen"
    "|Emir|Sheikh|Sultan|Chancellor|Army Chief|Chief of Army Staff|Chief of Staff|Commander|Admiral|General"
    "|Director General|Director|Vice Premier|Premier|Mayor|Pope|Counsellor|Supreme Leader|Opposition Leader"
    "|Leader|Strongman|Ruler|Dictator|Monarch|Diplomat|Negotiator|Representative|Envoy|Coordinator"
    "|Intelligence Chief|Military Chief|Chief"
)
# "Minister for Privatization", "Minister of Petroleum": a portfolio, not a country, follows "of/for"
_ROLE = re.compile(rf"\b(?P<role>(?i:{ROLES})(?:\s+(?:of|for)\s+(?P<of>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}))?)")
# titles and ranks that may sit between a role and the name
_FILLER = re.compile(r"^(?:\s|,|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|H\.E\.|Lt\s*\.?\s*Gen\.?|Maj\.?\s*Gen\.?|Gen\.?|Adm\.?"
                     r"|\(Retd\.?\)|\(retd\.?\)|Retd\.?)*$")
_TO_COUNTRY = re.compile(r"^\s+(?:to|in)\s+")


def _countries_in(s: str) -> list[Lexeme]:
    rx, table = lexicon()
    return [table[h.group(0)] for h in rx.finditer(s) if table[h.group(0)].kind == "country"]


def _read_role(m: re.Match[str], preceding: str) -> tuple[str, str | None]:
    """(role, country) from a role match: "Ambassador of Russia" -> (Ambassador, RUS); "Minister for
    Privatization" keeps its portfolio; otherwise the country is the one just before the role."""
    role = m.group("role")
    of_text = m.group("of") or ""
    of = _countries_in(of_text)
    if of and of_text.startswith(of[0].text):
        return role[: m.start("of") - m.start("role")].rsplit(" ", 2)[0].strip(), of[0].code
    # a country right before the role, or before the role's portfolio: "Russian Foreign Minister",
    # "Pakistan's Foreign Office", "Libya 's leader", "the Syrian presidential adviser"
    rx, table = lexicon()
    for tail in (preceding, _PORTFOLIO.sub("", preceding)):
        tail = re.sub(r"(?:\s?['’]s)?\s*$", "", tail)
        last = [h for h in rx.finditer(tail) if h.end() == len(tail) and table[h.group(0)].kind == "country"]
        if last:
            return role, table[last[-1].group(0)].code
    return role, None


# words that may stand between a country and a role: "U.S. Treasury Secretary", "Libyan opposition leader"
_PORTFOLIO = re.compile(r"(?:\s+(?:[A-Z][a-z]+|presidential|opposition|foreign|deputy|acting|former|then|top|senior|"
                        r"chief|foreign-policy|defence|defense|security|trade|finance|interior|rebel|military|"
                        r"government|state|official|nuclear|special)){1,3}\s*$")


def person_role(doc_text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(role, ISO3 country) of the person named at [start, end), from the words before or after."""
    before = doc_text[max(0, start - 150) : start]
    found: tuple[str | None, str | None] = (None, None)
    for rm in _ROLE.finditer(before):
        between = before[rm.end() :]
        to = _TO_COUNTRY.match(between)
        if to:  # "Ambassador to Pakistan Albert Khorev": skip the host country
            between = re.sub(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", "", between[to.end() :], count=1)
        if _FILLER.match(between):
            found = _read_role(rm, before[max(0, rm.start() - 60) : rm.start()])
    if found[0] is not None:
        return found
    # an apposition after the name: "Albert P. Khorev, Ambassador of Russia to Pakistan"
    after = doc_text[end : end + 100]
    am = re.match(r"\s*,\s*(?:the\s+)?(?P<adj>(?:[A-Z][\w’']*\s+)?)" + _ROLE.pattern[2:], after)
    if am:
        return _read_role(am, am.group("adj") or "")
    return None, None


def titled_people(text: str) -> dict[str, tuple[str | None, str]]:
    """Name (and surname) -> (ISO3, role) for every "Russian Foreign Minister Sergey Lavrov" in a text,
    found without a parse, so later mentions of "Lavrov" in any sentence know who he is."""
    out: dict[str, tuple[str | None, str]] = {}
    for m in _TITLED.finditer(text):
        name = m.group("name")
        role, code = person_role(text, m.start("name"), m.end("name"))
        if role and (code or name not in out):  # a role with no country still says who the person is
            out[name] = (code, role)
            if code or name.split()[-1] not in out:
                out[name.split()[-1]] = (code, role)
    return out


_TITLED = re.compile(rf"(?i:{ROLES})\s+(?P<name>(?:[A-Z][a-z’'-]+\s+|[A-Z]\.\s+){{0,3}}[A-Z][a-z’'-]+)")


def people(ents: Iterable[Span], doc_text: str, offset: int,
           known: dict[str, tuple[str | None, str]] | None = None) -> list[Mention]:
    """PERSON entities with the role and country named around them, else known from the document
    ("Lavrov" after "Russian Foreign Minister Sergey Lavrov") or from our table of office holders."""
    _, table = lexicon()
    known = known or {}
    out = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        name = ent.text.strip(" ,.’'\"“”")
        if len(name) < 3 or any(ch.isdigit() for ch in name) or name in table:
            continue
        start, end = ent.start_char + offset, ent.end_char + offset
        role, code = person_role(doc_text, start, end)
        if code is None:
            for key in (name, name.split()[-1]):
                hit = known.get(key)
                if hit:
                    code, role = hit[0], role or hit[1]
                    break
        out.append(Mention(start=start, end=end, text=ent.text, kind="person", code=code, name=name, role=role))
    return out


def known_names(text: str, spans: Iterable[tuple[int, int]],
                known: dict[str, tuple[str | None, str]] | None = None) -> list[Mention]:
    """Office holders named in the `spans` (paragraphs) of `text` that the entity recogniser missed
    ("Modi visited Tokyo"): at each place a name may start, the longest known name standing there as
    whole words. (A regular expression of every name tries each of them at every character: a page
    naming thousands of officials would take the number of names times its length.)"""
    table = {n: v for n, v in (known or {}).items() if len(n) > 3}
    if not table:
        return []
    lengths = sorted({len(n) for n in table}, reverse=True)
    starts = re.compile("(?<![\\w-])[" + re.escape("".join({n[0] for n in table})) + "]")
    out: list[Mention] = []
    for s, e in spans:
        part = text[s:e]
        free = 0  # names do not overlap: the next one starts after the last
        for at in starts.finditer(part):
            p = at.start()
            if p < free:
                continue
            name = next((part[p : p + n] for n in lengths
                         if part[p : p + n] in table and not _WORD_GOES_ON.match(part, p + n)), None)
            if name is None:
                continue
            free = p + len(name)
            code, role = table[name]
            out.append(Mention(start=s + p, end=s + free, text=name, kind="person", code=code, name=name, role=role))
    return out


_WORD_GOES_ON = re.compile(r"[\w-]")


_ROLE_ANAPHOR = re.compile(rf"\b[Tt]he\s+(?P<country>(?:[A-Z][\w.’'-]*\s+){{1,3}}?)(?:\s?['’]s\s+)?"
                           rf"(?P<role>(?i:{ROLES}))\b")


def resolve_people(people: list[Mention], text: str) -> list[Mention]:
    """People tied to a country over the whole document: a name seen once with a country keeps it in
    every other mention ("Sergey Lavrov" ... "Lavrov"); an office holder named with no country takes
    the one a role phrase of the text gives that office ("President Obama" ... "the US president"),
    when exactly one country is given for it."""
    known: dict[str, tuple[str, str | None]] = {}
    for m in people:
        if m.code:
            for key in (m.name, m.name.split()[-1]):
                known.setdefault(key, (m.code, m.role))
    offices: dict[str, set[str]] = {}
    rx, table = lexicon()
    for am in _ROLE_ANAPHOR.finditer(text):
        words = am.group("country").strip()
        lex = table.get(words) or table.get(words.split()[-1]) if words else None
        if lex is not None and lex.kind == "country":
            offices.setdefault(am.group("role").lower(), set()).add(lex.code)
    held = {((m.role or "").lower(), m.code) for m in people if m.code and m.role}
    out = []
    full = {m.name.split()[-1]: m.name for m in people if len(m.name.split()) > 1}
    for m in people:
        code, role = m.code, m.role
        if code is None:
            hit = known.get(m.name) or known.get(m.name.split()[-1])
            if hit:
                code, role = hit[0], role or hit[1]
        name = full.get(m.name, m.name) if " " not in m.name else m.name  # "Lavrov" is Sergey Lavrov
        # "the Pakistan foreign minister" when the Russian one is already named: the office left over
        free = {c for c in offices.get((role or "").lower(), ()) if ((role or "").lower(), c) not in held}
        if code is None and role and len(free) == 1:
            (code,) = free
        out.append(Mention(m.start, m.end, m.text, m.kind, code, name, role, m.as_government)
                   if (code, role, name) != (m.code, m.role, m.name) else m)
    return out


_CAPITAL_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.))+")


def record_names(text: str, offset: int, sides: dict[str, str], taken: Disjoint[Mention]) -> list[Mention]:
    """People the record already knows by full name ("Ishaq Dar"), found in `text` without the
    entity recogniser, with the side the record gives them; none overlaps a name `taken` holds."""
    out: list[Mention] = []
    if not sides:
        return out
    for run in _CAPITAL_RUN.finditer(text):
        words = run.group().split()
        here: list[Mention] = []  # (a name of one run cannot overlap one of another)
        for size in range(min(4, len(words)), 1, -1):  # the longest known name in the run
            for i in range(len(words) - size + 1):
                name = " ".join(words[i : i + size])
                code = sides.get(name)
                if not code:
                    continue
                s = offset + run.start() + run.group().index(name)
                e = s + len(name)
                if not taken.overlapping(s, e) and not any(t.start < e and s < t.end for t in here):
                    here.append(Mention(s, e, name, "person", code, name))
        out += here
    return out
