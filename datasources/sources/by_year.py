"""Tables with a column per year (`<measure>_<year>`), as the GGD and police snapshots are."""

import pandas as pd

from ..compute import columns as c
from ..compute.problems import InputError, Problem
from ..compute.reshape import find_column, left_out_note, melt_wide, period_columns
from .registry import SourceContext

CODE_COLUMNS = ["WijkenEnBuurten", "Codering_3", "region_code", "regiocode", "code"]


def melt_years(
    table: pd.DataFrame, *, context: SourceContext, source: str, indicator: str
) -> tuple[pd.DataFrame, list[Problem], list[str]]:
    """The yearly columns of `indicator`'s source column, tidy; also the problems and notes."""
    code_column = find_column(table, CODE_COLUMNS)
    if code_column is None:
        raise InputError(
            [Problem("required column missing: a region code", column=CODE_COLUMNS[0])]
        )
    catalogue = context.indicators_of(source).set_index("key")
    stem = catalogue.loc[indicator, "source_column"]
    years = period_columns(table, stem)
    if context.period:
        years = {column: year for column, year in years.items() if year == context.period}
    if not years:
        raise InputError(
            [
                Problem(
                    f"required column missing: {stem}_<year>"
                    + (f" for {context.period}" if context.period else ""),
                    column=f"{stem}_{context.period or 'YYYY'}",
                )
            ]
        )
    observations, problems = melt_wide(
        table,
        code_column=code_column,
        measures={column: (indicator, year) for column, year in years.items()},
    )
    notes = left_out_note(table, used={*years, code_column})
    return observations, problems, notes


def latest_population(population: pd.DataFrame) -> pd.Series:
    """Residents by region code, from each region's most recent period."""
    if population.empty:
        return pd.Series(dtype=float)
    latest = population.dropna(subset=[c.POPULATION]).sort_values(c.PERIOD)
    return latest.drop_duplicates(c.REGION, keep="last").set_index(c.REGION)[c.POPULATION]


def buurten(observations: pd.DataFrame) -> pd.DataFrame:
    return observations[observations[c.REGION].str.startswith("BU")]
