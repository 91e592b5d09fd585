"""Residents' priorities per area and theme, from partial rankings, weighted to the population.

Input frames (one row each):
- rankings: participant, area, theme, rank (1 = most important; only the themes a person chose)
- participants: participant, area, and optionally age_band, gender (categories or missing)
- margins: area, dimension ("age_band" or "gender"), category, share (of the adult population)

Borda for partial rankings: with m themes, the theme ranked r gets m − r points; the m − k themes a
person left out share the points that remain, (m − k − 1)/2 each. Points are divided by m − 1, so a
score lies in [0, 1] (1: everyone's first choice). Everything is computed without a row per
participant and theme, so a million rankings fit in memory.
"""

import numpy as np
import pandas as pd

Z95 = 1.959963984540054
DIMENSIONS = ("age_band", "gender")
AGE_BANDS = ("15-25", "25-45", "45-65", "65+")
MISSING = "?"


def poststratify(
    participants: pd.DataFrame,
    margins: pd.DataFrame,
    *,
    trim: tuple[float, float] | None = (0.2, 5.0),
    iterations: int = 100,
) -> pd.Series:
    """A weight per participant so that, per area, the weighted sample has the population's
    shares by age band and gender (raking over the dimensions a person answered).

    Raking runs on the cells (area × age band × gender, a missing answer its own category), not
    on people, so a million participants take as long as a few. Participants who did not answer a
    dimension keep weight 1 in it; targets are renormalised over the categories that occur. When
    the two margins cannot both be met (say, every young participant is a woman), raking stops at
    the closest compromise after `iterations`. Weights are then trimmed to `trim` times the area's
    mean weight and rescaled to a mean of 1 per area. Indexed like `participants`.
    """
    dims = [d for d in DIMENSIONS if d in participants and d in set(margins["dimension"])]
    keys = ["area", *dims]
    cells = participants[keys].astype(object).fillna(MISSING).value_counts().rename("n")
    cells = cells.reset_index()
    n = cells["n"].to_numpy(float)
    area_codes = pd.factorize(cells["area"])[0]
    w = np.ones(len(cells))
    plans = [_raking_plan(cells, margins, dim) for dim in dims]
    for _ in range(iterations if plans else 0):
        largest_change = 0.0
        for cell_group, group_area, target, known in plans:
            mass = np.bincount(cell_group, weights=(w * n)[known], minlength=len(target))
            valid = ~np.isnan(target)
            area_mass = np.bincount(group_area, weights=np.where(valid, mass, 0.0))
            sample = mass / np.where(area_mass[group_area] > 0, area_mass[group_area], 1.0)
            ratio = np.ones(len(target))
            usable = valid & (sample > 0)
            ratio[usable] = target[usable] / sample[usable]
            factor = np.ones(len(w))
            factor[known] = ratio[cell_group]
            largest_change = max(largest_change, float(np.abs(factor - 1).max(initial=0.0)))
            w = w * factor
        if largest_change < 1e-12:
            break
    w = _rescaled(w, n, area_codes)
    if trim is not None:
        for _ in range(50):  # clip and rescale until both hold
            w = _rescaled(np.clip(w, trim[0], trim[1]), n, area_codes)
            if ((w >= trim[0] - 1e-9) & (w <= trim[1] + 1e-9)).all():
                break
    lookup = pd.Series(w, index=pd.MultiIndex.from_frame(cells[keys]))
    index = pd.MultiIndex.from_frame(participants[keys].astype(object).fillna(MISSING))
    return pd.Series(lookup.reindex(index).to_numpy(), index=participants.index)


def _rescaled(w: np.ndarray, n: np.ndarray, area_codes: np.ndarray) -> np.ndarray:
    """Weights with a mean of 1 per area, over people (a cell counts `n` times)."""
    mass = np.bincount(area_codes, weights=w * n)
    people = np.bincount(area_codes, weights=n)
    return w * (people / mass)[area_codes]


