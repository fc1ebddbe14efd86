"""One agenda item per project, agreement, negotiation or sanctions regime of a dyad, across
sentences and documents.

Items are matched by what they are, not by their wording: the same head word (the item word:
"plan", "embargo", "agreement", or the action: "easing", "restoring") and modifiers of which one
title's are a part of the other's. "Mr Annan's plan" and "the Annan plan" are one item; the
"readmission agreement" and the "agreement on the mutual recognition of diplomas" are two, however
alike the rest of their words. A bare "the plan" is the dyad's plan only when it has one (else the
one named last in the same document).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from dyad.records import ITEM_CONTAINERS, AgendaRef, content_id

_PREPOSITIONS = {"of", "on", "for", "against", "over", "to", "with", "between", "in", "from", "about", "among",
                 "by", "at", "into"}
_STOP = {"the", "a", "an", "and", "or", "our", "their", "its", "his", "her", "this", "that", "these", "those", "mr",
         "mrs", "ms", "dr", "'s", "’s", "s", "so-called", "international", "humanitarian", "federal", "bilateral",
         # how good or how soon, not which: "an immediate ceasefire", "a credible truce" are the ceasefire, the truce
         "immediate", "effective", "nominal", "credible", "lasting", "durable", "genuine", "comprehensive", "viable"}


def _words(title: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'-]+", title.lower()) if w not in ("'s", "’s")]


def _singular(word: str) -> str:
    word = re.sub(r"['’]s$", "", word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)  # every stored item's title is read again for each new mention
def head_word(title: str) -> str:
    """The item word of a title: a leading action ("restoring the mills"), else the last word before
    the first preposition ("agreements on readmission" → agreement)."""
    words = _words(title)
    if not words:
        return ""
    if words[0].endswith("ing") and title[:1].islower():
        return words[0]
    before: list[str] = []
    for w in words:
        if w in _PREPOSITIONS and before:
            break
        before.append(w)
    return _singular(before[-1])


@lru_cache(maxsize=1 << 16)
def modifiers(title: str, head: str = "") -> frozenset[str]:
    """The title's content words other than its head: what tells one item of a kind from another (a word
    that holds the item, "plan" of "the ceasefire plan", tells nothing)."""
    head = _singular(head) if head else head_word(title)
    words = [_singular(w) for w in _words(title) if w not in _STOP and w not in _PREPOSITIONS
             and _singular(w).replace("-", "") != head.replace("-", "")  # "cease-fire" is the ceasefire
             and not (_singular(w) in ITEM_CONTAINERS and head not in ITEM_CONTAINERS)]
    # "high-speed rail" and "High Speed Rail" are one modifier written two ways: compare the parts
    return frozenset(part for w in words for part in w.split("-") if part)


def title_key(title: str) -> str:
    """A title's item word and modifiers, as words: what search compares an item by."""
    return " ".join([head_word(title), *sorted(modifiers(title))])


def item_id(dyad: str | None, ref: AgendaRef) -> str:
    """A new item's identity: its dyad, item word and modifiers (not its exact wording)."""
    head = _head(ref)
    return content_id(dyad or "", head, " ".join(sorted(modifiers(ref.title, head))))


_QUOTED = re.compile(r"[“\"]([^”\"]{3,80})[”\"]")


@lru_cache(maxsize=1 << 16)
def _name(title: str) -> str | None:
    """A quoted name in a title ("the project “Russian Teacher Abroad”")."""
    m = _QUOTED.search(title)
    return m.group(1).strip().lower() if m else None


def match_item(ref: AgendaRef, items: Mapping[str, AgendaRef]) -> str | None:
    """The id of the item `ref` names among `items` (id -> ref, the most recent last), if any."""
    bare = ref.title.strip(" “”\"").lower()
    name = _name(ref.title)
    by_name = [i for i, r in items.items() if (name and name in (_name(r.title), r.title.strip(" “”\"").lower()))
               or _name(r.title) == bare]
    if by_name:
        return by_name[-1]
    head = _head(ref)
    if not head:
        return None
    mods = modifiers(ref.title, head)
    same_head = [(i, modifiers(r.title, _head(r))) for i, r in items.items() if _head(r) == head]
    if not mods:
        return same_head[-1][0] if same_head else None
    fits = [(len(mods & m), n, i) for n, (i, m) in enumerate(same_head) if m and (m <= mods or mods <= m)]
    if fits:
        return max(fits)[2]
    unqualified = [i for i, m in same_head if not m]
    return unqualified[-1] if unqualified else None


def _head(ref: AgendaRef) -> str:
    return (ref.head or head_word(ref.title)).replace("-", "")  # "cease-fire" is the ceasefire


def same_item(a: str, b: str) -> bool:
    """Whether two titles name one item (on their own, with no other item to choose from)."""
    return match_item(AgendaRef(a, ""), {"b": AgendaRef(b, "")}) == "b"
