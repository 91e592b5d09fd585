"""region_import and the import_regions command: formats, CRS, parents, upserts, bad files."""

import geopandas as gpd
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from shapely.geometry import box

from neighbourhoods.models import Region, RegionLevel
from neighbourhoods.services import region_import, region_postcodes_import
from tests.conftest import DATA, DEN_HAAG_WIJKEN

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def wijken() -> gpd.GeoDataFrame:
    layer = gpd.read_file(DEN_HAAG_WIJKEN).head(5)
    return layer[["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "geometry"]]


def as_cbs_shapefile_columns(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return frame.rename(
        columns={
            "wijkcode": "WK_CODE",
            "wijknaam": "WK_NAAM",
            "gemeentecode": "GM_CODE",
            "gemeentenaam": "GM_NAAM",
        }
    )


@pytest.mark.parametrize(
    ("suffix", "driver", "crs"),
    [
        (".geojson", "GeoJSON", "EPSG:4326"),
        (".gpkg", "GPKG", "EPSG:28992"),
        (".shp", "ESRI Shapefile", "EPSG:28992"),
    ],
)
def test_geojson_geopackage_and_shapefile_in_any_crs_import_alike(
    tmp_path, wijken, suffix, driver, crs
):
    path = tmp_path / f"wijken{suffix}"
    as_cbs_shapefile_columns(wijken).to_crs(crs).to_file(path, driver=driver)

    result = region_import(path=path, year=2024)

    assert (result.read, result.created) == (5, 5)
    region = Region.objects.get(code="WK051802")
    assert region.name == "Wijk 02 Belgisch Park"
    assert region.level == RegionLevel.DISTRICT
    assert region.boundary_year == 2024
    assert region.geometry["type"] in ("Polygon", "MultiPolygon")
    lon, lat = region.geometry["coordinates"][0][0]
    assert 4.2 < lon < 4.4 and 52.0 < lat < 52.2  # stored in WGS84 whatever came in
    assert 0.5 < region.area_km2 < 2.5


def test_parents_are_derived_up_to_the_country_with_reference_names(den_haag):
    wijk = Region.objects.get(code="WK051828")
    assert wijk.parent.code == "GM0518"
    assert wijk.parent.name == "'s-Gravenhage"
    assert wijk.parent.parent.code == "PV28"
    assert wijk.parent.parent.name == "Zuid-Holland"
    assert wijk.parent.parent.parent.code == "NL00"
    assert Region.objects.filter(level=RegionLevel.DISTRICT).count() == 45


def test_importing_again_updates_and_never_duplicates(den_haag):
    Region.objects.filter(code="WK051802").update(name="old name", population=1)
    result = region_import(path=DEN_HAAG_WIJKEN, year=2024)
    assert (result.created, result.updated, result.ancestors_created) == (0, 45, 0)
    assert Region.objects.count() == 45 + 3
    assert Region.objects.get(code="WK051802").population == 8385


def test_a_later_municipality_file_fills_the_parent_created_before_it(den_haag):
    region_import(path=DATA / "geo" / "provincie_2023_PV28_zuid-holland.geojson")
    assert Region.objects.get(code="PV28").geometry is not None
    assert Region.objects.get(code="PV28").boundary_year == 2023  # from the file's 'jaar'


def test_postcode_areas_come_from_the_buurten_of_each_wijk(den_haag):
    updated = region_postcodes_import(path=DATA / "tables" / "kwb_2024_85984NED_3gemeenten.csv")
    assert updated > 40
    centrum = Region.objects.get(code="WK051828")
    assert "2511" in centrum.postcodes.split()
    assert "2511" in centrum.search_text


def write_layer(path, rows, crs="EPSG:28992"):
    count = len(next(iter(rows.values())))
    geometries = [box(80000 + i * 1000, 450000, 81000 + i * 1000, 451000) for i in range(count)]
    gpd.GeoDataFrame(rows, geometry=geometries, crs=crs).to_file(path)
    return path


def assert_refused(path, *expected):
    before = list(Region.objects.values_list("code", "name"))
    with pytest.raises(CommandError) as caught:
        call_command("import_regions", str(path))
    message = str(caught.value)
    assert str(path) in message
    assert "nothing was written" in message
    for text in expected:
        assert text in message
    assert list(Region.objects.values_list("code", "name")) == before
    return message


def test_no_recognisable_code_column_is_refused(den_haag, tmp_path):
    path = write_layer(tmp_path / "x.geojson", {"naam": ["a"]})
    assert_refused(path, "no recognisable region code column")


def test_an_empty_file_and_a_file_without_features_are_refused(db, tmp_path):
    empty = tmp_path / "empty.geojson"
    empty.write_text("")
    assert_refused(empty, "the file is empty")
    no_features = tmp_path / "none.geojson"
    no_features.write_text('{"type": "FeatureCollection", "features": []}')
    assert_refused(no_features, "no features")


def test_a_file_that_is_not_a_map_layer_is_refused(db, tmp_path):
    path = tmp_path / "notes.geojson"
    path.write_text("this is not GeoJSON")
    assert_refused(path, "not a readable GeoJSON, GeoPackage or Shapefile")


def test_a_crs_that_cannot_be_read_is_refused(den_haag, tmp_path):
    path = write_layer(tmp_path / "wijken.shp", {"WK_CODE": ["WK051801"], "WK_NAAM": ["a"]})
    path.with_suffix(".prj").write_text("NOT A PROJECTION")
    assert_refused(path, "coordinate reference system")


def test_duplicate_codes_are_refused_with_both_rows(den_haag, tmp_path):
    path = write_layer(
        tmp_path / "dup.geojson", {"WK_CODE": ["WK051801", "WK051801"], "WK_NAAM": ["a", "b"]}
    )
    assert_refused(path, "row 2, column 'WK_CODE', value 'WK051801': duplicate code", "row 1")


def test_a_code_that_does_not_fit_its_level_is_refused_and_nothing_is_written(den_haag, tmp_path):
    path = write_layer(
        tmp_path / "mixed.gpkg",
        {"WK_CODE": ["WK059901", "GM0599"], "WK_NAAM": ["Rotterdam wijk", "Rotterdam"]},
    )
    assert_refused(path, "row 2, column 'WK_CODE', value 'GM0599'")
    assert not Region.objects.filter(code__in=["WK059901", "GM0599"]).exists()


def test_the_command_reports_what_it_did(db, capsys):
    call_command("import_regions", str(DEN_HAAG_WIJKEN), "--year", "2024")
    out = capsys.readouterr().out
    assert "45 regions read (45 district); 45 created, 0 updated, 3 parent regions added" in out
