"""The robust standardised deviation (median/MAD), oriented by polarity: properties."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from datasources.compute.deviation import deviations, oriented_deviation, robust_z

values = st.lists(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_subnormal=False),
    min_size=3,
    max_size=40,
)


def spread_of(xs) -> float:
    series = pd.Series(xs)
    return float((series - series.median()).abs().mean())


grid = st.lists(st.integers(-100_000, 100_000).map(lambda x: x / 100), min_size=3, max_size=40)


@given(grid, st.integers(-1000, 1000), st.sampled_from([0.01, 0.5, 3.0, 1000.0]))
def test_does_not_change_when_values_are_shifted_or_scaled(xs, shift, scale):
    """Figures in euros or thousands of euros, or with an offset, deviate the same."""
    assume(spread_of(xs) > 0)
    before = robust_z(pd.Series(xs))
    after = robust_z(pd.Series(xs) * scale + shift)
    assert np.allclose(before, after, atol=1e-6)


@given(values)
def test_higher_is_better_is_the_mirror_of_higher_is_worse(xs):
    series = pd.Series(xs)
    worse = oriented_deviation(series, "higher_is_worse")
    better = oriented_deviation(series, "higher_is_better")
    assert np.allclose(worse, -better)


@given(values)
def test_the_worst_area_has_the_largest_oriented_deviation(xs):
    assume(spread_of(xs) > 1e-3)
    series = pd.Series(xs)
    worse = oriented_deviation(series, "higher_is_worse")
    better = oriented_deviation(series, "higher_is_better")
    assert np.isclose(worse[series.idxmax()], worse.max())
    assert np.isclose(better[series.idxmin()], better.max())


@given(values, st.randoms(use_true_random=False))
def test_the_order_of_the_areas_changes_nothing(xs, random):
    series = pd.Series(xs, index=[f"WK{i:06d}" for i in range(len(xs))])
    shuffled = series.sample(frac=1, random_state=random.randint(0, 2**31))
    assert np.allclose(robust_z(series), robust_z(shuffled).reindex(series.index))


def test_neutral_indicators_give_no_signal():
    assert oriented_deviation(pd.Series([1.0, 5.0, 9.0]), "neutral").tolist() == [0, 0, 0]


def test_equal_values_deviate_zero_and_missing_stays_missing():
    z = robust_z(pd.Series([3.0, 3.0, np.nan, 3.0]))
    assert z.iloc[[0, 1, 3]].tolist() == [0, 0, 0]
    assert np.isnan(z.iloc[2])


def test_one_extreme_area_does_not_hide_the_others():
    """A mean and standard deviation would be pulled by the outlier; the median and MAD are not."""
    z = robust_z(pd.Series([10.0, 11.0, 12.0, 13.0, 1000.0]))
    assert z.iloc[0] == pytest.approx(-2 / 1.4826)
    assert z.iloc[4] > 100


def test_mad_of_zero_falls_back_to_the_mean_absolute_deviation():
    z = robust_z(pd.Series([5.0, 5.0, 5.0, 5.0, 9.0]))
    assert z.iloc[4] > 0 and np.isfinite(z.iloc[4])


def test_deviations_are_taken_within_each_group():
    frame = pd.DataFrame(
        {
            "indicator": ["a", "a", "a", "b", "b", "b"],
            "value": [1.0, 2.0, 3.0, 100.0, 200.0, 300.0],
        }
    )
    polarity = pd.Series({"a": "higher_is_worse", "b": "higher_is_better"})
    result = deviations(frame, by=["indicator"], polarity=polarity)
    assert np.allclose(result.iloc[:3], -result.iloc[3:].to_numpy())
