"""How well the participants of an area stand for its residents.

Per area: participants, participants per 1,000 residents, each group's share of the participants
against its share of the population, and an index 1 − total-variation distance between the two
age distributions (1: the same shape; 0: no overlap). Shares of groups with fewer than
`min_count` participants are suppressed (NaN and `suppressed`), so that nobody can be singled out.
"""

import numpy as np
import pandas as pd

from .priorities import AGE_BANDS

VOTED = ("yes", "no", "not_allowed", "rather_not")


def group_shares(
    participants: pd.DataFrame,
    margins: pd.DataFrame,
    *,
    dimension: str,
    categories: tuple[str, ...],
    min_count: int = 10,
) -> pd.DataFrame:
    """Per area and category: count, share of those who answered, population share, suppressed."""
    known = participants[participants[dimension].notna()]
    counts = known.groupby(["area", dimension]).size().rename("count")
    areas = participants["area"].unique()
    grid = pd.MultiIndex.from_product([areas, categories], names=["area", "category"])
    counts.index = counts.index.set_names(["area", "category"])
    frame = pd.DataFrame(index=grid).join(counts).fillna({"count": 0}).reset_index()
    frame["count"] = frame["count"].astype(int)
    answered = frame.groupby("area")["count"].transform("sum")
    frame["share"] = frame["count"] / answered.where(answered > 0).astype(float)
    population = margins[margins["dimension"] == dimension].set_index(["area", "category"])["share"]
    frame["population_share"] = population.reindex(
        pd.MultiIndex.from_frame(frame[["area", "category"]])
    ).to_numpy(dtype=float)
    frame["suppressed"] = frame["count"] < min_count
    frame.loc[frame["suppressed"], "share"] = np.nan
    frame["dimension"] = dimension
    return frame


def representativeness(
    participants: pd.DataFrame,
    margins: pd.DataFrame,
    *,
    residents: pd.Series,
    min_count: int = 10,
) -> pd.DataFrame:
    """Per area: participants, per 1,000 residents, the age-index and how many answered each
    question. `residents` is indexed by area."""
    counts = participants.groupby("area").size().rename("participants")
    ages = group_shares(
        participants, margins, dimension="age_band", categories=AGE_BANDS, min_count=0
    )
    answered = ages.groupby("area")["count"].sum()
    ages = ages.assign(sample=ages["count"] / ages["area"].map(answered).astype(float))
    population = ages["population_share"] / ages.groupby("area")["population_share"].transform(
        "sum"
    )
    tvd = (ages["sample"] - population).abs().groupby(ages["area"]).sum() / 2
    frame = pd.DataFrame(counts)
    frame["per_1000"] = frame["participants"] / residents.reindex(frame.index) * 1000
    frame["age_answered"] = answered.reindex(frame.index).fillna(0).astype(int)
    frame["index"] = (1 - tvd).reindex(frame.index)
    frame.loc[frame["age_answered"] < min_count, "index"] = np.nan
    return frame.reset_index(names="area")
