"""Triggers: the words that name a happening, and when they do.

A verb or noun of `vocabulary` names a happening between states only in some company: "signed
an agreement" but not "signed a book", "imposed sanctions" but not "imposed a curfew on its own
town" (that one has no second side, which `parties` checks), "the 9th Meeting" but not "such
meetings". The conditions are tables where they are tables (`OBJECT_NEEDS`: what a verb's object
must be) and small functions where the parse must be read (`CHECKS`). A sense whose type depends
on its object (arms or goods, money or material, a trade or a diplomatic sanction) is settled here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from dyad.extract.trigger_words import (
    ADMITTED,
    ARMED_ACTORS,
    ARMS,
    ATTACKS,
    AUDIENCES,
    CAPTIVES,
    DIPLOMATS,
    FORCES,
    GENERIC_DETERMINERS,
    GIVING,
    GOODS,
    GUESTS,
    HELP,
    LIGHT_VERBS,
    MEASURES,
    MONEY,
    OBJECT_NEEDS,
    OFFICES,
    OPENABLE,
    PASSAGES,
    RESTRICTED,
    SPEECH_NOUNS,
    YIELDED,
)
from dyad.extract.vocabulary import NOUNS, VERBS, Sense


@dataclass(frozen=True)
class Trigger:
    token: Token
    sense: Sense
    noun: bool

    @property
    def type(self) -> str:
        return self.sense.type


def lemma(t: Token) -> str:
    lem = t.lemma_.lower()
    if t.tag_.startswith("VB") and lem not in VERBS:
        return _regular_lemma(t.lower_, lem)
    return lem


_ENDINGS = (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", "e"), ("es", ""), ("s", ""),
            ("ing", "e"), ("ing", ""))


def regular_lemma(word: str, given: str, known: frozenset[str]) -> str:
    """The small model's lemmatizer misses some regular verbs ("dined" -> "din", "hopes" -> "hop"):
    when its lemma is not among the `known` verbs, a regular inflection of the word that is one is
    taken instead."""
    for ending, base in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)] + base
            if stem in known:
                return stem
    return given


_TRIGGER_VERBS = frozenset(VERBS)


@lru_cache(maxsize=4096)
def _regular_lemma(word: str, given: str) -> str:
    return regular_lemma(word, given, _TRIGGER_VERBS)


def children_lemmas(t: Token) -> set[str]:
    return {lemma(c) for c in t.children}


def clause_verb(t: Token) -> Token | None:
    h = t
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _object_lemmas(objs: list[Token]) -> set[str]:
    """The lemmas of the objects and of their compounds and of-phrases ("supplies of food", "aid package")."""
    out = {lemma(o) for o in objs}
    for o in objs:
        out |= {lemma(c) for c in o.children if c.dep_ in ("compound", "amod", "nmod")}
        out |= {lemma(g) for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
        out |= {lemma(x) for x in o.subtree if x.like_num or x.text in MONEY}
    return out




@dataclass(frozen=True)
class _Verb:
    """A verb trigger with what the checks read of it."""

    token: Token
    lemma: str
    sense: Sense
    objects: list[Token]
    object_lemmas: set[str]
    preps: set[str]

    def pobjs(self, *preps: str) -> list[Token]:
        return [g for c in self.token.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                if g.dep_ == "pobj"]


def settle(sense: Sense, object_lemmas: set[str]) -> Sense | None:
    """The event type of a sense that depends on its object: arms or goods, money or material,
    a trade measure or a diplomatic one."""
    if sense.type == "transfer":
        if object_lemmas & ARMS:
            return replace(sense, type="military_transfer", cameo="062", goldstein=7.4)
        return replace(sense, type="economic") if object_lemmas & (GOODS | MONEY) else None
    if sense.type == "aid":
        if object_lemmas & FORCES:
            return replace(sense, type="cooperation", cameo="072", goldstein=7.4)
        return replace(sense, type="economic" if object_lemmas & MONEY else "cooperation")
    if sense.type == "sanction":
        trade = object_lemmas & (RESTRICTED | {"sanction", "tariff", "embargo", "quota", "duty", "levy", "trade",
                                               "export", "import", "asset", "account", "fund", "aid", "loan"})
        return replace(sense, type="economic" if trade else "conflict")
    return sense


def _call(v: _Verb) -> Sense | None:
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in v.token.children):
        return VERBS["deploy"] if v.object_lemmas & FORCES else None  # "called up 20,000 reservists"
    if v.preps & {"for", "on", "upon"}:
        return replace(VERBS["urge"], type="statement")  # "called for talks" is a request
    people = [o for o in v.objects if o.ent_type_ in ("PERSON", "GPE", "NORP") or lemma(o) in GUESTS]
    return v.sense if people or "phone" in v.object_lemmas else None  # "called his counterpart"


def _with_party(v: _Verb) -> Sense | None:
    """speak/talk/discuss/meet with someone: the other side is named after "with" or "to" or as object."""
    others = [o for o in v.pobjs("with", "to") + v.objects if lemma(o) not in AUDIENCES]
    if v.lemma in ("speak", "talk") and not others:
        return None  # "spoke of", "talked about", "spoke to reporters": what was said, a statement at most
    return v.sense if others or v.lemma in ("meet", "negotiate", "confer", "consult", "discuss") else None


def _host(v: _Verb) -> Sense | None:
    guests = [o for o in v.objects if o.ent_type_ in ("PERSON", "NORP", "GPE") or lemma(o) in GUESTS]
    if guests:
        return v.sense  # "hosted the Pakistani delegation", "welcomed President X"
    if v.lemma == "welcome":
        return replace(VERBS["praise"], cameo="051")  # "welcomed the decision": support for it
    if v.lemma == "receive":
        got = v.object_lemmas
        return settle(VERBS["provide"], got) if got & (HELP | MONEY | ARMS) else None
    return None


def _travel(v: _Verb) -> Sense | None:
    # a visit goes somewhere: "travelled to Moscow", "arrived in Ankara" (not "at the airport")
    places = v.pobjs("to", "in", "at", "for") + [o for o in v.objects if v.lemma in ("visit", "tour")]
    ok = any(p.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "FAC") or p.tag_ in ("NNP", "NNPS")
             or any(x.ent_type_ == "GPE" for x in p.subtree) for p in places)
    return v.sense if ok else None


def _lead(v: _Verb) -> Sense | None:
    """"led a delegation to Moscow", "headed an AU mission to Tripoli": the leader travels with it."""
    party = v.object_lemmas & {"delegation", "mission", "team", "group"}
    return _travel(v) if party and (v.pobjs("to", "in") or any(lemma(c) == "to" for o in v.objects
                                                               for c in o.children)) else None


def _grant(v: _Verb) -> Sense | None:
    if v.object_lemmas & YIELDED and not v.object_lemmas & (HELP | MONEY):
        return replace(VERBS["lift"], type="cooperation", cameo="083")
    return v.sense




def _close(v: _Verb) -> Sense | None:
    if v.object_lemmas & PASSAGES and not v.object_lemmas & {"embassy", "consulate", "office", "bureau"}:
        return replace(VERBS["blockade"], mode="restrict", cameo="191")  # "sealed the border"
    return v.sense


def _allow(v: _Verb) -> Sense | None:
    """"allowed a team of U.S. experts to inspect the site", "permitted UN observers in": access granted."""
    let_in = {lemma(x) for c in v.token.children if c.dep_ == "xcomp" for x in c.subtree} | v.object_lemmas
    return v.sense if let_in & (ADMITTED | {"inspect", "enter", "visit", "monitor", "observe", "land"}) else None


def _undertake(v: _Verb) -> Sense | None:
    """"undertook to pay", "committed itself to withdrawing": a commitment; "committed atrocities" is none."""
    to_do = any(c.dep_ == "xcomp" for c in v.token.children)
    return v.sense if to_do or (v.lemma == "commit" and "to" in v.preps) else None


def _stop(v: _Verb) -> Sense | None:
    """"will stop over in Tripoli", "the jet stopped in Mexico City": a stop on a journey; "stopped the
    fighting", "the rain did not stop in Pakistan" is none."""
    halted = {lemma(c) for c in v.token.children if c.dep_ in ("xcomp", "dobj")}
    if halted & {"fire", "fight", "shoot", "shell", "attack", "bomb", "fighting", "shelling", "hostility"}:
        # "ordered its forces to stop firing": a ceasefire (PLOVER RETREAT, CAMEO 0871)
        return replace(VERBS["withdraw"], type="agreement", mode="ceasefire", cameo="0871", goldstein=9.0)
    over = any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("over", "off") for c in v.token.children)
    travellers = [c for c in v.token.children if c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or lemma(c) in
                                                                          GUESTS | {"plane", "jet", "aircraft"})]
    return _travel(v) if (over or travellers) and not v.objects else None


