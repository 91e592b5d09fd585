"""CBS region codes: their level, their parent, and whether they fit a level."""

import re

import pandas as pd

from . import columns as c

_FULL_PATTERNS = {level: re.compile(f"^{pattern}$") for level, pattern in c.CODE_PATTERNS.items()}


def level_of(code: str) -> str | None:
    """The level a well-formed CBS code belongs to, or None when it fits no level."""
    level = c.LEVEL_BY_PREFIX.get(code[:2])
    if level and _FULL_PATTERNS[level].match(code):
        return level
    return None


def fits_level(code: str, level: str) -> bool:
    return bool(_FULL_PATTERNS[level].match(code))


def parent_code(code: str, *, municipality_provinces: dict[str, str]) -> str | None:
    """The parent of a code: BU05182800 → WK051828 → GM0518 → PV28 (by table) → NL00."""
    level = level_of(code)
    if level == c.NEIGHBOURHOOD:
        return f"WK{code[2:8]}"
    if level == c.DISTRICT:
        return f"GM{code[2:6]}"
    if level == c.MUNICIPALITY:
        return municipality_provinces.get(code, c.COUNTRY_CODE)
    if level == c.PROVINCE_LEVEL:
        return c.COUNTRY_CODE
    return None


def ancestor_chain(code: str, *, municipality_provinces: dict[str, str]) -> list[str]:
    """All ancestors of a code, nearest first."""
    chain = []
    parent = parent_code(code, municipality_provinces=municipality_provinces)
    while parent:
        chain.append(parent)
        parent = parent_code(parent, municipality_provinces=municipality_provinces)
    return chain


def missing_ancestors(
    codes: pd.Series,
    *,
    municipality_provinces: dict[str, str],
    names: dict[str, str],
) -> pd.DataFrame:
    """The ancestors of `codes` that are not among them, with names where known, top first."""
    known = set(codes)
    rows = {}
    for code in codes:
        for ancestor in ancestor_chain(code, municipality_provinces=municipality_provinces):
            if ancestor not in known and ancestor not in rows:
                rows[ancestor] = {
                    c.CODE: ancestor,
                    c.NAME: names.get(ancestor, ancestor),
                    c.LEVEL: level_of(ancestor),
                    c.PARENT: parent_code(ancestor, municipality_provinces=municipality_provinces),
                }
    frame = pd.DataFrame(rows.values(), columns=[c.CODE, c.NAME, c.LEVEL, c.PARENT])
    order = frame[c.LEVEL].map(c.LEVELS.index)
    ordered = frame.assign(_order=order).sort_values(["_order", c.CODE]).drop(columns="_order")
    return ordered.astype(object).where(ordered.notna(), None)
