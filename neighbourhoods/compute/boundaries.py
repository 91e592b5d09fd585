"""Parse a CBS wijk- en buurtkaart layer into one tidy frame of regions.

Pure: a GeoDataFrame in (as read from GeoJSON, GeoPackage or Shapefile, in any CRS), a new
frame out with our column names, valid geometry in WGS84 simplified for the web, and the
area in km² measured in RD New (EPSG:28992).
"""

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj.exceptions import CRSError
from shapely.geometry import mapping

from datasources.compute.problems import InputError, Problem

from . import columns as c
from .codes import fits_level, level_of, parent_code
from .search import search_text

RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
COORDINATE_DECIMALS = 5  # about 1 m: enough for a map, small on the wire


def detect_scheme(columns: list[str]) -> tuple | None:
    """The first boundary scheme whose code and name columns are present (case-insensitive)."""
    lower = {name.lower(): name for name in columns}
    for level, code, name, parent, parent_name, population in c.BOUNDARY_SCHEMES:
        if code.lower() in lower and name.lower() in lower:
            found = {
                key: lower.get(value.lower()) if value else None
                for key, value in (
                    ("code", code),
                    ("name", name),
                    ("parent", parent),
                    ("parent_name", parent_name),
                    ("population", population),
                )
            }
            if not found["population"]:
                found["population"] = next(
                    (lower[a.lower()] for a in c.POPULATION_ALIASES if a.lower() in lower), None
                )
            return level, found
    return None


def parse_boundaries(
    frame: gpd.GeoDataFrame,
    *,
    year: int | None,
    municipality_provinces: dict[str, str],
    simplify_m: float = 10.0,
) -> pd.DataFrame:
    """Regions from a boundary layer: code, name, level, parent, population, area, GeoJSON.

    Raises InputError naming every row, column and value that cannot be used.
    """
    if frame.empty:
        raise InputError([Problem("the file holds no features")])
    scheme = detect_scheme(list(frame.columns))
    if scheme is None:
        raise InputError(
            [
                Problem(
                    "no recognisable region code column; expected one of "
                    + ", ".join(sorted({s[1] for s in c.BOUNDARY_SCHEMES}))
                    + f"; found {', '.join(str(col) for col in frame.columns)}"
                )
            ]
        )
    level, cols = scheme
    if frame.crs is None:
        raise InputError([Problem("the file has no coordinate reference system that can be read")])

    codes = frame[cols["code"]].astype("string").str.strip()
    names = frame[cols["name"]].astype("string").str.strip()
    problems = _code_problems(codes, level=level, column=cols["code"])
    problems += [
        Problem("the feature has no geometry", row=i + 1, column="geometry")
        for i, geometry in enumerate(frame.geometry)
        if geometry is None or geometry.is_empty
    ]
    if problems:
        raise InputError(problems)

    try:
        projected = frame.geometry.to_crs(RD_NEW)
    except (CRSError, ValueError) as error:
        problem = Problem(f"the coordinate reference system cannot be used: {error}")
        raise InputError([problem]) from error
    if not np.isfinite(projected.total_bounds).all():
        raise InputError([Problem(f"the coordinates cannot be projected from {frame.crs}")])
    repaired = _polygonal(shapely.make_valid(projected.values))
    simplified = gpd.GeoSeries(
        shapely.simplify(repaired, simplify_m, preserve_topology=True), crs=RD_NEW
    ).to_crs(WGS84)
    rounded = shapely.transform(simplified.values, lambda xy: np.round(xy, COORDINATE_DECIMALS))
    # RFC 7946: exterior rings counter-clockwise, holes clockwise.
    rounded = shapely.orient_polygons(rounded, exterior_cw=False)

    levels = codes.map(level_of) if level is None else pd.Series(level, index=frame.index)
    population = (
        pd.to_numeric(frame[cols["population"]], errors="coerce")
        if cols["population"]
        else pd.Series(np.nan, index=frame.index)
    )
    parents = codes.map(
        lambda code: parent_code(code, municipality_provinces=municipality_provinces)
    )
    parent_names = (
        frame[cols["parent_name"]].astype("string").str.strip()
        if cols["parent_name"]
        else pd.Series(pd.NA, index=frame.index, dtype="string")
    )
    return pd.DataFrame(
        {
            c.CODE: codes.to_numpy(dtype=object),
            c.NAME: names.fillna(codes).to_numpy(dtype=object),
            c.LEVEL: levels.to_numpy(dtype=object),
            c.PARENT: parents.to_numpy(dtype=object),
            c.PARENT_NAME: parent_names.to_numpy(dtype=object),
            c.POPULATION: population.where(population >= 0).astype("Int64").to_numpy(dtype=object),
            c.YEAR: year,
            c.AREA_KM2: np.round(shapely.area(repaired) / 1e6, 4),
            c.GEOJSON: [mapping(geometry) for geometry in rounded],
            c.SEARCH: [search_text(name, code) for name, code in zip(names, codes, strict=True)],
        }
    ).replace({pd.NA: None, np.nan: None})


def _code_problems(codes: pd.Series, *, level: str | None, column: str) -> list[Problem]:
    problems = []
    first_row: dict[str, int] = {}
    for i, code in enumerate(codes, start=1):
        if code is pd.NA or not code:
            problems.append(Problem("the region code is empty", row=i, column=column))
            continue
        if level is None:
            if level_of(code) is None:
                problems.append(
                    Problem("this is not a CBS region code", row=i, column=column, value=code)
                )
        elif not fits_level(code, level):
            problems.append(
                Problem(
                    f"the code does not fit the level {level} ({c.CODE_PATTERNS[level]})",
                    row=i,
                    column=column,
                    value=code,
                )
            )
        if code in first_row:
            problems.append(
                Problem(
                    f"duplicate code; it is also on row {first_row[code]}",
                    row=i,
                    column=column,
                    value=code,
                )
            )
        else:
            first_row[code] = i
    return problems


def _polygonal(geometries: np.ndarray) -> np.ndarray:
    """Keep the polygon parts of repaired geometries (make_valid may add lines or points)."""
    parts = []
    for geometry in geometries:
        if geometry.geom_type in ("Polygon", "MultiPolygon"):
            parts.append(geometry)
            continue
        polygons = [
            part
            for part in shapely.get_parts(geometry)
            if part.geom_type in ("Polygon", "MultiPolygon")
        ]
        parts.append(shapely.union_all(polygons) if polygons else geometry)
    return np.array(parts, dtype=object)
