"""Parties: which sides take part in an event, read from the trigger's own arguments.

An event is between the countries that are its parties — the subject that acts (agent), the
object or the "to/on/against" phrase it acts on (recipient), a "with" or "between" phrase
(participant), and for visits, attacks, aid and embassies the place it happens in (host,
target). A side is a country named there (a name, a demonym, a capital standing for its
government), or a person or body the document has tied to a country ("Lavrov", "the Foreign
Office"), or a pronoun standing for the last such person. An event gets a pair only when two
different sides are among its parties: never the page's pair, never a country only talked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import combinations

from spacy.tokens import Token

from dyad.extract.trigger_words import LIGHT_VERBS
from dyad.extract.triggers import Trigger, clause_verb, lemma
from dyad.extract.vocabulary import NOUNS
from dyad.gazetteer import lexicon, successor
from dyad.records import Mention
from dyad.segment.countries import based

# the preposition before an argument says what the side is to the happening
AGENT_PREPS = {"by"}
PARTICIPANT_PREPS = {"with", "between", "alongside", "among", "amongst"}
RECIPIENT_PREPS = {"to", "toward", "towards", "against", "on", "upon", "into", "over", "for", "from", "at", "onto",
                   "about", "regarding", "concerning", "of", "vs", "versus", "outside"}
PLACE_PREPS = {"in", "at", "inside", "near", "across", "throughout", "within", "to", "into"}
# types whose place is a party: the host of a visit, the target of an attack, where aid goes, an embassy's host
PLACE_IS_PARTY = {"visit", "conflict", "cooperation", "economic", "military_transfer", "meeting"}
# words that carry their phrase's side: "Libyan rebels", "the leader of Syria", "Iran's army"
CARRIERS = {"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod", "nummod", "det", "quantmod"}
BOTH_SIDES = {"sides", "countries", "nations", "governments", "leaders", "ministers", "neighbours", "neighbors",
              "presidents", "states", "parties", "delegations", "capitals", "peoples"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
# inside a phrase, what these introduce is what it is about: "the contact group on Afghanistan"
_BILATERAL_NAME = re.compile(r"\b(?:Intergovernmental|Inter-Governmental|Joint|Bilateral)\b.*\b(?:Commission|"
                             r"Committee|Council|Working Group|Mechanism|Board)\b", re.IGNORECASE)
ANOTHER = {"further", "another", "next", "second", "third", "fourth", "fifth", "new", "follow-up", "subsequent",
           "fresh", "latest", "similar"}
JOINT_VERBS = {"agree", "decide", "sign", "meet", "discuss", "reach", "conclude", "consider", "exchange", "hold"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# a topic is a party of these: a request of, a threat to, a sanction on, an attack on the other side
TOPIC_IS_PARTY = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "SANCTION", "ASSAULT", "COERCE", "CONCEDE"}
DURING = {"during", "on", "after", "before", "ahead", "at", "while", "since", "following"}
TRANSPARENT = {"day", "round", "series", "number", "set", "week", "couple", "exchange", "wave", "spate", "flurry",
               "string", "part", "resumption", "start", "end", "first", "second", "third", "last"}
UNKNOWN = "?"  # a party whose side the sentence does not give
# offices and bodies that are a party whatever country they serve: "officials said", "his counterpart"
OFFICES = {"official", "government", "minister", "president", "premier", "leader", "envoy", "delegation",
           "authority", "administration", "spokesman", "spokeswoman", "spokesperson", "diplomat", "negotiator",
           "ambassador", "counterpart", "chancellor", "king", "emir", "regime", "ministry", "embassy",
           "secretary", "prince", "sheikh"}  # not armies and police: unnamed, they are most often domestic
GO_BETWEENS = {"envoy", "special envoy", "mediator", "secretary-general", "secretary general", "special representative",
               "high commissioner", "representative"}
# happenings all their parties share with one another: who meets, signs or trains together
JOINT_TYPES = {"meeting", "forum", "agreement", "call", "military_exercise", "cultural"}
BILATERAL_BODIES = {"commission", "committee", "council", "group", "forum", "dialogue", "mechanism", "board"}


@dataclass(frozen=True)
class Side:
    code: str  # as written: the USSR stays SUN
    role: str  # agent | recipient | participant | place | topic | aside (named, not a party)
    mention: Mention | None = None


@dataclass
class Parties:
    sides: list[Side] = field(default_factory=list)
    topical: bool = False  # what the event is about is a party of it (a request, a sanction, an attack)

    def add(self, side: Side) -> None:
        if side.code == UNKNOWN or not any(s.code == side.code and s.role == side.role for s in self.sides):
            self.sides.append(side)

    def counted(self, event_type: str) -> list[Side]:
        named = [s for s in self.sides if s.code != UNKNOWN and s.role not in ("place", "topic")]
        # a place is a party when it is what is visited, attacked or helped; where two named sides
        # meet ("met in Vientiane") it is only a place
        # (a person the text ties to no country is a side of a meeting all the same: "X met Putin in
        # Slovakia" is no meeting with Slovakia)
        strangers = self._strangers()
        places = event_type in PLACE_IS_PARTY and not (event_type in ("meeting", "agreement", "forum")
                                                       and len({successor(s.code) for s in named}) + strangers >= 2)
        return [s for s in self.sides if s.code != UNKNOWN and (s.role != "place" or places)
                and (s.role != "topic" or self.topical) and s.role != "aside"]

    def _strangers(self) -> int:
        """Sides that are people the text ties to no country."""
        return sum(1 for s in self.sides if s.code == UNKNOWN and s.mention is not None
                   and s.mention.kind == "person" and s.role not in ("place", "topic"))

    def add_sentence_side(self, sentence_sides: tuple[str, ...], event_type: str) -> None:
        """When the parse gives the event one side and the sentence names exactly one other, that one
        takes part too: the parse of a long news sentence often loses an argument, the sentence keeps it."""
        known = {successor(s.code) for s in self.counted(event_type)}
        named = set(sentence_sides) - {successor(s.code) for s in self.sides if s.role == "aside"}
        if self._strangers():
            return  # the other side is there, a person of no known country: not whoever else is named
        if len(known) == 1 and len(named) == 2 and known < named:
            (other,) = named - known
            self.sides.append(Side(other, "participant"))

    def add_theatre(self, theatre: str | None, plover: str) -> None:
        """A military act of one side with no other side named (a withdrawal, a deployment, an attack)
        happens in the story's theatre: "Bulgaria said it would withdraw its 370 troops", in a report
        on the war in Iraq."""
        if theatre is None or plover not in ("RETREAT", "MOBILIZE", "ASSAULT", "COERCE"):
            return
        known = {successor(s.code) for s in self.sides if s.code != UNKNOWN}
        if len(known) == 1 and theatre not in known:
            self.sides.append(Side(theatre, "place"))

    def resolve_unknown(self, story: tuple[str, str] | None, event_type: str) -> None:
        """Parties the text ties to no country ("officials", "his counterpart", a person named with no
        country), read through the document: in a report on the relations of A and B, the party
        facing A is B's. Two such persons alone, in that report, are A and B."""
        unknown = [s for s in self.sides if s.code == UNKNOWN]
        if not unknown or story is None:
            return
        known = {successor(s.code) for s in self.counted(event_type)}
        where = {successor(s.code) for s in self.sides if s.role == "place" and s.code != UNKNOWN}
        if all(s.mention is None and s.role != "place" for s in unknown) and where and known <= where:
            # "government forces killed 31 people in Syria": the forces of the place, not of another
            # side; domestic, not an event of a pair. In a meeting the unknown party still met someone:
            # "the delegation will meet Libyans in Egypt" is no meeting with Egypt
            meeting = event_type in ("meeting", "forum", "agreement")
            self.sides = [replace(s, role="aside") if meeting and s.role == "place" else s
                          for s in self.sides if s.code != UNKNOWN]
            return
        people = {s.mention.name for s in unknown if s.mention is not None}
        if len(known) == 1 and known < set(story):
            (other,) = set(story) - known
            # an envoy, mediator or secretary-general named with no country ("envoy Kofi Annan") serves a
            # body, not the other side of the pair
            self.sides = [Side(other, s.role, s.mention) if s.code == UNKNOWN and not (
                s.mention is not None and (s.mention.role or "").lower() in GO_BETWEENS) else s for s in self.sides]
        elif not known and len(people) >= 2:
            self.sides = [s for s in self.sides if s.code != UNKNOWN] + [Side(c, "participant") for c in story]

    def dyads(self, event_type: str) -> list[str]:
        """Every pair of different sides among the parties, the acting side's pairs first. In an act of
        some on others (a strike, aid, a sanction, a visit) the actors together are allies, not a pair."""
        counted = self.counted(event_type)
        codes = list(dict.fromkeys(successor(s.code) for s in counted))
        # two places of a visit are two stops of a journey, never a pair ("stops in Brazil, Chile and El
        # Salvador"); a route between two ports links their countries
        stops = set() if event_type != "visit" else {successor(s.code) for s in counted if s.role == "place"} - {
            successor(s.code) for s in counted if s.role != "place"}
        pairs = ["-".join(sorted(p)) for p in combinations(codes, 2) if not set(p) <= stops]
        if event_type in JOINT_TYPES:
            return pairs
        agents = {successor(s.code) for s in counted if s.role == "agent"}
        others = {successor(s.code) for s in counted if s.role != "agent"} - agents
        if len(agents) < 2 or not others:
            return pairs
        return [p for p in pairs if not set(p.split("-")) <= agents]

    def source_target(self, event_type: str) -> tuple[str | None, str | None]:
        counted = self.counted(event_type)
        agents = [s.code for s in counted if s.role == "agent"]
        others = [s.code for s in counted if s.role != "agent"]
        source = (agents or others or [None])[0]  # type: ignore[list-item]
        # the side acted on, before a second actor: "strikes by the US, France and Britain on Libya"
        target = next((c for c in others + agents[1:] if c and source and successor(c) != successor(source)), None)
        return source, target

    def people(self) -> list[str]:
        return sorted({s.mention.name for s in self.sides if s.mention and s.mention.kind == "person"
                       and (s.mention.role or s.mention.code)})