def _agree(v: _Verb) -> Sense | None:
    # "agreed to use", "agreed on a plan" is an agreement; "agreed that visits matter" only a shared view
    # "agreed that NATO should lead" is agreed too: a course of action, with a modal or a plan
    kids = list(v.token.children)
    truce = {"ceasefire", "truce", "armistice", "cease-fire"}
    if v.object_lemmas & truce or {lemma(g) for o in v.objects for c in o.children if c.lower_ == "for"
                                   for g in c.children} & truce or {lemma(g) for g in v.pobjs("to", "on")} & truce:
        return NOUNS["ceasefire"]  # "accepted the call for a ceasefire", "agreed to a truce": RETREAT ceasefire
    for c in kids:
        if c.dep_ == "ccomp" and v.lemma == "agree":
            return v.sense if any(x.tag_ == "MD" or x.lower_ == "to" for x in c.children) else None
    return v.sense if any(c.dep_ in ("xcomp", "dobj") for c in kids) or v.preps & {"on", "to", "with"} else None


def _into_force(v: _Verb) -> Sense | None:
    # "came into force", "entered into force", "took effect": an agreement takes hold
    pobj = {lemma(g) for c in v.token.children if c.dep_ == "prep" for g in c.children}
    return VERBS["enter"] if "force" in pobj or (v.lemma == "take" and "effect" in v.object_lemmas) else None


