"""An area's profile: each indicator's latest value against its reference and its peers.

Pure: it takes the tidy observations of the area, its peers (the other wijken of the
municipality, the area included), the reference (the municipality) and the nation, and the
catalogue; it returns one row per indicator with what a page, a chart or the draft agenda needs.
"""

from collections import defaultdict

import numpy as np
import pandas as pd

from . import columns as c
from .derive import per_1000
from .deviation import deviations

PROFILE_COLUMNS = [
    c.INDICATOR,
    c.PERIOD,
    c.VALUE,
    c.DERIVED,
    c.REFERENCE,
    "nation",
    c.DEVIATION,
    "peer_codes",
    "peer_values",
    "peer_rank",
    "peer_count",
    "periods",
    "series",
    "reference_series",
]


def normalise(
    observations: pd.DataFrame, *, per_1000_keys: set[str], population_key: str
) -> pd.DataFrame:
    """Counts flagged in the catalogue become counts per 1,000 residents (same region, year)."""
    counts = observations[observations[c.INDICATOR].isin(per_1000_keys)]
    if counts.empty:
        return observations
    population = observations[observations[c.INDICATOR] == population_key].rename(
        columns={c.VALUE: c.POPULATION}
    )[[c.REGION, c.PERIOD, c.POPULATION]]
    parts = [
        per_1000(group, population, indicator=key)
        for key, group in counts.groupby(c.INDICATOR, sort=False)
    ]
    rest = observations[~observations[c.INDICATOR].isin(per_1000_keys)]
    return pd.concat([rest, *parts], ignore_index=True)


def latest_periods(observations: pd.DataFrame, *, region: str) -> pd.Series:
    """Per indicator, the latest period in which `region` has a value (else the latest at all)."""
    present = observations[observations[c.VALUE].notna()]
    own = present[present[c.REGION] == region].groupby(c.INDICATOR)[c.PERIOD].max()
    anywhere = present.groupby(c.INDICATOR)[c.PERIOD].max()
    return own.combine_first(anywhere)


def profile(
    observations: pd.DataFrame,
    *,
    catalogue: pd.DataFrame,
    region: str,
    reference: str | None,
    peers: list[str],
    nation: str = "NL00",
) -> pd.DataFrame:
    """One row per catalogue indicator that has a figure for the region or its reference."""
    periods = latest_periods(observations, region=region)
    by_key = catalogue.set_index("key")
    # A total grows with the size of an area: it is shown but gives no signal.
    polarity = by_key["polarity"].where(~by_key["is_total"].astype(bool), "neutral")
    known = observations[observations[c.INDICATOR].isin(periods.index)]
    latest = known[known[c.PERIOD] == known[c.INDICATOR].map(periods)]
    among = latest[latest[c.REGION].isin(set(peers))].drop_duplicates([c.INDICATOR, c.REGION])
    among = among.assign(**{c.DEVIATION: deviations(among, by=[c.INDICATOR], polarity=polarity)})
    cells, by_indicator = {}, defaultdict(list)
    for code, key, period, value, derived in observations[c.TIDY].itertuples(index=False):
        cells[(key, code, period)] = (value, derived)
        if code in (region, reference) and pd.notna(value):
            by_indicator[key].append((code, period, value))
    peer_groups = {key: group for key, group in among.groupby(c.INDICATOR, sort=False)}
    rows = []
    for key in catalogue["key"]:
        if key not in periods.index:
            continue
        period = periods[key]
        group = peer_groups.get(key, among.iloc[0:0])
        present = group[group[c.VALUE].notna()]
        value, derived = cells.get((key, region, period), (np.nan, False))
        own = group[group[c.REGION] == region][c.DEVIATION]
        rows.append(
            {
                c.INDICATOR: key,
                c.PERIOD: period,
                c.VALUE: value,
                c.DERIVED: bool(derived),
                c.REFERENCE: cells.get((key, reference, period), (np.nan,))[0],
                "nation": cells.get((key, nation, period), (np.nan,))[0],
                c.DEVIATION: own.iloc[0] if len(own) else np.nan,
                "peer_codes": present[c.REGION].tolist(),
                "peer_values": present[c.VALUE].tolist(),
                "peer_rank": int((present[c.VALUE] > value).sum()) + 1 if pd.notna(value) else None,
                "peer_count": len(present),
                **_series(by_indicator[key], region=region),
            }
        )
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)


def _series(values: list[tuple[str, str, float]], *, region: str) -> dict:
    """The values over the periods, for the region and the reference (for a trend line)."""
    own, ref = {}, {}
    for code, period, value in values:
        (own if code == region else ref)[period] = value
    periods = sorted(set(own) | set(ref))
    return {
        "periods": periods,
        "series": [own.get(period, np.nan) for period in periods],
        "reference_series": [ref.get(period, np.nan) for period in periods],
    }
