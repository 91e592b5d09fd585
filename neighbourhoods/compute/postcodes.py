"""Postcode areas (PC4) per region, from the KWB column 'most common postcode' of each buurt."""

import pandas as pd

from . import columns as c
from .codes import level_of


def postcode_areas(kwb: pd.DataFrame) -> pd.DataFrame:
    """Per buurt and per wijk: the sorted, space-separated PC4 areas of its buurten.

    A wijk gets the areas of all its buurten, so that searching "2563" finds the wijk that
    most of that postcode area lies in.
    """
    codes = kwb[c.KWB_REGION].astype("string").str.strip()
    postcode = pd.to_numeric(kwb[c.KWB_POSTCODE], errors="coerce")
    buurten = pd.DataFrame({c.CODE: codes, "pc4": postcode})
    buurten = buurten[(codes.map(level_of) == c.NEIGHBOURHOOD) & postcode.between(1000, 9999)]
    buurten = buurten.assign(pc4=buurten["pc4"].astype(int).astype(str))
    wijken = buurten.assign(**{c.CODE: "WK" + buurten[c.CODE].str[2:8]})
    both = pd.concat([buurten, wijken], ignore_index=True)
    grouped = both.groupby(c.CODE)["pc4"].agg(lambda pcs: " ".join(sorted(set(pcs))))
    return grouped.rename(c.POSTCODES).reset_index()
