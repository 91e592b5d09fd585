"""A file from a policy officer: CSV or XLSX, wide (a row per region) or long (a row per value).

Wide columns are matched to indicators by key or by Dutch or English name; other columns need a
mapping (the staff screen's mapping step, or `--map COLUMN=KEY` on the command line). Descriptive
columns such as a name are left out.
"""

import re

import pandas as pd

from ..catalogue import MUNICIPAL
from ..compute import columns as c
from ..compute.problems import InputError, Problem
from ..compute.reshape import LONG_ALIASES, find_column, left_out_note, melt_long, melt_wide
from ..compute.tables import read_table
from .registry import Parsed, SourceContext, register

DESCRIPTIVE = {
    "naam",
    "name",
    "wijknaam",
    "buurtnaam",
    "gemeente",
    "gemeentenaam",
    "niveau",
    "level",
    "omschrijving",
    "description",
    "opmerking",
    "toelichting",
}


def _folded(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


@register(MUNICIPAL, title="Bestand van de gemeente (CSV of XLSX)")
def parse(data: bytes, context: SourceContext) -> Parsed:
    table = read_table(data)
    is_long = all(
        find_column(table, LONG_ALIASES[key]) for key in ("indicator", "value")
    ) and find_column(table, LONG_ALIASES["region_code"])
    if is_long:
        observations, problems = melt_long(table, period=context.period)
        return Parsed(observations, problems=problems)
    return _parse_wide(table, context)


def _parse_wide(table, context: SourceContext) -> Parsed:
    code_column = find_column(table, LONG_ALIASES["region_code"])
    if code_column is None:
        raise InputError(
            [
                Problem(
                    "required column missing: a region code "
                    "(region_code, regiocode, gebiedcode or code)",
                    column="region_code",
                )
            ]
        )
    names = {}
    catalogue = context.indicators[["key", "name_nl", "name_en"]]
    for key, name_nl, name_en in catalogue.itertuples(index=False):
        for name in (key, name_nl, name_en):
            names[_folded(name)] = key
    measures, unmapped, left_out = {}, [], []
    for column in table.columns:
        if column == code_column:
            continue
        if column in context.column_map:
            key = context.column_map[column]
        elif _folded(column) in DESCRIPTIVE:
            key = ""
        else:
            key = names.get(_folded(column))
            if key is None:
                unmapped.append(column)
                continue
        if key:
            measures[column] = key
        else:
            left_out.append(column)
    if unmapped:
        return Parsed(
            pd.DataFrame(columns=c.TRACED),
            problems=[
                Problem(
                    "no indicator is known for this column; map it to one or leave it out",
                    column=column,
                )
                for column in unmapped
            ],
            unmapped=unmapped,
        )
    if not context.period:
        raise InputError([Problem("a wide file needs its period: give --period YYYY")])
    observations, problems = melt_wide(
        table,
        code_column=code_column,
        measures={column: (key, context.period) for column, key in measures.items()},
    )
    notes = left_out_note(table, used={*measures, code_column})
    return Parsed(observations, problems=problems, notes=notes)
