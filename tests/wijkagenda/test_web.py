"""Project plumbing: theme setting, static plotly.js, OpenAPI schema, the demo load."""

import pytest
from django.contrib.staticfiles import finders
from django.core.checks import run_checks
from django.core.management import call_command
from django.test import Client
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from neighbourhoods.models import Region, RegionLevel


def test_plotly_js_is_found_in_the_plotly_package_not_in_the_repository():
    path = finders.find("vendor/plotly/plotly.min.js")
    assert path and "site-packages/plotly/package_data" in path


def test_the_openapi_schema_builds_and_is_valid():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    assert all(not path.endswith("/") for path in schema["paths"])


def test_an_unknown_theme_fails_the_system_check(settings):
    settings.WIJKAGENDA_THEME = "purple"
    errors = [message for message in run_checks() if message.id == "wijkagenda.E001"]
    assert errors and "purple" in errors[0].msg


@pytest.mark.django_db
def test_the_den_haag_theme_is_a_setting(settings, den_haag):
    settings.WIJKAGENDA_THEME = "denhaag"
    html = Client().get("/wijken/WK051802").content.decode()
    assert 'class="utrecht-html denhaag-theme"' in html
    assert "vendor/denhaag-design-tokens/theme.css" in html


@pytest.mark.django_db
def test_loading_the_demo_twice_gives_the_same_regions():
    call_command("load_demo")
    first = Region.objects.count()
    call_command("load_demo")
    assert Region.objects.count() == first
    assert Region.objects.filter(level=RegionLevel.MUNICIPALITY).count() >= 342
    assert Region.objects.filter(parent_id="GM0518").count() == 45
    assert Region.objects.filter(parent_id="PV28", level=RegionLevel.MUNICIPALITY).count() == 50
    assert Region.objects.get(code="WK051828").postcodes


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/regions?q=a%00b",
        "/api/v1/regions/GM%000518",
        "/api/v1/themes/wo%00nen",
        "/api/v1/agendas?region=%00",
    ],
)
def test_a_nul_character_in_an_api_request_is_a_400_problem(client, den_haag, url, settings):
    settings.DEBUG = True  # the same answer in development, not Django's technical page
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response["API-Version"]
    assert "NUL character" in response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/wijken/WK%00051828", "Verzoek niet begrepen"),
        ("/?q=%00", "Verzoek niet begrepen"),
        ("/en/?area%00=GM0518", "Request not understood"),
    ],
)
def test_a_nul_character_in_a_page_address_is_a_400_page(client, den_haag, url, heading):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 400
    assert heading in html and "NUL character" in html
