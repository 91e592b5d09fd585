"""The data profile on the wijk page and the map coloured by an indicator (without JavaScript)."""

import json
import re

import pandas as pd
import plotly.graph_objects as go
import pytest
from django.test import Client

from datasources.services import observation_import
from neighbourhoods.selectors import region_codes
from tests.conftest import KWB_DEN_HAAG

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    return Client()


@pytest.fixture(scope="module")
def kwb() -> pd.DataFrame:
    return pd.read_csv(KWB_DEN_HAAG).set_index("WijkenEnBuurten")


def sentences(html: str) -> list[str]:
    return [s.replace("&#x27;", "'") for s in re.findall(r'wa-figure__sentence">([^<]*)<', html)]


def dutch_euros(thousands: float) -> str:
    return "€ " + f"{round(thousands * 1000, -2):,.0f}".replace(",", ".")


def test_each_figure_is_a_b1_sentence_against_the_municipality(client, den_haag_figures, kwb):
    html = client.get("/wijken/WK051828").content.decode()
    income, city = (
        kwb.loc["WK051828", "GemiddeldInkomenPerInwoner_78"],
        kwb.loc["GM0518", "GemiddeldInkomenPerInwoner_78"],
    )
    expected = (
        f"Het gemiddelde inkomen per inwoner is {dutch_euros(income)}, "
        f"tegen {dutch_euros(city)} in heel 's-Gravenhage."
    )
    assert expected in sentences(html)
    assert "Bron: CBS, Kerncijfers wijken en buurten 2024; CC BY 4.0." in html


def test_the_english_page_says_the_same_in_english(client, den_haag_figures):
    html = client.get("/en/wijken/WK051828").content.decode()
    assert any(
        s.startswith("The average income per resident is €") and "in all of" in s
        for s in sentences(html)
    )
    assert "Source: CBS, Kerncijfers wijken en buurten 2024" in html


def test_every_theme_is_shown_and_themes_without_data_say_so(client, den_haag_figures):
    response = client.get("/wijken/WK051828")
    sections = response.context["sections"]
    assert [s.theme.key for s in sections][:3] == ["wonen", "veiligheid", "gezondheid"]
    empty = [s.theme.key for s in sections if not s.rows]
    assert empty == ["verkeer-en-bereikbaarheid"]
    assert "Voor dit thema zijn er nog geen cijfers." in response.content.decode()


def test_derived_figures_say_so_and_trends_show_where_years_exist(client, den_haag_figures):
    response = client.get("/wijken/WK051805")
    rows = {r.indicator.key: r for s in response.context["sections"] for r in s.rows}
    health = rows["ggd-goed-ervaren-gezondheid"]
    assert health.derived and "afgeleid door Wijkagenda" in health.source
    assert health.trend.startswith("in 2012: ") and health.trend_chart is not None
    assert rows["kwb-inkomen-per-inwoner"].trend_chart is None, "one year is no trend"


def test_higher_is_worse_gets_an_oriented_verdict(client, den_haag_figures):
    response = client.get("/wijken/WK051828")
    rows = {r.indicator.key: r for s in response.context["sections"] for r in s.rows}
    assert rows["politie-misdrijven-per-1000"].verdict.startswith("Veel ongunstiger")
    assert rows["kwb-inwoners"].verdict == "", "a total gives no verdict"


def test_every_chart_is_a_valid_plotly_figure(client, den_haag_figures):
    response = client.get("/wijken/WK051828")
    figures = json.loads(
        re.search(
            r'<script id="profile-figures" type="application/json">(.*?)</script>',
            response.content.decode(),
            re.S,
        )[1]
    )
    assert len(figures) >= 15
    for spec in figures.values():
        go.Figure(spec)  # raises on anything plotly does not know
    placeholders = re.findall(r'data-figure="([^"]+)"', response.content.decode())
    assert set(placeholders) == set(figures)


def test_an_area_without_figures_says_so(client, den_haag):
    html = client.get("/wijken/WK051828").content.decode()
    assert "Voor dit gebied zijn er nog geen cijfers." in html
    assert "profile-figures" not in html


def test_the_map_can_be_coloured_by_any_indicator_with_the_same_data_as_a_table(
    client, den_haag_figures, kwb
):
    response = client.get("/", {"area": "GM0518", "indicator": "kwb-inkomen-per-inwoner"})
    coloured = response.context["coloured"]
    assert coloured["period"] == "2024"
    rows = {row["code"]: row for row in coloured["rows"]}
    assert rows["WK051802"]["value"] == kwb.loc["WK051802", "GemiddeldInkomenPerInwoner_78"]
    missing = kwb.loc[kwb.index.str.startswith("WK"), "GemiddeldInkomenPerInwoner_78"].isna()
    assert coloured["missing"] == int(missing.sum()) + 1, "Groot water has no KWB row"
    html = response.content.decode()
    assert 'id="indicator-table"' in html and "€ 43.900" in html
    figure = response.context["figure"]
    assert figure["data"][0]["colorbar"]["title"]["text"].startswith("Gemiddeld inkomen")
    assert 'option value="kwb-inkomen-per-inwoner" selected' in html


def test_a_normalised_count_is_coloured_per_1000_residents(client, den_haag_figures, kwb):
    response = client.get("/", {"area": "GM0518", "indicator": "kwb-65-plus"})
    value = response.context["coloured"]["values"]["WK051802"]
    expected = kwb.loc["WK051802", "k_65JaarOfOuder_12"] / kwb.loc["WK051802", "AantalInwoners_5"]
    assert value == pytest.approx(expected * 1000)


def test_an_unknown_indicator_shows_the_plain_map(client, den_haag_figures):
    response = client.get("/", {"area": "GM0518", "indicator": "zwerfvuil"})
    assert response.status_code == 200 and response.context["coloured"] is None


def test_the_national_figure_is_added_where_present(client, den_haag_figures, tmp_path):
    path = tmp_path / "nederland.csv"
    path.write_text("region_code;indicator;period;value\nNL00;kwb-inkomen-per-inwoner;2024;33,6\n")
    observation_import(source="municipal-file", path=path, regions=region_codes())
    html = client.get("/wijken/WK051802").content.decode()
    assert any(
        s.endswith("in heel 's-Gravenhage en € 33.600 in Nederland.") for s in sentences(html)
    )
