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

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from dyad.extract.parties import Resolver, at_home, event_parties
from dyad.extract.sectors import sectors_of
from dyad.extract.status import sentence_tense, standing_relation, status_of
from dyad.extract.trigger_words import LIGHT_VERBS
from dyad.extract.triggers import Trigger, clause_verb, find_triggers, lemma
from dyad.gazetteer import successor
from dyad.records import Event, Evidence, Mention, TimeExpression
from dyad.segment.countries import mention_role
from dyad.segment.textview import is_headline
from dyad.times import Context, edtf_bounds, find_dateline, find_times
from dyad.times.edtf import without_seasons

BOUNDARY_WORDS = {"and", "including", "while", "whereas", "but", "followed", "then", "plus", "besides"}


@dataclass
class SentenceContext:
    """What event extraction knows beyond the sentence."""

    source: str
    document_text: str
    document_id: str = ""
    ref: date | None = None  # the document's reference date
    anchor: date | None = None  # the last full date of the story, for a document with no date
    previous: str | None = None  # the last date of the sentence before, for "two days earlier"
    story_dyad: tuple[str, str] | None = None
    mentions: list[Mention] = field(default_factory=list)  # countries, orgs, people in the sentence
    author_side: str | None = None  # in an op-ed or speech, the side "we" and "our" stand for
    sentence_index: int = -1
    last_person: Mention | None = None  # the last person with a country named before: "he"
    recent_pair: tuple[str, str] | None = None  # the last pair of the document: "the two sides"
    author_host: str | None = None  # an envoy-author's host country
    theatre: str | None = None  # the country the story happens in
    dateline: tuple[int, int] | None = None  # the document's dateline (offsets): its date dates the report


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


# statements whose object is an act of the other side: the act is part of the statement
ABOUT_AN_ACT = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"}


def _one_happening(a: Trigger, b: Trigger) -> bool:
    """Two triggers describe one happening when one governs the other through nouns, prepositions,
    light verbs or a purpose clause ("visited Islamabad to participate in the conference"), and
    not through a list, an apposition, a time preposition or a verb of its own ("followed by")."""
    if (a.type == "statement") != (b.type == "statement"):
        # "called on India to resume talks", "denied that its jets bombed the villages": what a
        # request, a threat or a denial is about is part of it
        said = a if a.type == "statement" else b
        other = b if said is a else a
        if said.noun or said.sense.plover not in ABOUT_AN_ACT:
            return False
        path = _path_up(said.token, other.token)
        return path is not None and all(t.dep_ not in ("conj", "appos") for t in path)
    for top, low in ((a.token, b.token), (b.token, a.token)):
        path = _path_up(top, low)
        if path is None:
            continue
        for tok in path:
            if tok.dep_ in ("conj", "appos"):
                return False
            if tok.pos_ == "ADP" and tok.lower_ in SPLIT_PREPOSITIONS:
                return False
            if tok.i != low.i and tok.pos_ == "VERB" and lemma(tok) not in LIGHT_VERBS:
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
    la, lb = lemma(a), lemma(b)
    return any(la in k and lb in k for k in SAME_KIND)


def _has_identity(t: Token) -> bool:
    """The trigger names which happening it is: a name, an ordinal or number, a quoted title."""
    return any(x.i < t.i and (x.tag_ in ("NNP", "NNPS") or x.is_quote or x.like_num
                              or x.ent_type_ in ("ORDINAL", "CARDINAL", "DATE", "EVENT")) for x in t.subtree) or (
        t.tag_ in ("NNP", "NNPS"))


def _main_trigger(g: _Group) -> Trigger:
    """The trigger that names the group's happening: a verb before a noun ("rejected a demand" is a
    rejection, "held talks" a meeting), a happening before a statement."""
    nouns = [t for t in g.triggers if t.noun]
    # a light verb yields to the happening it carries: "hosted the 2+2 meeting", "imposed sanctions"
    verbs = [t for t in g.triggers if not t.noun and not (nouns and lemma(t.token) in LIGHT_VERBS
                                                           and t.type != "statement")]
    doing = [t for t in verbs + nouns if t.type != "statement"]
    if verbs and verbs[0].type == "statement" and lemma(verbs[0].token) not in ("deny", "dismiss", "refute"):
        return verbs[0]  # "called on India to resume talks": a request; only a denial is of the act itself
    return (doing or verbs or nouns)[0]


