"""Drafting an agenda: data signal, combination with α, ranking, version differences."""

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkagenda.agendas.compute.diff import diff_items
from wijkagenda.agendas.compute.drafting import data_signals, drivers, rank_all, rank_themes

THEMES = ["bestaanszekerheid", "gezondheid", "veiligheid", "wonen", "groen"]
scores = st.integers(0, 100).map(lambda x: x / 100)  # on a grid: no float dust


def indicators(rows):
    return pd.DataFrame(rows, columns=["indicator", "theme", "polarity", "deviation"])


def test_a_theme_whose_indicators_are_all_the_worst_of_the_city_ranks_first_on_data():
    frame = indicators(
        [
            ("crimes", "veiligheid", "higher_is_worse", 3.2),
            ("safety-feeling", "veiligheid", "higher_is_better", 2.8),
            ("income", "bestaanszekerheid", "higher_is_better", -0.4),
            ("health", "gezondheid", "higher_is_better", 0.1),
            ("woz", "wonen", "neutral", 0.0),
        ]
    )
    ranked = rank_themes(
        THEMES, data=data_signals(frame), residents=pd.Series(dtype=float), alpha=0.5
    )
    assert ranked.iloc[0]["theme"] == "veiligheid"
    assert data_signals(frame).get("wonen") is None, "neutral indicators carry no signal"


@given(st.lists(scores, min_size=5, max_size=5), st.lists(scores, min_size=5, max_size=5))
def test_alpha_one_gives_the_residents_order_and_zero_the_datas(data, residents):
    data, residents = pd.Series(data, index=THEMES), pd.Series(residents, index=THEMES)
    by_residents = rank_themes(THEMES, data=data, residents=residents, alpha=1.0)
    by_data = rank_themes(THEMES, data=data, residents=residents, alpha=0.0)
    assert by_residents["residents_priority"].is_monotonic_decreasing
    assert by_data["data_signal"].is_monotonic_decreasing


@given(
    st.lists(scores, min_size=5, max_size=5),
    st.lists(scores, min_size=5, max_size=5),
    st.floats(0, 1),
    st.randoms(use_true_random=False),
)
def test_the_result_does_not_depend_on_the_order_of_input_rows(data, residents, alpha, random):
    data, residents = pd.Series(data, index=THEMES), pd.Series(residents, index=THEMES)
    shuffled = THEMES[:]
    random.shuffle(shuffled)
    one = rank_themes(THEMES, data=data, residents=residents, alpha=alpha)
    two = rank_themes(
        shuffled, data=data.reindex(shuffled), residents=residents.reindex(shuffled), alpha=alpha
    )
    pd.testing.assert_frame_equal(one, two)


def test_an_area_without_rankings_is_ranked_on_data_and_without_data_on_residents():
    data = pd.Series({"veiligheid": 2.0, "wonen": -1.0})
    only_data = rank_themes(THEMES, data=data, residents=pd.Series(dtype=float), alpha=0.9)
    assert list(only_data["theme"][:2]) == ["veiligheid", "bestaanszekerheid"]
    residents = pd.Series({"groen": 0.9, "wonen": 0.2})
    only_residents = rank_themes(
        THEMES, data=pd.Series(dtype=float), residents=residents, alpha=0.1
    )
    assert only_residents.iloc[0]["theme"] == "groen"
    nothing = rank_themes(
        THEMES, data=pd.Series(dtype=float), residents=pd.Series(dtype=float), alpha=0.5
    )
    assert list(nothing["theme"]) == sorted(THEMES) and nothing["combined"].isna().all()


@pytest.mark.parametrize("alpha", [-0.1, 1.5])
def test_alpha_outside_zero_and_one_is_refused(alpha):
    with pytest.raises(ValueError, match="alpha must lie between 0 and 1"):
        rank_themes(
            THEMES, data=pd.Series(dtype=float), residents=pd.Series(dtype=float), alpha=alpha
        )


def test_drivers_are_the_worst_indicators_of_the_theme_first():
    frame = indicators(
        [
            ("a", "veiligheid", "higher_is_worse", 0.5),
            ("b", "veiligheid", "higher_is_worse", 2.0),
            ("c", "veiligheid", "neutral", 9.0),
            ("d", "wonen", "higher_is_worse", 5.0),
        ]
    )
    assert list(drivers(frame, theme="veiligheid")["indicator"]) == ["b", "a"]


def test_the_difference_between_versions_names_added_removed_moved_and_edited_items():
    old = [
        {"theme": "wonen", "rank": 1, "opgave": "A"},
        {"theme": "groen", "rank": 2},
        {"theme": "jeugd", "rank": 3},
    ]
    new = [
        {"theme": "groen", "rank": 1},
        {"theme": "wonen", "rank": 2, "opgave": "B"},
        {"theme": "veiligheid", "rank": 3},
    ]
    changes = [(c.kind, c.theme, c.old_rank, c.new_rank, c.fields) for c in diff_items(old, new)]
    assert changes == [
        ("moved", "groen", 2, 1, ()),
        ("moved", "wonen", 1, 2, ()),
        ("text", "wonen", None, 2, ("opgave",)),
        ("added", "veiligheid", None, 3, ()),
        ("removed", "jeugd", 3, None, ()),
    ]


@given(
    st.lists(
        st.tuples(st.sampled_from(["WK1", "WK2", "WK3"]), st.sampled_from(THEMES), scores, scores),
        min_size=1,
        max_size=30,
    ),
    st.floats(0, 1),
)
def test_ranking_many_areas_at_once_equals_ranking_each_alone(rows, alpha):
    frame = pd.DataFrame(rows, columns=["area", "theme", "data_signal", "residents_priority"])
    frame = frame.drop_duplicates(["area", "theme"])
    together = rank_all(frame, alpha=alpha).set_index(["area", "theme"])
    for area, part in frame.groupby("area"):
        alone = rank_themes(
            list(part["theme"]),
            data=part.set_index("theme")["data_signal"],
            residents=part.set_index("theme")["residents_priority"],
            alpha=alpha,
        )
        expected = together.xs(area, level="area")["rank"].reindex(alone["theme"]).tolist()
        assert expected == alone["rank"].tolist()