def _open(v: _Verb) -> Sense | None:
    if v.object_lemmas & {"talk", "negotiation", "dialogue", "consultation", "round", "session"}:
        return VERBS["meet"]  # "opened a new round of border negotiations"
    if v.object_lemmas & {"investigation", "probe", "inquiry"}:
        return VERBS["investigate"]
    if v.object_lemmas & ATTACKS:
        return VERBS["attack"]  # "launched air strikes", "launched an offensive"
    if v.lemma == "open" and v.object_lemmas & {"fire"}:
        return VERBS["fire"]
    return v.sense if v.object_lemmas & OPENABLE else None


def _fire(v: _Verb) -> Sense | None:
    shot = v.object_lemmas & {"missile", "rocket", "shell", "shot", "round", "mortar", "artillery", "salvo"}
    # "fired the minister" is not an attack
    return v.sense if shot or v.pobjs("on", "at", "into") else None


def _strike(v: _Verb) -> Sense | None:
    if v.object_lemmas & {"deal", "agreement", "accord", "pact", "bargain"}:
        return VERBS["sign"]  # "struck a deal"
    if v.object_lemmas & {"balance", "chord", "note", "tone", "pose", "blow"}:
        return None
    armed = [c for c in v.token.children if c.dep_ in ("nsubj", "agent") and (c.ent_type_ in ("GPE", "NORP", "ORG")
                                                                             or lemma(c) in ARMED_ACTORS)]
    return v.sense if armed or v.token.dep_ == "xcomp" else None  # "tornado strikes": no armed actor


def _kill(v: _Verb) -> Sense | None:
    armed = [c for c in v.token.children if c.dep_ in ("nsubj", "agent") or c.dep_ == "agent"]
    return v.sense if armed else None  # "were killed": a toll, not an attack of a named side


