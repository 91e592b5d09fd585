"""From the shapes files come in to the one tidy, traced frame (region, indicator, period, value).

A wide table has a row per region and a column per measure (CBS and most spreadsheets); a long
table has a row per value. Both keep where each value came from (data row, column, text).
"""

import re

import pandas as pd

from . import columns as c
from .problems import InputError, Problem
from .values import parse_values

# A measure column with a year at the end, as in `GoedErvarenGezondheid_4_2024`.
PERIOD_SUFFIX = re.compile(r"^(?P<stem>.+)_(?P<period>(19|20)\d{2})$")

LONG_ALIASES = {
    c.REGION: [
        "region_code",
        "region",
        "regiocode",
        "regio",
        "gebiedcode",
        "gebied",
        "code",
        "wijkenenbuurten",
        "wijkcode",
    ],
    c.INDICATOR: ["indicator", "indicatorkey", "key", "kenmerk", "onderwerp"],
    c.PERIOD: ["period", "periode", "jaar", "year", "perioden"],
    c.VALUE: ["value", "waarde", "aantal"],
}


def _folded(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def find_column(table: pd.DataFrame, aliases: list[str]) -> str | None:
    """The first column whose folded name is one of `aliases` (case, spaces, `_` ignored)."""
    folded = {_folded(name): name for name in table.columns}
    return next((folded[_folded(a)] for a in aliases if _folded(a) in folded), None)


def codes_from(table: pd.DataFrame, code_column: str) -> pd.Series:
    """Region codes as CBS writes them, trimmed and upper case (`'GM0518    '` → `GM0518`)."""
    return table[code_column].astype(str).str.strip().str.upper()


def melt_wide(
    table: pd.DataFrame, *, code_column: str, measures: dict[str, tuple[str, str]]
) -> tuple[pd.DataFrame, list[Problem]]:
    """One traced row per (region, measure column); `measures` maps column → (indicator, period).

    Returns the frame and the cells that are not numbers (their value is NaN in the frame).
    """
    frame = table[[code_column, *measures]].copy()
    frame[code_column] = codes_from(table, code_column)
    frame[c.ROW] = range(1, len(frame) + 1)
    long = frame.melt(
        id_vars=[code_column, c.ROW],
        value_vars=list(measures),
        var_name=c.COLUMN,
        value_name=c.RAW,
    )
    keys = pd.DataFrame.from_dict(measures, orient="index", columns=[c.INDICATOR, c.PERIOD])
    long = long.join(keys, on=c.COLUMN).rename(columns={code_column: c.REGION})
    long[c.DERIVED] = False
    return _parsed(long)


def melt_long(
    table: pd.DataFrame, *, period: str | None = None
) -> tuple[pd.DataFrame, list[Problem]]:
    """A table with a region, an indicator, a period (or `period` given) and a value column."""
    found = {key: find_column(table, aliases) for key, aliases in LONG_ALIASES.items()}
    if period is not None and found[c.PERIOD] is None:
        table = table.assign(**{c.PERIOD: period})
        found[c.PERIOD] = c.PERIOD
    missing = [key for key, column in found.items() if column is None]
    if missing:
        raise InputError(
            [
                Problem(
                    f"required column missing (one of: {', '.join(LONG_ALIASES[key][:4])})",
                    column=key,
                )
                for key in missing
            ]
        )
    long = pd.DataFrame(
        {
            c.REGION: codes_from(table, found[c.REGION]),
            c.INDICATOR: table[found[c.INDICATOR]].astype(str).str.strip(),
            c.PERIOD: table[found[c.PERIOD]].astype(str).str.strip(),
            c.RAW: table[found[c.VALUE]],
            c.ROW: range(1, len(table) + 1),
            c.COLUMN: found[c.VALUE],
            c.DERIVED: False,
        }
    )
    return _parsed(long)


def _parsed(traced: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    traced, problems = parse_values(traced)
    ordered = traced[c.TRACED].sort_values([c.ROW, c.COLUMN], kind="stable", ignore_index=True)
    return ordered, problems


def period_columns(table: pd.DataFrame, stem: str) -> dict[str, str]:
    """Columns `<stem>_<year>` of a table, mapped to their year."""
    found = {}
    for name in table.columns:
        match = PERIOD_SUFFIX.match(name)
        if match and match["stem"] == stem:
            found[name] = match["period"]
    return found


def left_out_note(
    table: pd.DataFrame, *, used: set[str], label: str = "columns left out"
) -> list[str]:
    """A note naming the columns of `table` an import did not use (none: no note)."""
    skipped = [name for name in table.columns if name not in used]
    return [f"{label}: {', '.join(skipped)}"] if skipped else []
