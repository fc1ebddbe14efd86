"""Agenda items: projects, agreements, negotiations, sanctions regimes and initiatives, each with
the status a sentence gives it, read from the parse.

An item is a noun phrase headed by an item word (`agenda_words.ITEM_HEADS`): "the arms embargo
against Syria", "a readmission agreement", "Annan's peace plan". Its status is what the sentence
says happens to it, read from the word that governs it ("imposed" → in force, "called for" →
proposed, "collapsed" → stalled, "the signing of" → signed), then from a verb that frames that one
("considering imposing" → under discussion), then from the clause's modality ("will sign" →
pending; "could sign" → proposed; "did not sign" → nothing). A sentence that names an item but says
nothing of where it stands adds nothing. The evidence is the words from the governing word to the
item, so it states the status it supports.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dyad.extract.agenda_words import (
    ACTION_FRAMES,
    ACTION_NOUNS,
    ACTION_STATUSES,
    ACTIONS,
    ADJECTIVE_PREDICATES,
    ADJECTIVES,
    ANAPHORIC_NOUNS,
    BRINGING,
    FRAMES,
    ITEM_HEADS,
    JUDGING,
    LISTING_SUBJECTS,
    MORE_OF,
    NOT_YET,
    NOUN_GOVERNORS,
    POLICY_VERBS,
    PREDICATES,
    PREPOSITION_STATUS,
    QUANTITIES,
    RELATIONSHIP,
    UNDER_WAY_BY_NAME,
    VERB_STATUS,
    WEAK,
)
from dyad.extract.status import governing_intent
from dyad.extract.triggers import clause_verb, lemma
from dyad.records import ITEM_CONTAINERS, AgendaMention, Evidence

# prepositions whose phrase belongs to an item's title ("sanctions on Syria", "talks with rebels")
_TITLE_PREPS = {"on", "for", "against", "over", "to", "with", "between", "of", "in", "from", "about", "among",
                "along", "across", "near", "at"}
_TITLE_LEFT = {"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "quantmod", "punct", "case"}
_COPULAS = {"be", "remain", "stay", "seem", "look", "appear"}
_ANAPHORA = {"these", "such", "relevant", "both", "those", "the"}
MAX_TITLE_TOKENS = 14
_CLAUSES = {"advcl", "ccomp", "xcomp"}  # how a wanted passive hangs from the verb that wants it
_UNDOING = {"suspended", "cancelled", "stalled", "rejected"}  # statuses a verb over a governing noun overrules with


def find_agenda(span: Span, sentence: str, offset: int, source: str, as_of: str | None,
                previous: list[AgendaMention] | None = None) -> list[AgendaMention]:
    """Agenda items whose status this parsed sentence states. `sentence` is the document's text
    that was parsed (the parse may read a re-cased copy of it) and `offset` where it starts in the
    document; `previous` are the items of the sentence before, for "the relevant documents"."""
    out: list[AgendaMention] = []
    for t in span:
        head = _item_head(t, bool(previous))
        if head is None or _lists(head):
            continue
        action = lemma(t) in ACTIONS
        for status, word in _statuses(head):
            if action and status not in ACTION_STATUSES:
                continue
            if _anaphoric(head) and previous:
                evidence = _evidence(sentence, source, offset, word, head, head)
                out += [AgendaMention(p.title, p.kind, status, as_of, (evidence,), head=p.head) for p in previous]
                continue
            named = _held_item(t)
            kind = ITEM_HEADS.get(named, "initiative")
            out += [AgendaMention(title, kind, status, as_of, (_evidence(sentence, source, offset, word, a, b),),
                                  head=named) for title, a, b in _titles(head) if title]
            # nouns coordinated with the item share its status: "the launch of the project and courses"
            out += [AgendaMention(title, kind_of(title), status, as_of,
                                  (_evidence(sentence, source, offset, c, a, b),), head=lemma(c))
                    for c in _coordinated(head) for title, a, b in _titles(c) if title]
    out += _listed(span, sentence, offset, source, as_of, bool(previous))
    out += _proposed_actions(span, sentence, offset, source, as_of)
    out += _wanted_passives(span, sentence, offset, source, as_of)
    return _unique(out)


def _coordinated(head: Token) -> list[Token]:
    """Nouns with words of their own coordinated with an item that are no item words themselves."""
    return [c for c in [*head.children, *_stray_conjuncts(head)] if c.dep_ == "conj" and c.pos_ == "NOUN"
            and lemma(c) not in ITEM_HEADS and _own_words(c)]


def _object_of_verb(t: Token) -> Token | None:
    """The object a noun is coordinated with when the parser hung it on the object's verb instead:
    after an object with a long "of" phrase ("welcome the launch of the project and the courses",
    "accept the establishment of a state and a truce") the second conjunct often goes to the verb."""
    v = t.head
    if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN") or v.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in v.children):
        return None  # a clause of its own after the noun
    return next((c for c in v.children if c.dep_ == "dobj" and c.i < t.i), None)


def _stray_conjuncts(head: Token) -> list[Token]:
    """Nouns the parser hung on the verb whose object governs the item ("welcome the launch of the
    project and Russian courses": the courses are launched too)."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.dep_ != "dobj":
        return []
    obj = head.head.head
    return [c for c in obj.head.children if c.i > head.i and _object_of_verb(c) == obj]


def _listed(span: Span, sentence: str, offset: int, source: str, as_of: str | None,
            after_items: bool) -> list[AgendaMention]:
    """"Promising projects include restoring the mill, launching a rail link ...": each listed
    object is an item that is proposed; "these include ..." lists the items of the sentence before."""
    out = []
    for v in span:
        if lemma(v) != "include" or v.pos_ != "VERB":
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or not (lemma(subj) in LISTING_SUBJECTS or (after_items and subj.lower_ in ("these", "they"))):
            continue
        first = next((c for c in v.children if c.dep_ in ("dobj", "xcomp", "ccomp")), None)
        if first is None:
            continue
        for obj in _conjuncts(first):
            words = list(span.doc[obj.i if obj.pos_ == "VERB" else obj.left_edge.i : _phrase_end(obj)])
            title = _clean(_first_words(words))
            if title:
                out.append(AgendaMention(title, kind_of(title) if lemma(subj) not in ITEM_HEADS else
                                         ITEM_HEADS[lemma(subj)], "proposed", as_of,
                                         (_evidence(sentence, source, offset, words[0], words[0], words[-1]),),
                                         head=obj.lower_ if obj.pos_ == "VERB" else lemma(obj)))
    return out


def _proposed_actions(span: Span, sentence: str, offset: int, source: str, as_of: str | None) -> list[AgendaMention]:
    """Actions that are items because someone wants, plans, proposes or agreed to do them: "wants
    to restructure the IMF", "agreed to open a consulate", "her proposals for regulating hedge funds".
    The action needs an object of its own; one whose object is an item word is read as that item."""
    out = []
    for v in span:
        if v.pos_ != "VERB" or lemma(v) not in POLICY_VERBS or v.tag_ not in ("VB", "VBG"):
            continue
        frame = _action_frame(v)
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if frame is None or obj is None or item_lemma(obj) in ITEM_HEADS or _governs_item(obj) or (
                lemma(v) in MORE_OF and lemma(obj) in RELATIONSHIP):
            continue  # "intend to strengthen defence cooperation" is more of the relationship, no item
        status, word = frame
        if word.pos_ == "VERB":
            framed = _framed(word, status)
            if framed is None:
                continue
            status = framed
        words = _first_words(list(span.doc[v.i : _phrase_end(v)]))
        title = _clean(words)
        if len(title.split()) >= 2:
            out.append(AgendaMention(title, kind_of(title), status, as_of,
                                     (_evidence(sentence, source, offset, word, words[0], words[-1]),), head=v.lower_))
    return out


def _wanted_passives(span: Span, sentence: str, offset: int, source: str,
                     as_of: str | None) -> list[AgendaMention]:
    """"called for Syria to be suspended from the bloc", "urged that the envoy be expelled": an
    action wanted done to someone is an item, titled as the action ("suspend Syria from the bloc").
    An item word as the subject ("wants the embargo to be lifted") is read as that item instead."""
    out = []
    for v in span:
        if v.pos_ != "VERB" or v.tag_ != "VBN" or lemma(v) not in POLICY_VERBS or v.dep_ not in _CLAUSES:
            continue
        kids = {c.lower_: c.dep_ for c in v.children}
        if kids.get("be") != "auxpass" or not (kids.get("to") == "aux" or kids.get("that") == "mark"):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
        frame = v.head
        if subj is None or item_lemma(subj) in ITEM_HEADS or lemma(frame) not in ACTION_FRAMES:
            continue
        status = _framed(frame, FRAMES.get(lemma(frame), "proposed"))
        if status is None:
            continue
        words = list(span.doc[subj.left_edge.i : subj.i + 1])
        prep = next((c for c in v.rights if c.dep_ == "prep" and c.lower_ in _TITLE_PREPS and not _is_time(c)), None)
        if prep is not None:
            words += list(span.doc[prep.i : _phrase_end(prep)])
        title = _clean(_first_words(words))
        if title:
            last = words[-1]
            out.append(AgendaMention(f"{lemma(v)} {title}", kind_of(lemma(v)), status, as_of,
                                     (_evidence(sentence, source, offset, frame, subj, last),),
                                     head=v.lower_))
    return out


def _governs_item(noun: Token) -> bool:
    """"our commitment to the ceasefire", "the implementation of the plan": the item is read through
    the noun, not as an action of its own."""
    return lemma(noun) in NOUN_GOVERNORS and any(
        o.dep_ == "pobj" and item_lemma(o) in ITEM_HEADS for c in noun.children if c.dep_ == "prep" for o in c.children)


def _action_frame(v: Token) -> tuple[str, Token] | None:
    """The status an action takes from the verb or noun it hangs from, and that word."""
    h = v.head
    if v.dep_ == "pcomp" and h.dep_ == "prep":
        h = h.head  # "proposals for regulating", "open to arming"
    elif v.dep_ not in ("xcomp", "acl", "ccomp") or not any(c.lower_ == "to" for c in v.children):
        return None
    if h.pos_ == "VERB" and lemma(h) in ACTION_FRAMES:
        return FRAMES.get(lemma(h), "proposed"), h
    if h.pos_ == "NOUN" and lemma(h) in ACTION_NOUNS:
        return NOUN_GOVERNORS.get(lemma(h), "proposed"), h
    if h.pos_ == "ADJ" and h.lower_ in ("open", "ready", "willing", "keen", "eager"):
        return "proposed", h
    return None


def _conjuncts(t: Token) -> list[Token]:
    """A word and the words coordinated with it, in order ("building X, expanding Y and opening Z"; the
    parser often hangs a listed gerund after a comma as an adverbial clause)."""
    return [t] + [x for c in t.children if c.dep_ == "conj" or (
        c.dep_ == "advcl" and c.tag_ == "VBG" and t.tag_ == "VBG" and c.doc[c.i - 1].text == ",")
        for x in _conjuncts(c)]


def _lists(t: Token) -> bool:
    """Whether an item word is the subject of "include" ("promising projects include ..."): it names
    the items that follow, not one of its own."""
    return t.dep_ == "nsubj" and lemma(t.head) == "include"


def _evidence(sentence: str, source: str, offset: int, word: Token, first: Token, last: Token) -> Evidence:
    """The words from the one that states the status to the end of the item's title."""
    a = min(word.idx, first.idx)
    b = max(word.idx + len(word.text), last.idx + len(last.text))
    return Evidence(source, offset + a, offset + b, sentence[a:b])


def _item_head(t: Token, after_items: bool = False) -> Token | None:
    """The token that stands for an item in the clause: the item word, or the noun it is the first
    part of ("sanctions regime"); None when the word is part of a larger item ("ceasefire agreement")
    or is no noun."""
    if t.pos_ not in ("NOUN", "PROPN") or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.is_title):
        return None  # "Port-au-Prince" is no port
    if item_lemma(t) not in ITEM_HEADS and lemma(t) not in ACTIONS:
        return t if after_items and lemma(t) in ANAPHORIC_NOUNS and _anaphoric(t) else None
    if _brings_item(t):
        return None  # "the creation of a buffer zone": the zone is the item
    h = t
    while h.dep_ == "compound" and h.head.i != h.i:
        if item_lemma(h.head) in ITEM_HEADS:
            return None
        h = h.head
    if (item_lemma(t) in WEAK or lemma(t) in ACTIONS) and h.i == t.i and not _own_words(t):
        return None
    return h