def _send(v: _Verb) -> Sense | None:
    got = v.object_lemmas
    if got & {"doctor", "nurse", "rescuer", "relief", "aid", "food", "medicine", "supply", "tent", "expert"}:
        return settle(VERBS["provide"], got)  # "sent a brigade of doctors": help, not force
    if got & FORCES:
        return VERBS["deploy"]
    if got & GUESTS | got & DIPLOMATS:
        return VERBS["visit"]  # "sent a delegation to Moscow"
    if got & {"letter", "message", "note", "signal", "warning", "invitation"}:
        return replace(VERBS["urge"], plover="CONSULT", cameo="010", goldstein=0.0)
    return settle(VERBS["provide"], got)


def _place_object_or_pobj(v: _Verb) -> list[Token]:
    return v.pobjs("to", "in", "at", "into", "for", "on") + [o for o in v.objects if o.ent_type_ in ("GPE", "LOC")
                                                              or o.tag_ in ("NNP", "NNPS")]


def _forces_move(v: _Verb) -> Sense | None:
    """"troops left Afghanistan", "pulled out its forces", "Iraqi troops began pulling out of Kuwait";
    "ordered 45 Russian diplomats to leave the country" is an expulsion."""
    head = v.token.head
    if v.lemma == "leave" and v.token.dep_ in ("xcomp", "ccomp") and lemma(head) in ("order", "tell", "ask", "give"):
        told = {lemma(c) for c in head.children if c.dep_ in ("dobj", "dative", "nsubj")}
        if told & (DIPLOMATS | CAPTIVES | {"national", "citizen", "worker", "journalist", "staff"}):
            return VERBS["expel"]
    subjects = {lemma(c) for c in v.token.children if c.dep_ in ("nsubj", "nsubjpass")}
    subjects |= {lemma(c) for c in v.token.head.children if c.dep_ == "nsubj"} if v.token.dep_ == "xcomp" else set()
    moved = (subjects | v.object_lemmas) & FORCES
    if v.lemma == "pull" and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "back")
                                     for c in v.token.children):
        return None
    return v.sense if moved else None


def _arrival(v: _Verb) -> Sense | None:
    """come, go, land, reach, fly: a visit when someone goes to a place; "reached an agreement" is one."""
    if v.lemma == "reach" and v.object_lemmas & {"agreement", "deal", "accord", "understanding", "compromise",
                                                  "consensus", "settlement", "pact", "truce", "ceasefire"}:
        return VERBS["agree"]
    if v.lemma in ("come", "enter", "take"):
        got = _into_force(v)
        if got is not None:
            return got
        if v.lemma != "come":
            return None
    carried = v.object_lemmas | {lemma(g) for g in v.pobjs("with")}
    if v.lemma in ("fly", "send") and carried & FORCES:
        return VERBS["deploy"]
    if carried & HELP:
        return settle(VERBS["provide"], carried)  # "navy ships carrying rice reached Sri Lanka"
    return v.sense if _place_object_or_pobj(v) else None


def _move_forces(v: _Verb) -> Sense | None:
    """"moved two divisions toward the border", "rushed troops to the front", "put its forces on alert":
    forces set in motion or readiness; "moved to a new office" or "put a question" is nothing."""
    if v.lemma == "put":
        return v.sense if v.object_lemmas & FORCES and {lemma(g) for g in v.pobjs("on")} & {"alert", "standby",
                                                                                           "footing"} else None
    subjects = {lemma(c) for c in v.token.children if c.dep_ in ("nsubj", "nsubjpass")}
    moved = (v.object_lemmas or subjects) & FORCES  # "moved troops", or "troops were rushed to the front"
    return v.sense if moved and (v.pobjs("to", "into", "toward", "towards", "across", "near", "along") or
                                 any(c.dep_ == "advmod" and c.lower_ in ("in", "into") for c in v.token.children)) \
        else None


# who storms, sinks or burns: armed forces attack; a crowd protests ("protesters stormed the embassy")
CROWDS = {"protester", "demonstrator", "mob", "crowd", "student", "rioter", "activist", "youth", "hundred",
          "thousand"}


