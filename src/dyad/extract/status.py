"""Status: does the sentence assert a happening, and which kind of assertion?

occurred, planned, ongoing or proposed; "present" for a present-tense verb (kept only with a date
of its own); None when the text does not assert a happening (a hypothesis, a wish, a negation).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.extract.trigger_words import LIGHT_VERBS
from dyad.extract.triggers import Trigger, clause_verb, lemma, regular_lemma

# Modality, read as ANNOTATION.md does: a possibility, a condition or an offer is "proposed";
# a plan, a decision or a reported "would" is "planned"; a wish, a norm or a negation is no event.
POSSIBLE = {"could", "may", "might", "if", "unless", "whether"}
NORMATIVE = {"should", "must", "ought", "need"}
REPORTING = {"say", "tell", "announce", "state", "declare", "report", "confirm", "add", "insist", "indicate",
             "signal", "warn", "promise", "pledge", "vow", "expect", "believe", "think", "predict", "hint"}
WISH_HEADS = {"hope", "want", "wish", "aim", "like", "try", "need", "keen", "eager", "ready", "willing",
              "able", "fail", "refuse", "continue", "include", "allow"}
PROPOSAL_HEADS = {"propose", "offer", "invite", "suggest", "ask", "urge", "consider", "explore", "discuss",
                  "study", "weigh", "mull", "contemplate", "threaten", "push", "press", "call", "demand", "seek"}
PLANNED_HEADS = {"plan", "intend", "schedule", "prepare", "decide", "agree", "expect", "going", "due", "set",
                 "promise", "pledge", "vow", "resolve", "commit", "undertake", "arrange", "announce", "order"}
STOP_HEADS = {"stop", "cease", "halt", "quit"}
DENIAL_HEADS = {"deny", "refute", "reject", "dismiss", "rebut"}
# what a noun is asked for under: "calls for talks", "appealed for aid"
ASKING = PROPOSAL_HEADS | {"appeal"}
CANCEL_HEADS = {"cancel", "postpone", "scrap", "abandon", "suspend", "delay", "shelve", "call", "drop"}


_HEADS = frozenset(REPORTING | WISH_HEADS | PROPOSAL_HEADS | PLANNED_HEADS | DENIAL_HEADS)


def _head_lemma(t: Token) -> str:
    """The lemma of a governing verb, with the small model's misses of regular verbs mended ("hopes"
    is read as "hop")."""
    lem = lemma(t)
    return regular_lemma(t.lower_, lem, _HEADS) if t.tag_.startswith("VB") and lem not in _HEADS else lem


def governing_intent(verb: Token) -> str | None:
    """planned / proposed / denied / "wish" when the verb sits under a verb of plan, offer, denial or wish."""
    h = verb
    for _ in range(4):
        if h.dep_ == "conj":
            h = h.head
            continue
        if h.dep_ not in ("xcomp", "ccomp", "advcl", "acomp", "pcomp"):
            return None
        head = h.head
        if head.dep_ == "prep":  # "considering imposing", "accused of sending"
            head = head.head
        hl = _head_lemma(head)
        if hl == "be" and h.dep_ == "xcomp" and any(c.lower_ == "to" for c in h.children):
            return "planned"  # "Erdogan is to hold talks"
        if hl in STOP_HEADS and h.dep_ in ("xcomp", "pcomp") and h.tag_ == "VBG":
            return "wish"  # "to stop firing", "ceased shelling": the act is what ends, not what happens
        if hl in DENIAL_HEADS and h.dep_ in ("ccomp", "pcomp", "xcomp"):
            return "denied"  # "Turkey denied any contact", "denied sending troops"
        # "offered in a speech to hold talks": the parser often hangs the infinitive as an adverbial clause
        infinitive = h.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in h.children)
        if h.dep_ in ("xcomp", "pcomp") or (h.dep_ == "ccomp" and hl in PROPOSAL_HEADS) or (
                infinitive and hl in PROPOSAL_HEADS | PLANNED_HEADS):
            if hl in PROPOSAL_HEADS:
                return "proposed"
            if hl in PLANNED_HEADS:
                return "planned"
            if hl in WISH_HEADS:
                return "wish"
        h = head
    return None


def _modal(verb: Token) -> str | None:
    """The modality of a verb's own clause: negated, possible, normative, or a reported "would"."""
    kids = {c.lower_ for c in verb.children}
    if any(c.dep_ == "neg" for c in verb.children):
        return "negated"
    if kids & NORMATIVE:
        return "normative"
    if kids & POSSIBLE or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return "proposed"
    if "would" in kids:
        h = verb.head if verb.dep_ in ("ccomp", "conj") else None
        return "planned" if h is not None and _head_lemma(h) in REPORTING else "proposed"
    return None