def _held_item(t: Token) -> str:
    """The item word a mention is about: "the ceasefire plan" is the ceasefire, so that its mentions
    and the ceasefire's are one item."""
    if item_lemma(t) in ITEM_CONTAINERS:
        held = next((c for c in t.lefts if c.dep_ == "compound" and item_lemma(c) in ITEM_HEADS
                     and item_lemma(c) not in ITEM_CONTAINERS), None)
        if held is not None:
            return item_lemma(held)
    return item_lemma(t)


def _brings_item(t: Token) -> bool:
    """Whether a noun is an action that brings an item of its own object into being ("the
    establishment of a no-fly zone")."""
    return lemma(t) in BRINGING and any(
        o.dep_ == "pobj" and item_lemma(o) in ITEM_HEADS for c in t.children if c.lower_ == "of" for o in c.children)


def item_lemma(t: Token) -> str:
    """The item word a token is, one spelling for each: "cease-fire" (one token, or "cease", "-", "fire")
    is the ceasefire, so that both spellings' mentions are one item."""
    if t.lower_ == "fire" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "cease":
        return "ceasefire"
    word = lemma(t)
    return "ceasefire" if word == "cease-fire" else word


def _own_words(t: Token) -> bool:
    """Whether an item word has words that say which item it is ("peace plan", "plan to build")."""
    left = [c for c in t.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") and lemma(c) not in ADJECTIVES
            and c.pos_ != "PRON" and c.lower_ not in ("new", "other", "same", "further", "first", "last")]
    right = [c for c in t.rights if (c.dep_ == "prep" and c.lower_ in _TITLE_PREPS) or c.dep_ in ("acl", "relcl")]
    if ITEM_HEADS.get(item_lemma(t)) == "loan":
        # "the help of the United Nations" names who helps, not which help
        right = [c for c in right if c.lower_ != "of"]
    return bool(left or right)