def _destroy(v: _Verb) -> Sense | None:
    t = v.token
    agents = [c for c in t.children if c.dep_ in ("nsubj", "agent")]
    if not agents and t.dep_ == "conj":  # "torpedoed and sank": the first verb's subject
        agents = [c for c in t.head.children if c.dep_ == "nsubj"]
    objects = v.objects or [o for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children
                            if o.dep_ == "dobj"]  # "sacked and burned the embassy": the shared object
    object_lemmas = _object_lemmas(objects)
    agents += [g for a in agents if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    agent_lemmas = {lemma(a) for a in agents} | {lemma(g) for a in agents for c in a.children if c.lower_ == "of"
                                                 for g in c.children}
    if agent_lemmas & CROWDS:  # a violent protest (PLOVER PROTEST riot, CAMEO 145)
        rioting = replace(VERBS["protest"], mode="riot", cameo="145")
        return rioting if object_lemmas & (OFFICES | {"compound", "building", "flag"}) else None
    armed = agent_lemmas & (ARMED_ACTORS | ARMS | FORCES) or any(a.ent_type_ in ("NORP", "GPE") for a in agents)
    return v.sense if armed and objects else None


def _drop(v: _Verb) -> Sense | None:
    got = v.object_lemmas
    if got & {"bomb", "leaflet", "missile", "shell", "explosive", "munition"}:
        return VERBS["bomb"]
    if got & (ARMS | HELP):
        return settle(VERBS["provide"], got)  # "dropped weapons to rebels"
    return v.sense if got & {"claim", "objection", "demand", "opposition", "charge", "case", "plan", "bid", "veto",
                             "condition", "precondition", "insistence", "threat", "sanction"} else None


def _particle(v: _Verb) -> Sense | None:
    """turn down (reject), hand over (a transfer, or a release, or a suspect extradited)."""
    # (the parser may hang the particle on the object: "handed two suspects over to")
    prt = {c.lower_ for c in v.token.children if c.dep_ == "prt"} | {
        c.lower_ for o in v.objects for c in o.children if c.dep_ == "prt"}
    if v.lemma == "turn":
        return v.sense if "down" in prt else None
    if "over" not in prt:
        return None
    got = v.object_lemmas
    if got & {"suspect", "fugitive", "militant", "separatist"}:
        return VERBS["extradite"]  # handed over to the other side's justice: judicial cooperation
    if got & CAPTIVES:
        return VERBS["release"]
    if got & ARMS:
        return settle(VERBS["deliver"], got)
    return VERBS["withdraw"] if got & {"control", "territory", "peninsula", "region", "area", "base", "power",
                                       "sovereignty", "province", "city", "zone", "border"} else v.sense


def _exchange(v: _Verb) -> Sense | None:
    got = v.object_lemmas
    if got & CAPTIVES:
        return VERBS["release"]
    if got & {"fire", "shot", "shell", "blow", "gunfire"}:
        return VERBS["clash"]
    if got & {"ambassador", "envoy", "diplomat", "mission", "note", "instrument", "document"}:
        return VERBS["establish"]
    if got & {"view", "visit", "message", "greeting", "letter", "idea", "opinion"}:
        return VERBS["meet"]
    return v.sense if got & {"data", "information", "intelligence", "technology", "expertise", "experience",
                             "know-how", "student", "scholar", "expert"} else None


def _meet(v: _Verb) -> Sense | None:
    if v.object_lemmas & {"demand", "requirement", "target", "condition", "deadline", "need", "expectation",
                          "obligation", "standard", "criterion", "goal", "cost", "challenge", "commitment"}:
        return None  # "meeting a long-standing demand"
    return _with_party(v)


# what is built when a relationship is: "building closer ties", "built alliances", "a new partnership"
RELATIONSHIPS = {"partnership", "relation", "relationship", "tie", "alliance", "trust", "friendship", "cooperation",
                 "bridge", "confidence", "understanding"}


def _build(v: _Verb) -> Sense | None:
    # "built a plant in Karachi" is a happening; "are building new partnership" how two sides stand
    return None if v.object_lemmas & RELATIONSHIPS else v.sense


def _reduce(v: _Verb) -> Sense | None:
    # "reduced tariffs" eases a measure; "reduced its troops" is a withdrawal
    return VERBS["ease"] if v.object_lemmas & MEASURES else v.sense


CHECKS: dict[str, Callable[[_Verb], Sense | None]] = {
    "reduce": _reduce, "cut": _reduce, "leave": _forces_move, "pull": _forces_move, "withdraw": _forces_move,
    **dict.fromkeys(("come", "go", "land", "reach", "fly", "enter", "take"), _arrival), "drop": _drop,
    "turn": _particle, "hand": _particle, "exchange": _exchange, "meet": _meet,
    "call": _call, "phone": _call, "telephone": _call,
    **dict.fromkeys(("speak", "talk", "discuss", "negotiate", "confer", "consult"), _with_party),
    **dict.fromkeys(("host", "receive", "welcome"), _host),
    **dict.fromkeys(("travel", "arrive", "visit", "tour"), _travel),
    "agree": _agree, "accept": _agree, "lead": _lead, "head": _lead, "stop": _stop,
    "undertake": _undertake, "commit": _undertake, "grant": _grant,
    **dict.fromkeys(("close", "shut", "seal", "block"), _close), **dict.fromkeys(("allow", "permit"), _allow),
    "launch": _open, "open": _open, "fire": _fire, "strike": _strike, "kill": _kill, "shoot": _kill,
    "send": _send, "dispatch": _send, "build": _build, "construct": _build,
    **dict.fromkeys(("move", "rush", "put"), _move_forces),
    **dict.fromkeys(("storm", "destroy", "torpedo", "sink", "sack", "burn"), _destroy),
}  # fmt: skip


def _verb_sense(t: Token) -> Sense | None:
    lem = lemma(t)
    sense = VERBS.get(lem)
    if sense is None:
        return None
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr", "dative", "oprd")]
    if t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
        objs.append(t.head)  # "the sanctions imposed on Syria", "aid provided by Iran"
    obj_lemmas = _object_lemmas(objs)
    needs = OBJECT_NEEDS.get(lem)
    if needs is not None and not obj_lemmas & needs:
        return None
    check = CHECKS.get(lem)
    v = _Verb(t, lem, sense, objs, obj_lemmas, {lemma(c) for c in t.children if c.dep_ in ("prep", "agent")})
    found = check(v) if check is not None else sense
    settled = settle(found, obj_lemmas) if found is not None else None
    if settled is not None and settled.type == "military_transfer" and lem in GIVING:
        # arms delivered, shipped or handed to a side are military aid (PLOVER AID, CAMEO 072); arms
        # sold or bought are a trade (COOPERATE)
        return replace(settled, plover="AID", cameo="072", goldstein=7.4)
    return settled


def _noun_sense(t: Token) -> Sense | None:
    lem = lemma(t)
    sense = NOUNS.get(lem)
    if sense is None:
        return None
    kids = children_lemmas(t)
    if lem in ("call", "conversation") and not ({"phone", "telephone", "video"} & kids):
        return VERBS["urge"] if lem == "call" and any(lemma(c) == "for" for c in t.children) else None
    if lem == "conference" and SPEECH_NOUNS & kids:
        # a joint press conference of two sides is their meeting; one side's is only a statement
        return NOUNS["meeting"] if "joint" in kids else None
    if lem == "round" and not any(lemma(x) in ("talk", "consultation", "negotiation") for x in t.subtree):
        return None
    if lem == "opening" and not any(lemma(x) in OPENABLE - {"talk", "negotiation", "dialogue"} for x in t.subtree):
        return None  # "the opening session of a conference" opens nothing between two states
    if lem == "stop" and not any(c.lower_ in ("in", "at") and any(g.ent_type_ in ("GPE", "LOC") for g in c.children)
                                 for c in t.children):
        return None  # "a stop in Malta", "stops in Brazil and Chile": a stop on a journey; "a stop to" is none
    if lem == "mission" and kids & {"u.n.", "un", "diplomatic", "permanent", "trade", "observer"}:
        return None  # "Britain's U.N. mission", "the diplomatic mission": an office, not an operation
    if lem == "mission" and any(lemma(c) == "to" for c in t.children):
        return NOUNS["visit"]  # "an African Union mission to Tripoli"
    if lem in ("operation", "campaign", "package", "release", "relief", "action", "mission") and not (
            kids & {"military", "air", "naval", "bombing", "aid", "rescue", "humanitarian", "relief", "ground",
                    "nato", "allied", "coalition", "joint"} or any(x.ent_type_ in ("NORP", "GPE") for x in t.lefts)):
        return None
    if lem in STATE_NOUNS and not _anchored(t):
        return None  # "the Libyan civil war", "the Libya mission": the background, not a happening of the news
    if lem == "strike" and kids & {"general", "worker", "hunger", "labour", "labor", "nationwide"}:
        return VERBS["protest"]
    if lem in ("exercise", "drill") and not any(
            lemma(x) in ("naval", "military", "joint", "army", "air", "counter", "war", "drill", "navy")
            or x.tag_ in ("NNP", "NNPS") or x.ent_type_ in ("NORP", "GPE") or x.is_quote or x.like_num
            for x in t.lefts):
        return None
    if lem in ("duty", "quota", "control", "measure", "package", "war", "intervention", "protest") and not any(
            x.ent_type_ in ("NORP", "GPE", "ORG") or x.tag_ in ("NNP", "NNPS") for x in t.subtree if x.i != t.i):
        return None  # "anti-dumping duties on Chinese steel" is one; "their duty" is not
    return settle(sense, {lemma(x) for x in t.subtree} | kids)


# nouns that name a state of affairs as often as a happening: one is news only when the sentence makes
# it happen ("launched a military operation", "the intervention began on Saturday") or dates it
STATE_NOUNS = {"war", "intervention", "campaign", "operation", "action", "mission", "occupation"}
STATE_CHANGES = {"begin", "start", "end", "escalate", "intensify", "resume", "expand", "continue", "kill", "hit",
                 "target", "wage", "conduct", "lead", "authorize", "authorise", "approve", "join", "declare"}


def _anchored(t: Token) -> bool:
    head = t.head if t.dep_ != "pobj" else t.head.head
    if head.pos_ in ("VERB", "AUX") and t.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") and (
            lemma(head) in LIGHT_VERBS | STATE_CHANGES):
        return True
    return any(x.ent_type_ in ("DATE", "ORDINAL") for x in t.subtree)