@dataclass(frozen=True)
class Resolver:
    """What the document knows about the tokens of one sentence: which mention covers a token, who
    "he" is, which two sides "the two sides" are, and whose "we" an author's text speaks."""

    mention_at: Callable[[Token], Mention | None]
    last_person: Mention | None = None
    recent_pair: tuple[str, str] | None = None
    author_side: str | None = None
    author_host: str | None = None  # an envoy-author's host country: "our countries" are the two
    story_dyad: tuple[str, str] | None = None  # the two countries of the story, for parties of no side
    sentence_sides: tuple[str, ...] = ()  # every country the sentence names as a party or a topic
    theatre: str | None = None  # the country the story happens in, most named as a place


def _argument_tokens(a: Token, depth: int = 0) -> Iterator[tuple[Token, str | None]]:
    """The tokens of an argument phrase that may carry a side, each with the role its own preposition
    gives it inside the phrase (None: the phrase's role): "rebels in Libya" (place), "relations with
    Egypt" (participant), "aid to Haiti" (recipient). Relative clauses and other verbs' phrases are
    not part of it."""
    yield a, None
    for c in a.children:
        if c.dep_ in CARRIERS:
            yield from _argument_tokens(c, depth)
        elif c.dep_ == "prep" and depth < 2:
            word = c.lower_
            inner = (None if word in ("of", "from", "including") else
                     "place" if word in PLACE_PREPS - {"to", "into"} else
                     "participant" if word in PARTICIPANT_PREPS else "topic" if word in TOPIC_PREPS
                     else "recipient" if word in RECIPIENT_PREPS else "skip")
            if inner == "skip":
                continue
            for g in c.children:
                if g.dep_ == "pobj":
                    yield from ((t, r or inner) for t, r in _argument_tokens(g, depth + 1))


