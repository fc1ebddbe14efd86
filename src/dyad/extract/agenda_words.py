"""The words agenda items are made of, and the words that say where an item stands.

An item is a noun phrase headed by one of `ITEM_HEADS` ("the arms embargo", "a readmission
agreement", "the gas pipeline project"); its status is read from the word that governs it: a verb
with the item as object ("imposed sanctions", "the treaty was ratified") or subject ("the talks
collapsed"), a predicate ("is under discussion", "remains on hold"), a noun ("the signing of the
accord", "talks on a ceasefire") or an adjective of its own ("a possible resolution", "the defunct
plan"). Each line of a table is one sense; the statuses are those of `records.AGENDA_STATUSES`.
"""

from __future__ import annotations

# kind: head lemmas. A head in WEAK names an item only with words of its own ("the peace plan",
# "a plan to build a port"), never bare ("the plan was approved" says nothing of which plan).
_HEADS = """
agreement   agreement accord treaty pact deal memorandum mou protocol convention charter resolution
agreement   ceasefire cease-fire truce armistice recognition pause
sanctions   sanction embargo blockade boycott penalty ban tariff duty quota quarantine restriction curb
negotiation talk negotiation dialogue consultation mediation contact summit
initiative  plan proposal initiative roadmap framework offer bid effort solution settlement strategy process zone
initiative  package mission campaign reform regulation overhaul restructuring stimulus constitution referendum
project     project pipeline railway plant reactor port dam refinery programme program corridor scheme
loan        loan credit bailout aid assistance help
dispute     dispute row standoff complaint lawsuit case arbitration investigation inquiry probe
"""
WEAK = {"plan", "proposal", "initiative", "framework", "offer", "bid", "effort", "solution", "settlement", "strategy",
        "process", "zone", "package", "mission", "talk", "negotiation", "dialogue", "consultation", "deal",
        "programme", "program", "scheme", "project", "mediation", "corridor", "pause", "contact", "campaign",
        "summit", "reform", "regulation", "case", "investigation", "inquiry", "probe", "duty", "restriction",
        "curb", "stimulus", "restructuring", "aid", "assistance", "help"}


def _kinds(table: str) -> dict[str, str]:
    out = {}
    for line in table.strip().splitlines():
        kind, *lemmas = line.split()
        out.update(dict.fromkeys(lemmas, kind))
    return out


ITEM_HEADS = _kinds(_HEADS)
# Activities that are going on once a text names them with words of their own, whatever verb governs
# them: "the relief effort", "its peace efforts in the region", "the latest effort from the bloc".
UNDER_WAY_BY_NAME = {"effort", "mediation"}

# Nouns of an action that are items only when a verb or noun of the table below governs them ("we
# discuss the easing of the visa regime", "expect grain supplies to resume"), never by an adjective.
ACTIONS = {"easing", "lifting", "resumption", "restoration", "construction", "establishment", "creation",
           "expansion", "supply", "delivery", "abolition", "simplification", "liberalisation", "liberalization",
           "introduction", "handover", "transfer", "withdrawal", "exit", "exchange", "purchase", "sale",
           "upgrade", "modernisation", "modernization", "extension", "renewal"}
# Actions that bring an item into being: "suggested the creation of a buffer zone", "authorizes the
# establishment of a no-fly zone". Their object is the item (one item, not an action beside it) and
# takes the status the action's own governor gives it ("urged the imposition of sanctions" → proposed).
BRINGING = {"creation", "establishment", "introduction", "imposition", "construction"}
ACTION_STATUSES = {"proposed", "under discussion", "pending", "agreed", "under way"}
# Plural nouns that stand for the items of the sentence before when a determiner points back:
# "the relevant documents", "these agreements", "such projects".
ANAPHORIC_NOUNS = {"document", "agreement", "project", "deal", "text", "draft", "treaty", "initiative", "proposal"}
# Subjects of "include" whose objects are items: "promising projects include restoring the mill, ...".
LISTING_SUBJECTS = {"project", "initiative", "proposal", "plan", "area", "priority", "step", "measure"}

