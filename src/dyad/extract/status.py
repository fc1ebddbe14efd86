"""Status: does the sentence assert a happening, and which kind of assertion?

occurred, planned, ongoing or proposed; "present" for a present-tense verb (kept only with a date
of its own); None when the text does not assert a happening (a hypothesis, a wish, a negation).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.extract.triggers import LIGHT_VERBS, Trigger, clause_verb, lemma

# words that make a whole clause hypothetical, or only wished for
HYPOTHETICAL = {"would", "could", "might", "may", "should", "must", "if", "unless", "whether", "ought"}


INTENT_HEADS = {"plan", "intend", "hope", "expect", "want", "wish", "seek", "aim", "ready", "willing",
                "prepare", "propose", "offer", "invite", "consider", "explore", "discuss", "support",
                "continue", "need", "try", "decide", "promise", "pledge", "vow", "keen", "eager",
                "include", "ask", "urge", "like", "agree", "able", "allow", "going", "fail", "refuse",
                "postpone", "cancel", "delay"}  # fmt: skip


PROPOSAL_HEADS = {"propose", "offer", "invite", "suggest", "ask", "urge"}


PLANNED_HEADS = {"plan", "intend", "schedule", "prepare", "decide", "agree", "expect", "going", "due"}


def governing_intent(verb: Token) -> str | None:
    """"planned", "proposed", "wish" when the verb sits under a verb of intention, offer or plan."""
    h = verb
    for _ in range(4):
        if h.dep_ == "conj":
            h = h.head
            continue
        if h.dep_ not in ("xcomp", "ccomp", "advcl", "acomp", "pcomp"):
            return None
        head = h.head
        hl = lemma(head)
        if hl == "be" and h.dep_ == "xcomp" and any(c.lower_ == "to" for c in h.children):
            return "planned"  # "Erdogan is to hold talks"
        if h.dep_ == "xcomp" or (h.dep_ == "pcomp" and hl in PROPOSAL_HEADS):
            if hl in PROPOSAL_HEADS:
                return "proposed"
            if hl in PLANNED_HEADS:
                return "planned"
            if hl in INTENT_HEADS:
                return "wish"
        h = head
    return None


def blocked(verb: Token) -> bool:
    """Negated or hypothetical: "did not meet", "would sign", "could visit"."""
    kids = {lemma(c) for c in verb.children}
    return (any(c.dep_ == "neg" for c in verb.children) or bool(kids & HYPOTHETICAL)
            or any(c.tag_ == "MD" and c.lower_ not in ("will", "shall", "'ll") for c in verb.children))


def verb_status(verb: Token, cues: set[str]) -> str | None:
    if blocked(verb):
        return None
    intent = governing_intent(verb)
    if intent == "wish":
        return None
    if intent:
        return intent
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    tag = verb.tag_
    if aux & {"will", "shall", "'ll"} or "going" in aux or cues & {"upcoming", "forthcoming", "scheduled"}:
        return "planned"
    if tag == "VBD":
        return "occurred"
    if tag == "VBN":
        if aux & {"is", "are", "am", "be"}:
            return None  # "meetings are held annually": a habit or a state
        return "occurred"
    if tag == "VBG":
        if aux & {"is", "are", "am"}:
            return "ongoing"
        if aux & {"was", "were"}:
            return "occurred"
        # "Meeting in Sochi, the leaders agreed": a participle clause reports a happening; "the burden
        # of meeting obligations" names an activity
        return "gerund" if verb.dep_ == "advcl" else None
    if tag in ("VBZ", "VBP"):
        return "present"
    if tag == "VB" and "to" in aux and verb.dep_ in ("ROOT", "relcl", "acl"):
        return "planned"  # a headline's "North Korea, South Korea to hold talks"
    return None


def status_of(trig: Trigger, sent: Span) -> str | None:
    """occurred / planned / ongoing / proposed; "present" for a present-tense verb (kept only with a
    date); None when the text does not assert a happening (a hypothesis, a wish, a negation)."""
    t = trig.token
    cues = {x.lower_ for x in sent if x.i < t.i and x.i >= t.i - 8} | {x.lower_ for x in t.lefts}
    if not trig.noun:
        st = verb_status(t, cues)
        return "occurred" if st == "gerund" else st
    # A specific noun ("the 9th Meeting (December 2-4, 2024)") names a happening whatever the tense
    # of the sentence around it; only plans, hypotheses and negations change that.
    if any(c.dep_ == "neg" for c in t.children) or any(lemma(x) == "no" for x in t.lefts):
        return None
    if cues & {"upcoming", "forthcoming", "planned", "scheduled", "next", "proposed", "future"}:
        return "planned"
    asked = t.head.head if t.head.dep_ == "prep" else t.head
    if lemma(asked) in PROPOSAL_HEADS | {"call", "demand", "push", "press", "appeal"} and asked.pos_ == "VERB":
        return "proposed"  # "Russia calls for talks": the talks are asked for, not held
    verb = clause_verb(t)
    if verb is not None and t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass"):
        # "the talks will focus on trade", "the summit is scheduled for May", "talks were cancelled"
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if lemma(verb) in ("cancel", "postpone", "call", "scrap", "suspend", "delay") and verb.tag_ == "VBN":
            return None
        if aux & {"will", "shall"} or (lemma(verb) in ("expect", "schedule", "due", "set", "plan", "slate")
                                       and verb.tag_ == "VBN"):
            return "planned"
    if verb is not None and t.head.i == verb.i and lemma(verb) in LIGHT_VERBS:
        # "will hold talks", "invited him to attend the forum": the light verb's plan is the event's
        if blocked(verb) or governing_intent(verb) == "wish":
            return None
        st = verb_status(verb, cues)
        if st in ("planned", "proposed", "ongoing", "present"):
            return st  # "we give Egypt aid yearly": a habit, kept only with a date of its own
    if verb is not None and blocked(verb):
        return None
    return "occurred"


def sentence_tense(sent: Span) -> str | None:
    root = sent.root
    aux = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall"} or (lemma(root) in ("expect", "schedule", "due", "set", "plan", "slate")
                                   and aux & {"is", "are", "am"}):
        return "future"
    if root.tag_ == "VBD" or aux & {"was", "were", "had", "did"}:
        return "past"
    if aux & {"has", "have"}:
        return "past"
    if root.tag_ in ("VBZ", "VBP"):
        return "present"
    return None