def _generic(t: Token) -> bool:
    """A noun that names a kind of happening, not one: "such visits", "no talks", "future deals"."""
    return any(lemma(x) in GENERIC_DETERMINERS for x in t.lefts) or any(c.dep_ == "neg" for c in t.children)


NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
NOUN_FORMS = set(NOUNS) | {n + "s" for n in NOUNS} | {n + "es" for n in NOUNS}


def _modifier_of_trigger(t: Token) -> bool:
    """A word before a trigger noun that only names it: a compound or an adjective ("the defence
    agreement"), or one conjoined with such a word ("the Trade and Investment Forum", "technical and
    training support"): the conjunct modifies the noun as the word it is conjoined with does."""
    m = t
    while m.dep_ == "conj" and m.head.i < m.i and m.head.dep_ in ("compound", "amod", "nmod", "conj"):
        m = m.head
    # a name's words may be parsed as nmod too ("the Trade and Investment Forum"): one conjoined to
    # such a word is a word of the name as well
    deps = ("compound", "amod", "nmod") if m is not t else ("compound", "amod")
    return m.dep_ in deps and m.head.pos_ in ("NOUN", "PROPN") and lemma(m.head) in NOUNS


def find_triggers(sent: Span) -> list[Trigger]:
    out = []
    for t in sent:
        if t.tag_.startswith("VB") and t.dep_ in NOMINAL_DEPS and t.lower_ in NOUN_FORMS:
            # the tagger's "airstrikes" (VBZ) as the subject of "began": a noun, read as one
            sense = _noun_sense(t)
            if sense is not None and not _generic(t):
                out.append(Trigger(t, sense, noun=True))
        elif t.pos_ == "VERB" or (t.tag_.startswith("VB") and t.pos_ != "AUX"):
            sense = _verb_sense(t)
            if sense is not None:
                out.append(Trigger(t, sense, noun=False))
        elif t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            if _modifier_of_trigger(t):
                continue  # "the Trade and Investment Forum", "the defence agreement": a word of the name
            sense = _noun_sense(t)
            if sense is not None and not _generic(t):
                out.append(Trigger(t, sense, noun=True))
    return out
