"""Standard codes for each event: CAMEO root/sub-code, PLOVER type and mode, Goldstein value.

Goldstein values follow the CAMEO→Goldstein table used by ICEWS tooling (see
shared/reference/event-codes.md); sub-codes are used where the verb says more than the type.
"""

from __future__ import annotations

# type -> (CAMEO code, PLOVER type, PLOVER mode, Goldstein)
BY_TYPE: dict[str, tuple[str, str, str | None, float]] = {
    "visit": ("042", "CONSULT", "visit", 1.9),
    "meeting": ("040", "CONSULT", None, 1.0),
    "call": ("040", "CONSULT", "phone", 1.0),
    "agreement": ("057", "AGREE", None, 8.0),
    "forum": ("040", "CONSULT", "multilateral", 1.0),
    "military_exercise": ("062", "COOPERATE", None, 7.4),
    "military_transfer": ("062", "COOPERATE", None, 7.4),
    "economic": ("061", "COOPERATE", None, 6.4),
    "cultural": ("060", "COOPERATE", None, 6.0),
    "cooperation": ("070", "AID", None, 7.0),
    "statement": ("010", "CONSULT", None, 0.0),
    "conflict": ("111", "ACCUSE", None, -2.0),
}

# verb lemma -> (CAMEO, PLOVER, mode, Goldstein) where the verb is more specific than its type
BY_LEMMA: dict[str, tuple[str, str, str | None, float]] = {
    "condemn": ("111", "ACCUSE", "disapprove", -2.0),
    "denounce": ("111", "ACCUSE", "disapprove", -2.0),
    "criticize": ("111", "ACCUSE", "disapprove", -2.0),
    "criticise": ("111", "ACCUSE", "disapprove", -2.0),
    "accuse": ("112", "ACCUSE", "allege", -2.0),
    "praise": ("051", "SUPPORT", None, 3.4),
    "welcome": ("051", "SUPPORT", None, 3.4),
    "congratulate": ("051", "SUPPORT", None, 3.4),
    "urge": ("020", "REQUEST", None, 3.0),
    "call": ("020", "REQUEST", None, 3.0),
    "appeal": ("020", "REQUEST", None, 3.0),
    "refuse": ("120", "REJECT", None, -4.0),
    "veto": ("120", "REJECT", None, -4.0),
    "demonstrate": ("141", "PROTEST", "demo", -6.5),
    "rally": ("141", "PROTEST", "demo", -6.5),
    "march": ("141", "PROTEST", "demo", -6.5),
    "riot": ("145", "PROTEST", "riot", -7.5),
    "aid": ("070", "AID", None, 7.0),
    "raid": ("180", "ASSAULT", None, -9.0),
    "bombard": ("194", "ASSAULT", "heavy-weapons", -10.0),
    "fire": ("194", "ASSAULT", "heavy-weapons", -10.0),
    "launch": ("190", "ASSAULT", None, -10.0),
    "abduct": ("181", "ASSAULT", "abduct", -9.0),
    "kidnap": ("181", "ASSAULT", "abduct", -9.0),
    "ban": ("172", "COERCE", "restrict", -5.0),
    "suspend": ("166", "SANCTION", "discontinue", -5.6),
    "recall": ("161", "SANCTION", "withdraw", -4.0),
    "cut": ("161", "SANCTION", "discontinue", -4.0),
    "withdraw": ("0874", "RETREAT", "withdraw", 5.0),
    "release": ("0841", "RETREAT", "release", 5.0),
    "free": ("0841", "RETREAT", "release", 5.0),
    "apologize": ("055", "CONCEDE", None, 3.5),
    "apologise": ("055", "CONCEDE", None, 3.5),
    "mediate": ("045", "CONSULT", "third-party", 5.0),
    "demand": ("100", "REQUEST", None, -5.0),
    "reject": ("120", "REJECT", None, -4.0),
    "deny": ("120", "REJECT", None, -4.0),
    "warn": ("130", "THREATEN", None, -6.0),
    "threaten": ("130", "THREATEN", None, -6.0),
    "attack": ("180", "ASSAULT", None, -9.0),
    "strike": ("195", "ASSAULT", "aerial", -10.0),  # a labour strike is recoded in code_for
    "airstrike": ("195", "ASSAULT", "aerial", -10.0),
    "bomb": ("195", "ASSAULT", "aerial", -10.0),
    "bombing": ("183", "ASSAULT", "explosives", -10.0),
    "shell": ("194", "ASSAULT", "heavy-weapons", -10.0),
    "shelling": ("194", "ASSAULT", "heavy-weapons", -10.0),
    "invade": ("192", "ASSAULT", "territory", -10.0),
    "invasion": ("192", "ASSAULT", "territory", -10.0),
    "occupy": ("192", "ASSAULT", "territory", -10.0),
    "annex": ("192", "ASSAULT", "territory", -10.0),
    "kill": ("180", "ASSAULT", "firearms", -9.0),
    "shoot": ("180", "ASSAULT", "firearms", -9.0),
    "clash": ("190", "ASSAULT", None, -10.0),
    "seize": ("171", "COERCE", "seize", -9.2),
    "detain": ("173", "COERCE", "arrest", -5.0),
    "arrest": ("173", "COERCE", "arrest", -5.0),
    "expel": ("174", "SANCTION", "expel", -5.0),
    "sanction": ("163", "SANCTION", None, -8.0),
    "blockade": ("191", "COERCE", "restrict", -9.5),
    "mobilize": ("150", "MOBILIZE", "troops", -7.2),
    "mobilise": ("150", "MOBILIZE", "troops", -7.2),
    "deploy": ("150", "MOBILIZE", "troops", -7.2),
    "protest": ("140", "PROTEST", "demo", -6.5),
    "boycott": ("140", "PROTEST", "boycott", -6.5),
    "visit": ("042", "CONSULT", "visit", 1.9),
    "host": ("043", "CONSULT", "visit", 2.8),
    "negotiate": ("046", "CONSULT", None, 7.0),
    "sign": ("057", "AGREE", None, 8.0),
    "assist": ("070", "AID", None, 7.0),
    "donate": ("071", "AID", None, 7.4),
    "train": ("062", "COOPERATE", None, 7.4),
    "mark": ("010", "CONSULT", None, 0.0),
    "celebrate": ("010", "CONSULT", None, 0.0),
}

STATUS_MODES = {"planned": "future", "proposed": "hypothetical"}


def code_for(event_type: str, lemma: str, status: str,
             context_words: frozenset[str] = frozenset()) -> tuple[str, str, str | None, float]:
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