def _anaphoric(head: Token) -> bool:
    """"The relevant documents", "these agreements": a plural item of the sentence before."""
    dets = [c.lower_ for c in head.lefts]
    return head.tag_ in ("NNS", "NNPS") and bool(dets) and set(dets) <= _ANAPHORA and \
        any(d != "the" for d in dets) and not any(c.dep_ == "prep" for c in head.rights)


def _statuses(head: Token) -> list[tuple[str, Token]]:
    """(status, the word that states it) for an item, or nothing."""
    anchor = head
    while anchor.head.i != anchor.i and (anchor.dep_ in ("conj", "appos") or _amount_of(anchor)):
        # "the arms embargo and the no-fly zone": both take the first's governor; "a series of
        # sanctions", "$ 5 billion in loans" are governed as the series and the amount are
        anchor = anchor.head.head if anchor.dep_ == "pobj" else _object_of_verb(anchor) or anchor.head
    found = _governed(anchor) or _participle(head)
    if found is None:
        own = next((c for c in head.lefts if c.dep_ == "amod" and c.lower_ in ADJECTIVES), None)
        if own is not None:
            return [(ADJECTIVES[own.lower_], own)]
        if _named_activity(head):
            return [("under way", head)]  # "the relief effort", "its peace efforts in the region"
        return []
    status, word = found
    # a noun's status is read under its clause's verb: "the signing of these documents would
    # promote ..." is proposed, "the signing of the treaty did not take place" says nothing
    verb = word if word.pos_ in ("VERB", "AUX", "ADJ") else clause_verb(word)
    if verb is not None:
        framed = _framed(verb, status)
        if framed is None:
            return []
        status = framed
    return [(status, word)]