# status | role | lemmas. obj: the item is the verb's object, or its subject in the passive
# ("signed the treaty", "the treaty was signed"); for: the item follows the verb's preposition
# ("called for a ceasefire", "divided on the proposal"); subj: the item is the active subject.
_VERBS = """
proposed          obj  propose suggest urge seek demand offer float table draft want favour favor advocate
proposed          obj  recommend request threaten envisage moot unveil announce outline present submit back support
proposed          for  call press push appeal lobby campaign ask plead ready open
proposed          obj  formulate devise identify pledge promise vow
under discussion  obj  discuss consider debate negotiate study examine weigh mull explore review
under discussion  for  divide divided split talk work disagree negotiate
pending           obj  await
pending           for  comply
agreed            obj  agree approve adopt pass authorize authorise accept endorse reach strike clinch recognise
agreed            obj  recognize finalize finalise conclude
agreed            for  agree vote
initialled        obj  initial
signed            obj  sign ink
ratified          obj  ratify
in force          obj  impose enforce tighten extend maintain apply renew widen expand strengthen uphold toughen
in force          obj  introduce target place slap levy
under way         obj  launch begin start continue resume pursue conduct implement establish create hold
under way         for  continue
completed         obj  complete finish
suspended         obj  suspend freeze halt pause postpone shelve
stalled           obj  block veto resist obstruct stall delay thwart derail torpedo
cancelled         obj  cancel scrap abandon drop terminate lift revoke end quit
cancelled         for  withdraw pull
rejected          obj  reject refuse rebuff dismiss spurn
stalled           subj collapse fail falter stall founder deadlock
cancelled         subj expire lapse
in force          subj hold
in force          for  committed bound
under way         subj begin start continue resume progress proceed
completed         subj conclude
"""


def _verbs(table: str) -> dict[tuple[str, str], str]:
    out = {}
    for line in table.strip().splitlines():
        words = line.split()
        at = next(i for i, w in enumerate(words) if w in ("obj", "for", "subj"))
        status, role = " ".join(words[:at]), words[at]
        for lemma in words[at + 1 :]:
            out[(role, lemma)] = status
    return out


VERB_STATUS = _verbs(_VERBS)

# "X is under discussion", "X remains in force", "X is on hold": the predicate after be/remain/stay.
PREDICATES = {
    ("under", "discussion"): "under discussion", ("under", "negotiation"): "under discussion",
    ("under", "consideration"): "pending", ("under", "review"): "pending", ("under", "way"): "under way",
    ("in", "force"): "in force", ("in", "place"): "in force", ("in", "effect"): "in force",
    ("on", "hold"): "suspended", ("in", "talk"): "under discussion", ("in", "negotiation"): "under discussion",
    ("on", "table"): "proposed", ("in", "tatter"): "stalled", ("in", "contact"): "under way",
}
ADJECTIVE_PREDICATES = {"underway": "under way", "dead": "stalled", "defunct": "stalled", "stalled": "stalled",
                        "deadlocked": "stalled", "pending": "pending", "ongoing": "under way", "effective": "in force",
                        "unlikely": "stalled", "doomed": "stalled", "unworkable": "stalled"}
# "sanctions are seen as unlikely", "the plan is considered dead": a verb of judging and its predicate
JUDGING = {"see", "consider", "regard", "view", "deem", "think", "believe"}
# "a series of sanctions", "a package of measures": the item is governed through the amount of it
QUANTITIES = {"series", "set", "round", "raft", "batch", "number", "range", "wave", "host", "package", "slew",
              "string", "list", "array", "variety"}
# an adjective of the item's own: "a possible resolution", "the existing sanctions"
ADJECTIVES = {"possible": "proposed", "potential": "proposed", "proposed": "proposed", "draft": "proposed",
              "planned": "proposed", "mooted": "proposed", "suggested": "proposed", "envisaged": "proposed",
              "prospective": "proposed", "existing": "in force", "current": "in force", "ongoing": "under way",
              "continuing": "under way", "defunct": "stalled", "failed": "stalled", "stalled": "stalled",
              "collapsed": "stalled", "agreed": "agreed", "signed": "signed", "ratified": "ratified"}
# "the signing of the accord", "talks on a ceasefire": a noun that governs the item through a preposition
NOUN_GOVERNORS = {"implementation": "under way", "signing": "signed", "adoption": "agreed", "approval": "agreed",
                  "passage": "agreed", "collapse": "stalled", "failure": "stalled", "breakdown": "stalled",
                  "suspension": "suspended", "cancellation": "cancelled", "abandonment": "cancelled",
                  "lifting": "cancelled", "imposition": "in force", "enforcement": "in force", "framework": "in force",
                  "draft": "proposed", "talk": "under discussion", "negotiation": "under discussion",
                  "discussion": "under discussion", "progress": "under discussion", "vote": "pending",
                  "ratification": "ratified", "extension": "in force", "launch": "under way", "call": "proposed",
                  "demand": "proposed", "push": "proposed", "proposal": "proposed", "lack": "pending",
                  "absence": "pending", "commitment": "in force", "adherence": "in force", "support": "proposed",
                  "opposition": "proposed", "backing": "proposed"}
