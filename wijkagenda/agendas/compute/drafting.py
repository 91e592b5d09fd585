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
    present = values.dropna()
    if len(present) < 2 or present.std(ddof=0) == 0:
        return values.where(values.isna(), 0.0)
    return (values - present.mean()) / present.std(ddof=0)


def rank_themes(
    themes: list[str], *, data: pd.Series, residents: pd.Series, alpha: float
) -> pd.DataFrame:
    """Every theme with both signals, their standardised values, the combined score and a rank."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must lie between 0 and 1, not {alpha!r}")
    frame = pd.DataFrame({"theme": sorted(themes)})
    frame["data_signal"] = frame["theme"].map(data).astype(float)
    frame["residents_priority"] = frame["theme"].map(residents).astype(float)
    frame["data_std"] = standardise(frame["data_signal"])
    frame["residents_std"] = standardise(frame["residents_priority"])
    has_data, has_residents = frame["data_std"].notna().any(), frame["residents_std"].notna().any()
    weight = alpha if has_data and has_residents else (1.0 if has_residents else 0.0)
    frame["combined"] = weight * frame["residents_std"].fillna(0.0) + (1 - weight) * frame[
        "data_std"
    ].fillna(0.0)
    if not has_data and not has_residents:
        frame["combined"] = np.nan
    order = frame.assign(key=frame["combined"].fillna(-np.inf)).sort_values(
        ["key", "theme"], ascending=[False, True], kind="stable"
    )
    frame.loc[order.index, "rank"] = np.arange(1, len(frame) + 1)
    frame["rank"] = frame["rank"].astype(int)
    return frame.sort_values("rank", ignore_index=True)[SIGNAL_COLUMNS]


def drivers(indicators: pd.DataFrame, *, theme: str, count: int = 3) -> pd.DataFrame:
    """The indicators of a theme that push it up most (largest oriented deviation first)."""
    of_theme = indicators[
        (indicators["theme"] == theme)
        & indicators["deviation"].notna()
        & (indicators["polarity"] != "neutral")
    ]
    return of_theme.sort_values(["deviation", "indicator"], ascending=[False, True]).head(count)