def _pick_dates(own: list[TimeExpression], trig: Token, text: str, shift: int) -> list[TimeExpression]:
    """The dates of one event; several when the text coordinates them ("in May and in June").
    `shift` turns the parse's character offsets into the document's."""
    strong = [x for x in own if x.point and x.edtf and not x.in_name]
    # dates inside the event's own clause come first: in "Today, let me announce that the dialogue
    # will be held in April", April dates the dialogue and "today" the announcement
    head = trig if trig.pos_ in ("VERB", "AUX") else (clause_verb(trig) or trig)
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
    """Time expressions that can date an event: not the document's dateline, not the start of a state
    ("since 2010")."""
    times = find_times(text[start:end], Context(ref=ctx.ref, tense=tense, anchor=ctx.anchor, previous=ctx.previous),
                       offset=start)
    lines = [ctx.dateline or (0, 0)]
    opening = find_dateline(text[start:end])
    if opening is not None and not text[start : start + opening.start].strip():
        lines.append((start, start + opening.end))  # a copy's own dateline, after the page's furniture
    return [t for t in times if not any(t.start < b and a < t.end for a, b in lines) and not
            text[max(0, t.start - 10) : t.start].lower().endswith(("since ", "since the "))]


Stretch = tuple[_Group, int, int, list[TimeExpression]]


def _stretches(sent: Span, trigs: list[Trigger], times: list[TimeExpression], char: Callable[[int, int], int],
               bounds: tuple[int, int]) -> list[Stretch]:
    """The groups of triggers, each with its stretch of the sentence (document offsets) and own dates;
    a group that only names the previous happening again joins it."""
    groups: list[Stretch] = []
    for g in _group(sent, trigs):
        g_start, g_end = char(g.start_tok, bounds[0]), char(g.end_tok, bounds[1])
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
    return groups


def extract_events(sent: Span, ctx: SentenceContext, sent_offset: int) -> list[Event]:
    """Events in one parsed sentence. `sent_offset` maps the parse's characters to the document."""
    trigs = find_triggers(sent)
    if not trigs:
        return []
    doc_text = ctx.document_text
    base = sent.start_char
    s_start, s_end = sent.start_char - base + sent_offset, sent.end_char - base + sent_offset

    def char(tok_index: int, default: int) -> int:
        return sent.doc[tok_index].idx - base + sent_offset if tok_index < sent.end else default

    times = _event_times(doc_text, s_start, s_end, ctx, sentence_tense(sent))
    headline = is_headline(doc_text[s_start:s_end])
    resolver = _resolver(sent, ctx, sent_offset)
    groups = _stretches(sent, trigs, times, char, (s_start, s_end))
    first_trigger_char = groups[0][0].triggers[0].token.idx - base + sent_offset
    frame = [x for x in times if x.end <= first_trigger_char and x.point and x.edtf and not x.in_name]
    events: list[Event] = []
    before: list[TimeExpression] = []  # the dates of the stretch before: what "during the visit" shares
    for g, g_start, g_end, own in groups:
        frame_of_during, before = before, own
        main = _main_trigger(g)
        # the first trigger that asserts a happening; a present tense ("in which Berlin recognises") only
        # when none in the group does ("Germany and Namibia have reached agreement on a declaration")
        read = [(tr, status_of(tr, sent)) for tr in [main] + [t for t in g.triggers if t is not main]]
        asserted = [(tr, st) for tr, st in read if st and st != "present"] or [(tr, st) for tr, st in read if st]
        if not asserted:
            continue
        main, status = asserted[0]
        main = _as_protest(main)
        shift = sent_offset - base
        dates = _pick_dates(own, main.token, doc_text, shift) or _pick_dates(frame, main.token, doc_text, shift)
        if not dates and main.noun and main.token.dep_ == "pobj" and main.token.head.lower_ in ("during", "amid"):
            # "the strikes began on Saturday during Obama's visit to Brazil": the visit was under way then
            dates = [x for x in frame_of_during if x.point and x.edtf and not x.in_name][:1]
        if standing_relation(main) and not _pick_dates(own, main.token, doc_text, shift):
            continue  # "we are cooperating with the authorities": how two sides stand, not a happening
        if status == "present":
            reading = _present(main, dates, shift, headline)
            if reading is None:
                continue
            dates, status = reading
        for when in [without_seasons(x.edtf) for x in dates] or [None]:
            if when and ctx.ref and status in ("occurred", "planned"):
                # the calendar wins over the wording: a dated plan in the past happened or not, but
                # is no longer a plan; a dated occurrence after the reference date is planned
                status = "planned" if _after(when, ctx.ref) else ("occurred" if _before(when, ctx.ref) else status)
            ev = _make_event(main, g, status, when, ctx, sent, (g_start, g_end), (s_start, s_end), len(groups),
                             resolver)
            if ev:
                events.append(ev)
    return events


