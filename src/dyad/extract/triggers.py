"""Triggers: the words that name a happening, and when they do.

A verb (`VERB_TRIGGERS`) or a noun (`NOUN_TRIGGERS`) names a happening between states only in
some company: "signed an agreement" but not "signed a book", "the 9th Meeting" but not "such
meetings". The conditions are tables where they are tables (`OBJECT_NEEDS`: what a verb's object
must be) and small functions where the parse must be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyad.gazetteer import organisations

# lemma -> event type, for verbs that name a happening themselves
VERB_TRIGGERS = {
    "visit": "visit", "travel": "visit", "arrive": "visit",
    "meet": "meeting", "negotiate": "meeting", "confer": "meeting", "host": "meeting",
    "phone": "call", "telephone": "call",
    "sign": "agreement", "ratify": "agreement", "agree": "agreement", "conclude": "agreement",
    "ink": "agreement", "establish": "agreement", "come": "agreement", "enter": "agreement",
    "take": "agreement",
    "sell": "transfer", "deliver": "transfer", "supply": "transfer", "ship": "transfer", "transfer": "transfer",
    "purchase": "transfer", "buy": "transfer", "acquire": "transfer", "export": "transfer",
    "open": "economic", "launch": "economic", "invest": "economic", "lend": "economic", "resume": "economic",
    "deposit": "economic", "disburse": "economic",
    "assist": "cooperation", "aid": "cooperation", "donate": "cooperation", "train": "cooperation",
    "build": "cooperation", "construct": "cooperation", "help": "cooperation",
    "unveil": "cultural", "inaugurate": "cultural",
    "attack": "conflict", "strike": "conflict", "bomb": "conflict", "shell": "conflict", "invade": "conflict",
    "kill": "conflict", "clash": "conflict", "shoot": "conflict", "seize": "conflict", "detain": "conflict",
    "arrest": "conflict", "expel": "conflict", "sanction": "conflict", "threaten": "conflict",
    "mobilize": "conflict", "mobilise": "conflict", "deploy": "conflict", "protest": "conflict",
    "boycott": "conflict", "blockade": "conflict", "occupy": "conflict", "annex": "conflict",
    "raid": "conflict", "bombard": "conflict", "abduct": "conflict", "kidnap": "conflict", "ban": "conflict",
    "suspend": "conflict", "recall": "conflict", "cut": "conflict", "fire": "conflict",
    "withdraw": "cooperation", "release": "cooperation", "free": "cooperation",
    "apologize": "statement", "apologise": "statement", "mediate": "meeting", "tell": "statement",
    "condemn": "statement", "denounce": "statement", "criticize": "statement", "criticise": "statement",
    "accuse": "statement", "praise": "statement", "welcome": "statement", "congratulate": "statement",
    "urge": "statement", "demand": "statement", "reject": "statement", "deny": "statement",
    "warn": "statement", "mark": "statement", "celebrate": "statement", "commemorate": "statement",
    "call": "statement", "appeal": "statement", "refuse": "statement", "veto": "statement",
    "demonstrate": "conflict", "rally": "conflict", "march": "conflict", "riot": "conflict",
}  # fmt: skip


# lemma -> event type, for nouns
NOUN_TRIGGERS = {
    "visit": "visit", "trip": "visit", "tour": "visit",
    "meeting": "meeting", "talk": "meeting", "session": "meeting", "consultation": "meeting",
    "negotiation": "meeting", "summit": "meeting", "round": "meeting",
    "call": "call", "conversation": "call",
    "agreement": "agreement", "accord": "agreement", "treaty": "agreement", "memorandum": "agreement",
    "mou": "agreement", "protocol": "agreement", "pact": "agreement", "deal": "agreement",
    "establishment": "agreement",
    "forum": "forum", "conference": "forum", "seminar": "forum", "symposium": "forum", "exhibition": "forum",
    "expo": "forum", "fair": "forum", "roundtable": "forum", "congress": "forum", "webinar": "forum",
    "exercise": "military_exercise", "drill": "military_exercise", "manoeuvre": "military_exercise",
    "maneuver": "military_exercise", "wargame": "military_exercise",
    "opening": "economic", "shipment": "economic", "cargo": "economic", "consignment": "economic",
    "transport": "economic", "loan": "economic", "contract": "economic", "dialogue": "meeting",
    "concert": "cultural", "monument": "cultural", "festival": "cultural",
    "assistance": "cooperation", "donation": "cooperation", "aid": "cooperation",
    "attack": "conflict", "strike": "conflict", "invasion": "conflict", "clash": "conflict",
    "sanction": "conflict", "airstrike": "conflict", "bombing": "conflict", "shelling": "conflict",
}  # fmt: skip


# verbs that carry an event noun as their object: "held talks", "organized a conference"
LIGHT_VERBS = {"hold", "organize", "organise", "host", "attend", "participate", "conduct", "stage",
               "pay", "make", "exchange", "convene", "chair", "co-chair", "launch", "sign", "take",
               "join", "help", "have", "complete", "carry", "receive", "arrange", "impose", "send",
               "provide", "extend", "grant", "give", "mount", "begin", "start", "announce", "approve", "reach",
               "seal", "finalize", "finalise"}  # fmt: skip


ARMS = {"helicopter", "jet", "aircraft", "fighter", "tank", "missile", "weapon", "arm", "hardware",
        "drone", "submarine", "frigate", "ship", "warship", "rifle", "ammunition", "system", "radar",
        "artillery", "equipment", "vehicle"}  # fmt: skip


GOODS_FOR_TRANSFER = ARMS | {"grain", "wheat", "oil", "gas", "lng", "fertilizer", "fertiliser", "cargo",
                             "food", "coal", "product", "goods", "vaccine", "crude", "petroleum"}


NAMED = {"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"}


LOAN_VERBS = {"extend", "provide", "grant", "approve", "disburse", "sign", "exchange", "give", "offer", "receive",
              "take", "secure", "announce"}


ARMED_ACTORS = {"force", "troop", "army", "military", "jet", "warplane", "aircraft", "drone", "militant", "rebel",
                "soldier", "police", "navy", "missile", "gunman", "fighter", "insurgent", "artillery"}


ATTACKS = {"attack", "strike", "airstrike", "offensive", "missile", "rocket", "raid", "assault", "operation",
           "bombardment", "incursion", "invasion"}


# what an "opening" or "launch" between two countries opens: links, offices, facilities
OPENABLE = {"route", "corridor", "line", "service", "flight", "border", "crossing", "branch", "office", "centre",
            "center", "consulate", "embassy", "port", "terminal", "airport", "bridge", "plant", "factory",
            "pipeline", "railway", "link", "checkpoint", "mission", "house", "train", "ferry", "bus", "airline",
            "shipping", "hotline", "school", "university", "hospital"}


GENERIC_DETERMINERS = {"such", "these", "those", "any", "no", "every", "each", "other", "some", "many",
                       "more", "further", "future", "regular", "frequent", "annual", "possible",
                       "potential", "similar", "various", "numerous", "several"}  # fmt: skip


SPEECH_NOUNS = {"press", "news", "media"}


@dataclass
class Trigger:
    token: Token
    type: str
    noun: bool


def lemma(t: Token) -> str:
    return t.lemma_.lower()


def children_lemmas(t: Token) -> set[str]:
    return {lemma(c) for c in t.children}


def clause_verb(t: Token) -> Token | None:
    h = t
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _noun_type(t: Token) -> str | None:
    lem = lemma(t)
    typ = NOUN_TRIGGERS.get(lem)
    if typ is None:
        return None
    kids = children_lemmas(t)
    if typ == "call" and lem == "call" and not ({"phone", "telephone", "video"} & kids):
        return None
    if lem == "conversation" and not ({"phone", "telephone"} & kids):
        return None
    if lem == "conference" and SPEECH_NOUNS & kids:
        # a joint press conference of two sides is their meeting; one side's is only a statement
        return "meeting" if "joint" in kids else None
    if lem == "establishment" and not any(lemma(x) in ("relation", "tie") for x in t.subtree):
        return None
    if lem == "opening" and not any(lemma(x) in OPENABLE for x in t.subtree):
        return None
    if lem in ("transport", "cargo", "shipment", "consignment") and not (
        {"first", "trial", "pilot", "inaugural"} & kids
    ):
        return None
    if lem == "round" and not any(lemma(x) in ("talk", "consultation", "negotiation") for x in t.subtree):
        return None
    if lem == "exercise" and not any(
        lemma(x) in ("naval", "military", "joint", "army", "air", "counter", "counterterrorism", "drill")
        or x.tag_ in ("NNP", "NNPS") or x.is_quote or x.like_num
        for x in t.lefts
    ):
        return None
    if typ == "visit" and not any(_official(x, t.sent, pronouns=False) for x in t.sent
                                  if x.i != t.i and x.dep_ not in ("pobj",)):
        return None  # "his work trips to Homs": nobody who conducts relations travels
    if lem == "summit" and any(x.i < t.i and (x.ent_type_ in ("ORG", "NORP", "LOC") or x.text in MULTILATERAL)
                               for x in t.subtree):
        return "forum"  # "the G20 summit", "the China–Central Asia summit": many countries
    if lem == "session" and not any(x.ent_type_ == "ORG" or x.text in organisations() or
                                    lemma(x) in ("commission", "committee") for x in t.subtree):
        return None
    if lem == "strike" and not (kids & {"air", "missile", "drone", "military", "rocket", "artillery", "retaliatory"}):
        # a workers' or hunger strike is a protest; a bare "strike" is too vague to code
        return "conflict" if kids & {"general", "worker", "hunger", "labour", "labor", "nationwide"} else None
    if lem == "loan" and not (lemma(t.head) in LOAN_VERBS or "agreement" in kids):
        return None
    if lem == "dialogue" and not any(x.ent_type_ == "ORDINAL" or x.like_num for x in t.lefts):
        return None  # "the first India-Japan semiconductor policy dialogue" is a meeting; "dialogue" is not
    if typ == "agreement" and lem != "establishment" and not _agreement_verb_near(t):
        return None  # "under the Sykes-Picot Agreement" mentions a treaty; it does not sign one
    if typ == "cooperation" and lemma(t.head) not in LIGHT_VERBS | {"deliver", "ship", "pledge", "of"}:
        return None
    if lem in ("deal", "contract") and not any(lemma(x) in ("sign", "ink", "conclude", "reach", "seal",
                                                             "award", "win") for x in t.sent):
        return None
    return typ


AGREEMENT_VERBS = {"sign", "reach", "conclude", "ink", "seal", "ratify", "agree", "finalize", "finalise", "strike",
                   "initial", "come", "enter", "take", "establish", "renew", "extend", "exchange", "approve"}


def _agreement_verb_near(t: Token) -> bool:
    """An agreement noun with a verb that makes it happen: signed, reached, came into force."""
    near = [t.head, t.head.head] + [c for c in t.children if c.dep_ in ("acl", "relcl")]
    return any(lemma(x) in AGREEMENT_VERBS for x in near)


MULTILATERAL = {"G20", "G7", "SCO", "BRICS", "ASEAN", "NATO", "EU", "UN", "OIC", "Asia", "Central", "Arab", "Gulf",
                "African", "European", "Turkic", "Islamic", "Pacific", "Nordic", "Commonwealth", "East"}


CURRENCY_WORDS = {"dollar", "euro", "yen", "yuan", "rouble", "ruble", "rupee", "pound", "riyal", "dirham", "lira",
                  "million", "billion", "trillion", "$", "€", "£", "¥"}


def _money(t: Token) -> bool:
    return any(lemma(x) in CURRENCY_WORDS or x.text in CURRENCY_WORDS for x in t.subtree)


def _specific_noun(t: Token) -> bool:
    """A noun trigger names one happening: it has a name, ordinal, number, date, agent or a host verb."""
    left = list(t.lefts)
    if any(lemma(x) in GENERIC_DETERMINERS for x in left):
        return False
    marked = any(x.tag_ in ("DT", "CD", "NNP", "NNPS", "PRP$") or x.is_quote or x.like_num
                 or x.ent_type_ in ("ORDINAL", "CARDINAL", "DATE") for x in t.subtree if x.i < t.i)
    if t.tag_ == "NNS" and lemma(t) not in ("talk", "consultation", "negotiation") and not marked:
        # bare plurals are kinds of happenings ("meetings with Iraqis", "during EU summits"), unless a
        # series or a host verb makes them particular ("a series of visits", "exchanged visits")
        head = t.head if t.dep_ != "pobj" else t.head.head
        return lemma(head) in {"series", "round", "number", "couple", "exchange"} or (
            lemma(t.head) in LIGHT_VERBS and t.head.tag_ in ("VBD", "VBN"))
    if lemma(t) == "conference" and {lemma(x) for x in left} >= {"joint"}:
        return True
    for x in t.subtree:
        if x is t:
            continue
        if x.ent_type_ in ("DATE", "ORDINAL", "CARDINAL", "EVENT") or x.like_num:
            return True
        if x.tag_ in ("NNP", "NNPS") and x.i < t.i:
            return True
        if x.is_quote and x.i < t.i:
            return True
    for prep in t.rights:
        if prep.dep_ == "prep" and lemma(prep) in ("of", "by", "to", "between", "with", "in", "at", "against", "on"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if any(o.ent_type_ in NAMED or o.tag_ in ("NNP", "NNPS") or any(c.ent_type_ in NAMED for c in o.subtree)
                   for o in objs):
                return True
    head = t.head
    if t.dep_ in ("dobj", "nsubjpass", "pobj", "attr") and lemma(head) in LIGHT_VERBS | {"participation", "in"}:
        future = any(c.lower_ in ("will", "shall") for c in head.children)
        return future or head.tag_ in ("VBD", "VBN") or (head.dep_ == "prep" and head.head.tag_ in ("VBD", "VBN"))
    if t.dep_ == "dobj" and lemma(head) in LIGHT_VERBS and head.dep_ == "xcomp":
        return head.head.tag_ in ("VBD", "VBN")
    return False


OFFICIAL_NOUNS = {
    "minister", "president", "premier", "leader", "delegation", "counterpart", "official", "envoy", "ambassador",
    "secretary", "chancellor", "king", "queen", "prince", "emir", "sheikh", "diplomat", "representative",
    "commission", "committee", "government", "side", "country", "state", "nation", "ministry", "office",
    "administration", "authority", "parliament", "speaker", "senator", "lawmaker", "mp", "general", "chief",
    "commander", "governor", "mayor", "spokesperson", "spokesman",
    "adviser", "advisor", "head", "deputy", "team", "negotiator", "company", "firm", "bank", "embassy",
    "consulate", "mission", "council", "union", "organization", "organisation", "assembly", "duma", "senate",
    "cabinet", "regime", "party", "pope", "foreign", "prime", "defence", "defense", "both", "two",
}  # fmt: skip


PERSONAL = {"i", "me", "you", "us", "he", "she", "him", "her", "it", "they", "them", "we", "who", "that", "which"}


# verbs whose happening needs an official party (not "I met people", "forces arrived in town")
NEEDS_OFFICIAL_SUBJECT = {"visit", "travel", "arrive", "tour", "sign", "agree", "ratify", "conclude", "ink"}


NEEDS_OFFICIAL_PARTY = {"meet", "negotiate", "confer", "host", "receive"}


# People who act in the news but do not conduct a country's relations
NON_ACTORS = {"force", "troop", "soldier", "police", "protester", "demonstrator", "people", "family", "resident",
              "villager", "militant", "rebel", "fighter", "gunman", "civilian", "refugee", "worker", "student",
              "agent", "crowd", "husband", "wife", "child", "friend", "tourist", "traveler", "traveller", "man",
              "woman", "passenger", "journalist", "analyst", "fan", "supporter", "activist"}  # fmt: skip


def _official(tok: Token, sent: Span, pronouns: bool = True) -> bool:
    """The token names a state actor: a named person, body or country, or an office ("the minister")."""
    head = tok
    if lemma(head) in NON_ACTORS:
        return False
    if (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.tag_ == "NNP") and head.lower_ not in PERSONAL:
        return True
    if lemma(head) in OFFICIAL_NOUNS:
        return True
    if any(c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or lemma(c) in OFFICIAL_NOUNS
           for c in head.children if c.dep_ in ("compound", "amod", "poss", "conj", "appos", "prep", "pobj")):
        return True
    if head.lower_ in ("we", "they", "he", "she") and pronouns:
        # a pronoun stands for an actor named elsewhere in the sentence
        return any(x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for x in sent)
    return False


def parties_of(t: Token) -> list[Token]:
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    subj += [g for c in t.children if c.dep_ == "agent" for g in c.children]
    if not subj and t.dep_ in ("xcomp", "conj", "advcl", "relcl") and t.head.i != t.i:
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")] or (
            [t.head.head] if t.dep_ == "relcl" else [])
    return subj


# A verb names a happening between states only with one of these objects: "recalled its
# ambassador", "suspended talks", "banned imports" (not "recalled the day", "banned smoking").
OBJECT_NEEDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "establish": {"relation", "tie"},
    "conclude": {"agreement", "treaty", "deal", "contract", "accord", "pact"},
    "suspend": {"talk", "aid", "cooperation", "relation", "tie", "trade", "flight", "agreement", "deal", "visa",
                "export", "import", "supply"},
    "recall": {"ambassador", "envoy", "diplomat", "high", "commissioner"},
    "cut": {"tie", "relation", "aid", "supply", "export"},
    "ban": {"import", "export", "flight", "entry", "ship", "vessel", "trade", "product", "good", "citizen",
            "diplomat", "party"},
    "withdraw": {"troop", "force", "soldier", "prisoner", "detainee", "hostage", "ambassador", "sanction",
                 "fisherman", "sailor", "captive"},
    "resume": GOODS_FOR_TRANSFER | {"flight", "trade", "supply", "talk"},
    "train": {"officer", "troop", "personnel", "soldier", "pilot", "cadet", "specialist", "student", "staff"},
    "mark": {"anniversary", "day", "jubilee"},
    "unveil": {"monument", "statue", "plaque", "memorial", "centre", "center", "museum", "exhibition", "bust",
               "library", "school", "hospital", "bridge", "plant", "office"},
}.items()}  # fmt: skip
for _alias, _same in (("release", "withdraw"), ("free", "withdraw"), ("celebrate", "mark"),
                      ("commemorate", "mark"), ("inaugurate", "unveil")):
    OBJECT_NEEDS[_alias] = OBJECT_NEEDS[_same]


@dataclass(frozen=True)
class _Verb:
    """A verb trigger with what the checks read of it."""

    token: Token
    lemma: str
    type: str
    objects: list[Token]
    object_lemmas: set[str]
    preps: set[str]


def _transfer(v: _Verb) -> str | None:
    if v.object_lemmas & ARMS:
        return "military_transfer"
    return "economic" if v.object_lemmas & GOODS_FOR_TRANSFER else None


def _tell(v: _Verb) -> str | None:
    told = [c for c in v.token.children if c.dep_ in ("dobj", "dative", "iobj")]
    # "told TASS", "told Arab News": an interview; "told him" is not coded
    return v.type if any(o.ent_type_ in ("ORG", "NORP", "GPE") or o.tag_ == "NNP" for o in told) else None


def _call(v: _Verb) -> str | None:
    # "called for talks" is a request; "called him" is not coded
    return v.type if v.preps & {"for", "on", "upon"} and not v.object_lemmas & {"phone"} else None


def _march(v: _Verb) -> str | None:
    return v.type if v.preps & {"against", "in", "outside", "through", "to"} else None


def _travel(v: _Verb) -> str | None:
    # a visit goes somewhere: "travelled to Moscow", "arrived in Ankara" (not "at the airport")
    wanted = {"to"} if v.lemma == "travel" else {"in", "at"}
    places = [g for c in v.token.children if c.dep_ == "prep" and c.lower_ in wanted for g in c.children]
    ok = any(p.ent_type_ in ("GPE", "LOC") or any(x.ent_type_ == "GPE" for x in p.subtree) for p in places)
    return v.type if ok else None


def _agree(v: _Verb) -> str | None:
    # "agreed to use" is an agreement; "agreed that visits matter" is only a shared view
    kids = v.token.children
    if any(c.dep_ == "ccomp" for c in v.token.children):
        return None
    return v.type if any(c.dep_ in ("xcomp", "dobj") for c in kids) or "on" in v.preps else None


def _into_force(v: _Verb) -> str | None:
    # "came into force", "entered into force", "took effect": an agreement takes hold
    pobj = {lemma(g) for c in v.token.children if c.dep_ == "prep" for g in c.children}
    return v.type if "force" in pobj or (v.lemma == "take" and "effect" in v.object_lemmas) else None


def _sign(v: _Verb) -> str | None:
    return "agreement" if not v.objects and v.token.dep_ != "amod" else v.type


def _open(v: _Verb) -> str | None:
    if v.lemma == "launch" and v.object_lemmas & ATTACKS:
        return "conflict"  # "launched air strikes", "launched an offensive"
    if v.object_lemmas & (OPENABLE | {"project"}):
        return v.type
    return "conflict" if v.lemma == "open" and v.object_lemmas & {"fire"} else None


def _fire(v: _Verb) -> str | None:
    shot = v.object_lemmas & {"missile", "rocket", "shell", "shot", "round", "mortar", "artillery"}
    # "fired the minister" is not an attack
    return v.type if shot or any(lemma(g) in ("on", "at") for g in v.token.children if g.dep_ == "prep") else None


def _money_verb(v: _Verb) -> str | None:
    return v.type if any(_money(o) for o in v.objects) else None


def _build(v: _Verb) -> str | None:
    return v.type if {lemma(x) for x in v.token.sent} & {"help", "assistance", "support", "aid", "participation"} \
        else None


def _help(v: _Verb) -> str | None:
    helped = [c for c in v.token.children if c.dep_ in ("xcomp", "ccomp") and lemma(c) in VERB_TRIGGERS]
    return v.type if helped else None


def _host(v: _Verb) -> str | None:
    guests = [o for o in v.objects if o.ent_type_ in ("PERSON", "NORP", "GPE")
              or lemma(o) in ("delegation", "minister", "president", "counterpart", "leader")]
    return v.type if guests else None


def _strike(v: _Verb) -> str | None:
    if v.object_lemmas & {"deal", "agreement", "balance", "chord", "note", "tone"}:
        return "agreement" if v.object_lemmas & {"deal", "agreement"} else None
    armed = [c for c in v.token.children if c.dep_ == "nsubj" and (c.ent_type_ in NAMED or lemma(c) in ARMED_ACTORS)]
    return v.type if v.token.pos_ != "VERB" or armed else None  # "tornado strikes": no armed actor, no attack


def _deploy(v: _Verb) -> str | None:
    # ships deployed for a joint exercise are not a show of force
    near_border = {lemma(x) for x in v.token.sent} & {"border", "against", "frontier", "along", "near"}
    return v.type if near_border else None


def _verb_only(v: _Verb) -> str | None:
    return v.type if v.token.pos_ == "VERB" else None


CHECKS: dict[str, Callable[[_Verb], str | None]] = {
    **dict.fromkeys(("sell", "deliver", "supply", "ship", "transfer", "purchase", "buy", "acquire", "export"),
                    _transfer),
    "tell": _tell, "call": _call, **dict.fromkeys(("march", "rally", "demonstrate"), _march),
    "travel": _travel, "arrive": _travel, "agree": _agree, **dict.fromkeys(("come", "enter", "take"), _into_force),
    "sign": _sign, "launch": _open, "open": _open, "fire": _fire,
    **dict.fromkeys(("deposit", "disburse", "lend"), _money_verb), "build": _build, "construct": _build,
    "help": _help, "host": _host, "strike": _strike, "deploy": _deploy, "shell": _verb_only,
}  # fmt: skip


def _has_official_parties(t: Token, lem: str) -> bool:
    """Visits and signings need an official subject; meetings an official on one side."""
    sent = t.sent
    subjects = parties_of(t)
    if lem in NEEDS_OFFICIAL_SUBJECT and subjects and not any(_official(s, sent) for s in subjects):
        return False
    if lem in NEEDS_OFFICIAL_PARTY:
        others = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        others += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        # at least one side named or titled: "she met feminists" is not diplomacy
        return any(_official(x, sent, pronouns=False) for x in subjects + others)
    return True


def _verb_type(t: Token) -> str | None:
    lem = lemma(t)
    typ = VERB_TRIGGERS.get(lem)
    if typ is None or not _has_official_parties(t, lem):
        return None
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    obj_lemmas = {lemma(o) for o in objs} | {lemma(c) for o in objs for c in o.children if c.dep_ == "compound"}
    needs = OBJECT_NEEDS.get(lem)
    if needs is not None and not obj_lemmas & needs:
        return None
    check = CHECKS.get(lem)
    if check is None:
        return typ
    return check(_Verb(t, lem, typ, objs, obj_lemmas, {lemma(c) for c in t.children if c.dep_ == "prep"}))


def find_triggers(sent: Span) -> list[Trigger]:
    out = []
    for t in sent:
        if t.pos_ == "VERB" or (t.tag_.startswith("VB") and t.pos_ != "AUX"):
            typ = _verb_type(t)
            if typ and t.dep_ not in ("amod",):
                out.append(Trigger(t, typ, noun=False))
        elif t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            typ = _noun_type(t)
            if typ and _specific_noun(t):
                out.append(Trigger(t, typ, noun=True))
    return out
