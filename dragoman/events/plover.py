"""PLOVER 2.0 vocabulary: event types, quad categories, scale, modes, older names."""

from __future__ import annotations

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict.
QUAD_CODE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
QUAD_NAME = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
             4: "material conflict"}
# Cooperation (+) to conflict (-) intensity on a Goldstein-like -10..+10 scale, one value per type
# (the mean CAMEO Goldstein weight of the CAMEO codes each PLOVER type absorbs).
EVENT_SCALE = {
    "AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.5, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0,
    "RETREAT": 5.0, "REQUEST": -1.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0,
    "PROTEST": -6.5, "SANCTION": -7.0, "MOBILIZE": -7.5, "COERCE": -8.0, "ASSAULT": -9.5,
}
# Acts within one state, the only ones whose actor and recipient may be the same state: its people
# protesting against its government, and its forces (or rebels) using force at home ("Kenyan police
# arrested opposition supporters"); the value lists the actor sectors that may do it (None: any).
INTERNAL_TYPES: dict[str, frozenset[str] | None] = {
    "PROTEST": None,
    "COERCE": frozenset({"COP", "MIL", "GOV", "JUD", "REB"}),
    "ASSAULT": frozenset({"COP", "MIL", "GOV", "REB"}),
    "MOBILIZE": frozenset({"COP", "MIL", "GOV", "REB"}),
}
# Not a PLOVER mode: cues of an exchange (of prisoners) mark a CONCEDE that goes both ways; the
# events stage splits it into one concession each way and clears the mode.
EXCHANGE = "exchange"
MODES = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "AID": ("economic", "military", "humanitarian"),
    "SANCTION": ("convict", "expel", "break-relations", "embargo", "freeze"),
    "CONCEDE": (EXCHANGE,),
}
# Older category names used by the PLOVER gold standard records.
LEGACY_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                "FIGHT": "ASSAULT"}


def canonical_type(name: str) -> str:
    upper = name.upper()
    return LEGACY_NAMES.get(upper, upper)