def _at_border(t: Token) -> bool:
    """"near the Iraqi border", "along the frontier with Turkey": a place at the edge of a country."""
    h = t.head if t.dep_ in ("amod", "compound", "poss", "nmod") else (t.head.head if t.dep_ == "pobj" else t)
    return lemma(h) in ("border", "frontier", "boundary")


def _whose_sides(t: Token, role: str, r: Resolver) -> list[Side]:
    """"Zuma, whose last visit to Libya": the noun the relative clause is about."""
    h = t.head
    while h.dep_ != "relcl" and h.head.i != h.i:
        h = h.head
    if h.dep_ == "relcl":
        return _sides(h.head, role, r)
    # the parser lost the relative clause: the noun just before "whose"
    before = [x for x in t.doc[max(t.sent.start, t.i - 3) : t.i] if not x.is_punct]
    return _sides(before[-1], role, r) if before and before[-1].pos_ in ("PROPN", "NOUN") else []


def _possessor_sides(t: Token, role: str, r: Resolver) -> list[Side]:
    """"Israel completed its pullout", "Italy will cut its troops": the clause's subject; when the parse
    lost it ("after Qatar, previously a supporter, shut its embassy"), the nearest country named before
    the pronoun in the same clause."""
    found = [s for g in _clause_subjects(t) if t not in g.subtree for s in _sides(g, role, r)][:1]
    if found:
        return found
    own_verb = clause_verb(t)
    for x in reversed(t.doc[t.sent.start : t.i]):
        if x.pos_ in ("VERB", "AUX") and (own_verb is None or x.i != own_verb.i):
            return []  # another clause's country is not the pronoun's
        near = r.mention_at(x)
        if near is not None and near.code and near.kind in ("country", "org"):
            return [Side(near.code, role, near)]
    return []


