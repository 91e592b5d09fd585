"""Turning the text of cells into numbers, with CBS's markers for missing values."""

import pandas as pd

from . import columns as c
from .problems import Problem

# CBS writes `.` for "not available" and `x` for "secret"; an empty cell means no figure.
MISSING_MARKERS = frozenset({"", ".", "x", "X", "?", "nan", "NaN", "NA", "None", "null"})


def parse_numbers(raw: pd.Series) -> pd.Series:
    """Numbers from text: `24.6`, `24,6`, `1.234,5`, `1,234.5`, `35 200`; NaN where not a number.

    Missing markers also give NaN; tell them apart with `is_missing_marker`. Plain numbers (most
    of a CBS file) are read in one pass; only the rest goes through the separator rules.
    """
    numbers = pd.to_numeric(raw, errors="coerce")
    rest = numbers.isna() & raw.notna()
    if rest.any():
        numbers[rest] = _with_separators(raw[rest])
    return numbers.where(numbers.abs() != float("inf"))


def _with_separators(raw: pd.Series) -> pd.Series:
    text = raw.astype(str).str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    both = text.str.contains(",", regex=False) & text.str.contains(".", regex=False)
    comma_last = text.str.rfind(",") > text.str.rfind(".")
    dutch = both & comma_last
    english = both & ~comma_last
    text = text.mask(dutch, text.str.replace(".", "", regex=False))
    text = text.mask(english, text.str.replace(",", "", regex=False))
    text = text.str.replace(",", ".", regex=False)
    return pd.to_numeric(text, errors="coerce")


def is_missing_marker(raw: pd.Series) -> pd.Series:
    return raw.astype(str).str.strip().isin(MISSING_MARKERS)


def parse_values(traced: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Fill `value` from `raw`; a cell neither a number nor a missing marker is a problem."""
    values = parse_numbers(traced[c.RAW])
    missing = is_missing_marker(traced[c.RAW])
    bad = values.isna() & ~missing
    problems = [
        Problem("not a number", row=int(row[c.ROW]), column=row[c.COLUMN], value=row[c.RAW])
        for row in traced.loc[bad, [c.ROW, c.COLUMN, c.RAW]].to_dict("records")
    ]
    return traced.assign(**{c.VALUE: values.where(~missing)}), problems
