"""Residents' priorities: Borda for partial rankings, post-stratification, intervals."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from neighbourhoods.compute.priorities import (
    AGE_BANDS,
    effective_sample_size,
    poststratify,
    theme_scores,
)
from neighbourhoods.compute.representativeness import group_shares, representativeness

THEMES = ["wonen", "veiligheid", "gezondheid", "groen", "jeugd"]


def frames(people: list[tuple[str, list[str], str | None, str | None]]):
    """people: (area, ranked themes, age band, gender) → rankings and participants frames."""
    rankings = [
        {"participant": i, "area": area, "theme": theme, "rank": r}
        for i, (area, chosen, _, _) in enumerate(people)
        for r, theme in enumerate(chosen, start=1)
    ]
    participants = pd.DataFrame(
        [
            {"participant": i, "area": area, "age_band": age, "gender": gender}
            for i, (area, _, age, gender) in enumerate(people)
        ]
    )
    return pd.DataFrame(rankings, columns=["participant", "area", "theme", "rank"]), participants


def scores_of(rankings, participants, weights=None) -> pd.DataFrame:
    return theme_scores(rankings, participants, themes=THEMES, weights=weights).set_index(
        ["area", "theme"]
    )


def test_borda_gives_left_out_themes_an_equal_share_of_what_remains():
    rankings, participants = frames([("WK1", ["wonen", "veiligheid"], None, None)])
    scores = scores_of(rankings, participants)["score"]
    assert scores[("WK1", "wonen")] == pytest.approx(1.0)  # (5 − 1) / 4
    assert scores[("WK1", "veiligheid")] == pytest.approx(0.75)
    for theme in ["gezondheid", "groen", "jeugd"]:  # (5 − 2 − 1) / 2 / 4
        assert scores[("WK1", theme)] == pytest.approx(0.25)


rankings_strategy = st.lists(
    st.tuples(
        st.sampled_from(["WK1", "WK2"]),
        st.permutations(THEMES).flatmap(lambda order: st.integers(1, 5).map(lambda k: order[:k])),
        st.sampled_from([*AGE_BANDS, None]),
        st.sampled_from(["man", "vrouw", None]),
    ),
    min_size=1,
    max_size=40,
)


@given(rankings_strategy, st.sampled_from(THEMES))
def test_a_unanimous_first_choice_scores_highest(people, favourite):
    people = [
        (area, [favourite, *[t for t in chosen if t != favourite]][:5], age, gender)
        for area, chosen, age, gender in people
    ]
    scores = scores_of(*frames(people))["score"]
    for area in {p[0] for p in people}:
        of_area = scores.xs(area, level="area")
        assert of_area[favourite] == pytest.approx(of_area.max())
        assert of_area[favourite] == pytest.approx(1.0)


@given(rankings_strategy, st.permutations(THEMES).map(lambda o: o[:3]))
def test_adding_a_ranking_in_one_area_changes_no_other_area(people, chosen):
    assume(any(area == "WK2" for area, *_ in people))
    margins = margins_for(["WK1", "WK2"])
    before_r, before_p = frames(people)
    after_r, after_p = frames([*people, ("WK1", list(chosen), "65+", "vrouw")])
    before = scores_of(before_r, before_p, weighted(before_p, margins))
    after = scores_of(after_r, after_p, weighted(after_p, margins))
    pd.testing.assert_frame_equal(before.xs("WK2", level="area"), after.xs("WK2", level="area"))


@given(rankings_strategy, st.randoms(use_true_random=False))
def test_the_order_of_the_participants_changes_nothing(people, random):
    margins = margins_for(["WK1", "WK2"])
    shuffled = people[:]
    random.shuffle(shuffled)
    one_r, one_p = frames(people)
    two_r, two_p = frames(shuffled)
    one = scores_of(one_r, one_p, weighted(one_p, margins)).sort_index()
    two = scores_of(two_r, two_p, weighted(two_p, margins)).sort_index()
    pd.testing.assert_frame_equal(one, two, check_exact=False, rtol=1e-9)


def margins_for(areas, age=(0.15, 0.35, 0.32, 0.18), gender=(0.49, 0.51)) -> pd.DataFrame:
    rows = [
        {"area": a, "dimension": "age_band", "category": c, "share": s}
        for a in areas
        for c, s in zip(AGE_BANDS, age, strict=True)
    ]
    rows += [
        {"area": a, "dimension": "gender", "category": c, "share": s}
        for a in areas
        for c, s in zip(["man", "vrouw"], gender, strict=True)
    ]
    return pd.DataFrame(rows)


def weighted(participants, margins) -> pd.Series:
    weights = poststratify(participants, margins)
    return pd.Series(weights.to_numpy(), index=participants["participant"])


shares = st.lists(st.floats(0.05, 1.0), min_size=4, max_size=4).map(
    lambda xs: tuple(x / sum(xs) for x in xs)
)


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(st.sampled_from(AGE_BANDS), st.sampled_from(["man", "vrouw"])),
        max_size=72,
    ),
    shares,
    st.floats(0.2, 0.8),
)
def test_the_weighted_sample_reproduces_the_population_margins(extra, age, men):
    """Where the margins can be met together: every age band has men and women, so each of the
    eight cells is there once and the generated answers come on top (built, not filtered)."""
    answers = [(band, gender) for band in AGE_BANDS for gender in ("man", "vrouw")] + extra
    participants = pd.DataFrame(
        [
            {"participant": i, "area": "WK1", "age_band": a, "gender": g}
            for i, (a, g) in enumerate(answers)
        ]
    )
    margins = margins_for(["WK1"], age=age, gender=(men, 1 - men))
    weights = poststratify(participants, margins, trim=None, iterations=2000)
    by_age = weights.groupby(participants["age_band"]).sum() / weights.sum()
    by_gender = weights.groupby(participants["gender"]).sum() / weights.sum()
    assert np.allclose(by_age.reindex(AGE_BANDS), age, atol=1e-4)
    assert np.allclose(by_gender.reindex(["man", "vrouw"]), (men, 1 - men), atol=1e-4)


def test_trimmed_weights_stay_within_bounds_and_average_one():
    participants = pd.DataFrame(
        {
            "participant": range(11),
            "area": "WK1",
            "age_band": ["15-25"] + ["65+"] * 10,
            "gender": None,
        }
    )
    margins = margins_for(["WK1"], age=(0.5, 0.2, 0.2, 0.1))
    weights = poststratify(participants, margins, trim=(0.2, 5.0))
    assert weights.mean() == pytest.approx(1.0)
    assert weights.max() <= 5.0 + 1e-9 and weights.min() >= 0.2 - 1e-9
    assert weights[0] > weights[1], "the one young participant still counts more"


def test_kish_effective_n_is_n_for_equal_weights_and_less_otherwise():
    areas = pd.Series(["WK1"] * 4)
    assert effective_sample_size(pd.Series([1.0] * 4), areas)["WK1"] == pytest.approx(4)
    assert effective_sample_size(pd.Series([1, 1, 1, 5.0]), areas)["WK1"] < 4


def test_intervals_contain_the_score_and_narrow_with_more_people():
    few_r, few_p = frames([("WK1", ["wonen"], None, None), ("WK1", ["groen"], None, None)])
    many_r, many_p = frames([("WK1", ["wonen"], None, None), ("WK1", ["groen"], None, None)] * 50)
    few, many = scores_of(few_r, few_p), scores_of(many_r, many_p)
    row_few, row_many = few.loc[("WK1", "wonen")], many.loc[("WK1", "wonen")]
    assert row_few.score_low <= row_few.score <= row_few.score_high
    assert (row_many.score_high - row_many.score_low) < (row_few.score_high - row_few.score_low)
    assert row_many.top3_low <= row_many.top3_share <= row_many.top3_high


def test_small_groups_are_suppressed_and_the_index_measures_the_age_fit():
    people = [("WK1", ["wonen"], "65+", None)] * 30 + [("WK1", ["wonen"], "15-25", None)] * 3
    _, participants = frames(people)
    margins = margins_for(["WK1"])
    shares_ = group_shares(participants, margins, dimension="age_band", categories=AGE_BANDS)
    young = shares_.set_index("category").loc["15-25"]
    assert young["suppressed"] and np.isnan(young["share"]) and young["count"] == 3
    summary = representativeness(participants, margins, residents=pd.Series({"WK1": 3300}))
    row = summary.iloc[0]
    assert row["participants"] == 33 and row["per_1000"] == pytest.approx(10.0)
    assert 0 < row["index"] < 0.5, "nearly everyone is 65+: a poor fit"
