"""How far an area stands from the others: a robust standardised deviation, oriented by polarity.

z = (x − median) / (1.4826 · MAD), over the areas compared (a municipality's wijken). The median
and the median absolute deviation are not pulled by one extreme wijk the way a mean and a standard
deviation are; 1.4826 makes the MAD estimate the standard deviation for normal data. When more than
half the areas share one value the MAD is 0: the mean absolute deviation (× 1.2533) is used instead,
and when every value is the same, z is 0. Oriented: positive means worse than the rest.
"""

import numpy as np
import pandas as pd

MAD_TO_SD = 1.4826
MEAN_AD_TO_SD = 1.2533

ORIENTATION = {"higher_is_worse": 1.0, "higher_is_better": -1.0, "neutral": 0.0}


def robust_z(values: pd.Series) -> pd.Series:
    """The robust standardised deviation of each value from the others; NaN stays NaN."""
    present = values.dropna()
    if present.empty:
        return pd.Series(np.nan, index=values.index)
    median = present.median()
    spread = MAD_TO_SD * (present - median).abs().median()
    if spread == 0:
        spread = MEAN_AD_TO_SD * (present - median).abs().mean()
    if spread == 0:
        return values.where(values.isna(), 0.0)
    return (values - median) / spread


def oriented_deviation(values: pd.Series, polarity: str) -> pd.Series:
    """`robust_z` turned so that positive means worse; a neutral indicator is 0 (no signal)."""
    return robust_z(values) * ORIENTATION[polarity] + 0.0  # + 0.0 turns −0.0 into 0.0


def deviations(frame: pd.DataFrame, *, by: list[str], polarity: pd.Series) -> pd.Series:
    """`oriented_deviation` of `value` within each group `by`; `polarity` maps indicator → polarity.

    The frame holds one value per area within a group (for example all wijken of a municipality
    for one indicator and period).
    """
    if frame.empty:
        return pd.Series(dtype=float, index=frame.index)
    parts = [
        oriented_deviation(group["value"], polarity[key[by.index("indicator")]])
        for key, group in frame.groupby(by, sort=False)
    ]
    return pd.concat(parts).reindex(frame.index)