def _sides(a: Token, role: str, r: Resolver) -> list[Side]:
    out: list[Side] = []
    for t, inner in _argument_tokens(a):
        m = r.mention_at(t)
        after = t.idx + len(t.text)
        if m is not None and m.code and (based(t.doc.text[after : after + 8]) or (
                (inner == "place" or role == "place") and _at_border(t))):
            out.append(Side(m.code, "aside", m))  # neither the actor nor the place acted on
            continue
        if m is not None and m.kind == "person" and not m.code:
            out.append(Side(UNKNOWN, role, m))
        elif m is not None and m.code and m.kind == "place":
            out.append(Side(m.code, "place", m))
        elif m is not None and m.code and m.kind in ("country", "person", "org"):
            # a place inside the acting side's phrase ("forces in Iraq") is still not the actor
            here = role if inner is None else ("place" if inner == "place" else inner if role != "agent" else
                                               "participant")
            out.append(Side(m.code, here, m))
        elif t.lower_ in PRONOUNS and r.last_person is not None and r.last_person.code:
            out.append(Side(r.last_person.code, role, r.last_person))
        elif t.lower_ == "whose" and t.dep_ == "poss":
            out += _whose_sides(t, role, r)
        elif t.lower_ in ("its", "their") and t.dep_ == "poss":
            out += _possessor_sides(t, role, r)
        elif t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass"):
            # "Iran announced that it had signed": the subject of the verb that reports it
            out += [s for g in _reporting_subjects(t) if t not in g.subtree for s in _sides(g, role, r)][:1]
        elif t.lower_ in ("we", "us", "our") and r.author_side:
            out.append(Side(r.author_side, role))
        elif t.lower_ == "we" and t.dep_ in ("nsubj", "nsubjpass"):
            # "the Russian Foreign Minister said ... we have agreed": the speaker's side, and when two
            # sides agree or meet, both of them
            speaker = [s for g in _speakers(t) for s in _sides(g, role, r)][:1]
            out += speaker
            pair = r.recent_pair
            if speaker and pair and lemma(t.head) in JOINT_VERBS and successor(speaker[0].code) in pair:
                out += [Side(c, "participant") for c in pair]
        elif t.lower_ in BOTH_SIDES and any(c.lower_ == "our" for c in t.children) and r.author_side and \
                r.author_host:
            # "our countries", "our leaders" in an envoy's speech: the envoy's side and the host's
            out += [Side(r.author_side, "participant"), Side(r.author_host, "participant")]
        elif t.lower_ in BOTH_SIDES and r.recent_pair and any(c.lower_ in ("two", "both") for c in t.children):
            out += [Side(code, "participant") for code in r.recent_pair]  # "the two sides agreed"
        elif m is None and inner is None and lemma(t) in OFFICES and t is a and not any(
                r.mention_at(c) for c in t.subtree if c.i != t.i):
            out.append(Side(UNKNOWN, role))  # "officials said", "his counterpart"
        elif m is not None and m.kind == "org" and not m.code and r.recent_pair and _BILATERAL_NAME.search(m.name):
            out += [Side(code, "participant") for code in r.recent_pair]  # "the 10th IGC meeting"
        elif lemma(t) in BILATERAL_BODIES and (m is None or not m.code) and r.recent_pair and any(
                lemma(c) in ("joint", "intergovernmental", "inter-governmental", "bilateral") or c.tag_ == "NNP"
                for c in t.children):
            # "the Intergovernmental Commission", "the joint working group": a body of two sides
            out += [Side(code, "participant") for code in r.recent_pair]
    return out


