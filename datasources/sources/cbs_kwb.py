"""CBS Kerncijfers wijken en buurten (KWB): from a CSV export or through the `cbsodata` client.

Both paths end in the same wide table: a row per region with its code and CBS column keys
(`AantalInwoners_5`, …). Column keys carry a table-specific number, so a key is matched to the
catalogue on its stem (`AantalInwoners`) when the exact key is not there: the same catalogue reads
every KWB year.
"""

import re

import cbsodata
import pandas as pd

from ..catalogue import KWB
from ..compute.problems import InputError, Problem
from ..compute.reshape import find_column, left_out_note, melt_wide
from ..compute.tables import read_table
from .registry import Parsed, SourceContext, register

# The KWB table of each year (opendata.cbs.nl).
TABLE_PERIODS = {
    "84583NED": "2019",
    "84799NED": "2020",
    "85039NED": "2021",
    "85318NED": "2022",
    "85618NED": "2023",
    "85984NED": "2024",
}
CODE_COLUMNS = ["Codering_3", "Codering", "WijkenEnBuurten", "region_code", "regiocode", "code"]
TABLE_IN_NAME = re.compile(r"(\d{5}NED)", re.IGNORECASE)
KEY_NUMBER = re.compile(r"_\d+$")


def stem(key: str) -> str:
    return KEY_NUMBER.sub("", key)


def table_of(file_name: str) -> str:
    match = TABLE_IN_NAME.search(file_name)
    return match[1].upper() if match else "85984NED"


def period_of(table_id: str, period: str | None) -> str:
    if period:
        return period
    if table_id in TABLE_PERIODS:
        return TABLE_PERIODS[table_id]
    raise InputError([Problem(f"the year of table {table_id} is not known; give --period YYYY")])


def measure_columns(table: pd.DataFrame, catalogue: pd.DataFrame) -> dict[str, str]:
    """Column → indicator key, on the exact CBS key first, else on its stem."""
    by_key = dict(zip(catalogue["source_column"], catalogue["key"], strict=True))
    by_stem = {stem(column): key for column, key in by_key.items()}
    found = {}
    for column in table.columns:
        key = by_key.get(column) or by_stem.get(stem(column))
        if key and key not in found.values():
            found[column] = key
    return found


@register(KWB, title="CBS Kerncijfers wijken en buurten")
def parse(data: bytes, context: SourceContext) -> Parsed:
    table = read_table(data)
    return parse_table(table, context=context, table_id=table_of(context.file_name))


def parse_table(table: pd.DataFrame, *, context: SourceContext, table_id: str) -> Parsed:
    code_column = find_column(table, CODE_COLUMNS)
    if code_column is None:
        raise InputError(
            [
                Problem(
                    f"required column missing: a region code ({', '.join(CODE_COLUMNS[:3])})",
                    column="WijkenEnBuurten",
                )
            ]
        )
    catalogue = context.indicators_of(KWB)
    measures = measure_columns(table, catalogue)
    if not measures:
        raise InputError(
            [
                Problem(
                    "none of the columns is a KWB measure in the catalogue "
                    "(such as AantalInwoners_5)"
                )
            ]
        )
    period = period_of(table_id, context.period)
    observations, problems = melt_wide(
        table,
        code_column=code_column,
        measures={column: (key, period) for column, key in measures.items()},
    )
    notes = left_out_note(
        table, used={*measures, code_column}, label="columns without an indicator, left out"
    )
    return Parsed(observations, table_id=table_id, problems=problems, notes=notes)


def download(
    table_id: str, *, municipality: str, measures: list[str], catalog_url: str, use_https: bool
) -> pd.DataFrame:
    """The rows of a KWB table for one municipality (itself, its wijken and buurten), online.

    `get_data` replaces region keys by their titles; the code stays in `Codering_3`, padded with
    spaces as OData keys are. Measures are selected by the keys the table itself lists in
    DataProperties.
    """
    previous, cbsodata.options.use_https = cbsodata.options.use_https, use_https
    try:
        return _download(
            table_id, municipality=municipality, measures=measures, catalog_url=catalog_url
        )
    finally:
        cbsodata.options.use_https = previous


def _download(table_id: str, *, municipality: str, measures: list[str], catalog_url: str):
    properties = cbsodata.get_meta(table_id, "DataProperties", catalog_url=catalog_url)
    keys = {row["Key"] for row in properties if row.get("Key")}
    wanted = {stem(measure) for measure in measures}
    selected = [key for key in sorted(keys) if stem(key) in wanted]
    digits = municipality[2:]
    filters = " or ".join(
        f"startswith(WijkenEnBuurten,'{prefix}{digits}')" for prefix in ("GM", "WK", "BU")
    )
    rows = cbsodata.get_data(
        table_id,
        catalog_url=catalog_url,
        filters=filters,
        select=["WijkenEnBuurten", "Codering_3", *selected],
    )
    frame = pd.DataFrame(rows, columns=["WijkenEnBuurten", "Codering_3", *selected])
    frame["Codering_3"] = frame["Codering_3"].astype(str).str.strip()
    return frame.rename(columns={"WijkenEnBuurten": "naam"})