def _amount_of(x: Token) -> bool:
    """Whether an item is what an amount is made of: "a series of sanctions", "offered $ 44 billion
    in emergency loans" (the amount stands where the item does)."""
    if x.dep_ != "pobj":
        return False
    prep, amount = x.head, x.head.head
    if prep.lower_ == "of":
        return lemma(amount) in QUANTITIES
    return prep.lower_ == "in" and (amount.tag_ == "CD" or amount.ent_type_ == "MONEY") and amount.i < prep.i


def _named_activity(head: Token) -> bool:
    """An activity named by what it does or who makes it ("the peace efforts", "the latest effort from
    the bloc"): it is going on. A bare or merely qualified one ("a renewed effort", "efforts to ...")
    says nothing of which."""
    if item_lemma(head) not in UNDER_WAY_BY_NAME or any(lemma(c) == "no" for c in head.lefts):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.lefts) or any(
        c.dep_ == "prep" and c.lower_ in ("from", "by") for c in head.rights)


def _governed(x: Token) -> tuple[str, Token] | None:
    """The status the item's governing word gives it, and that word."""
    g = x.head
    if x.dep_ == "nsubjpass" and lemma(g) in JUDGING:
        return _predicate(g)  # "sanctions are seen as unlikely"
    if x.dep_ in ("dobj", "nsubjpass", "oprd") and g.pos_ in ("VERB", "AUX"):
        hit = VERB_STATUS.get(("obj", lemma(g)))
        return (hit, g) if hit else None
    if x.dep_ == "nsubj" and g.pos_ in ("VERB", "AUX", "ADJ"):
        if lemma(g) in _COPULAS or g.pos_ == "ADJ":
            return _predicate(g)
        hit = VERB_STATUS.get(("subj", lemma(g)))
        return (hit, g) if hit else None
    if x.dep_ == "pobj" and g.dep_ in ("prep", "agent"):
        gov = g.head
        if lemma(gov) in _COPULAS and (g.lower_, lemma(x)) in PREDICATES:
            return PREDICATES[(g.lower_, lemma(x))], gov  # "they are in talks with France"
        if g.lower_ in PREPOSITION_STATUS and ITEM_HEADS.get(lemma(x)) == "negotiation":
            return PREPOSITION_STATUS[g.lower_], g  # "amid talks on ...", whatever the clause says
        if gov.pos_ in ("VERB", "AUX", "ADJ") and g.dep_ == "prep":
            hit = VERB_STATUS.get(("for", lemma(gov))) or VERB_STATUS.get(("for", gov.lower_))
            return (hit, gov) if hit else None
        if g.dep_ == "agent":
            return None
        if g.lower_ == "of" and _brings_item(gov):
            # "suggested the creation of a buffer zone": the zone stands where its creation does
            return _governed(gov) or _participle(gov) or (
                (NOUN_GOVERNORS[lemma(gov)], gov) if lemma(gov) in NOUN_GOVERNORS else None)
        hit = NOUN_GOVERNORS.get(lemma(gov))
        if not hit and g.lower_ == "for" and gov.pos_ in ("NOUN", "PROPN"):
            verb = _verb_of_object(gov)  # "asking neighbours and the IMF for loans": the parse hangs
            hit = VERB_STATUS.get(("for", lemma(verb))) if verb is not None else None  # "for" on the object
            return (hit, verb) if hit and verb is not None else None
        if hit and gov.pos_ in ("NOUN", "PROPN"):
            # "ended its commitment to the ceasefire", "halted the implementation of the plan": a
            # verb that stops what the noun says overrules it
            undo = VERB_STATUS.get(("obj", lemma(gov.head))) if gov.dep_ in ("dobj", "nsubjpass") else None
            if undo in _UNDOING:
                return undo, gov.head
            return hit, gov
    return None


