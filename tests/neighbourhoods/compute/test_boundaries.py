"""Parsing boundary layers: columns, levels, CRS, repair, simplification and every bad input."""

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import Polygon, box

from datasources.compute.problems import InputError
from neighbourhoods.compute import columns as c
from neighbourhoods.compute.boundaries import detect_scheme, parse_boundaries
from tests.conftest import DEN_HAAG_WIJKEN, ZUID_HOLLAND_GEMEENTEN

PROVINCES = {"GM0518": "PV28"}


@pytest.fixture(scope="module")
def den_haag_layer() -> gpd.GeoDataFrame:
    return gpd.read_file(DEN_HAAG_WIJKEN)


def parse(frame, **kwargs):
    return parse_boundaries(frame, year=2024, municipality_provinces=PROVINCES, **kwargs)


def square(x: float, y: float, size: float = 1000) -> Polygon:
    return box(x, y, x + size, y + size)


def rd_layer(rows: dict, geometries: list) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry=geometries, crs="EPSG:28992")


@pytest.mark.parametrize(
    ("columns", "level"),
    [
        (["WK_CODE", "WK_NAAM", "GM_CODE", "GM_NAAM"], c.DISTRICT),
        (["BU_CODE", "BU_NAAM", "WK_CODE", "GM_CODE"], c.NEIGHBOURHOOD),
        (["GM_CODE", "GM_NAAM"], c.MUNICIPALITY),
        (["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam"], c.DISTRICT),
        (["gemeentecode", "gemeentenaam", "aantalInwoners"], c.MUNICIPALITY),
        (["statcode", "statnaam", "jrstatcode"], None),
    ],
)
def test_the_column_names_cbs_and_pdok_use_are_recognised(columns, level):
    found_level, found = detect_scheme(columns)
    assert found_level == level
    assert found["code"] == columns[0]


def test_the_real_den_haag_wijken_parse_with_parents_population_and_area(den_haag_layer):
    regions = parse(den_haag_layer).set_index(c.CODE)
    assert len(regions) == 45
    belgisch_park = regions.loc["WK051802"]
    assert belgisch_park[c.NAME] == "Wijk 02 Belgisch Park"
    assert belgisch_park[c.LEVEL] == c.DISTRICT
    assert belgisch_park[c.PARENT] == "GM0518"
    assert belgisch_park[c.PARENT_NAME] == "'s-Gravenhage"
    assert belgisch_park[c.POPULATION] == 8385  # the same figure as KWB 85984NED
    assert belgisch_park[c.YEAR] == 2024
    assert 0.5 < belgisch_park[c.AREA_KM2] < 2.5
    assert belgisch_park[c.GEOJSON]["type"] in ("Polygon", "MultiPolygon")
    assert regions.loc["WK051899", c.POPULATION] is None  # Groot water: CBS published none


def test_area_is_measured_in_rd_new_whatever_the_input_crs(den_haag_layer):
    """The same wijken in WGS84 and in RD New give the same areas and the same WGS84 output."""
    from_wgs84 = parse(den_haag_layer).set_index(c.CODE)
    from_rd = parse(den_haag_layer.to_crs("EPSG:28992")).set_index(c.CODE)
    assert (
        from_rd[c.AREA_KM2]
        .astype(float)
        .round(2)
        .equals(from_wgs84[c.AREA_KM2].astype(float).round(2))
    )
    lon, lat = from_rd.loc["WK051828", c.GEOJSON]["coordinates"][0][0]
    assert 4.2 < lon < 4.4
    assert 52.0 < lat < 52.2


def test_geometry_is_simplified_and_coordinates_rounded_for_the_web(den_haag_layer):
    detailed = parse(den_haag_layer, simplify_m=0.0)
    simplified = parse(den_haag_layer, simplify_m=50.0)

    def vertices(frame):
        return sum(shapely.get_num_coordinates(shapely.geometry.shape(g)) for g in frame[c.GEOJSON])

    assert vertices(simplified) < vertices(detailed)
    coordinate = simplified[c.GEOJSON].iloc[0]["coordinates"][0][0][0]
    assert round(coordinate, 5) == coordinate


