"""Checks on a tidy, traced frame before anything is written: every problem with its place."""

from collections.abc import Collection, Set

import pandas as pd

from . import columns as c
from .codes import municipality_of, wijk_of
from .problems import Problem


def check_regions(
    traced: pd.DataFrame, *, known: Set[str], municipality: str | None = None
) -> list[Problem]:
    """Codes that are not known places, and codes outside the named municipality.

    A buurt (BU) code counts as known when its wijk is: buurt figures feed wijk figures even where
    no buurt boundaries are loaded.
    """
    first = traced.drop_duplicates(c.REGION)
    problems = []
    for row, code in first[[c.ROW, c.REGION]].itertuples(index=False):
        place = wijk_of(code) if code.startswith("BU") else code
        if place not in known:
            problems.append(Problem("unknown region code", row=row, column="region", value=code))
        elif municipality and municipality_of(code) not in (None, municipality):
            problems.append(
                Problem(
                    f"region is not in municipality {municipality}",
                    row=row,
                    column="region",
                    value=code,
                )
            )
    return problems


def check_negative(traced: pd.DataFrame, *, may_be_negative: Collection[str]) -> list[Problem]:
    """Negative values of indicators that cannot be negative (counts, shares, distances)."""
    bad = (traced[c.VALUE] < 0) & ~traced[c.INDICATOR].isin(list(may_be_negative))
    return [
        Problem("a negative value is impossible here", row=row, column=column, value=raw)
        for row, column, raw in traced.loc[bad, [c.ROW, c.COLUMN, c.RAW]].itertuples(index=False)
    ]


def check_duplicates(traced: pd.DataFrame) -> list[Problem]:
    """A second value for the same (region, indicator, period), naming the row it repeats."""
    keys = [c.REGION, c.INDICATOR, c.PERIOD]
    repeated = traced[traced.duplicated(keys, keep=False)]
    problems = []
    for _, group in repeated.groupby(keys, sort=False):
        first, *others = group[[c.ROW, c.COLUMN, c.REGION]].itertuples(index=False)
        for row, column, code in others:
            problems.append(
                Problem(
                    f"duplicate of row {first[0]} (same region, indicator and period)",
                    row=row,
                    column=column,
                    value=code,
                )
            )
    return problems


def check_indicators(traced: pd.DataFrame, *, known: Set[str]) -> list[Problem]:
    """Indicator keys (long files) that are not in the catalogue."""
    first = traced.drop_duplicates(c.INDICATOR)
    return [
        Problem(
            "unknown indicator; add it to the catalogue or map it",
            row=row,
            column="indicator",
            value=key,
        )
        for row, key in first[[c.ROW, c.INDICATOR]].itertuples(index=False)
        if key not in known
    ]
