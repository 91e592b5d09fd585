"""Reference tables shipped with the project: municipality → province, province names."""

from functools import cache
from pathlib import Path

import pandas as pd
from django.conf import settings


def data_dir() -> Path:
    return Path(settings.WIJKAGENDA_DATA_DIR)


@cache
def municipality_table() -> pd.DataFrame:
    """Every municipality of 2024 with its province code (CBS 85755NED, via the shipped table)."""
    municipalities = pd.read_csv(data_dir() / "tables" / "gemeenten_nl_2024_overzicht.csv")
    provinces = province_table()
    by_slug = dict(zip(provinces["slug"], provinces["code"], strict=True))
    return municipalities.assign(province_code=municipalities["provincie"].map(by_slug))


@cache
def province_table() -> pd.DataFrame:
    return pd.read_csv(data_dir() / "tables" / "provincies_nl.csv", dtype=str)


def municipality_provinces() -> dict[str, str]:
    table = municipality_table()
    return dict(zip(table["code"], table["province_code"], strict=True))


def reference_names() -> dict[str, str]:
    """Names of the country, provinces and municipalities, for parents a file does not name."""
    names = {"NL00": "Nederland"}
    names.update(zip(province_table()["code"], province_table()["name"], strict=True))
    names.update(zip(municipality_table()["code"], municipality_table()["name"], strict=True))
    return names