def _raking_plan(cells: pd.DataFrame, margins: pd.DataFrame, dim: str):
    """For one dimension: each known cell's (area, category) group, each group's area, its target
    share (renormalised over the groups of its area that have one; NaN where none), known cells."""
    known = (cells[dim] != MISSING).to_numpy()
    cell_group, groups = pd.MultiIndex.from_frame(cells.loc[known, ["area", dim]]).factorize()
    group_area = pd.factorize(groups.get_level_values(0))[0]
    shares = margins[margins["dimension"] == dim].set_index(["area", "category"])["share"]
    target = shares.reindex(groups).to_numpy(float)
    valid = ~np.isnan(target)
    total = np.bincount(group_area, weights=np.where(valid, target, 0.0))
    target = np.where(valid, target / np.where(total > 0, total, 1.0)[group_area], np.nan)
    return cell_group, group_area, target, known


def effective_sample_size(weights: pd.Series, areas: pd.Series) -> pd.Series:
    """Kish's effective sample size per area: (Σw)² / Σw²."""
    frame = pd.DataFrame(
        {"area": areas.to_numpy(), "w": weights.to_numpy(), "w2": weights.to_numpy() ** 2}
    )
    sums = frame.groupby("area")[["w", "w2"]].sum()
    return sums["w"] ** 2 / sums["w2"]


def theme_scores(
    rankings: pd.DataFrame,
    participants: pd.DataFrame,
    *,
    themes: list[str],
    weights: pd.Series | None = None,
) -> pd.DataFrame:
    """Per area and theme: weighted Borda score and share with the theme in their top 3, each with
    a 95% interval, participants and effective n. `weights` is indexed by participant id."""
    m = len(themes)
    people = participants.set_index("participant")
    w = pd.Series(1.0, index=people.index) if weights is None else weights
    w = w.reindex(people.index).fillna(1.0)
    ranked = rankings[rankings["theme"].isin(themes)]
    chosen = ranked.groupby("participant").size().reindex(people.index, fill_value=0)
    # What each theme a person left out gets.
    leftover = ((m - chosen - 1).clip(lower=0) / 2 / (m - 1)).astype(float)
    base = pd.DataFrame(
        {"area": people["area"], "w": w, "wu": w * leftover, "wu2": w * leftover**2}
    )
    totals = base.groupby("area")[["w", "wu", "wu2"]].sum()
    counts = people.groupby("area").size()

    rw = ranked["participant"].map(w)
    ru = ranked["participant"].map(leftover)
    x = (m - ranked["rank"]) / (m - 1)
    adjust = (
        pd.DataFrame(
            {
                "area": ranked["area"],
                "theme": ranked["theme"],
                "dx": rw * (x - ru),
                "dx2": rw * (x**2 - ru**2),
                "wtop": rw * (ranked["rank"] <= 3),
            }
        )
        .groupby(["area", "theme"])[["dx", "dx2", "wtop"]]
        .sum()
    )

    grid = pd.MultiIndex.from_product([totals.index, themes], names=["area", "theme"])
    out = pd.DataFrame(index=grid).join(adjust).fillna(0.0).reset_index()
    t = totals.reindex(out["area"]).to_numpy()
    mean = (t[:, 1] + out["dx"].to_numpy()) / t[:, 0]
    second = (t[:, 2] + out["dx2"].to_numpy()) / t[:, 0]
    n_eff = effective_sample_size(w, people["area"]).reindex(out["area"]).to_numpy()
    variance = second - mean**2
    variance = np.where(variance < 1e-12, 0.0, variance)  # rounding, not spread
    se = np.sqrt(variance / n_eff)
    share = out["wtop"].to_numpy() / t[:, 0]
    low, high = wilson(share, n_eff)
    return pd.DataFrame(
        {
            "area": out["area"],
            "theme": out["theme"],
            "score": mean,
            "score_low": np.clip(mean - Z95 * se, 0, 1),
            "score_high": np.clip(mean + Z95 * se, 0, 1),
            "top3_share": share,
            "top3_low": low,
            "top3_high": high,
            "participants": counts.reindex(out["area"]).to_numpy(),
            "effective_n": n_eff,
        }
    )


def wilson(share, n) -> tuple[np.ndarray, np.ndarray]:
    """The Wilson 95% interval of a share from `n` (effective) observations."""
    share, n = np.asarray(share, dtype=float), np.asarray(n, dtype=float)
    z2 = Z95**2
    centre = (share + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * np.sqrt(share * (1 - share) / n + z2 / (4 * n**2)) / (1 + z2 / n)
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
