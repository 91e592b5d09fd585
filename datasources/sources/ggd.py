"""GGD Gezondheidsmonitor Volwassenen en Ouderen (50150NED): buurt and municipality estimates.

The GGD publishes no wijk figures. A wijk's value is derived here as the mean of its buurten
weighted by their residents (KWB, each buurt's latest year), and marked derived.
"""

import pandas as pd

from ..catalogue import GGD
from ..compute import columns as c
from ..compute.derive import wijk_means_from_buurten
from ..compute.tables import read_table
from .by_year import buurten, latest_population, melt_years
from .registry import Parsed, SourceContext, register

HEALTH = "ggd-goed-ervaren-gezondheid"


@register(GGD, title="GGD Gezondheidsmonitor (50150NED)")
def parse(data: bytes, context: SourceContext) -> Parsed:
    table = read_table(data)
    observations, problems, notes = melt_years(table, context=context, source=GGD, indicator=HEALTH)
    weights = latest_population(context.population)
    derived = wijk_means_from_buurten(buurten(observations), weights)
    published = set(observations[c.REGION])
    derived = derived[~derived[c.REGION].isin(published)]
    if weights.empty:
        notes.append("no KWB residents known yet: wijk values not derived; import KWB first")
    else:
        notes.append(f"{derived[c.REGION].nunique()} wijk values derived from their buurten")
    return Parsed(
        pd.concat([observations, derived], ignore_index=True),
        table_id="50150NED",
        problems=problems,
        notes=notes,
    )
