"""Events: happenings between two countries, read from parsed sentences.

For each sentence, in order:
1. find triggers: verbs and nouns from the lexicons below, kept only when they describe a
   specific happening (a past or planned verb, not a habit or a hypothesis; a noun with a name,
   an ordinal, a date or an agent, not "such visits" or "regular contacts");
2. group triggers into events: triggers with no coordinator between them ("visited Islamabad
   to participate in the conference") are one event; coordinated ones ("the Forum (...) and the
   9th Meeting (...)") are several, each with its own stretch of the sentence;
3. date each event from the time expressions in its stretch, else from a date that opens the
   sentence; a verb with coordinated dates ("in Beijing in September and in Ashgabat in
   December") is one event per date;
4. give it a status (occurred, planned, ongoing, proposed), actors and a dyad.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from dyad.extract.codes import code_for
from dyad.gazetteer import lexicon, organisations, successor
from dyad.records import Event, Evidence, Mention, TimeExpression
from dyad.segment.countries import mention_role
from dyad.times import Context, edtf_bounds, find_times
from dyad.times.dateline import dateline_end

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
# words that make a whole clause hypothetical, or only wished for
HYPOTHETICAL = {"would", "could", "might", "may", "should", "must", "if", "unless", "whether", "ought"}
INTENT_HEADS = {"plan", "intend", "hope", "expect", "want", "wish", "seek", "aim", "ready", "willing",
                "prepare", "propose", "offer", "invite", "consider", "explore", "discuss", "support",
                "continue", "need", "try", "decide", "promise", "pledge", "vow", "keen", "eager",
                "include", "ask", "urge", "like", "agree", "able", "allow", "going", "fail", "refuse",
                "postpone", "cancel", "delay"}  # fmt: skip
PROPOSAL_HEADS = {"propose", "offer", "invite", "suggest", "ask", "urge"}
PLANNED_HEADS = {"plan", "intend", "schedule", "prepare", "decide", "agree", "expect", "going", "due"}
GENERIC_DETERMINERS = {"such", "these", "those", "any", "no", "every", "each", "other", "some", "many",
                       "more", "further", "future", "regular", "frequent", "annual", "possible",
                       "potential", "similar", "various", "numerous", "several"}  # fmt: skip
BOUNDARY_WORDS = {"and", "including", "while", "whereas", "but", "followed", "then", "plus", "besides"}
SPEECH_NOUNS = {"press", "news", "media"}


@dataclass
class Trigger:
    token: Token
    type: str
    noun: bool


@dataclass
class SentenceContext:
    """What event extraction knows beyond the sentence."""

    source: str
    document_text: str
    document_id: str = ""
    ref: date | None = None  # the document's reference date
    anchor: date | None = None  # the last full date of the story, for a document with no date
    story_dyad: tuple[str, str] | None = None
    mentions: list[Mention] = field(default_factory=list)  # countries, orgs, people in the sentence
    author_side: str | None = None  # in an op-ed or speech, the side "we" and "our" stand for
    sentence_index: int = -1


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _children_lemmas(t: Token) -> set[str]:
    return {_lemma(c) for c in t.children}


def _clause_verb(t: Token) -> Token | None:
    h = t
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _noun_type(t: Token) -> str | None:
    lem = _lemma(t)
    typ = NOUN_TRIGGERS.get(lem)
    if typ is None:
        return None
    kids = _children_lemmas(t)
    if typ == "call" and lem == "call" and not ({"phone", "telephone", "video"} & kids):
        return None
    if lem == "conversation" and not ({"phone", "telephone"} & kids):
        return None
    if lem == "conference" and SPEECH_NOUNS & kids:
        # a joint press conference of two sides is their meeting; one side's is only a statement
        return "meeting" if "joint" in kids else None
    if lem == "establishment" and not any(_lemma(x) in ("relation", "tie") for x in t.subtree):
        return None
    if lem == "opening" and not any(_lemma(x) in OPENABLE for x in t.subtree):
        return None
    if lem in ("transport", "cargo", "shipment", "consignment") and not (
        {"first", "trial", "pilot", "inaugural"} & kids
    ):
        return None
    if lem == "round" and not any(_lemma(x) in ("talk", "consultation", "negotiation") for x in t.subtree):
        return None
    if lem == "exercise" and not any(
        _lemma(x) in ("naval", "military", "joint", "army", "air", "counter", "counterterrorism", "drill")
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
                                    _lemma(x) in ("commission", "committee") for x in t.subtree):
        return None
    if lem == "strike" and not (kids & {"air", "missile", "drone", "military", "rocket", "artillery", "retaliatory"}):
        # a workers' or hunger strike is a protest; a bare "strike" is too vague to code
        return "conflict" if kids & {"general", "worker", "hunger", "labour", "labor", "nationwide"} else None
    if lem == "loan" and not (_lemma(t.head) in LOAN_VERBS or "agreement" in kids):
        return None
    if lem == "dialogue" and not any(x.ent_type_ == "ORDINAL" or x.like_num for x in t.lefts):
        return None  # "the first India-Japan semiconductor policy dialogue" is a meeting; "dialogue" is not
    if typ == "agreement" and lem != "establishment" and not _agreement_verb_near(t):
        return None  # "under the Sykes-Picot Agreement" mentions a treaty; it does not sign one
    if typ == "cooperation" and _lemma(t.head) not in LIGHT_VERBS | {"deliver", "ship", "pledge", "of"}:
        return None
    if lem in ("deal", "contract") and not any(_lemma(x) in ("sign", "ink", "conclude", "reach", "seal",
                                                             "award", "win") for x in t.sent):
        return None
    return typ


AGREEMENT_VERBS = {"sign", "reach", "conclude", "ink", "seal", "ratify", "agree", "finalize", "finalise", "strike",
                   "initial", "come", "enter", "take", "establish", "renew", "extend", "exchange", "approve"}


def _agreement_verb_near(t: Token) -> bool:
    """An agreement noun with a verb that makes it happen: signed, reached, came into force."""
    near = [t.head, t.head.head] + [c for c in t.children if c.dep_ in ("acl", "relcl")]
    return any(_lemma(x) in AGREEMENT_VERBS for x in near)


MULTILATERAL = {"G20", "G7", "SCO", "BRICS", "ASEAN", "NATO", "EU", "UN", "OIC", "Asia", "Central", "Arab", "Gulf",
                "African", "European", "Turkic", "Islamic", "Pacific", "Nordic", "Commonwealth", "East"}
CURRENCY_WORDS = {"dollar", "euro", "yen", "yuan", "rouble", "ruble", "rupee", "pound", "riyal", "dirham", "lira",
                  "million", "billion", "trillion", "$", "€", "£", "¥"}


def _money(t: Token) -> bool:
    return any(_lemma(x) in CURRENCY_WORDS or x.text in CURRENCY_WORDS for x in t.subtree)


def _specific_noun(t: Token) -> bool:
    """A noun trigger names one happening: it has a name, ordinal, number, date, agent or a host verb."""
    left = list(t.lefts)
    if any(_lemma(x) in GENERIC_DETERMINERS for x in left):
        return False
    marked = any(x.tag_ in ("DT", "CD", "NNP", "NNPS", "PRP$") or x.is_quote or x.like_num
                 or x.ent_type_ in ("ORDINAL", "CARDINAL", "DATE") for x in t.subtree if x.i < t.i)
    if t.tag_ == "NNS" and _lemma(t) not in ("talk", "consultation", "negotiation") and not marked:
        # bare plurals are kinds of happenings ("meetings with Iraqis", "during EU summits"), unless a
        # series or a host verb makes them particular ("a series of visits", "exchanged visits")
        head = t.head if t.dep_ != "pobj" else t.head.head
        return _lemma(head) in {"series", "round", "number", "couple", "exchange"} or (
            _lemma(t.head) in LIGHT_VERBS and t.head.tag_ in ("VBD", "VBN"))
    if _lemma(t) == "conference" and {_lemma(x) for x in left} >= {"joint"}:
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
        if prep.dep_ == "prep" and _lemma(prep) in ("of", "by", "to", "between", "with", "in", "at", "against", "on"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if any(o.ent_type_ in NAMED or o.tag_ in ("NNP", "NNPS") or any(c.ent_type_ in NAMED for c in o.subtree)
                   for o in objs):
                return True
    head = t.head
    if t.dep_ in ("dobj", "nsubjpass", "pobj", "attr") and _lemma(head) in LIGHT_VERBS | {"participation", "in"}:
        future = any(c.lower_ in ("will", "shall") for c in head.children)
        return future or head.tag_ in ("VBD", "VBN") or (head.dep_ == "prep" and head.head.tag_ in ("VBD", "VBN"))
    if t.dep_ == "dobj" and _lemma(head) in LIGHT_VERBS and head.dep_ == "xcomp":
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
    if _lemma(head) in NON_ACTORS:
        return False
    if (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.tag_ == "NNP") and head.lower_ not in PERSONAL:
        return True
    if _lemma(head) in OFFICIAL_NOUNS:
        return True
    if any(c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or _lemma(c) in OFFICIAL_NOUNS
           for c in head.children if c.dep_ in ("compound", "amod", "poss", "conj", "appos", "prep", "pobj")):
        return True
    if head.lower_ in ("we", "they", "he", "she") and pronouns:
        # a pronoun stands for an actor named elsewhere in the sentence
        return any(x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for x in sent)
    return False


def _parties_of(t: Token) -> list[Token]:
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    subj += [g for c in t.children if c.dep_ == "agent" for g in c.children]
    if not subj and t.dep_ in ("xcomp", "conj", "advcl", "relcl") and t.head.i != t.i:
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")] or (
            [t.head.head] if t.dep_ == "relcl" else [])
    return subj


def _verb_type(t: Token) -> str | None:
    lem = _lemma(t)
    typ = VERB_TRIGGERS.get(lem)
    if typ is None:
        return None
    sent = t.sent
    subjects = _parties_of(t)
    if lem in NEEDS_OFFICIAL_SUBJECT and subjects and not any(_official(s, sent) for s in subjects):
        return None
    if lem in NEEDS_OFFICIAL_PARTY:
        others = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        others += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        # at least one side named or titled: "she met feminists" is not diplomacy
        if not any(_official(x, sent, pronouns=False) for x in subjects + others):
            return None
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    obj_lemmas = {_lemma(o) for o in objs} | {_lemma(c) for o in objs for c in o.children if c.dep_ == "compound"}
    preps = {_lemma(c) for c in t.children if c.dep_ == "prep"}
    if typ == "transfer":
        if obj_lemmas & ARMS:
            return "military_transfer"
        return "economic" if obj_lemmas & GOODS_FOR_TRANSFER else None
    if lem == "tell" and not any(o.ent_type_ in ("ORG", "NORP", "GPE") or o.tag_ == "NNP" for o in
                                 [c for c in t.children if c.dep_ in ("dobj", "dative", "iobj")]):
        return None  # "told TASS", "told Arab News": an interview; "told him" is not coded
    if lem == "call" and not (preps & {"for", "on", "upon"}) or lem == "call" and obj_lemmas & {"phone"}:
        return None  # "called for talks" is a request; "called him" is not coded
    if lem in ("march", "rally", "demonstrate") and not (preps & {"against", "in", "outside", "through", "to"}):
        return None
    if lem in ("travel", "arrive"):
        # a visit goes somewhere: "travelled to Moscow", "arrived in Ankara" (not "at the airport")
        wanted = {"to"} if lem == "travel" else {"in", "at"}
        places = [g for c in t.children if c.dep_ == "prep" and c.lower_ in wanted for g in c.children]
        if not any(p.ent_type_ in ("GPE", "LOC") or any(x.ent_type_ == "GPE" for x in p.subtree) for p in places):
            return None
    # "agreed to use" is an agreement; "agreed that visits matter" is only a shared view
    if lem == "agree" and (
        any(c.dep_ == "ccomp" for c in t.children)
        or not (any(c.dep_ in ("xcomp", "dobj") for c in t.children) or "on" in preps)
    ):
        return None
    if lem in ("come", "enter", "take"):
        # "came into force", "entered into force", "took effect": an agreement takes hold
        pobj = {_lemma(g) for c in t.children if c.dep_ == "prep" for g in c.children}
        if not ("force" in pobj or (lem == "take" and "effect" in obj_lemmas)):
            return None
    if lem == "establish" and not (obj_lemmas & {"relation", "tie"}):
        return None
    if lem == "conclude" and not (obj_lemmas & {"agreement", "treaty", "deal", "contract", "accord", "pact"}):
        return None
    if lem == "sign" and not objs and t.dep_ != "amod":
        return "agreement"
    if lem == "launch" and obj_lemmas & ATTACKS:
        return "conflict"  # "launched air strikes", "launched an offensive"
    if lem in ("open", "launch") and not (obj_lemmas & (OPENABLE | {"project"})):
        if lem == "open" and obj_lemmas & {"fire"}:
            return "conflict"
        return None
    if lem == "fire" and not (obj_lemmas & {"missile", "rocket", "shell", "shot", "round", "mortar", "artillery"}
                              or any(_lemma(g) in ("on", "at") for g in t.children if g.dep_ == "prep")):
        return None  # "fired the minister" is not an attack
    if lem == "suspend" and not (obj_lemmas & {"talk", "aid", "cooperation", "relation", "tie", "trade", "flight",
                                               "agreement", "deal", "visa", "export", "import", "supply"}):
        return None
    if lem == "recall" and not (obj_lemmas & {"ambassador", "envoy", "diplomat", "high", "commissioner"}):
        return None
    if lem == "cut" and not (obj_lemmas & {"tie", "relation", "aid", "supply", "export"}):
        return None
    if lem == "ban" and not (obj_lemmas & {"import", "export", "flight", "entry", "ship", "vessel", "trade",
                                           "product", "good", "citizen", "diplomat", "party"}):
        return None
    if lem in ("withdraw", "release", "free") and not (obj_lemmas & {"troop", "force", "soldier", "prisoner",
                                                                     "detainee", "hostage", "ambassador", "sanction",
                                                                     "fisherman", "sailor", "captive"}):
        return None
    if lem in ("deposit", "disburse", "lend") and not any(_money(o) for o in objs):
        return None
    if lem == "resume" and not (obj_lemmas & GOODS_FOR_TRANSFER | {"flight", "trade", "supply", "talk"}):
        return None
    if lem in ("build", "construct"):
        sent_lemmas = {_lemma(x) for x in t.sent}
        if not (sent_lemmas & {"help", "assistance", "support", "aid", "participation"}):
            return None
    if lem == "help" and not any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) in VERB_TRIGGERS for c in t.children):
        return None
    if lem == "train" and not (obj_lemmas & {"officer", "troop", "personnel", "soldier", "pilot", "cadet",
                                            "specialist", "student", "staff"}):
        return None
    if lem in ("mark", "celebrate", "commemorate") and not (obj_lemmas & {"anniversary", "day", "jubilee"}):
        return None
    if lem in ("unveil", "inaugurate") and not (obj_lemmas & {"monument", "statue", "plaque", "memorial", "centre",
                                                              "center", "museum", "exhibition", "bust", "library",
                                                              "school", "hospital", "bridge", "plant", "office"}):
        return None  # "unveils a threat advisory system" is not a cultural event between two states
    if lem == "host" and not any(o.ent_type_ in ("PERSON", "NORP", "GPE") or _lemma(o) in
                                 ("delegation", "minister", "president", "counterpart", "leader") for o in objs):
        return None
    if lem == "strike" and t.pos_ == "VERB" and not any(c.dep_ == "nsubj" and (c.ent_type_ in NAMED or _lemma(c) in
                                                                                  ARMED_ACTORS) for c in t.children):
        return None  # "tornado strikes": no armed actor, no attack
    if lem == "deploy" and not ({_lemma(x) for x in t.sent} & {"border", "against", "frontier", "along", "near"}):
        return None  # ships deployed for a joint exercise are not a show of force
    if lem == "strike" and obj_lemmas & {"deal", "agreement", "balance", "chord", "note", "tone"}:
        return "agreement" if obj_lemmas & {"deal", "agreement"} else None
    if lem in ("shell", "ship") and t.pos_ != "VERB":
        return None
    return typ


def _governing_intent(verb: Token) -> str | None:
    """"planned", "proposed", "wish" when the verb sits under a verb of intention, offer or plan."""
    h = verb
    for _ in range(4):
        if h.dep_ == "conj":
            h = h.head
            continue
        if h.dep_ not in ("xcomp", "ccomp", "advcl", "acomp", "pcomp"):
            return None
        head = h.head
        hl = _lemma(head)
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


def _blocked(verb: Token) -> bool:
    """Negated or hypothetical: "did not meet", "would sign", "could visit"."""
    kids = {_lemma(c) for c in verb.children}
    return (any(c.dep_ == "neg" for c in verb.children) or bool(kids & HYPOTHETICAL)
            or any(c.tag_ == "MD" and c.lower_ not in ("will", "shall", "'ll") for c in verb.children))


def _verb_status(verb: Token, cues: set[str]) -> str | None:
    if _blocked(verb):
        return None
    intent = _governing_intent(verb)
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


def _status(trig: Trigger, sent: Span) -> str | None:
    """occurred / planned / ongoing / proposed; "present" for a present-tense verb (kept only with a
    date); None when the text does not assert a happening (a hypothesis, a wish, a negation)."""
    t = trig.token
    cues = {x.lower_ for x in sent if x.i < t.i and x.i >= t.i - 8} | {x.lower_ for x in t.lefts}
    if not trig.noun:
        st = _verb_status(t, cues)
        return "occurred" if st == "gerund" else st
    # A specific noun ("the 9th Meeting (December 2-4, 2024)") names a happening whatever the tense
    # of the sentence around it; only plans, hypotheses and negations change that.
    if any(c.dep_ == "neg" for c in t.children) or any(_lemma(x) == "no" for x in t.lefts):
        return None
    if cues & {"upcoming", "forthcoming", "planned", "scheduled", "next", "proposed", "future"}:
        return "planned"
    asked = t.head.head if t.head.dep_ == "prep" else t.head
    if _lemma(asked) in PROPOSAL_HEADS | {"call", "demand", "push", "press", "appeal"} and asked.pos_ == "VERB":
        return "proposed"  # "Russia calls for talks": the talks are asked for, not held
    verb = _clause_verb(t)
    if verb is not None and t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass"):
        # "the talks will focus on trade", "the summit is scheduled for May", "talks were cancelled"
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if _lemma(verb) in ("cancel", "postpone", "call", "scrap", "suspend", "delay") and verb.tag_ == "VBN":
            return None
        if aux & {"will", "shall"} or (_lemma(verb) in ("expect", "schedule", "due", "set", "plan", "slate")
                                       and verb.tag_ == "VBN"):
            return "planned"
    if verb is not None and t.head.i == verb.i and _lemma(verb) in LIGHT_VERBS:
        # "will hold talks", "invited him to attend the forum": the light verb's plan is the event's
        if _blocked(verb) or _governing_intent(verb) == "wish":
            return None
        st = _verb_status(verb, cues)
        if st in ("planned", "proposed", "ongoing", "present"):
            return st  # "we give Egypt aid yearly": a habit, kept only with a date of its own
    if verb is not None and _blocked(verb):
        return None
    return "occurred"


def _boundary_between(sent: Span, a: int, b: int) -> int | None:
    """The last coordinator between token indices a and b (exclusive), outside brackets and dates."""
    last = None
    depth = 0
    for x in sent.doc[a + 1 : b]:
        if x.text in "([":
            depth += 1
        elif x.text in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (x.lower_ in BOUNDARY_WORDS or x.text in (",", ";")):
            inside_date = x.text == "," and x.nbor(-1).like_num and x.i + 1 < len(x.doc) and x.nbor(1).like_num
            if inside_date:  # "December 2, 2024"
                continue
            last = x.i
    return last


def _triggers(sent: Span) -> list[Trigger]:
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


def _trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    lead = " \t\n,;:-–—"
    while start < end and doc_text[start] in lead:
        start += 1
    for word in ("and ", "including ", "while ", "but ", "plus "):
        if doc_text.startswith(word, start):
            start += len(word)
    while True:
        while end > start and doc_text[end - 1] in " \t\n,;:-–—":
            end -= 1
        tail = next((w for w in (" and", " including", " as well as", " while", " but") if
                     doc_text[start:end].endswith(w)), None)
        if not tail:
            return start, end
        end -= len(tail)


@dataclass
class _Group:
    triggers: list[Trigger]
    start_tok: int
    end_tok: int  # exclusive


# Prepositions that introduce a different happening: "after the talks, they signed"; list members
SPLIT_PREPOSITIONS = {"including", "after", "before", "during", "following", "since", "until", "ahead", "besides",
                      "like", "unlike", "amid", "despite"}


def _path_up(top: Token, low: Token) -> list[Token] | None:
    """The tokens from `low` up to (not including) `top`, or None if `top` does not govern `low`."""
    path: list[Token] = []
    h = low
    for _ in range(40):
        if h.i == top.i:
            return path
        path.append(h)
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def _one_happening(a: Trigger, b: Trigger) -> bool:
    """Two triggers describe one happening when one governs the other through nouns, prepositions,
    light verbs or a purpose clause ("visited Islamabad to participate in the conference"), and
    not through a list, an apposition, a time preposition or a verb of its own ("followed by")."""
    if (a.type == "statement") != (b.type == "statement"):
        return False
    for top, low in ((a.token, b.token), (b.token, a.token)):
        path = _path_up(top, low)
        if path is None:
            continue
        for tok in path:
            if tok.dep_ in ("conj", "appos"):
                return False
            if tok.pos_ == "ADP" and tok.lower_ in SPLIT_PREPOSITIONS:
                return False
            if tok.i != low.i and tok.pos_ == "VERB" and _lemma(tok) not in LIGHT_VERBS:
                purpose = tok.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in tok.children)
                if not purpose:
                    return False
        return True
    return False


def _cut_between(sent: Span, a: Token, b: Token) -> int:
    """Where the stretch of the event at `a` ends and that of `b` begins (a token index): at the
    phrase that carries `b` ("after six days of drills"), else at the last coordinator between them."""
    h = b
    while h.head.i != h.i and a not in h.head.subtree:
        h = h.head
    edge = h.left_edge.i
    if a.i < edge <= b.i:
        return edge
    cut = _boundary_between(sent, a.i, b.i)
    if cut is not None:
        return cut
    right = max(x.i for x in a.subtree) + 1
    return right if a.i < right <= b.i else b.i


def _group(sent: Span, trigs: list[Trigger]) -> list[_Group]:
    groups: list[_Group] = []
    for tr in sorted(trigs, key=lambda x: x.token.i):
        if groups:
            prev = groups[-1]
            if any(_one_happening(p, tr) for p in prev.triggers):
                prev.triggers.append(tr)
                continue
            cut = _cut_between(sent, prev.triggers[-1].token, tr.token)
            prev.end_tok = cut
            groups.append(_Group([tr], cut, sent.end))
        else:
            groups.append(_Group([tr], sent.start, sent.end))
    return groups


# Words for the same kind of happening: a second one with no name or date of its own re-mentions the first.
SAME_KIND = [{"exercise", "drill", "manoeuvre", "maneuver", "wargame"},
             {"meeting", "talk", "consultation", "negotiation", "session", "meet", "dialogue"},
             {"visit", "trip", "tour"},
             {"agreement", "accord", "treaty", "deal", "pact", "memorandum", "mou", "sign"},
             {"forum", "conference", "seminar", "symposium", "summit", "roundtable"}]


def _same_kind(a: Token, b: Token) -> bool:
    la, lb = _lemma(a), _lemma(b)
    return any(la in k and lb in k for k in SAME_KIND)


def _has_identity(t: Token) -> bool:
    """The trigger names which happening it is: a name, an ordinal or number, a quoted title."""
    return any(x.i < t.i and (x.tag_ in ("NNP", "NNPS") or x.is_quote or x.like_num
                              or x.ent_type_ in ("ORDINAL", "CARDINAL", "DATE", "EVENT")) for x in t.subtree) or (
        t.tag_ in ("NNP", "NNPS"))


def _main_trigger(g: _Group) -> Trigger:
    verbs = [t for t in g.triggers if not t.noun and t.type != "statement"]
    nouns = [t for t in g.triggers if t.noun]
    return (verbs or nouns or g.triggers)[0]


def _pick_dates(own: list[TimeExpression], trig: Token, text: str, shift: int) -> list[TimeExpression]:
    """The dates of one event; several when the text coordinates them ("in May and in June").
    `shift` turns the parse's character offsets into the document's."""
    strong = [x for x in own if x.point and x.edtf and not x.in_name]
    # dates inside the event's own clause come first: in "Today, let me announce that the dialogue
    # will be held in April", April dates the dialogue and "today" the announcement
    head = trig if trig.pos_ in ("VERB", "AUX") else (_clause_verb(trig) or trig)
    lo, hi = head.left_edge.idx + shift, head.right_edge.idx + len(head.right_edge) + shift
    inside = [x for x in strong if lo <= x.start and x.end <= hi]
    if inside:
        strong = inside
    if not strong:
        weak = [x for x in own if x.point and x.edtf]
        return weak[:1]
    # a date that only frames a finer one ("last year ... in September", "in the 1950s ... in 1958")
    # is not a date of its own
    finer = [x for x in strong if not any(y is not x and _inside(y.edtf, x.edtf) for y in strong)]
    if len(finer) >= 2:
        between = [text[a.end : b.start] for a, b in zip(finer, finer[1:], strict=False)]
        coordinated = all(" and " in f" {b} " or b.strip(" ,") == "" for b in between)
        if coordinated and len({x.edtf for x in finer}) == len(finer):
            return finer
        anchor = trig.idx + shift
        return [min(finer, key=lambda x: abs(x.start - anchor))]
    return finer[:1]


def _event_times(text: str, start: int, end: int, ctx: SentenceContext, tense: str | None) -> list[TimeExpression]:
    """Time expressions that can date an event: not a dateline, not the start of a state ("since 2010")."""
    times = find_times(text[start:end], Context(ref=ctx.ref, tense=tense, anchor=ctx.anchor), offset=start)
    skip_to = start + (dateline_end(text[start:end]) or 0)
    return [t for t in times if t.start >= skip_to and not text[max(0, t.start - 10) : t.start].lower().endswith(
        ("since ", "since the "))]


def extract_events(sent: Span, ctx: SentenceContext, sent_offset: int) -> list[Event]:
    """Events in one parsed sentence. `sent_offset` maps the parse's characters to the document."""
    trigs = _triggers(sent)
    if not trigs:
        return []
    doc_text = ctx.document_text
    base = sent.start_char
    s_start, s_end = sent.start_char - base + sent_offset, sent.end_char - base + sent_offset

    def char(tok_index: int, default: int) -> int:
        return sent.doc[tok_index].idx - base + sent_offset if tok_index < sent.end else default

    times = _event_times(doc_text, s_start, s_end, ctx, _sentence_tense(sent))
    groups: list[tuple[_Group, int, int, list[TimeExpression]]] = []
    for g in _group(sent, trigs):
        g_start, g_end = char(g.start_tok, s_start), char(g.end_tok, s_end)
        own = [x for x in times if x.start >= g_start and x.end <= g_end and x.point and x.edtf]
        if groups:
            prev, p_start, _, p_own = groups[-1]
            main_prev, main_new = _main_trigger(prev), _main_trigger(g)
            if _same_kind(main_prev.token, main_new.token) and not own and not _has_identity(main_new.token):
                # "JIMEX 23 concluded ... after six days of drills": the same happening, said again
                prev.triggers.extend(g.triggers)
                prev.end_tok = g.end_tok
                groups[-1] = (prev, p_start, g_end, p_own)
                continue
        groups.append((g, g_start, g_end, own))
    first_trigger_char = groups[0][0].triggers[0].token.idx - base + sent_offset
    frame = [x for x in times if x.end <= first_trigger_char and x.point and x.edtf and not x.in_name]
    events: list[Event] = []
    for g, g_start, g_end, own in groups:
        main = _main_trigger(g)
        status = None
        for tr in [main] + [t for t in g.triggers if t is not main]:
            status = _status(tr, sent)
            if status:
                main = tr
                break
        if status is None:
            continue
        shift = sent_offset - base
        dates = _pick_dates(own, main.token, doc_text, shift) or _pick_dates(frame, main.token, doc_text, shift)
        if status == "present":
            # present tense with no date of its own is a habit or a state ("we export food"), not a
            # happening; with one ("Zelensky meets the Pope on Tuesday") it is the news
            tok = main.token
            lo = tok.left_edge.idx - base + sent_offset
            hi = tok.right_edge.idx + len(tok.right_edge) - base + sent_offset
            own_dates = [x for x in dates if lo <= x.start and x.end <= hi]
            if not own_dates or main.type == "statement" or tok.dep_ in ("relcl", "acl", "advcl"):
                continue
            dates, status = own_dates, "occurred"
        for when in [x.edtf for x in dates] or [None]:
            if when and ctx.ref and status in ("occurred", "planned"):
                # the calendar wins over the wording: a dated plan in the past happened or not, but
                # is no longer a plan; a dated occurrence after the reference date is planned
                status = "planned" if _after(when, ctx.ref) else ("occurred" if _before(when, ctx.ref) else status)
            ev = _make_event(main, g, status, when, ctx, sent, (g_start, g_end), (s_start, s_end), len(groups))
            if ev:
                events.append(ev)
    return events


