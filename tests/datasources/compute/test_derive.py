"""Derived figures: per 1,000 residents, wijk means weighted by residents, trends."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from datasources.compute import columns as c
from datasources.compute.derive import per_1000, wijk_means_from_buurten
from datasources.compute.trends import trend


def tidy(rows):
    return pd.DataFrame(rows, columns=[c.REGION, c.INDICATOR, c.PERIOD, c.VALUE]).assign(
        **{c.DERIVED: False}
    )


def test_per_1000_divides_by_the_residents_of_the_same_year_only():
    counts = tidy(
        [
            ("BU1", "crimes", "2024", 50.0),
            ("BU1", "crimes", "2023", 40.0),
            ("BU2", "crimes", "2024", 5.0),
        ]
    )
    population = pd.DataFrame(
        {c.REGION: ["BU1", "BU2"], c.PERIOD: ["2024", "2024"], c.POPULATION: [2000.0, 0.0]}
    )
    rates = per_1000(counts, population, indicator="rate").set_index([c.REGION, c.PERIOD])
    assert rates.loc[("BU1", "2024"), c.VALUE] == 25.0
    assert np.isnan(rates.loc[("BU1", "2023"), c.VALUE]), "no residents known for 2023"
    assert np.isnan(rates.loc[("BU2", "2024"), c.VALUE]), "zero residents gives no rate"
    assert rates[c.DERIVED].all() and (rates[c.INDICATOR] == "rate").all()


buurt_values = st.lists(
    st.tuples(st.floats(0, 100), st.integers(1, 20_000)), min_size=1, max_size=12
)


@given(buurt_values)
def test_a_wijk_mean_lies_between_its_buurten(pairs):
    codes = [f"BU0518{i:04d}" for i in range(len(pairs))]
    codes = [f"BU051801{i:02d}" for i in range(len(pairs))]
    buurten = tidy([(code, "health", "2024", v) for code, (v, _) in zip(codes, pairs, strict=True)])
    weights = pd.Series({code: w for code, (_, w) in zip(codes, pairs, strict=True)})
    wijk = wijk_means_from_buurten(buurten, weights)
    values = [v for v, _ in pairs]
    assert wijk[c.REGION].tolist() == ["WK051801"]
    assert min(values) - 1e-9 <= wijk[c.VALUE].iloc[0] <= max(values) + 1e-9


def test_a_wijk_mean_weighs_by_residents_and_skips_buurten_without_weight():
    buurten = tidy(
        [
            ("BU05180101", "h", "2024", 80.0),
            ("BU05180102", "h", "2024", 60.0),
            ("BU05180103", "h", "2024", 10.0),
            ("BU05180201", "h", "2024", 50.0),
        ]
    )
    weights = pd.Series({"BU05180101": 3000, "BU05180102": 1000})
    wijk = wijk_means_from_buurten(buurten, weights)
    assert wijk[c.REGION].tolist() == ["WK051801"], "WK051802 has no weighted buurt"
    assert wijk[c.VALUE].iloc[0] == pytest.approx(75.0)
    assert wijk[c.DERIVED].all()


def test_trend_gives_change_and_slope_per_year():
    frame = tidy(
        [
            ("WK1", "h", year, 70 - 0.5 * (int(year) - 2012))
            for year in ["2012", "2016", "2020", "2024"]
        ]
        + [("WK2", "h", "2024", 3.0)]
    )
    result = trend(frame)
    assert result[c.REGION].tolist() == ["WK1"], "one period is no trend"
    row = result.iloc[0]
    assert (row["first_period"], row["last_period"], row["periods"]) == ("2012", "2024", 4)
    assert row["change"] == pytest.approx(-6.0)
    assert row["slope_per_year"] == pytest.approx(-0.5)