def _present(main: Trigger, dates: list[TimeExpression], shift: int,
             headline: bool = False) -> tuple[list[TimeExpression], str] | None:
    """What a present-tense trigger reports, with the dates of its own clause, or None. Present tense
    with no date of its own is a habit or a state ("we export food"), not a happening; with one
    ("Zelensky meets the Pope on Tuesday") it is the news."""
    tok = main.token
    lo = tok.left_edge.idx + shift
    hi = tok.right_edge.idx + len(tok.right_edge) + shift
    own_dates = [x for x in dates if lo <= x.start and x.end <= hi]
    # "when Clinton arrives in China on Friday": a dated clause of time is news as much as a main one
    timed = tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE for c in tok.children)
    if own_dates and main.type != "statement" and (tok.dep_ not in ("relcl", "acl", "advcl") or timed):
        return own_dates, "occurred"
    if tok.dep_ == "ROOT" and main.sense.plover in ("ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "AID", "RETREAT",
                                                    "PROTEST"):
        # "China bans pork imports", "Iran supplies Syria with arms": the news of now, or a state of
        # affairs; ongoing, and dated only by its own words
        return own_dates, "ongoing"
    if headline and tok.dep_ == "ROOT" and _news_present(tok):
        # "Zaire Rejects Belgian Demand": a headline's present is the news of the day, whatever it reports
        return own_dates, "occurred"
    if tok.dep_ == "ROOT" and main.type in ("visit", "meeting") and _news_present(tok):
        # "Merkel visits Austria", "Bush meets Chirac": a person's comings and goings in the present
        # are the news (a headline, a lead), undated unless the text dates them
        return own_dates, "occurred"
    return None


HOSTING = {"host", "receive", "welcome", "greet"}  # a host at home is the point of the visit
TIME_CLAUSE = {"when", "as", "while", "after", "before"}
_HABIT = {"regularly", "often", "usually", "frequently", "always", "sometimes", "routinely", "rarely", "never",
          "annually", "traditionally", "generally", "normally"}


def _news_present(verb: Token) -> bool:
    """A present-tense verb of a named subject and no word of habit ("regularly visits")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VBZ", "VBP") and subj is not None and subj.pos_ == "PROPN" and \
        not any(c.lower_ in _HABIT for c in verb.children)


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


def _resolver(sent: Span, ctx: SentenceContext, sent_offset: int) -> Resolver:
    """Tokens of this sentence to the document's mentions (by character offset)."""
    base = sent.start_char
    mentions = sorted(ctx.mentions, key=lambda m: m.start)

    def at(tok: Token) -> Mention | None:
        pos = tok.idx - base + sent_offset
        return next((m for m in mentions if m.start <= pos < m.end), None)

    named = tuple(dict.fromkeys(successor(m.code) for m in mentions if m.code and m.kind in ("country", "person", "org")
                                and mention_role(m, ctx.document_text) != "place"))
    return Resolver(mention_at=at, last_person=ctx.last_person, recent_pair=ctx.recent_pair, sentence_sides=named,
                    author_side=ctx.author_side, author_host=ctx.author_host, story_dyad=ctx.story_dyad,
                    theatre=ctx.theatre)


def _code(trig: Trigger, status: str) -> tuple[str, str, str, str | None, float]:
    """(type, CAMEO, PLOVER, mode, Goldstein) of an event with this trigger and status."""
    s = trig.sense
    typ, cameo, plover, mode, goldstein = s.type, s.cameo, s.plover, s.mode, s.goldstein
    if status in ("planned", "proposed") and typ in ("visit", "meeting", "call", "forum"):
        cameo, goldstein = "036", 4.0  # express intent to meet or negotiate
        if status == "proposed" and _offered(trig.token):
            # an offer or a proposal to meet (CAMEO 036) is, in PLOVER, an AGREE: a stated willingness
            # to cooperate; what it proposes stays its type, proposed and not a happening
            return typ, cameo, "AGREE", "hypothetical", goldstein
        if status == "proposed":
            # an invitation to meet, or a meeting only supposed ("a visit would help"), is a stated request
            return "statement", "036", "REQUEST", "meet", 4.0
    if status in ("planned", "proposed") and mode is None:
        mode = "future" if status == "planned" else "hypothetical"
    return typ, cameo, plover, mode, goldstein


