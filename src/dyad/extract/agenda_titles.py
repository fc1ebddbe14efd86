"""Titles of agenda items: the item word with the words that say which item it is ("the arms
embargo against Syria", "a plan floated by the bloc"), cut between words and cleaned for reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dyad.extract.agenda_words import ADJECTIVES, VERB_STATUS, WEAK
from dyad.extract.triggers import lemma

TITLE_PREPS = {"on", "for", "against", "over", "to", "with", "between", "of", "in", "from", "about", "among",
                "along", "across", "near", "at"}
_TITLE_LEFT = {"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "quantmod", "punct", "case"}
MAX_TITLE_TOKENS = 14


def item_lemma(t: Token) -> str:
    """The item word a token is, one spelling for each: "cease-fire" (one token, or "cease", "-", "fire")
    is the ceasefire, so that both spellings' mentions are one item."""
    if t.lower_ == "fire" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "cease":
        return "ceasefire"
    word = lemma(t)
    return "ceasefire" if word == "cease-fire" else word


def titles(head: Token) -> list[tuple[str, Token, Token]]:
    """The item's title, or one per coordinated object of its preposition ("agreements on
    readmission and on diplomas" are two agreements)."""
    doc = head.doc
    left = min((c.left_edge.i for c in head.lefts if c.dep_ in _TITLE_LEFT and _keep_left(c)), default=head.i)
    while left > 0 and glued(doc[left - 1], doc[left]):
        left -= 1  # a title starts at a word's start: "no-fly or buffer zones", not "-fly or ..."
    base = list(doc[left : head.i + 1])
    tails: list[list[Token]] = [[]]
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in TITLE_PREPS and not is_time(c) and not _between_us(c):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and any(x.dep_ == "conj" for x in objs[0].children) and c.lower_ in ("on", "of", "for"):
                conj = [objs[0]] + [x for x in objs[0].children if x.dep_ == "conj"]
                tails = [[c] + list(doc[x.left_edge.i : phrase_end(x)]) for x in conj]
            elif objs:
                tails = [list(doc[c.i : phrase_end(objs[0])])]
            break
        if c.dep_ in ("acl", "appos") and c.right_edge.i - c.i < 6 and not (
                c.tag_ in ("VBN", "VBG") and ("obj", lemma(c)) in VERB_STATUS):
            # "a resolution condemning the crackdown" (but not "the plan being agreed": that is its status)
            tails = [list(doc[head.i + 1 : c.right_edge.i + 1])]
            break
    if tails == [[]] and item_lemma(head) in WEAK and all(w.i == head.i or w.pos_ in ("DET", "PRON") for w in base):
        # a bare "plan" says which plan only through the words after it: "a plan floated by the
        # bloc" is titled so; "the aid, which was outlined ..." has no title of its own
        tails = [_named_by_clause(head)]
        if not tails[0]:
            return []
    out = []
    for tail in tails:
        words = first_words(base + tail)
        out.append((clean_title(words), words[0], words[-1]))
    return out


def _named_by_clause(head: Token) -> list[Token]:
    """The short participle clause that names a bare item word by who made it ("floated by the
    African Union"), without what is said of the maker after it."""
    doc = head.doc
    clause = next((c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    agent = next((c for c in clause.children if c.dep_ == "agent"), None) if clause is not None else None
    maker = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
    if maker is None or phrase_end(maker) - head.i > 7:
        return []
    return list(doc[head.i + 1 : phrase_end(maker)])


def _between_us(prep: Token) -> bool:
    """"between our countries", "between the two sides": the pair itself, no part of a title."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.lower_ == "between" and bool(objs) and lemma(objs[0]) in ("country", "side", "nation", "state")


def _keep_left(c: Token) -> bool:
    if c.lower_ == "no" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-":
        return True  # "no-fly zone"
    return not (c.dep_ == "amod" and c.lower_ in ADJECTIVES) and c.pos_ not in ("DET", "PRON") and \
        c.lower_ not in ("new", "further", "other")


def phrase_end(x: Token) -> int:
    """Where a noun phrase's own words end: its subtree, without the conjuncts, clauses and
    asides that follow it ("a ceasefire in Libya, where air attacks ..." ends at "Libya")."""
    end = x.i + 1
    for c in x.rights:
        if c.dep_ in ("conj", "cc", "punct", "relcl", "appos", "advcl") or (
                c.dep_ == "acl" and c.right_edge.i - c.i >= 6):
            break
        end = phrase_end(c) if c.dep_ == "prep" and c.i - x.i < 3 else c.right_edge.i + 1
    doc = x.doc
    while end < len(doc) and glued(doc[end - 1], doc[end]):  # "the co-operation": not "the co" ("-" is punct)
        end += 1
    return end


def is_time(prep: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


_SPACE_BEFORE = re.compile(r"\s+(?=(?:['’]s\b|[,.;:!?)\]]|n['’]t\b))")


_JOINERS = frozenset("-‐‑–/")  # a hyphen or slash with no space around it joins two parts of one word


def glued(a: Token, b: Token) -> bool:
    """Are two tokens parts of one word ("co" "-" "operation"; "2+2"), so no title ends between them?"""
    if a.whitespace_ or b.i != a.i + 1 or a.doc is not b.doc:
        return False
    return a.text in _JOINERS or b.text in _JOINERS or (a.text[-1:].isalnum() and b.text[:1].isalnum())


def first_words(words: list[Token]) -> list[Token]:
    """At most MAX_TITLE_TOKENS tokens, cut between two words, never inside one: "consultations on
    the co-operation in energy" gives "consultations on the", not "... on the co" (spaCy splits
    "co-operation" into three tokens)."""
    if len(words) <= MAX_TITLE_TOKENS:
        return words

    def inside(cut: int) -> bool:  # does a cut before words[cut] fall inside a word?
        return glued(words[cut - 1], words[cut])

    cut = MAX_TITLE_TOKENS
    while cut > 1 and inside(cut):
        cut -= 1
    if cut == 1 and inside(cut):  # one long hyphenated word: the whole word, not a piece of it
        cut = MAX_TITLE_TOKENS
        while cut < len(words) and inside(cut):
            cut += 1
    return words[:cut]


def clean_title(words: list[Token]) -> str:
    """A readable title: no leading article or trailing punctuation, tokenized spacing undone."""
    while words and (words[0].pos_ in ("DET", "PUNCT", "CCONJ", "ADP") or words[0].lower_ in ("'s", "’s")) and \
            not (words[0].lower_ == "no" and len(words) > 1 and words[1].text == "-"):
        words = words[1:]
    while words and (words[-1].pos_ in ("PUNCT", "CCONJ", "ADP", "DET") or words[-1].dep_ == "cc"):
        words = words[:-1]
    # the parse's own words: its text has the document's length, with tokenized "'s" re-attached
    text = "".join(w.text_with_ws for w in words).strip()
    text = _SPACE_BEFORE.sub("", re.sub(r"\s{2,}", " ", text)).strip(" ,;:")
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = text.replace("“", "").replace("”", "").replace('"', "")  # a quote the title cut in half
    return text.strip()


__all__ = ["MAX_TITLE_TOKENS", "TITLE_PREPS", "clean_title", "first_words", "glued", "is_time", "item_lemma",
           "phrase_end", "titles"]