def verb_status(verb: Token, cues: set[str]) -> str | None:
    modal = _modal(verb)
    if modal in ("negated", "normative"):
        return None
    intent = governing_intent(verb)
    if intent == "wish":
        return None
    if intent:
        return intent
    if modal:
        return modal
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    tag = verb.tag_
    if aux & {"will", "shall", "'ll"} or "going" in aux or cues & {"upcoming", "forthcoming", "scheduled"}:
        return "planned"
    if tag == "VBD":
        return "occurred"
    if tag == "VBN":
        if aux & {"is", "are", "am", "be"}:
            return None  # "meetings are held annually": a habit or a state
        return _governed(verb) if verb.dep_ in ("acl", "advcl") else "occurred"
    if tag == "VBG":
        if aux & {"is", "are", "am"}:
            return "ongoing"
        if aux & {"was", "were"}:
            return "occurred"
        # "Meeting in Sochi, the leaders agreed", "criticised China for cutting flights", "the foreign
        # secretary, visiting Baghdad": a participle reports a happening of its clause's time; "the
        # burden of meeting obligations" names an activity
        if verb.dep_ == "xcomp" and lemma(verb.head) in ASPECTUAL:
            return _governed(verb)  # "began pulling out", "started shelling": as the verb of aspect says
        return _governed(verb) if verb.dep_ in ("advcl", "acl", "pcomp", "conj") else None
    if tag in ("VB", "VBP") and verb.lower_ in SAME_PAST and not aux:
        return "occurred"  # "Qatar shut its embassy", "Iran cut ties": a past tense that looks present
    if tag in ("VBZ", "VBP"):
        return "present"
    if tag == "VB" and "to" in aux and verb.dep_ in ("ROOT", "relcl", "acl"):
        return "planned"  # a headline's "North Korea, South Korea to hold talks"
    return None


ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "finish", "complete"}
# verbs whose past tense is their present: the tagger often reads the past as a present or a bare verb
SAME_PAST = {"shut", "cut", "hit", "put", "set", "let", "spread", "cost", "quit", "hurt", "burst", "cast", "bid",
             "beat", "broadcast", "forecast", "upset", "shed", "split", "thrust", "offset", "reset", "rid"}


def _governed(verb: Token) -> str | None:
    """A participle's status is that of the clause it hangs from."""
    h = verb.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    if h.i == verb.i or h.pos_ not in ("VERB", "AUX"):
        return "occurred"
    st = verb_status(h, set())
    return "occurred" if st in (None, "present") else st


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
    if lemma(asked) in ASKING and asked.pos_ == "VERB":
        return "proposed"  # "Russia calls for talks": the talks are asked for, not held
    if lemma(asked) in DENIAL_HEADS and asked.pos_ == "VERB":
        return "denied"  # "denied any contact"
    verb = clause_verb(t)
    if verb is not None and t.head.i == verb.i and lemma(verb) in CANCEL_HEADS and (
            t.dep_ in ("dobj", "nsubjpass") and (lemma(verb) != "call" or any(c.lower_ == "off" for c in
                                                                               verb.children))):
        return "cancelled"  # "cancelled the visit", "the talks were postponed", "called off the summit"
    if verb is not None and t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass"):
        # "the talks will focus on trade", "the summit is scheduled for May"
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"will", "shall"} or (lemma(verb) in ("expect", "schedule", "due", "set", "plan", "slate")
                                       and verb.tag_ == "VBN"):
            return "planned"
    if verb is None:
        return "occurred"
    modal, intent = _modal(verb), governing_intent(verb)
    if modal in ("negated", "normative") or intent == "wish":
        return None  # "did not hold talks", "should sign the deal", "failed to reach an agreement on the loan"
    if t.head.i == verb.i and lemma(verb) in LIGHT_VERBS:
        # "will hold talks", "invited him to attend the forum": the light verb's plan is the event's
        st = verb_status(verb, cues)
        if st is None and verb.tag_ == "VBN" and {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & {
                "is", "are", "am"}:
            # "meetings are held annually", "a dialogue is being held at the level of departments": the
            # present passive of its light verb is a habit or a standing activity, news only when dated
            st = "present"
        if st in ("planned", "proposed", "ongoing", "present", "denied"):
            return st  # "we give Egypt aid yearly": a habit, kept only with a date of its own
    if modal in ("proposed", "planned"):
        return modal  # "a resolution that would include a no-fly zone"
    if intent in ("planned", "proposed", "denied"):
        return intent  # "agreed to hold talks", "considering imposing sanctions"
    return "occurred"


# verbs of a relationship: in the progressive or the perfect, with no date, they describe how two sides
# stand ("we are cooperating with", "the two countries have collaborated closely"), not a happening
RELATING = {"cooperate", "collaborate", "coordinate", "partner"}


def standing_relation(trig: Trigger) -> bool:
    """A verb of a relationship in the present progressive or the present perfect."""
    t = trig.token
    if trig.noun or lemma(t) not in RELATING:
        return False
    aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
    return (t.tag_ == "VBG" and bool(aux & {"is", "are", "am"})) or (t.tag_ == "VBN" and bool(aux & {"has", "have"}))


def sentence_tense(sent: Span) -> str | None:
    """The tense of a sentence of one clause; None for a sentence of several, where each time
    expression takes the tense of the words next to it ("X said ... Y will visit Z on Thursday")."""
    clauses = sum(1 for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj", "advcl"))
    if clauses > 1:
        return None
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