def _verb_arguments(v: Token, passive_subject: bool) -> Iterator[tuple[Token, str]]:
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            yield c, "agent"
        elif c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i + 1 < len(c.doc) and c.nbor(1).text == "," and any(
                s.dep_ == "nsubj" and s.i > c.i for s in v.children):
            yield c, "agent"  # a headline's "India, Bangladesh agree": the first of two subjects
        elif c.dep_ == "nsubjpass":
            yield c, "recipient" if passive_subject else "agent"
        elif c.dep_ == "dative" and c.pos_ == "ADP":
            # "provide oil to Syria": the parser's dative "to" carries its object
            yield from ((g, "recipient") for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative", "iobj", "attr", "oprd"):
            yield c, "recipient"
        elif c.dep_ in ("prep", "agent", "prt", "advmod") and c.lower_ in ("out", "away") and not any(
                g.dep_ == "pobj" for g in c.children):
            # "pulled out of Kuwait", "troops out of Korea", "away from the border": what is left
            yield from ((g, "recipient") for p in c.children if p.dep_ == "prep" for g in p.children
                        if g.dep_ == "pobj")
        elif c.dep_ in ("prep", "agent"):
            word = c.lower_
            role = ("agent" if word in AGENT_PREPS or c.dep_ == "agent" else "participant" if word in
                    PARTICIPANT_PREPS else "place" if word in ("in", "inside", "near", "across", "throughout")
                    else "recipient" if word in RECIPIENT_PREPS else None)
            if role is not None:
                yield from ((g, role) for g in c.children if g.dep_ == "pobj")


def _noun_arguments(n: Token, sanction_like: bool) -> Iterator[tuple[Token, str]]:
    for c in n.children:
        if c.dep_ == "poss":
            yield c, "agent"
        elif c.dep_ in ("compound", "amod", "nmod"):
            # "American sanctions" are America's; "Iran sanctions" are on Iran
            proper_noun = c.tag_ in ("NNP", "NNPS") and c.ent_type_ in ("GPE", "")
            yield c, "recipient" if sanction_like and proper_noun else "agent"
        elif c.dep_ == "prep":
            word = c.lower_
            role = ("agent" if word == "by" else "participant" if word in PARTICIPANT_PREPS else
                    "place" if word in ("in", "inside", "near") else "recipient" if word in RECIPIENT_PREPS
                    else None)
            if word == "of":
                role = "recipient" if sanction_like else "agent"  # "the visit of X"; "the invasion of X"
            if role is not None:
                yield from ((g, role) for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            # "airstrikes led by the US", "aid provided by Iran to Syria"
            yield from _verb_arguments(c, passive_subject=False)


def event_parties(trig: Trigger, group: list[Trigger], r: Resolver) -> Parties:
    """The sides of one event, from its trigger and the triggers grouped with it."""
    parties = Parties(topical=trig.sense.plover in TOPIC_IS_PARTY)
    for tr in [trig] + [t for t in group if t is not trig]:
        tok = tr.token
        if tr.noun:
            sanction_like = tr.sense.plover in ("SANCTION", "ASSAULT", "COERCE", "ACCUSE", "THREATEN")
            args = list(_noun_arguments(tok, sanction_like))
            verb = clause_verb(tok)
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in TRANSPARENT:
                tok = tok.head.head  # "held a second day of talks": the day is what was held
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and lemma(tok.head.head) in ("part", "role", "share"):
                tok = tok.head.head  # "took part in the negotiations", "its role in the intervention"
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "during", "on", "for") and \
                    tok.head.head.pos_ in ("NOUN", "PROPN"):
                args.append((tok.head.head, "agent"))  # "US officials in talks with X": the officials
            elif tok.dep_ == "pobj" and tok.head.lower_ in DURING and tr.type in ("visit", "meeting") and \
                    verb is not None and not (tr.type == "visit" and any(role == "agent" for _, role in args)):
                # (a visit with a traveller of its own is his: "began during Obama's visit to Brazil")
                # "Merkel said during a visit to Austria": the one who speaks is the one who travels
                args += [(s, "agent") for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
            # an argument of its verb ("held talks", "imposed sanctions", "took part in talks"), not an
            # adjunct ("before the summit, X met Y")
            argument = tok.dep_ in ("dobj", "nsubjpass", "attr", "nsubj", "appos", "conj", "oprd") or (
                tok.dep_ == "pobj" and tok.head.head.i == getattr(verb, "i", -1) and lemma(tok.head.head) in
                LIGHT_VERBS | {"take", "engage", "participate", "join", "involve"})
            if verb is not None and argument:
                # "X held talks with Y", "X imposed sanctions on Y": the verb's parties are the noun's
                args += [(a, role) for a, role in _verb_arguments(verb, passive_subject=True)
                         if a.i != tok.i and not (role == "agent" and tok.dep_ == "nsubj")]
                if tok.dep_ != "nsubj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                    args += [(s, "agent") for s in _inherited_subjects(verb)]  # "agreed to hold talks"
        else:
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
            args = list(_verb_arguments(tok, passive_subject=passive))
            if not any(role == "agent" for _, role in args):
                args += [(s, "agent") for s in _inherited_subjects(tok)]
            # what was agreed, asked, pledged or offered is part of it: "agreed to hand control to the
            # Iraqis", "urged Syria to withdraw", "sent a plane to pick up its citizens from Mexico"
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                    args += [(a, "recipient" if role == "agent" else role)
                             for a, role in _verb_arguments(c, passive_subject=False)
                             if role != "agent" or c.dep_ == "ccomp"]
        for a, role in args:
            for side in _sides(a, role, r):
                parties.add(side)
    known = {successor(s.code) for s in parties.counted(trig.type)}
    if len(known) < 2:
        for side in _borrowed_sides(trig, r, known):
            parties.add(side)
    parties.resolve_unknown(r.story_dyad, trig.type)
    parties.add_theatre(r.theatre, trig.sense.plover)
    if not _names_between(trig):
        parties.add_sentence_side(r.sentence_sides, trig.type)
    if not parties.counted(trig.type) and r.recent_pair and trig.noun and any(
            lemma(c) in ANOTHER for c in trig.token.children):
        # "a further exercise is planned", "a third passenger train": another of what the same two did
        parties.sides += [Side(c, "participant") for c in r.recent_pair]
    return parties


def _list_head(t: Token) -> Token | None:
    """The happening a list member belongs to: "sanctions against Libya, including an arms embargo, asset
    freeze and travel bans"; "the 10th meeting and related events, including a concert" (the first
    of the conjoined phrases the list hangs from)."""
    m = t
    while m.dep_ == "conj" and m.head.pos_ in ("NOUN", "PROPN"):
        m = m.head
    if not (m.dep_ == "pobj" and m.head.lower_ == "including" and m.head.head.pos_ in ("NOUN", "PROPN")):
        return None
    h = m.head.head
    while h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN"):
        h = h.head
    return h if lemma(h) in NOUNS else None  # a happening's list, not any noun's ("Iran's leadership")


def _own_phrase(t: Token) -> Iterator[Token]:
    """The words of a noun's phrase, without its relative clauses ("a dialogue, which helps our bilateral
    cooperation": the cooperation is not the dialogue's)."""
    yield t
    for c in t.children:
        if c.dep_ not in ("relcl", "ccomp", "advcl", "punct"):
            yield from _own_phrase(c)


def _sequel_of(t: Token) -> Token | None:
    """The clause a happening follows: "the agreement came into force, followed by the first trial
    transport of cargo" (the verb "came")."""
    if t.dep_ != "pobj" or t.head.dep_ != "agent":
        return None
    follow = t.head.head
    if lemma(follow) != "follow" or follow.dep_ not in ("advcl", "acl", "conj") or follow.head.pos_ not in ("VERB",
                                                                                                       "AUX"):
        return None
    return follow.head


def _borrowed_sides(trig: Trigger, r: Resolver, known: set[str]) -> list[Side]:
    """The sides of a happening that the sentence ties to another one when its own phrase names fewer
    than two: a list member takes those of the phrase it is listed under ("sanctions against Libya,
    including an arms embargo"); what "followed" a happening, those of the clause it followed; one
    called bilateral ("a conference on bilateral relations") the story partner of its one side."""
    tok = trig.token
    if not trig.noun:
        return []
    head = _list_head(tok)
    if head is not None:
        return event_parties(Trigger(head, trig.sense, noun=True), [], r).sides
    sequel = _sequel_of(tok)
    if sequel is not None:
        return [Side(x.code, "participant", x.mention) for a, _ in _verb_arguments(sequel, passive_subject=False)
                if a.i != tok.head.i for x in _sides(a, "participant", r)]
    if r.story_dyad and len(known) == 1 and known < set(r.story_dyad) and any(x.lower_ == "bilateral"
                                                                            for x in _own_phrase(tok)):
        return [Side(c, "participant") for c in r.story_dyad]
    return []


def _names_between(trig: Trigger) -> bool:
    """"dialogue between the Libyan government and its opponents": the phrase names all the parties."""
    return trig.noun and any(c.dep_ == "prep" and c.lower_ == "between" for c in trig.token.children)


def _clause_subjects(t: Token) -> list[Token]:
    verb = clause_verb(t)
    while verb is not None:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "they")]
        if subj:
            return subj
        verb = clause_verb(verb) if verb.dep_ in ("xcomp", "conj", "advcl") else None
    return []


