"""The map page and the wijk page in headless Chromium: map, click, keyboard list, axe."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


def open_map(page, live_server, query=""):
    page.goto(f"{live_server.url}/{query}")
    expect(page.locator("#region-map[data-ready=true]")).to_be_attached()


def test_the_map_page_draws_every_wijk_of_den_haag(page, live_server, den_haag):
    open_map(page, live_server)
    expect(page.locator("#region-map .choroplethlocation")).to_have_count(45)
    assert page.errors == []


def test_a_click_on_a_wijk_opens_its_page(page, live_server, den_haag):
    open_map(page, live_server)
    centrum = page.evaluate(
        """() => {
          const map = document.getElementById('region-map');
          const index = map.data[0].locations.indexOf('WK051828');
          return index;
        }"""
    )
    shapes = page.locator("#region-map .choroplethlocation")
    box = shapes.nth(centrum).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page).to_have_url(re.compile(r"/wijken/WK05\d{4}$"))
    expect(page.locator("h1")).to_contain_text("Wijk")


def test_the_list_works_by_keyboard_alone(page, live_server, den_haag):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")  # the skip link comes first
    expect(page.locator(".utrecht-skip-link")).to_be_focused()
    page.locator("#q").focus()
    page.keyboard.type("belgisch")
    expect(page.locator("#list-status")).to_contain_text("1 van de 45")
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")  # the one wijk left in the list
    expect(page.get_by_role("link", name="Wijk 02 Belgisch Park")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/wijken/WK051802$"))
    expect(page.locator("h1")).to_have_text("Wijk 02 Belgisch Park")


def test_the_list_search_works_without_javascript(browser, live_server, den_haag):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    page.fill("#q", "centrum")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#region-list li")).to_have_count(1)
    expect(page.locator("#region-list")).to_contain_text("Wijk 28 Centrum")
    context.close()


def test_the_map_page_has_no_accessibility_violations(page, live_server, den_haag):
    open_map(page, live_server)
    assert_accessible(page)


def test_the_wijk_page_has_no_accessibility_violations(page, live_server, den_haag):
    page.goto(f"{live_server.url}/wijken/WK051828")
    expect(page.locator("h1")).to_have_text("Wijk 28 Centrum")
    assert_accessible(page)


def test_the_pages_fit_a_375_px_phone_without_sideways_scrolling(phone, live_server, den_haag):
    for path in ["/", "/wijken/WK051828"]:
        phone.goto(f"{live_server.url}{path}")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path} is {width}px wide"
        assert_accessible(phone)


def test_a_province_map_shows_its_municipalities(page, live_server, zuid_holland):
    open_map(page, live_server, "?area=PV28")
    expect(page.locator("#region-map .choroplethlocation")).to_have_count(50)
    expect(page.locator("h1")).to_have_text("Gemeenten in Zuid-Holland")


def test_no_area_is_drawn_inside_out_over_the_whole_map(page, live_server, zuid_holland):
    """A ring wound the wrong way makes d3-geo fill the globe; every shape must stay small."""
    open_map(page, live_server, "?area=PV28")
    map_box = page.locator("#region-map").bounding_box()
    widths = page.eval_on_selector_all(
        "#region-map .choroplethlocation", "paths => paths.map(p => p.getBBox().width)"
    )
    assert max(widths) < map_box["width"] * 0.5