# "amid talks on ...": the preposition alone says the talks are going on
PREPOSITION_STATUS = {"amid": "under discussion", "amidst": "under discussion"}
# Verbs above the governing verb that set the status themselves: "considering imposing a buffer
# zone" is under discussion, "agreed to lift the embargo" agreed, "plans to build a port" proposed.
FRAMES = {"consider": "under discussion", "discuss": "under discussion", "debate": "under discussion",
          "study": "under discussion", "explore": "under discussion", "weigh": "under discussion",
          "mull": "under discussion", "negotiate": "under discussion", "propose": "proposed", "call": "proposed",
          "urge": "proposed", "press": "proposed", "push": "proposed", "seek": "proposed", "want": "proposed",
          "hope": "proposed", "aim": "proposed", "wish": "proposed", "threaten": "proposed", "offer": "proposed",
          "plan": "proposed", "intend": "proposed", "suggest": "proposed", "ask": "proposed", "try": "proposed",
          "agree": "agreed", "decide": "agreed", "vote": "agreed", "resolve": "agreed", "expect": "pending",
          "prepare": "pending", "set": "pending", "due": "pending", "schedule": "pending", "refuse": "rejected",
          "fail": "stalled", "include": "proposed", "identify": "proposed"}
# Verbs under which an action is itself an item ("wants to restructure the IMF", "agreed to open a
# consulate", "proposals for regulating hedge funds"); verbs of saying, going and meeting never are.
# (Not "try", "hope", "vow" or "threaten": an attempt or a threat is no item of the agenda.)
ACTION_FRAMES = {"propose", "call", "urge", "press", "push", "plan", "intend", "agree", "decide", "vote", "resolve",
                 "consider", "discuss", "debate", "negotiate", "offer", "pledge", "promise", "commit", "ask", "demand"}
ACTION_NOUNS = {"proposal", "plan", "call", "demand", "request", "decision", "offer", "pledge", "promise",
                "commitment", "desire", "intention", "willingness", "readiness"}
# The actions of policy that are items once wanted, planned or agreed: what a government does to a
# regime, a body, a project or a flow ("restructure the IMF", "lift the ban", "open a consulate");
# not what any actor does in passing ("send a message", "prevent violence", "boost ties").
POLICY_VERBS = {"restructure", "reform", "regulate", "impose", "lift", "ease", "cancel", "suspend", "restore",
                "resume", "establish", "create", "build", "construct", "open", "close", "expand", "extend", "cut",
                "reduce", "raise", "withdraw", "pull", "deploy", "station", "hand", "transfer", "provide", "supply",
                "sell", "buy", "purchase", "lend", "grant", "forgive", "waive", "tighten", "relax", "restrict", "ban",
                "recognise", "recognize", "upgrade", "join", "sign", "ratify", "hold", "launch", "set", "arm", "train",
                "finance", "fund", "invest", "export", "import", "deliver", "abolish", "freeze", "unfreeze", "release",
                "relocate", "redesign", "overhaul", "stimulate", "strengthen", "broaden", "boost", "renew", "modernize",
                "modernise", "develop", "implement", "adopt", "approve", "enforce", "end", "halt", "stop"}
# The relationship itself ("ties", "cooperation") and the verbs that only make more of it ("boost
# ties", "strengthen defence cooperation", "develop relations"): wanting more of the relationship is
# no item of its agenda (setting it up or cutting it off is: "agreed to establish relations").
RELATIONSHIP = {"relation", "relationship", "tie", "cooperation", "link", "partnership", "friendship", "bond",
                "interaction", "understanding", "trust"}
MORE_OF = {"boost", "strengthen", "broaden", "develop", "expand", "build", "deepen", "enhance", "improve",
           "intensify", "promote", "foster", "widen"}

# Verbs that are a measure once done, and the item they make: "banned pork imports" is a ban on pork
# imports, "suspended Syria" its suspension (only a state, or a state's seat or membership: "state").
MEASURE_VERBS = {"suspend": ("suspension of", "state"), "ban": ("ban on", "any"), "boycott": ("boycott of", "any"),
                 "blockade": ("blockade of", "any"), "quarantine": ("quarantine of", "any"),
                 "embargo": ("embargo on", "any")}

# What a body is recognised as when its recognition is an item: "recognized the council as the
# legitimate representative of the people", "as the legitimate government of Libya"
RECOGNISED_AS = {"representative", "government", "authority", "ruler", "interlocutor", "voice", "leadership",
                 "administration", "body"}

# A status said in the future or under a plan is not yet reached: "will sign" is pending.
NOT_YET = {"agreed", "initialled", "signed", "ratified", "in force", "under way", "completed", "suspended",
           "cancelled", "rejected"}

__all__ = [
    "ACTIONS", "ACTION_FRAMES", "BRINGING", "ACTION_NOUNS", "ACTION_STATUSES", "ADJECTIVES", "ADJECTIVE_PREDICATES",
    "ANAPHORIC_NOUNS", "FRAMES", "ITEM_HEADS", "JUDGING", "LISTING_SUBJECTS", "MEASURE_VERBS", "MORE_OF", "NOT_YET",
    "NOUN_GOVERNORS",
    "POLICY_VERBS", "PREDICATES", "PREPOSITION_STATUS", "QUANTITIES", "RECOGNISED_AS", "RELATIONSHIP",
    "UNDER_WAY_BY_NAME", "VERB_STATUS", "WEAK",
]
