"""Standard codes for each event: CAMEO root/sub-code, PLOVER type and mode, Goldstein value.

Goldstein values follow the CAMEO→Goldstein table used by ICEWS tooling (see
shared/reference/event-codes.md); sub-codes are used where the verb says more than the type.
"""

from __future__ import annotations

Code = tuple[str, str, str | None, float]  # (CAMEO code, PLOVER type, PLOVER mode, Goldstein)

# One a line: CAMEO, PLOVER type, PLOVER mode (- for none), Goldstein, then the event types (first
# table) or verb and noun lemmas (second: where the word says more than its type) it codes.
_BY_TYPE = """
042   CONSULT   visit             1.9  visit
040   CONSULT   -                 1.0  meeting
040   CONSULT   phone             1.0  call
057   AGREE     -                 8.0  agreement
040   CONSULT   multilateral      1.0  forum
062   COOPERATE -                 7.4  military_exercise military_transfer
061   COOPERATE -                 6.4  economic
060   COOPERATE -                 6.0  cultural
070   AID       -                 7.0  cooperation
010   CONSULT   -                 0.0  statement
111   ACCUSE    -                -2.0  conflict
"""
_BY_LEMMA = """
111   ACCUSE    disapprove       -2.0  condemn denounce criticize criticise
112   ACCUSE    allege           -2.0  accuse
051   SUPPORT   -                 3.4  praise welcome congratulate
020   REQUEST   -                 3.0  urge call appeal
120   REJECT    -                -4.0  refuse veto reject deny
141   PROTEST   demo             -6.5  demonstrate rally march
145   PROTEST   riot             -7.5  riot
070   AID       -                 7.0  aid assist
180   ASSAULT   -                -9.0  raid attack
194   ASSAULT   heavy-weapons   -10.0  bombard fire shell shelling
190   ASSAULT   -               -10.0  launch clash
181   ASSAULT   abduct           -9.0  abduct kidnap
172   COERCE    restrict         -5.0  ban
166   SANCTION  discontinue      -5.6  suspend
161   SANCTION  withdraw         -4.0  recall
161   SANCTION  discontinue      -4.0  cut
0874  RETREAT   withdraw          5.0  withdraw
0841  RETREAT   release           5.0  release free
055   CONCEDE   -                 3.5  apologize apologise
045   CONSULT   third-party       5.0  mediate
100   REQUEST   -                -5.0  demand
130   THREATEN  -                -6.0  warn threaten
195   ASSAULT   aerial          -10.0  strike airstrike bomb
183   ASSAULT   explosives      -10.0  bombing
192   ASSAULT   territory       -10.0  invade invasion occupy annex
180   ASSAULT   firearms         -9.0  kill shoot
171   COERCE    seize            -9.2  seize
173   COERCE    arrest           -5.0  detain arrest
174   SANCTION  expel            -5.0  expel
163   SANCTION  -                -8.0  sanction
191   COERCE    restrict         -9.5  blockade
150   MOBILIZE  troops           -7.2  mobilize mobilise deploy
140   PROTEST   demo             -6.5  protest
140   PROTEST   boycott          -6.5  boycott
042   CONSULT   visit             1.9  visit
043   CONSULT   visit             2.8  host
046   CONSULT   -                 7.0  negotiate
057   AGREE     -                 8.0  sign
071   AID       -                 7.4  donate
062   COOPERATE -                 7.4  train
010   CONSULT   -                 0.0  mark celebrate
"""


def _table(text: str) -> dict[str, Code]:
    out: dict[str, Code] = {}
    for line in text.strip().splitlines():
        cameo, plover, mode, goldstein, *words = line.split()
        for w in words:
            out[w] = (cameo, plover, None if mode == "-" else mode, float(goldstein))
    return out


BY_TYPE = _table(_BY_TYPE)
BY_LEMMA = _table(_BY_LEMMA)  # a labour strike is recoded in code_for

STATUS_MODES = {"planned": "future", "proposed": "hypothetical"}


def code_for(event_type: str, lemma: str, status: str,
             context_words: frozenset[str] = frozenset()) -> Code:
    """(CAMEO, PLOVER type, PLOVER mode, Goldstein) for an event of this type, verb and status."""
    cameo, plover, mode, goldstein = BY_LEMMA.get(lemma) or BY_TYPE[event_type]
    if lemma == "strike" and event_type == "conflict" and context_words & {"general", "worker", "hunger", "labour",
                                                                          "labor", "nationwide"}:
        cameo, plover, mode, goldstein = "143", "PROTEST", "strike", -6.5
    if event_type not in ("conflict", "statement") and lemma in BY_LEMMA and BY_LEMMA[lemma][1] in (
        "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"
    ):
        cameo, plover, mode, goldstein = BY_TYPE[event_type]
    if status in ("planned", "proposed"):
        if event_type in ("visit", "meeting", "call", "forum"):
            cameo, goldstein = "036", 4.0  # express intent to meet or negotiate
        mode = mode or STATUS_MODES[status]
    return cameo, plover, mode, goldstein
