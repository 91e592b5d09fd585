"""Writes for regions: importing boundary files and postcode areas."""

import logging
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
from django.db import transaction
from pyogrio.errors import DataSourceError

from datasources.compute.problems import FileRejected, InputError, Problem

from . import reference
from .compute import columns as c
from .compute.boundaries import parse_boundaries
from .compute.codes import missing_ancestors
from .compute.postcodes import postcode_areas
from .compute.search import search_text
from .models import Region

logger = logging.getLogger(__name__)

REGION_FIELDS = ["name", "level", "parent", "boundary_year", "population", "area_km2", "geometry"]


class RegionImportError(FileRejected):
    """A boundary or postcode file that cannot be imported; names the file and every problem."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        super().__init__(str(path), problems, what="regions")


@dataclass(frozen=True)
class RegionImportResult:
    path: str
    read: int
    created: int
    updated: int
    ancestors_created: int
    levels: dict[str, int]


def region_import(
    *, path: Path | str, year: int | None = None, simplify_m: float = 10.0
) -> RegionImportResult:
    """Upsert the regions of a CBS wijk- en buurtkaart file (GeoJSON, GeoPackage, Shapefile).

    Parents are derived from the codes; ancestors that do not exist yet are created with their
    reference names. All or nothing: on any problem the database is unchanged.
    """
    frame = _read_boundaries(path)
    year = year or _year_from(frame)
    try:
        regions = parse_boundaries(
            frame,
            year=year,
            municipality_provinces=reference.municipality_provinces(),
            simplify_m=simplify_m,
        )
    except InputError as error:
        raise RegionImportError(path, error.problems) from error

    names = reference.reference_names()
    names.update(
        {
            parent: name
            for parent, name in zip(regions[c.PARENT], regions[c.PARENT_NAME], strict=True)
            if parent and name
        }
    )
    with transaction.atomic():
        existing = set(
            Region.objects.filter(code__in=list(regions[c.CODE])).values_list("code", flat=True)
        )
        ancestors = missing_ancestors(
            regions[c.CODE],
            municipality_provinces=reference.municipality_provinces(),
            names=names,
        )
        present = set(
            Region.objects.filter(code__in=list(ancestors[c.CODE])).values_list("code", flat=True)
        )
        new_ancestors = ancestors[~ancestors[c.CODE].isin(present)]
        Region.objects.bulk_create(
            [
                Region(
                    code=row[c.CODE],
                    name=row[c.NAME],
                    level=row[c.LEVEL],
                    parent_id=row[c.PARENT],
                    search_text=search_text(row[c.NAME], row[c.CODE]),
                )
                for row in new_ancestors.to_dict("records")
            ]
        )
        postcodes = dict(Region.objects.filter(code__in=existing).values_list("code", "postcodes"))
        order = regions[c.LEVEL].map(c.LEVELS.index)
        for _level, group in regions.assign(_o=order).sort_values("_o").groupby("_o", sort=True):
            Region.objects.bulk_create(
                [
                    _region_from_row(row, postcodes.get(row[c.CODE], ""))
                    for row in group.to_dict("records")
                ],
                update_conflicts=True,
                unique_fields=["code"],
                update_fields=[*REGION_FIELDS, "search_text"],
            )
    levels = regions[c.LEVEL].value_counts().to_dict()
    logger.info("Imported %s regions from %s", len(regions), path)
    return RegionImportResult(
        path=str(path),
        read=len(regions),
        created=len(regions) - len(existing),
        updated=len(existing),
        ancestors_created=len(new_ancestors),
        levels=levels,
    )


def region_postcodes_import(*, path: Path | str) -> int:
    """Set the postcode areas of wijken and buurten from a KWB table (CSV with CBS columns).

    Returns the number of regions updated; regions not in the database are left alone.
    """
    try:
        kwb = pd.read_csv(path, dtype={c.KWB_REGION: str}, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise RegionImportError(path, [Problem(f"the file cannot be read: {error}")]) from error
    missing = [col for col in (c.KWB_REGION, c.KWB_POSTCODE) if col not in kwb.columns]
    if missing:
        raise RegionImportError(
            path, [Problem("a required column is missing", column=col) for col in missing]
        )
    areas = postcode_areas(kwb)
    by_code = dict(zip(areas[c.CODE], areas[c.POSTCODES], strict=True))
    with transaction.atomic():
        regions = list(Region.objects.filter(code__in=list(by_code)))
        for region in regions:
            region.postcodes = by_code[region.code]
            region.search_text = search_text(region.name, region.code, region.postcodes)
        Region.objects.bulk_update(regions, ["postcodes", "search_text"])
    return len(regions)


def _read_boundaries(path: Path | str) -> gpd.GeoDataFrame:
    path = Path(path)
    if not path.exists():
        raise RegionImportError(path, [Problem("the file does not exist")])
    if path.stat().st_size == 0:
        raise RegionImportError(path, [Problem("the file is empty")])
    try:
        return gpd.read_file(path)
    except (DataSourceError, ValueError, OSError) as error:
        raise RegionImportError(
            path, [Problem(f"not a readable GeoJSON, GeoPackage or Shapefile: {error}")]
        ) from error


def _year_from(frame: gpd.GeoDataFrame) -> int | None:
    """The boundary year a file states in `jaar`/`JAAR`, or in `jrstatcode` (2023PV28), if any."""
    for column in ("jaar", "JAAR", "jrstatcode", "JRSTATCODE"):
        if column in frame.columns:
            values = frame[column].astype("string").str[:4]
            years = pd.to_numeric(values, errors="coerce").dropna()
            if not years.empty:
                return int(years.mode().iloc[0])
    return None


def _region_from_row(row: dict, postcodes: str) -> Region:
    return Region(
        code=row[c.CODE],
        name=row[c.NAME],
        level=row[c.LEVEL],
        parent_id=row[c.PARENT],
        boundary_year=row[c.YEAR],
        population=row[c.POPULATION],
        area_km2=row[c.AREA_KM2],
        geometry=row[c.GEOJSON],
        postcodes=postcodes,
        search_text=search_text(row[c.NAME], row[c.CODE], postcodes),
    )