def _reporting_subjects(t: Token) -> list[Token]:
    """The subject of the clause that governs a pronoun's clause ("Iran said it would ...")."""
    verb = t.head
    while verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") and verb.head.i != verb.i:
        if verb.pos_ in ("VERB", "AUX") and verb is not t.head:
            break
        verb = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj"):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "they")]


def _speakers(we: Token) -> list[Token]:
    """Who "we" speaks for in reported speech: the subject of the verb that reports its clause, also
    when that clause is the second of two it reports ("X said the talks were hard and we have
    agreed ...": "we" is X's side, never the first clause's third-person subject)."""
    verb = we.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb is not we.head and verb.dep_ == "ccomp":
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "they")]
    return _reporting_subjects(we)


def _inherited_subjects(t: Token) -> list[Token]:
    """The subject of the verb an infinitive, a conjunct or a participle hangs from: "agreed to send",
    "met and signed", "Russia, which supplied"."""
    h = t
    for _ in range(3):
        # "acomp": "is due to arrive", "is ready to send", "are likely to meet": the subject of the copula
        if h.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl", "pcomp", "acomp") or h.head.i == h.i:
            return []
        if h.dep_ == "pcomp" and h.head.lower_ == "for":
            # "criticised China for cutting flights": the one criticised did it
            objs = [c for c in h.head.head.children if c.dep_ == "dobj"]
            if objs:
                return objs
        h = h.head
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ in ("dobj", "attr", "pobj", "oprd") and t.dep_ == "acl":
            # "sent a message congratulating X", "became the first country to recognise X": the one who
            # sent it, the one who became it
            subj = _clause_subjects(h)
            if subj:
                return subj
        if h.pos_ in ("NOUN", "PROPN") and (t.dep_ in ("relcl", "acl") or h.dep_ in ("appos", "nsubj")):
            return [h]  # "Russia, which supplied", "the foreign secretary, visiting Baghdad"
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            return subj
    return []


def at_home(location: str, codes: set[str]) -> bool:
    """The place is in the one country all the people named belong to."""
    _, table = lexicon()
    lex = table.get(location.removeprefix("the "))
    return bool(lex is not None and lex.kind == "country" and codes == {lex.code})
