"""The author of an op-ed or the speaker of a speech: an actor of the record, whose "we" is a side.

Found in a byline ("By Jane Doe", "By the Ambassador of Japan to India"), in a signature at the
end ("Albert P. Khorev" / "The writer is the Ambassador of Russia to Pakistan."), or in a speech
header ("Albert P. Khorev, Ambassador of Russia to Pakistan @ Seminar ...", "Remarks by the
Minister of State for External Affairs at ...").
"""

from __future__ import annotations

import re

from dyad.extract.mentions import person_role
from dyad.records import Mention

_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,3})"
BYLINE = re.compile(rf"^\s*[*_]*By\s+(?:{_NAME}|the\s+(?P<role>[^\n*_]{{3,80}}))[*_]*\s*$", re.MULTILINE)
WRITER_IS = re.compile(r"^\s*The\s+(?:writer|author)\s+is\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^\n]{3,160}?)\.?\s*$",
                       re.MULTILINE | re.IGNORECASE)
SPEECH_HEADER = re.compile(rf"^\s*(?:(?:Remarks|Speech|Address|Statement)\s+by\s+(?:the\s+)?(?P<role>[^\n@]{{3,120}}?)"
                           rf"\s+(?:at|to|@)\s|{_NAME},\s+(?P<role2>[^\n@]{{3,120}}?)\s+(?:@|at)\s)")


AGENCY = re.compile(r"\b(?:Service|Agency|News|Press|Staff|Desk|Report|Reporter|Correspondents?|Bureau|Wire|"
                    r"Reuters|Associated|Media|Times|Post|Herald|Daily|Online)\b")


def _role_country(role_text: str) -> tuple[str | None, str | None]:
    probe = f"{role_text} X"
    role, code = person_role(probe, len(probe) - 1, len(probe))
    if role is None:
        # "the Ambassador of Japan to India": read it as an apposition
        probe = f"X, {role_text}"
        role, code = person_role(probe, 0, 1)
    return role, code


def find_author(text: str) -> Mention | None:
    """The author or speaker of an authored text, if the text names one."""
    head = text[:600]
    m = SPEECH_HEADER.search(head)
    if m:
        role_text = m.group("role") or m.group("role2") or ""
        role, code = _role_country(role_text)
        name = m.group("name") or (f"the {role_text.strip()}" if role_text else "the speaker")
        s = m.start("name") if m.group("name") else m.start("role")
        return Mention(s, s + len(name if m.group("name") else role_text), name if m.group("name") else role_text,
                       "person", code, name, role or role_text.strip())
    m = BYLINE.search(head)
    if m and m.group("name") and AGENCY.search(m.group("name")):
        m = None  # "By Asia Wire Service": an agency, not an author who speaks in the first person
    if m:
        if m.group("name"):
            name = m.group("name")
            role, code = _writer_role(text)
            return Mention(m.start("name"), m.end("name"), name, "person", code, name, role)
        role_text = m.group("role").strip()
        role, code = _role_country(role_text)
        return Mention(m.start("role"), m.end("role"), role_text, "person", code, f"the {role_text}", role)
    tail_start = max(0, len(text.rstrip()) - 400)
    w = WRITER_IS.search(text, tail_start)
    if w:
        role, code = _role_country(w.group("role"))
        before = text[tail_start : w.start()].strip().splitlines()
        name_line = before[-1].strip() if before else ""
        if re.fullmatch(_NAME, name_line):
            s = text.rfind(name_line, tail_start, w.start())
            return Mention(s, s + len(name_line), name_line, "person", code, name_line, role)
        return Mention(w.start("role"), w.end("role"), w.group("role"), "person", code, "the writer", role)
    return None


def _writer_role(text: str) -> tuple[str | None, str | None]:
    w = WRITER_IS.search(text, max(0, len(text.rstrip()) - 400))
    return _role_country(w.group("role")) if w else (None, None)


_HOST = re.compile(r"\b(?:Ambassador|High Commissioner|Envoy|Consul(?: General)?|Charg[ée] d'Affaires|Representative)"
                   r"\b[^.\n]{0,60}?\bto\s+(?:the\s+)?(?P<host>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def author_host(text: str) -> str | None:
    """The country an envoy-author is posted to ("the Ambassador of Russia to Pakistan" -> PAK), read
    from the head and the signature of the text: with the author's own side, "our countries"."""
    from dyad.gazetteer import lexicon

    rx, table = lexicon()
    for part in (text[:600], text[max(0, len(text.rstrip()) - 400):]):
        for m in _HOST.finditer(part):
            hit = rx.match(m.group("host"))
            lex = table.get(hit.group(0)) if hit else None
            if lex is not None and lex.kind == "country":
                return lex.code
    return None
