"""Reads for regions."""

import pandas as pd

from .compute import columns as c
from .compute.search import fold
from .models import Region, RegionLevel, RegionQuerySet


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


def region_codes() -> frozenset[str]:
    """The codes of every known place: what imported figures may refer to."""
    return frozenset(Region.objects.values_list("code", flat=True))
