"""The data profile and the coloured map in headless Chromium: charts drawn, layout, axe."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, open_as_staff

pytestmark = pytest.mark.django_db(transaction=True)


def draw_all_charts(page):
    """Charts draw when they scroll into view: scroll through the page, then wait for all."""
    charts = page.locator("[data-figure]")
    count = charts.count()
    for index in range(count):
        charts.nth(index).scroll_into_view_if_needed()
    expect(page.locator("[data-figure][data-ready=true]")).to_have_count(count)
    return count


def test_the_wijk_page_draws_every_chart_of_its_profile(page, live_server, den_haag_figures):
    page.goto(f"{live_server.url}/wijken/WK051828")
    expect(page.get_by_role("heading", name="Wat zeggen de cijfers?")).to_be_visible()
    assert draw_all_charts(page) >= 15
    strip = page.locator('[data-figure="strip-kwb-inkomen-per-inwoner"]')
    expect(strip.locator(".scatterlayer .point")).not_to_have_count(0)
    assert page.errors == []
    assert_accessible(page)


def test_the_profile_fits_a_phone_and_stays_accessible(phone, live_server, den_haag_figures):
    phone.goto(f"{live_server.url}/wijken/WK051805")
    draw_all_charts(phone)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways: {width} px"
    assert_accessible(phone)


def test_the_theme_links_lead_to_their_section(page, live_server, den_haag_figures):
    page.goto(f"{live_server.url}/wijken/WK051828")
    page.get_by_role("navigation", name="Thema's").get_by_role("link", name="Gezondheid").click()
    expect(page.locator("#theme-gezondheid")).to_be_in_viewport()


def test_the_map_coloured_by_an_indicator_has_a_legend_and_a_table(
    page, live_server, den_haag_figures
):
    page.goto(f"{live_server.url}/")
    page.select_option("#indicator", "ggd-goed-ervaren-gezondheid")
    page.get_by_role("button", name="Toon").click()
    expect(page.locator("#region-map[data-ready=true]")).to_be_attached()
    expect(page.locator("#region-map .colorbar")).to_have_count(1)
    expect(page.locator("#indicator-table tbody tr")).to_have_count(45)
    assert page.errors == []
    assert_accessible(page)


def test_the_staff_import_screen_is_accessible(page, live_server, den_haag):
    open_as_staff(page, f"{live_server.url}/beheer/imports")
    expect(page.get_by_role("heading", name="Imports", exact=True)).to_be_visible()
    assert_accessible(page)
