"""Trends over periods: the change from first to last and the slope per year."""

import numpy as np
import pandas as pd

from . import columns as c


def trend(frame: pd.DataFrame) -> pd.DataFrame:
    """Per (region, indicator) with at least two yearly values: first/last period and value,
    the change and the least-squares slope per year. Periods must be years (`2024`)."""
    present = frame.dropna(subset=[c.VALUE])
    present = present.assign(year=pd.to_numeric(present[c.PERIOD], errors="coerce"))
    present = present.dropna(subset=["year"]).sort_values("year")
    rows = []
    for (region, indicator), group in present.groupby([c.REGION, c.INDICATOR], sort=True):
        if len(group) < 2:
            continue
        years, values = group["year"].to_numpy(float), group[c.VALUE].to_numpy(float)
        slope = np.polyfit(years - years.mean(), values, 1)[0]
        rows.append(
            {
                c.REGION: region,
                c.INDICATOR: indicator,
                "periods": len(group),
                "first_period": str(int(years[0])),
                "first_value": values[0],
                "last_period": str(int(years[-1])),
                "last_value": values[-1],
                "change": values[-1] - values[0],
                "slope_per_year": float(slope),
            }
        )
    columns = [
        c.REGION,
        c.INDICATOR,
        "periods",
        "first_period",
        "first_value",
        "last_period",
        "last_value",
        "change",
        "slope_per_year",
    ]
    return pd.DataFrame(rows, columns=columns)
