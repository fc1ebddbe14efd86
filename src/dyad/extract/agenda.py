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

from dyad.extract.agenda_titles import TITLE_PREPS, clean_title, first_words, is_time, item_lemma, phrase_end, titles
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
    MEASURE_VERBS,
    MORE_OF,
    NOT_YET,
    NOUN_GOVERNORS,
    POLICY_VERBS,
    PREDICATES,
    PREPOSITION_STATUS,
    QUANTITIES,
    RECOGNISED_AS,
    RELATIONSHIP,
    UNDER_WAY_BY_NAME,
    VERB_STATUS,
    WEAK,
)
from dyad.extract.status import governing_intent
from dyad.extract.triggers import clause_verb, lemma
from dyad.records import ITEM_CONTAINERS, AgendaMention, Evidence

# prepositions whose phrase belongs to an item's title ("sanctions on Syria", "talks with rebels")
_COPULAS = {"be", "remain", "stay", "seem", "look", "appear"}
_ANAPHORA = {"these", "such", "relevant", "both", "those", "the"}
_CLAUSES = {"advcl", "ccomp", "xcomp"}  # how a wanted passive hangs from the verb that wants it
_UNDOING = {"suspended", "cancelled", "stalled", "rejected"}  # statuses a verb over a governing noun overrules with
# prepositions that set a verb's circumstances, never its argument: "continued despite the plan" says
# nothing of the plan, "called for a ceasefire" does
_ADJUNCT_PREPS = {"despite", "after", "before", "since", "during", "until", "till", "without", "following",
                  "besides", "except", "unlike", "like", "beyond", "notwithstanding", "throughout", "amid",
                  "amidst", "regardless", "than"}


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
                                  head=named) for title, a, b in titles(head) if title]
            # nouns coordinated with the item share its status: "the launch of the project and courses"
            out += [AgendaMention(title, kind_of(title), status, as_of,
                                  (_evidence(sentence, source, offset, c, a, b),), head=lemma(c))
                    for c in _coordinated(head) for title, a, b in titles(c) if title]
    out += _listed(span, sentence, offset, source, as_of, bool(previous))
    out += _proposed_actions(span, sentence, offset, source, as_of)
    out += _wanted_passives(span, sentence, offset, source, as_of)
    out += _recognitions(span, sentence, offset, source, as_of)
    out += _measures(span, sentence, offset, source, as_of)
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
            words = list(span.doc[obj.i if obj.pos_ == "VERB" else obj.left_edge.i : phrase_end(obj)])
            title = clean_title(first_words(words))
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
        if _recognised(v) is not None:
            continue  # the recognition of a body is an item of its own (`_recognitions`)
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
        words = first_words(list(span.doc[v.i : phrase_end(v)]))
        title = clean_title(words)
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
        prep = next((c for c in v.rights if c.dep_ == "prep" and c.lower_ in TITLE_PREPS and not is_time(c)), None)
        if prep is not None:
            words += list(span.doc[prep.i : phrase_end(prep)])
        title = clean_title(first_words(words))
        if title:
            last = words[-1]
            out.append(AgendaMention(f"{lemma(v)} {title}", kind_of(lemma(v)), status, as_of,
                                     (_evidence(sentence, source, offset, frame, subj, last),),
                                     head=v.lower_))
    return out


def _recognitions(span: Span, sentence: str, offset: int, source: str, as_of: str | None) -> list[AgendaMention]:
    """"recognized the council as the legitimate representative of Libya", "the council, recognized
    by a handful of states as ...": recognising a body as a country's government is an item of its
    own, the recognition of that body, whose status the verb gives ("would recognize" is pending)."""
    out = []
    for v in span:
        found = _recognised(v)
        if found is None:
            continue
        body, role = found
        status = _framed(v, VERB_STATUS[("obj", "recognize")])
        words = list(span.doc[body.left_edge.i : phrase_end(body)])
        title = clean_title(first_words(_before_as(words)))
        if status is None or not title:
            continue
        first = min(v, body.left_edge, key=lambda t: t.i)
        evidence = _evidence(sentence, source, offset, first, role, role)
        out.append(AgendaMention(f"recognition of {title}", "agreement", status, as_of, (evidence,),
                                 head="recognition"))
    return out