def _inside(inner: str | None, outer: str | None) -> bool:
    """`inner` is a strictly narrower date within `outer`."""
    bi, bo = edtf_bounds(inner), edtf_bounds(outer)
    return bool(bi and bo and bo[0] <= bi[0] and bi[1] <= bo[1] and bi != bo)


def _after(edtf: str, ref: date) -> bool:
    """The whole of the EDTF date lies after `ref`."""
    bounds = edtf_bounds(edtf)
    return bool(bounds and bounds[0] > ref)


def _before(edtf: str, ref: date) -> bool:
    """The whole of the EDTF date lies before `ref`."""
    bounds = edtf_bounds(edtf)
    return bool(bounds and bounds[1] < ref)


def _sentence_tense(sent: Span) -> str | None:
    root = sent.root
    aux = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall"} or (_lemma(root) in ("expect", "schedule", "due", "set", "plan", "slate")
                                   and aux & {"is", "are", "am"}):
        return "future"
    if root.tag_ == "VBD" or aux & {"was", "were", "had", "did"}:
        return "past"
    if aux & {"has", "have"}:
        return "past"
    if root.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def _make_event(trig: Trigger, g: _Group, status: str, date: str | None, ctx: SentenceContext, sent: Span,
                span: tuple[int, int], sentence_span: tuple[int, int], n_groups: int) -> Event | None:
    in_span = [m for m in ctx.mentions if m.start >= span[0] and m.end <= span[1]]
    if trig.type == "conflict":
        # the actors of an attack or a sanction are in its own clause ("the US imposed sanctions on Iran")
        tok = (_clause_verb(trig.token) or trig.token) if trig.noun else trig.token
        lo = tok.left_edge.idx - sent.start_char + sentence_span[0]
        hi = tok.right_edge.idx + len(tok.right_edge) - sent.start_char + sentence_span[0]
        in_span = [m for m in ctx.mentions if lo <= m.start and m.end <= hi]
    countries_all = [m.code for m in ctx.mentions if m.code and m.kind in ("country", "person")]
    countries_here = [m.code for m in in_span if m.code and m.kind in ("country", "person")]
    dyad = _choose_dyad(in_span, ctx.mentions, ctx.document_text, ctx.story_dyad, trig.type)
    typ = trig.type
    cameo, plover, mode, goldstein = code_for(typ, _lemma(trig.token), status,
                                              frozenset(_lemma(c) for c in trig.token.children))
    if status == "proposed" and typ in ("visit", "meeting", "call", "forum"):
        # an invitation or offer to meet is a stated request, not a happening
        typ, cameo, plover, mode, goldstein = "statement", "036", "REQUEST", "meet", 4.0
    start, end = _trim(ctx.document_text, *(span if n_groups > 1 else sentence_span))
    text = ctx.document_text[start:end]
    source_actor, target_actor = _actors(countries_here or countries_all, dyad)
    subjects = _parties_of(trig.token if not trig.noun else (_clause_verb(trig.token) or trig.token))
    if ctx.author_side and dyad and ctx.author_side in dyad and any(s.lower_ in ("we", "us") or
                                                                    _lemma(s) == "country" and any(
                                                                        c.lower_ == "our" for c in s.children)
                                                                    for s in subjects):
        # "we organized a conference" in the Russian ambassador's speech: Russia acted
        source_actor = ctx.author_side
        target_actor = dyad[1] if dyad[0] == source_actor else dyad[0]
    people_codes = {m.code for m in ctx.mentions if m.kind == "person" and m.code and span[0] <= m.start < span[1]}
    # participants: people the text gives a role or a country to, not every name the tagger guessed
    people = sorted({m.name for m in ctx.mentions if m.kind == "person" and span[0] <= m.start < span[1]
                     and (m.role or m.code)})
    location = next((m.name for m in in_span if m.as_government and
                     ctx.document_text[max(0, m.start - 4) : m.start].strip().lower() in ("in", "to", "at")), None)
    if location is None:
        loc = [e for e in sent.ents if e.label_ in ("GPE", "FAC", "LOC") and e.start_char - sent.start_char +
               sentence_span[0] >= span[0] and e.start > 0 and sent.doc[e.start - 1].lower_ in ("in", "at", "to")]
        location = loc[0].text if loc else None
    if location is None and trig.type == "visit" and not trig.noun:
        # "visited Tokyo": the place visited is the object
        location = next((c.text for c in trig.token.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")),
                        None)
    if typ == "visit" and location and people_codes and _home(location, people_codes):
        return None  # "Obama arrived in Washington": a leader at home is not visiting anyone
    summary = " ".join(text.split())
    if len(summary) > 200:
        summary = summary[:197].rsplit(" ", 1)[0] + "…"
    return Event(
        type=typ, plover=plover, plover_mode=mode, cameo=cameo, goldstein=goldstein, date=date, status=status,
        dyad="-".join(dyad) if dyad else None, source_actor=source_actor, target_actor=target_actor,
        participants=tuple(people), location=location, sectors=tuple(sectors_of(sent)), summary=summary,
        confidence=0.7 if dyad and date else 0.5, evidence=(Evidence(ctx.source, start, end, text),),
        document_id=ctx.document_id, trigger=trig.token.text, sentence=ctx.sentence_index,
    )


# A country named after these words is a place or a topic ("met in Beijing", "talks on
# Afghanistan"), not a party: it is only used when no party is named.
def _parties(mentions: list[Mention], text: str, conflict: bool = False) -> tuple[list[str], list[str]]:
    """(parties, places): countries of the mentions by how the text introduces them; topics dropped.
    In a conflict, "strikes on Syria" and "sanctions against Iran" name the target: a party."""
    parties, places = [], []
    for m in mentions:
        if not m.code or m.kind not in ("country", "person"):
            continue
        role = mention_role(m, text)
        if conflict and role == "topic":
            role = "party"
        if role == "party":
            parties.append(successor(m.code))
        elif role == "place":
            places.append(successor(m.code))
    return parties, places


def _home(location: str, codes: set[str]) -> bool:
    """The place is in the one country all the people named belong to."""
    _, table = lexicon()
    lex = table.get(location.removeprefix("the "))
    return bool(lex is not None and lex.kind == "country" and codes == {lex.code})


def _choose_dyad(here: list[Mention], everywhere: list[Mention], text: str, story: tuple[str, str] | None,
                 typ: str) -> tuple[str, str] | None:
    """The two countries an event is between: its own words first, then the sentence, then the story."""
    # a conflict is between its own actors: no reaching out to the sentence or the story
    pools = (here,) if typ == "conflict" else (here, everywhere)
    for pool in pools:
        parties, places = _parties(pool, text, typ == "conflict")
        if pool is here and len(set(parties)) == 1 and set(places) - set(parties) and typ in ("visit", "meeting"):
            # "Lavrov arrived in Ankara", "On a visit to Tehran, Lavrov said": the visitor and the host
            other = next(p for p in places if p not in parties)
            a, b = sorted((parties[0], other))
            return (a, b)
        if story and set(story) <= set(parties + places):
            return story
        uniq = list(dict.fromkeys(parties))
        if len(uniq) >= 2:
            counts = {c: parties.count(c) for c in uniq}
            a, b = sorted(sorted(uniq, key=lambda c: (-counts[c], parties.index(c)))[:2])
            return (a, b)
        if story and uniq and set(uniq) <= set(story) and typ != "conflict":
            return story
    parties, places = _parties(pools[-1], text, typ == "conflict")
    if story and typ != "conflict" and not parties:
        return story  # only places and topics are named: the story's two countries
    every = list(dict.fromkeys(parties + places))
    if len(every) == 2:
        a, b = sorted(every)
        return (a, b)
    return None


def _actors(countries: list[str], dyad: tuple[str, str] | None) -> tuple[str | None, str | None]:
    """Source and target: the first named side acts. Codes stay as written (the USSR is SUN), while
    the dyad is keyed on today's states."""
    if not dyad:
        uniq = list(dict.fromkeys(countries))
        return (uniq[0] if uniq else None, uniq[1] if len(uniq) > 1 else None)
    first = next((c for c in countries if successor(c) in dyad), dyad[0])
    rest = [c for c in countries if successor(c) in dyad and successor(c) != successor(first)]
    other = rest[0] if rest else (dyad[1] if successor(first) == dyad[0] else dyad[0])
    return first, other


SECTOR_WORDS = {
    "trade": {"trade", "export", "import", "tariff", "business", "commerce", "barter", "payment", "investment"},
    "energy": {"energy", "oil", "gas", "power", "electricity", "nuclear", "pipeline", "hydropower", "lng"},
    "defence": {"military", "defence", "defense", "army", "navy", "naval", "exercise", "drill", "weapon",
                "helicopter", "arm"},
    "security and counter-terrorism": {"terrorism", "terrorist", "security", "counter-terrorism", "extremism"},
    "education": {"education", "university", "student", "scholarship", "school", "course", "teacher"},
    "culture": {"culture", "cultural", "concert", "monument", "museum", "festival", "art"},
    "transport and connectivity": {"transport", "railway", "road", "route", "corridor", "port", "cargo",
                                   "flight", "connectivity", "logistics"},
    "digital": {"digital", "cyber", "internet", "technology", "ict"},
    "agriculture and food": {"food", "grain", "wheat", "agriculture", "agricultural", "fertilizer"},
    "health and pharma": {"health", "medicine", "pharmaceutical", "vaccine", "insulin", "hospital"},
    "diplomacy and multilateral": {"diplomatic", "embassy", "ambassador", "minister", "un", "sco", "brics",
                                   "commission", "talks", "visit", "meeting"},
}  # fmt: skip


def sectors_of(sent: Span) -> list[str]:
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return [s for s, words in SECTOR_WORDS.items() if lemmas & words]
