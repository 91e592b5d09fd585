"""Who may do what in the council process: pure rules, tested for every role × action."""

CONCEPT, BEELD, OORDEEL, BESLUIT, VAST = (
    "concept",
    "beeldvorming",
    "oordeelsvorming",
    "besluitvorming",
    "vastgesteld",
)
ORDER = [CONCEPT, BEELD, OORDEEL, BESLUIT, VAST]

# The next stage, and the role that may move an agenda there.
MOVES = {
    CONCEPT: (BEELD, "officer"),
    BEELD: (OORDEEL, "griffie"),
    OORDEEL: (BESLUIT, "griffie"),
    BESLUIT: (VAST, "griffie"),
}

# Per stage, by default: (residents may react, councillors may annotate).
DEFAULT_SWITCHES = {
    CONCEPT: (False, False),
    BEELD: (True, True),
    OORDEEL: (True, True),
    BESLUIT: (False, True),
    VAST: (False, False),
}

ACTIONS = {
    "annotate": {"councillor"},
    "reply": {"officer", "griffie"},
    "read_internal": {"griffie", "officer"},
    "edit_texts": {"officer"},
}


def may(roles: set[str], action: str) -> bool:
    """Whether someone with `roles` (in the agenda's council) may do `action`."""
    return bool(roles & ACTIONS[action])


def move_problem(*, current: str, target: str, roles: set[str]) -> str | None:
    """Why a move from `current` to `target` is not allowed for `roles`; None when it is."""
    if current not in MOVES:
        return "closed"
    following, role = MOVES[current]
    if target != following:
        return "order"
    if role not in roles:
        return "role"
    return None