def _verb_of_object(noun: Token) -> Token | None:
    """The verb whose object a noun is, through the nouns it is coordinated with."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def _participle(head: Token) -> tuple[str, Token] | None:
    """"sanctions imposed on Iran", "the plan being agreed by both sides": a participle of the item's
    own says what was done to it."""
    for c in head.rights:
        if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBG") and (
                c.tag_ == "VBN" or any(a.dep_ == "auxpass" for a in c.children)):
            hit = VERB_STATUS.get(("obj", lemma(c)))
            if hit:
                return hit, c
    return None


def _predicate(verb: Token) -> tuple[str, Token] | None:
    """"is under discussion", "remains in force", "is now defunct"."""
    if verb.pos_ == "ADJ":
        hit = ADJECTIVE_PREDICATES.get(verb.lower_)
        return (hit, verb) if hit else None
    for c in verb.children:
        if c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in ADJECTIVE_PREDICATES:
            return ADJECTIVE_PREDICATES[c.lower_], c
        if c.dep_ == "prep":
            obj = next((o for o in c.children if o.dep_ in ("pobj", "amod", "acomp")), None)
            if obj is not None and (c.lower_, lemma(obj)) in PREDICATES:
                return PREDICATES[(c.lower_, lemma(obj))], obj
            if obj is not None and c.lower_ == "as" and obj.lower_ in ADJECTIVE_PREDICATES:
                return ADJECTIVE_PREDICATES[obj.lower_], obj  # "seen as unlikely"
    return None


def _framed(verb: Token, status: str) -> str | None:
    """The status once the verbs above it and its clause's modality are read; None if negated."""
    no_longer = any(c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ == "no" for c in verb.children)
    if no_longer:  # "no longer committed to the ceasefire": what was in force has ended
        return "cancelled" if status == "in force" else None
    h = verb
    for _ in range(3):  # "considering imposing", "agreed to lift", "plans to build"
        if h.dep_ not in ("xcomp", "pcomp", "ccomp") or h.head.i == h.i:
            break
        up = h.head.head if h.head.dep_ == "prep" else h.head
        if any(c.dep_ == "neg" for c in up.children):
            # "is not going to strike any deal" says nothing; "could not agree on the tariffs" has stalled
            # (but "did not agree to lift the embargo" leaves the embargo where it was)
            return "stalled" if FRAMES.get(lemma(up)) == "agreed" and status not in _UNDOING else None
        if lemma(up) in FRAMES:
            status = FRAMES[lemma(up)]
        h = up
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    if any(c.dep_ == "neg" for c in verb.children) or kids & {"never"}:
        return None
    if kids & {"could", "may", "might", "should", "would", "must"}:
        return "proposed" if status in NOT_YET else status
    if kids & {"will", "shall", "'ll"} or governing_intent(verb) == "planned":
        return "pending" if status in NOT_YET else status
    return status


