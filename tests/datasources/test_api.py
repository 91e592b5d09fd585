"""The facts API: themes, indicators, a region's observations, and import runs for staff."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.conftest import KWB_DEN_HAAG

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    return Client()


def test_themes_are_listed_in_their_order(client):
    body = client.get("/api/v1/themes").json()
    assert body["numberMatched"] == 9
    assert [t["key"] for t in body["items"]][:3] == ["wonen", "veiligheid", "gezondheid"]
    assert body["items"][0]["nameEn"] == "Housing"


def test_indicators_can_be_filtered_by_theme(client):
    body = client.get("/api/v1/indicators", {"theme": "veiligheid"}).json()
    keys = [i["key"] for i in body["items"]]
    assert keys == ["politie-misdrijven", "politie-misdrijven-per-1000"]
    rate = body["items"][1]
    assert (rate["polarity"], rate["unit"], rate["derived"]) == (
        "higher_is_worse",
        "per_1000",
        True,
    )
    assert (
        client.get("/api/v1/indicators/kwb-inwoners").json()["sourceColumn"] == "AantalInwoners_5"
    )


def test_a_regions_observations_carry_unit_source_and_licence(client, den_haag_figures):
    response = client.get(
        "/api/v1/regions/WK051802/observations", {"indicator": "kwb-inkomen-per-inwoner"}
    )
    assert response.status_code == 200 and response["API-Version"] == "1.0.0"
    (item,) = response.json()["items"]
    assert item == {
        "indicator": "kwb-inkomen-per-inwoner",
        "theme": "bestaanszekerheid",
        "period": "2024",
        "value": 43.9,
        "unit": "euro_thousands",
        "derived": False,
        "source": "CBS, Kerncijfers wijken en buurten",
        "tableId": "85984NED",
        "licence": "CC BY 4.0",
        "importRun": item["importRun"],
    }


def test_observations_of_an_unknown_region_or_bad_filter_are_problems(client, den_haag):
    missing = client.get("/api/v1/regions/WK051898/observations")
    assert missing.status_code == 404 and missing["Content-Type"] == "application/problem+json"
    bad = client.get("/api/v1/regions/WK051802/observations", {"period": "20x4"})
    assert bad.status_code == 400
    assert bad.json()["invalidParams"][0]["name"] == "period"


def test_import_runs_are_for_staff_only(client, den_haag_figures):
    assert client.get("/api/v1/import-runs").status_code == 403
    staff = get_user_model().objects.create_user("officer", password="pw", is_staff=True)
    client.force_login(staff)
    body = client.get("/api/v1/import-runs").json()
    assert body["numberMatched"] == 3
    kwb = next(run for run in body["items"] if run["source"] == "cbs-kwb")
    assert (kwb["fileName"], kwb["status"], kwb["rowsRead"]) == (
        KWB_DEN_HAAG.name,
        "succeeded",
        159,
    )


def test_the_openapi_document_lists_the_new_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]  # after the server /api/v1
    for path in [
        "/themes",
        "/indicators",
        "/import-runs",
        "/regions/{code}/observations",
    ]:
        assert path in paths