def test_an_invalid_geometry_is_repaired():
    bowtie = Polygon([(0, 0), (1000, 1000), (1000, 0), (0, 1000), (0, 0)])
    assert not bowtie.is_valid
    layer = rd_layer(
        {"gemeentecode": ["GM0518"], "gemeentenaam": ["'s-Gravenhage"]},
        [shapely.affinity.translate(bowtie, 80000, 450000)],
    )
    regions = parse(layer)
    geometry = shapely.geometry.shape(regions[c.GEOJSON].iloc[0])
    assert geometry.is_valid
    assert regions[c.AREA_KM2].iloc[0] == pytest.approx(0.5, rel=0.01)


def test_the_real_invalid_zuid_holland_municipality_is_repaired():
    layer = gpd.read_file(ZUID_HOLLAND_GEMEENTEN)
    assert not layer.set_index("gemeentecode").loc["GM1924"].geometry.is_valid
    regions = parse(layer).set_index(c.CODE)
    assert shapely.geometry.shape(regions.loc["GM1924", c.GEOJSON]).is_valid


def test_statcode_files_take_the_level_from_each_code():
    layer = rd_layer(
        {"statcode": ["PV28", "GM0518"], "statnaam": ["Zuid-Holland", "'s-Gravenhage"]},
        [square(80000, 450000), square(90000, 450000)],
    )
    regions = parse(layer).set_index(c.CODE)
    assert regions.loc["PV28", c.LEVEL] == c.PROVINCE_LEVEL
    assert regions.loc["PV28", c.PARENT] == "NL00"
    assert regions.loc["GM0518", c.PARENT] == "PV28"


def problems_of(frame) -> list:
    with pytest.raises(InputError) as caught:
        parse(frame)
    return caught.value.problems


def test_an_empty_layer_is_refused():
    empty = gpd.GeoDataFrame({"wijkcode": []}, geometry=[], crs="EPSG:4326")
    assert "no features" in problems_of(empty)[0].message


def test_a_layer_without_a_code_column_names_the_columns_it_found():
    layer = rd_layer({"naam": ["Centrum"], "inwoners": [3]}, [square(80000, 450000)])
    (problem,) = problems_of(layer)
    assert "no recognisable region code column" in problem.message
    assert "naam" in problem.message
    assert "WK_CODE" in problem.message


def test_a_layer_without_crs_is_refused():
    layer = gpd.GeoDataFrame(
        {"WK_CODE": ["WK051801"], "WK_NAAM": ["Oostduinen"]}, geometry=[square(0, 0)]
    )
    assert "coordinate reference system" in problems_of(layer)[0].message


def test_duplicate_codes_name_both_rows():
    layer = rd_layer(
        {"WK_CODE": ["WK051801", "WK051802", "WK051801"], "WK_NAAM": ["a", "b", "c"]},
        [square(80000, 450000), square(81000, 450000), square(82000, 450000)],
    )
    (problem,) = problems_of(layer)
    assert (problem.row, problem.column, problem.value) == (3, "WK_CODE", "WK051801")
    assert "row 1" in problem.message


def test_a_code_that_does_not_fit_its_level_is_named_with_row_column_and_value():
    layer = rd_layer(
        {"WK_CODE": ["WK051801", "GM0518", " "], "WK_NAAM": ["a", "b", "c"]},
        [square(80000, 450000), square(81000, 450000), square(82000, 450000)],
    )
    problems = problems_of(layer)
    assert [(p.row, p.column, p.value) for p in problems] == [
        (2, "WK_CODE", "GM0518"),
        (3, "WK_CODE", None),
    ]
    assert "does not fit the level district" in problems[0].message
    assert "empty" in problems[1].message


def test_a_feature_without_geometry_is_refused():
    layer = rd_layer({"GM_CODE": ["GM0518"], "GM_NAAM": ["x"]}, [None])
    (problem,) = problems_of(layer)
    assert (problem.row, problem.column) == (1, "geometry")


def test_stored_geometry_follows_rfc_7946_winding(den_haag_layer):
    """Exterior rings counter-clockwise whatever the file had (RFC 7946 § 3.1.6)."""
    regions = parse(den_haag_layer.assign(geometry=den_haag_layer.geometry.reverse()))
    for geojson in regions[c.GEOJSON]:
        for polygon in shapely.get_parts(shapely.geometry.shape(geojson)):
            assert polygon.exterior.is_ccw
