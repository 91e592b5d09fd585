"""Reads for regions."""

import pandas as pd

from datasources.catalogue import POPULATION
from datasources.compute.profile import normalise, profile
from datasources.selectors import indicator_frame, observation_frame

from .compute import columns as c
from .compute.search import fold
from .models import Region, RegionLevel, RegionQuerySet

NATION = "NL00"


def region_get(*, code: str) -> Region:
    return Region.objects.select_related("parent").get(code=code)


def region_list(
    *, parent: str | None = None, level: str | None = None, text: str = ""
) -> RegionQuerySet:
    """Regions filtered by parent code, level and search text (name, code or postcode)."""
    queryset = Region.objects.select_related("parent")
    if parent:
        queryset = queryset.children_of(parent)
    if level:
        queryset = queryset.filter(level=level)
    if text:
        queryset = queryset.matching(fold(text))
    return queryset.order_by("name", "code")


def region_children(*, code: str, text: str = "") -> RegionQuerySet:
    """The parts of a region (wijken of a municipality, municipalities of a province)."""
    return region_list(parent=code, text=text)


def region_map_choices() -> dict[str, list[Region]]:
    """Regions that have parts to show on the map, by level: provinces and municipalities."""
    regions = (
        Region.objects.with_children()
        .filter(level__in=[RegionLevel.PROVINCE, RegionLevel.MUNICIPALITY])
        .order_by("name")
        .only("code", "name", "level")
    )
    grouped: dict[str, list[Region]] = {RegionLevel.PROVINCE: [], RegionLevel.MUNICIPALITY: []}
    for region in regions:
        grouped[region.level].append(region)
    return grouped


def region_frame(*, regions) -> pd.DataFrame:
    """Regions as a frame for the compute functions (code, name, level, population, geojson)."""
    rows = regions.values_list("code", "name", "level", "population", "postcodes", "geometry")
    return pd.DataFrame(
        list(rows), columns=[c.CODE, c.NAME, c.LEVEL, c.POPULATION, c.POSTCODES, c.GEOJSON]
    )


def region_exists(*, code: str) -> bool:
    return Region.objects.filter(code=code).exists()


def region_codes() -> frozenset[str]:
    """The codes of every known place: what imported figures may refer to."""
    return frozenset(Region.objects.values_list("code", flat=True))


def region_peers(*, region: Region) -> list[str]:
    """The areas a region is compared with: its parent's parts at its level, itself included."""
    if region.parent_id is None:
        return [region.code]
    return list(
        Region.objects.filter(parent_id=region.parent_id, level=region.level).values_list(
            "code", flat=True
        )
    )


def region_profile(*, region: Region) -> pd.DataFrame:
    """The region's data profile: per indicator its latest value, reference, peers and trend."""
    peers = region_peers(region=region)
    catalogue = indicator_frame()
    codes = {*peers, region.parent_id or region.code, NATION}
    observations = normalise(
        observation_frame(region_codes=codes),
        per_1000_keys=set(catalogue.loc[catalogue["normalisation"] == "per_1000", "key"]),
        population_key=POPULATION,
    )
    return profile(
        observations,
        catalogue=catalogue[catalogue["unit"] != "code"],
        region=region.code,
        reference=region.parent_id,
        peers=peers,
        nation=NATION,
    )


def region_indicator_values(*, parent: str, indicator: str) -> tuple[str | None, pd.Series]:
    """The latest period in which the parts of `parent` have `indicator`, and their values."""
    codes = list(Region.objects.children_of(parent).values_list("code", flat=True))
    catalogue = indicator_frame().set_index("key")
    keys = {indicator, POPULATION}
    observations = normalise(
        observation_frame(region_codes=codes, indicators=keys),
        per_1000_keys={indicator}
        if catalogue.at[indicator, "normalisation"] == "per_1000"
        else set(),
        population_key=POPULATION,
    )
    of_key = observations[(observations["indicator"] == indicator) & observations["value"].notna()]
    if of_key.empty:
        return None, pd.Series(dtype=float)
    period = of_key["period"].max()
    return period, of_key[of_key["period"] == period].set_index("region_code")["value"]