def _titles(head: Token) -> list[tuple[str, Token, Token]]:
    """The item's title, or one per coordinated object of its preposition ("agreements on
    readmission and on diplomas" are two agreements)."""
    doc = head.doc
    left = min((c.left_edge.i for c in head.lefts if c.dep_ in _TITLE_LEFT and _keep_left(c)), default=head.i)
    base = list(doc[left : head.i + 1])
    tails: list[list[Token]] = [[]]
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in _TITLE_PREPS and not _is_time(c) and not _between_us(c):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and any(x.dep_ == "conj" for x in objs[0].children) and c.lower_ in ("on", "of", "for"):
                conj = [objs[0]] + [x for x in objs[0].children if x.dep_ == "conj"]
                tails = [[c] + list(doc[x.left_edge.i : _phrase_end(x)]) for x in conj]
            elif objs:
                tails = [list(doc[c.i : _phrase_end(objs[0])])]
            break
        if c.dep_ in ("acl", "appos") and c.right_edge.i - c.i < 6 and not (
                c.tag_ in ("VBN", "VBG") and ("obj", lemma(c)) in VERB_STATUS):
            # "a resolution condemning the crackdown" (but not "the plan being agreed": that is its status)
            tails = [list(doc[head.i + 1 : c.right_edge.i + 1])]
            break
    out = []
    for tail in tails:
        words = _first_words(base + tail)
        out.append((_clean(words), words[0], words[-1]))
    return out


