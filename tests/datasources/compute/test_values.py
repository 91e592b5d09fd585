"""Numbers from cell text: decimal commas, thousands separators, CBS's missing markers."""

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from datasources.compute import columns as c
from datasources.compute.values import parse_numbers, parse_values


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("24.6", 24.6),
        ("24,6", 24.6),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("35 200", 35200.0),
        ("-3", -3.0),
        (" 7 ", 7.0),
        ("566221.0", 566221.0),
    ],
)
def test_parse_numbers_reads_dutch_and_english_notation(text, number):
    assert parse_numbers(pd.Series([text]))[0] == pytest.approx(number)


@pytest.mark.parametrize("text", ["veel", "1,2,3", "inf", "12abc"])
def test_parse_numbers_gives_nan_for_text_that_is_no_number(text):
    assert math.isnan(parse_numbers(pd.Series([text]))[0])


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 2)))
def test_a_number_written_the_dutch_way_reads_back_the_same(number):
    dutch = f"{number:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_numbers(pd.Series([dutch]))[0] == pytest.approx(number)


def traced(raws: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c.RAW: raws, c.ROW: range(1, len(raws) + 1), c.COLUMN: "x"})


def test_missing_markers_are_missing_and_not_problems():
    frame, problems = parse_values(traced([".", "", "x", "4"]))
    assert problems == []
    assert frame[c.VALUE].isna().tolist() == [True, True, True, False]


def test_a_cell_that_is_no_number_is_named_by_row_column_and_value():
    _, problems = parse_values(traced(["4", "veel"]))
    assert [(p.row, p.column, p.value, p.message) for p in problems] == [
        (2, "x", "veel", "not a number")
    ]
