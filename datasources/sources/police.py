"""Politie via CBS (47022NED): registered crimes per calendar year per buurt and municipality.

A wijk's total is the sum of its buurten (derived); every total is also given per 1,000
residents of the same region and year (KWB), where that year's residents are known.
"""

import pandas as pd

from ..catalogue import POLICE
from ..compute import columns as c
from ..compute.codes import wijk_of
from ..compute.derive import per_1000
from ..compute.tables import read_table
from .by_year import buurten, melt_years
from .registry import Parsed, SourceContext, register

CRIMES = "politie-misdrijven"
CRIMES_PER_1000 = "politie-misdrijven-per-1000"


def wijk_sums(observations: pd.DataFrame) -> pd.DataFrame:
    """Each wijk's total over its buurten; missing when any of its buurten has no figure."""
    parts = buurten(observations).assign(wijk=lambda f: f[c.REGION].map(wijk_of))
    grouped = parts.groupby(["wijk", c.INDICATOR, c.PERIOD], as_index=False)[c.VALUE]
    sums = grouped.agg(lambda values: values.sum() if values.notna().all() else float("nan"))
    return sums.rename(columns={"wijk": c.REGION}).assign(**{c.DERIVED: True})


@register(POLICE, title="Politie, geregistreerde misdrijven (47022NED)")
def parse(data: bytes, context: SourceContext) -> Parsed:
    table = read_table(data)
    observations, problems, notes = melt_years(
        table, context=context, source=POLICE, indicator=CRIMES
    )
    sums = wijk_sums(observations)
    sums = sums[~sums[c.REGION].isin(set(observations[c.REGION]))]
    totals = pd.concat([observations, sums], ignore_index=True)
    if context.population.empty:
        rates = totals.iloc[0:0]
        notes.append("no KWB residents known yet: no figures per 1,000 residents")
    else:
        rates = per_1000(totals[c.TIDY], context.population, indicator=CRIMES_PER_1000)
        notes.append(f"{int(rates[c.VALUE].notna().sum())} figures per 1,000 residents")
    return Parsed(
        pd.concat([totals, rates], ignore_index=True),
        table_id="47022NED",
        problems=problems,
        notes=notes,
    )
