"""How a draft agenda is made, as pure functions of frames (see DESIGN.md, "the method").

1. A theme's **data signal** is the mean oriented deviation (median/MAD, positive = worse than the
   other areas) of its indicators that have a direction.
2. The **residents' priority** is the weighted Borda score of the theme (0–1).
3. Both are standardised over the themes of the area and combined:
   combined = α · residents + (1 − α) · data. α = 1 gives the residents' order, α = 0 the data's.
   A theme without one of the two counts as average (0) on it; an area without any figures or any
   rankings is ranked on what exists.
4. The themes are ranked by the combined score (ties by theme key, so input order never matters);
   the top N become items, each with the indicators that drive it.
"""

import numpy as np
import pandas as pd

SIGNAL_COLUMNS = [
    "theme",
    "data_signal",
    "residents_priority",
    "data_std",
    "residents_std",
    "combined",
    "rank",
]


def data_signals(indicators: pd.DataFrame) -> pd.Series:
    """Theme → mean oriented deviation of its indicators (rows: theme, deviation, polarity).

    Neutral indicators and totals carry no direction and are left out (their deviation is 0).
    """
    directed = indicators[(indicators["polarity"] != "neutral") & indicators["deviation"].notna()]
    return directed.groupby("theme")["deviation"].mean()


def standardise(values: pd.Series) -> pd.Series:
    """(x − mean) / standard deviation over the themes; all equal (or one) gives 0; NaN stays."""
    return _standardised(values, pd.Series(0, index=values.index))


def _standardised(values: pd.Series, areas: pd.Series) -> pd.Series:
    """`standardise` within each area, vectorised."""
    grouped = values.groupby(areas)
    mean = grouped.transform("mean")
    spread = grouped.transform("std", ddof=0)
    count = grouped.transform("count")
    z = (values - mean) / spread
    return z.where(~((count < 2) | (spread == 0)) | values.isna(), 0.0)


def rank_themes(
    themes: list[str], *, data: pd.Series, residents: pd.Series, alpha: float
) -> pd.DataFrame:
    """Every theme with both signals, their standardised values, the combined score and a rank."""
    frame = pd.DataFrame({"area": "", "theme": themes})
    frame["data_signal"] = frame["theme"].map(data).astype(float)
    frame["residents_priority"] = frame["theme"].map(residents).astype(float)
    return rank_all(frame, alpha=alpha).drop(columns="area")


def rank_all(signals: pd.DataFrame, *, alpha: float) -> pd.DataFrame:
    """`rank_themes` for many areas at once (rows: area, theme, data_signal, residents_priority).

    Within an area: an area without any data signal is ranked on residents, one without residents
    on data, one without either by theme key (combined is NaN then).
    """
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must lie between 0 and 1, not {alpha!r}")
    frame = signals.sort_values(["area", "theme"], ignore_index=True)
    areas = frame["area"]
    frame["data_std"] = _standardised(frame["data_signal"], areas)
    frame["residents_std"] = _standardised(frame["residents_priority"], areas)
    has_data = frame["data_std"].notna().groupby(areas).transform("any")
    has_residents = frame["residents_std"].notna().groupby(areas).transform("any")
    weight = np.where(has_data & has_residents, alpha, np.where(has_residents, 1.0, 0.0))
    combined = weight * frame["residents_std"].fillna(0.0) + (1 - weight) * frame[
        "data_std"
    ].fillna(0.0)
    frame["combined"] = combined.where(has_data | has_residents)
    order = frame.assign(key=frame["combined"].fillna(-np.inf)).sort_values(
        ["area", "key", "theme"], ascending=[True, False, True], kind="stable"
    )
    frame.loc[order.index, "rank"] = order.groupby("area").cumcount().to_numpy() + 1
    frame["rank"] = frame["rank"].astype(int)
    return frame.sort_values(["area", "rank"], ignore_index=True)[["area", *SIGNAL_COLUMNS]]


def drivers(indicators: pd.DataFrame, *, theme: str, count: int = 3) -> pd.DataFrame:
    """The indicators of a theme that push it up most (largest oriented deviation first)."""
    of_theme = indicators[
        (indicators["theme"] == theme)
        & indicators["deviation"].notna()
        & (indicators["polarity"] != "neutral")
    ]
    return of_theme.sort_values(["deviation", "indicator"], ascending=[False, True]).head(count)