def _between_us(prep: Token) -> bool:
    """"between our countries", "between the two sides": the pair itself, no part of a title."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.lower_ == "between" and bool(objs) and lemma(objs[0]) in ("country", "side", "nation", "state")


def _keep_left(c: Token) -> bool:
    if c.lower_ == "no" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-":
        return True  # "no-fly zone"
    return not (c.dep_ == "amod" and c.lower_ in ADJECTIVES) and c.pos_ not in ("DET", "PRON") and \
        c.lower_ not in ("new", "further", "other")


def _phrase_end(x: Token) -> int:
    """Where a noun phrase's own words end: its subtree, without the conjuncts, clauses and
    asides that follow it ("a ceasefire in Libya, where air attacks ..." ends at "Libya")."""
    end = x.i + 1
    for c in x.rights:
        if c.dep_ in ("conj", "cc", "punct", "relcl", "appos", "advcl") or (
                c.dep_ == "acl" and c.right_edge.i - c.i >= 6):
            break
        end = _phrase_end(c) if c.dep_ == "prep" and c.i - x.i < 3 else c.right_edge.i + 1
    doc = x.doc
    while end < len(doc) and _glued(doc[end - 1], doc[end]):  # "the co-operation": not "the co" ("-" is punct)
        end += 1
    return end


def _is_time(prep: Token) -> bool:
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


_SPACE_BEFORE = re.compile(r"\s+(?=(?:['’]s\b|[,.;:!?)\]]|n['’]t\b))")


_JOINERS = frozenset("-‐‑–/")  # a hyphen or slash with no space around it joins two parts of one word


def _glued(a: Token, b: Token) -> bool:
    """Are two tokens parts of one word ("co" "-" "operation"; "2+2"), so no title ends between them?"""
    if a.whitespace_ or b.i != a.i + 1 or a.doc is not b.doc:
        return False
    return a.text in _JOINERS or b.text in _JOINERS or (a.text[-1:].isalnum() and b.text[:1].isalnum())


def _first_words(words: list[Token]) -> list[Token]:
    """At most MAX_TITLE_TOKENS tokens, cut between two words, never inside one: "consultations on
    the co-operation in energy" gives "consultations on the", not "... on the co" (spaCy splits
    "co-operation" into three tokens)."""
    if len(words) <= MAX_TITLE_TOKENS:
        return words

    def inside(cut: int) -> bool:  # does a cut before words[cut] fall inside a word?
        return _glued(words[cut - 1], words[cut])

    cut = MAX_TITLE_TOKENS
    while cut > 1 and inside(cut):
        cut -= 1
    if cut == 1 and inside(cut):  # one long hyphenated word: the whole word, not a piece of it
        cut = MAX_TITLE_TOKENS
        while cut < len(words) and inside(cut):
            cut += 1
    return words[:cut]


def _clean(words: list[Token]) -> str:
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


def _unique(found: list[AgendaMention]) -> list[AgendaMention]:
    """One mention per title and status in a sentence."""
    seen: set[tuple[str, str]] = set()
    out = []
    for m in found:
        key = (m.title.lower(), m.status)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def kind_of(title: str) -> str:
    """The kind of an item from its title's last item word (for items read without a parse)."""
    words = [w.lower().rstrip("s") for w in re.findall(r"[\w-]+", title)]
    return next((ITEM_HEADS[w] for w in reversed(words) if w in ITEM_HEADS), "initiative")


__all__ = ["find_agenda", "kind_of"]
