"""Figures derived from published ones: per 1,000 residents, and wijk values from buurten."""

import pandas as pd

from . import columns as c
from .codes import wijk_of


def per_1000(counts: pd.DataFrame, population: pd.DataFrame, *, indicator: str) -> pd.DataFrame:
    """`counts` per 1,000 residents of the same region and period, as `indicator`, derived.

    `population` has region_code, period and population. Without a population for that region and
    period, or with zero residents, the value is missing (never 0, never a guess from another year).
    """
    merged = counts.merge(population, on=[c.REGION, c.PERIOD], how="left")
    residents = merged[c.POPULATION].where(merged[c.POPULATION] > 0)
    return merged.assign(
        **{
            c.INDICATOR: indicator,
            c.VALUE: merged[c.VALUE] / residents * 1000,
            c.DERIVED: True,
        }
    ).drop(columns=[c.POPULATION])


def wijk_means_from_buurten(buurten: pd.DataFrame, weights: pd.Series) -> pd.DataFrame:
    """Each wijk's value as the mean of its buurten, weighted by `weights` (residents by code).

    Buurten without a value or a weight are left out; a wijk none of whose buurten has both gets
    no value. The result is tidy and marked derived.
    """
    frame = buurten.assign(
        wijk=buurten[c.REGION].map(wijk_of),
        weight=buurten[c.REGION].map(weights),
    )
    usable = frame[frame[c.VALUE].notna() & (frame["weight"] > 0)]
    usable = usable.assign(weighted=usable[c.VALUE] * usable["weight"])
    sums = usable.groupby(["wijk", c.INDICATOR, c.PERIOD], as_index=False)[
        ["weighted", "weight"]
    ].sum()
    return pd.DataFrame(
        {
            c.REGION: sums["wijk"],
            c.INDICATOR: sums[c.INDICATOR],
            c.PERIOD: sums[c.PERIOD],
            c.VALUE: sums["weighted"] / sums["weight"],
            c.DERIVED: True,
        }
    )