def _measures(span: Span, sentence: str, offset: int, source: str, as_of: str | None) -> list[AgendaMention]:
    """A measure done by its verb is an item in force: "the bloc has suspended Syria", "banning pork
    imports from Mexico", "Syria was suspended from the League", "quarantined dozens of travellers";
    said in the future or wanted it is pending or proposed. A verb of policy under a verb that wants
    it ("voted to ban ...") is read by the rules for wanted actions."""
    out = []
    for v in span:
        made = MEASURE_VERBS.get(lemma(v)) if v.pos_ == "VERB" else None
        if made is None or (lemma(v) in POLICY_VERBS and _action_frame(v) is not None):
            continue
        name, kind = made
        target = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                       and item_lemma(c) not in ITEM_HEADS and (kind != "state" or _state_or_seat(c))), None)
        status = _framed(v, "in force") if target is not None else None
        if target is None or status is None:
            continue
        words = list(span.doc[target.left_edge.i : phrase_end(target)])
        prep = next((c for c in v.rights if c.dep_ == "prep" and c.lower_ in ("from", "in", "of")), None)
        if prep is not None:
            words += list(span.doc[prep.i : phrase_end(prep)])
        title = clean_title(first_words(words))
        if title:
            first = min(v, words[0], key=lambda t: t.i)
            evidence = _evidence(sentence, source, offset, first, first, words[-1])
            out.append(AgendaMention(f"{name} {title}", "sanctions", status, as_of, (evidence,),
                                     head=name.split()[0]))
    return out


def _state_or_seat(t: Token) -> bool:
    """A state, or a state's membership, seat or participation ("Libya's membership")."""
    if t.ent_type_ in ("GPE", "NORP") and t.pos_ == "PROPN":
        return True
    return lemma(t) in ("membership", "seat", "participation") and any(
        c.dep_ == "poss" and c.ent_type_ == "GPE" for c in t.children)


def _before_as(words: list[Token]) -> list[Token]:
    """A body's words up to what it is recognised as ("the opposition as the legitimate government")."""
    cut = next((i for i, t in enumerate(words) if t.lower_ == "as" and t.dep_ == "prep"), len(words))
    return words[:cut]


def _recognised(v: Token) -> tuple[Token, Token] | None:
    """The body a verb of recognising takes as what ("recognized the council as the legitimate
    representative"), and the word of what it is recognised as; a participle after a comma
    recognises the noun before it."""
    if v.pos_ != "VERB" or lemma(v) not in ("recognize", "recognise"):
        return None
    body = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if body is None and v.tag_ == "VBN":
        before = v.doc[v.i - 2] if v.i >= 2 and v.doc[v.i - 1].text == "," else None
        body = before if before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ in (
            "dobj", "nsubj", "pobj", "appos") else None
    role = next((o for p in v.subtree if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                 if o.dep_ == "pobj" and (lemma(o) in RECOGNISED_AS or o.lower_ == "legitimate")), None)
    if body is None or role is None or item_lemma(body) in ITEM_HEADS:
        return None
    return body, role


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


def _own_words(t: Token) -> bool:
    """Whether an item word has words that say which item it is ("peace plan", "plan to build")."""
    left = [c for c in t.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") and lemma(c) not in ADJECTIVES
            and c.pos_ != "PRON" and c.lower_ not in ("new", "other", "same", "further", "first", "last")]
    right = [c for c in t.rights if (c.dep_ == "prep" and c.lower_ in TITLE_PREPS) or c.dep_ in ("acl", "relcl")]
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
            if g.lower_ in _ADJUNCT_PREPS:
                return None  # "fighting continued despite the plan": the plan is no argument of the verb
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