OFFERS = {"offer", "propose", "suggest"}
# how an act done in protest protests (PLOVER PROTEST modes, CAMEO 14): blocking obstructs, refusing boycotts
PROTEST_MODES = {"block": ("obstruct", "144"), "blockade": ("obstruct", "144"), "obstruct": ("obstruct", "144"),
                 "refuse": ("boycott", "143"), "boycott": ("boycott", "143"), "decline": ("boycott", "143"),
                 "storm": ("riot", "145"), "burn": ("riot", "145"), "sack": ("riot", "145")}


def _as_protest(trig: Trigger) -> Trigger:
    """An act done "in protest against" something, or "to protest" it, is a protest: "fishing boats
    blockaded a ferry in protest", "farmers blocked the crossing to protest against imports"."""
    t = trig.token
    # a state that recalls its envoy or cuts ties "in protest" sanctions; blocking, refusing, storming protests
    if trig.noun or trig.sense.plover not in ("COERCE", "REJECT", "ASSAULT"):
        return trig
    in_protest = any(c.dep_ == "prep" and c.lower_ == "in" and any(lemma(g) == "protest" for g in c.children)
                     for c in t.children)
    to_protest = any(c.dep_ in ("advcl", "xcomp") and lemma(c) == "protest" and any(a.lower_ == "to" for a in
                                                                                   c.children) for c in t.children)
    if not (in_protest or to_protest):
        return trig
    mode, cameo = PROTEST_MODES.get(lemma(t), ("demo", "141"))
    return replace(trig, sense=replace(trig.sense, plover="PROTEST", mode=mode, cameo=cameo, goldstein=-6.5))


def _offered(t: Token) -> bool:
    """The happening is what a side offers or proposes: "offered to hold talks", "proposed that the
    ministers meet"."""
    h = t
    for _ in range(3):
        if h.dep_ not in ("xcomp", "ccomp", "pcomp", "conj", "dobj", "advcl") or h.head.i == h.i:
            return False
        h = h.head
        if lemma(h) in OFFERS:
            return True
    return False


def _make_event(trig: Trigger, g: _Group, status: str, date: str | None, ctx: SentenceContext, sent: Span,
                span: tuple[int, int], sentence_span: tuple[int, int], n_groups: int,
                resolver: Resolver) -> Event | None:
    parties = event_parties(trig, g.triggers, resolver)
    typ, cameo, plover, mode, goldstein = _code(trig, status)
    dyads = parties.dyads(trig.type)
    if not dyads:
        return None  # one side, or none: not an event between two countries
    source, target = parties.source_target(trig.type)
    start, end = _trim(ctx.document_text, *(span if n_groups > 1 else sentence_span))
    text = ctx.document_text[start:end]
    location = _location(trig, sent, span, sentence_span, ctx)
    people = parties.people()
    codes = {s.mention.code for s in parties.sides if s.mention and s.mention.kind == "person" and s.mention.code}
    if typ == "visit" and location and codes and at_home(location, codes) and lemma(trig.token) not in HOSTING:
        return None  # "Obama arrived in Washington": a leader at home is not visiting anyone
    summary = " ".join(text.split())
    if len(summary) > 200:
        summary = summary[:197].rsplit(" ", 1)[0] + "…"
    primary = "-".join(sorted({successor(source), successor(target)})) if source and target else dyads[0]
    return Event(
        type=typ, plover=plover, plover_mode=mode, cameo=cameo, goldstein=goldstein, date=date, status=status,
        dyad=primary, dyads=tuple(dict.fromkeys([primary, *dyads])), source_actor=source, target_actor=target,
        participants=tuple(people), location=location, sectors=tuple(sectors_of(sent)), summary=summary,
        confidence=0.7 if date else 0.5, evidence=(Evidence(ctx.source, start, end, text),),
        document_id=ctx.document_id, trigger=trig.token.text, sentence=ctx.sentence_index,
    )


def _location(trig: Trigger, sent: Span, span: tuple[int, int], sentence_span: tuple[int, int],
              ctx: SentenceContext) -> str | None:
    """Where it happened: a place after in/at/to in the event's stretch, or what a visit visited."""
    in_span = [m for m in ctx.mentions if m.start >= span[0] and m.end <= span[1]]
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
    return location
