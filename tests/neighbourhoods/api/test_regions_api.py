"""The regions API: GeoJSON shapes and the Dutch API Design Rules (slashes, headers, problems)."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    return Client()


def test_the_wijken_of_a_municipality_are_a_geojson_feature_collection(client, den_haag):
    response = client.get("/api/v1/regions", {"parent": "GM0518"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert body["numberMatched"] == body["numberReturned"] == 45
    feature = next(f for f in body["features"] if f["id"] == "WK051802")
    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    properties = feature["properties"]
    assert properties["code"] == "WK051802"
    assert properties["name"] == "Wijk 02 Belgisch Park"
    assert properties["level"] == "district"
    assert properties["parentCode"] == "GM0518"
    assert properties["population"] == 8385


def test_a_page_of_regions_links_to_the_next(client, den_haag):
    body = client.get("/api/v1/regions", {"parent": "GM0518", "pageSize": 10}).json()
    assert body["numberReturned"] == 10
    assert [link["rel"] for link in body["links"]] == ["self", "next"]


def test_regions_filter_by_level_and_search_text(client, den_haag):
    body = client.get("/api/v1/regions", {"level": "municipality"}).json()
    assert [f["id"] for f in body["features"]] == ["GM0518"]
    body = client.get("/api/v1/regions", {"parent": "GM0518", "q": "belgisch"}).json()
    assert [f["id"] for f in body["features"]] == ["WK051802"]


def test_one_region_is_a_feature(client, den_haag):
    response = client.get("/api/v1/regions/WK051828")
    assert response.status_code == 200
    body = response.json()
    assert body["type"] == "Feature"
    assert body["properties"]["name"] == "Wijk 28 Centrum"


def test_an_unknown_code_is_a_problem_document(client, den_haag):
    response = client.get("/api/v1/regions/WK059999")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 404
    assert problem["title"] == "Not Found"
    assert "WK059999" in problem["detail"]


@pytest.mark.parametrize("params", [{"level": "planet"}, {"parent": "Den Haag"}])
def test_invalid_query_parameters_are_a_400_problem_naming_the_parameter(client, den_haag, params):
    response = client.get("/api/v1/regions", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400
    assert [p["name"] for p in problem["invalidParams"]] == list(params)


@pytest.mark.parametrize(
    "path", ["/api/v1/regions/", "/api/v1/regions/WK051828/", "/api/v1/openapi.json/"]
)
def test_a_trailing_slash_is_a_404_not_a_redirect(client, den_haag, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response["API-Version"] == "1.0.0"


@pytest.mark.parametrize(
    "path", ["/api/v1/regions", "/api/v1/regions/WK051828", "/api/v1/regions/XX", "/api/v1/nope"]
)
def test_every_api_response_carries_the_api_version_header(client, den_haag, path):
    assert client.get(path)["API-Version"] == "1.0.0"


def test_the_openapi_document_describes_the_regions_endpoints(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["servers"] == [{"url": "/api/v1", "description": "This installation"}]
    assert "/regions" in schema["paths"]
    assert "/regions/{code}" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/regions"]["get"]["parameters"]}
    assert {"parent", "level", "q", "page", "pageSize"} <= parameters
