"""The map page and the wijk page, as a browser without JavaScript sees them."""

import pytest
from django.test import Client

from neighbourhoods.services import region_postcodes_import
from tests.conftest import DATA

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    return Client()


def test_the_map_page_opens_on_den_haag_with_map_data_and_the_full_list(client, den_haag):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="region-map-figure"' in html
    assert "vendor/plotly/plotly.min.js" in html
    assert html.count('href="/wijken/WK05') == 45
    figure = response.context["figure"]
    coloured, grey = figure["data"]
    assert len(coloured["locations"]) + len(grey["locations"]) == 45
    assert grey["locations"] == ["WK051899"], "Groot water has no residents: grey, never 0"
    assert "8.385" in str(figure["data"][0]["customdata"])  # population in the hover, Dutch format


def test_the_list_can_be_searched_by_name_without_javascript(client, den_haag):
    response = client.get("/", {"area": "GM0518", "q": "schevening"})
    names = [region.name for region in response.context["parts"]]
    assert names == ["Wijk 06 Van Stolkpark en Scheveningse Bosjes", "Wijk 07 Scheveningen"]


def test_the_list_can_be_searched_by_postcode_area(client, den_haag):
    region_postcodes_import(path=DATA / "tables" / "kwb_2024_85984NED_3gemeenten.csv")
    response = client.get("/", {"area": "GM0518", "q": "2511"})
    assert "Wijk 28 Centrum" in [region.name for region in response.context["parts"]]


def test_a_province_shows_its_municipalities(client, zuid_holland):
    response = client.get("/", {"area": "PV28"})
    assert response.status_code == 200
    assert len(response.context["parts"]) == 50
    assert "Gemeenten in Zuid-Holland" in response.content.decode()


def test_an_unknown_area_says_so_and_shows_the_default(client, den_haag):
    response = client.get("/", {"area": "GM9999"})
    assert response.status_code == 200
    assert "GM9999" in response.content.decode()
    assert response.context["area"].code == "GM0518"


def test_the_wijk_page_shows_name_municipality_population_and_a_small_map(client, den_haag):
    response = client.get("/wijken/WK051802")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="utrecht-heading-1">Wijk 02 Belgisch Park</h1>' in html
    assert "&#x27;s-Gravenhage" in html
    assert "8.385" in html
    assert html.count('class="region region--highlight"') == 1
    assert html.count('<a href="/wijken/WK05') == 44  # the other wijken link to their pages


def test_an_unknown_wijk_is_a_404_page(client, den_haag):
    assert client.get("/wijken/WK059999").status_code == 404


def test_a_municipality_code_on_the_wijk_url_leads_to_its_map(client, den_haag):
    response = client.get("/wijken/GM0518")
    assert response.status_code == 302
    assert response["Location"] == "/?area=GM0518"


def test_pages_are_dutch_by_default_and_english_under_en(client, den_haag):
    dutch = client.get("/wijken/WK051802").content.decode()
    english = client.get("/en/wijken/WK051802").content.decode()
    assert 'lang="nl"' in dutch and "Inwoners" in dutch
    assert 'lang="en"' in english and "Residents" in english
