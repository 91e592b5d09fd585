"""The whole resident journey in Chromium: map → wijk → rank by keyboard → confirm through the
link in the captured e-mail → outcome updated; axe on every page, on a desktop and a phone."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.conftest import open_round_for

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def open_round(den_haag_figures, settings, live_server):
    cache.clear()
    settings.WIJKAGENDA_SITE_URL = live_server.url
    return open_round_for("GM0518", min_count=1)


def assert_fits(page, width: int) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"the page scrolls sideways: {scroll} px"


@pytest.mark.parametrize("device", ["page", "phone"])
def test_a_resident_ranks_by_keyboard_confirms_and_sees_the_outcome(
    request, device, live_server, open_round
):
    page = request.getfixturevalue(device)
    width = 1280 if device == "page" else 375
    page.goto(f"{live_server.url}/")
    assert_accessible(page)
    page.get_by_role("link", name="Wijk 02 Belgisch Park").click()
    expect(page.get_by_role("heading", name="Wat inwoners het belangrijkst vinden")).to_be_visible()
    assert_accessible(page)
    assert_fits(page, width)

    page.get_by_role("link", name="Doe mee").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Wat is het belangrijkst")
    assert_accessible(page)
    assert_fits(page, width)

    # By keyboard alone: type-ahead in the selects, the Down button, Tab and Enter.
    page.locator("#id_rank_1").focus()
    page.keyboard.type("Wonen")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past Up, to Down
    expect(page.get_by_role("button", name="Keuze 1: Omlaag")).to_be_focused()
    page.keyboard.press("Enter")  # Wonen moves to choice 2
    expect(page.locator("#id_rank_2")).to_have_value("wonen")
    page.locator("#id_rank_1").focus()
    page.keyboard.type("Veil")
    expect(page.locator("#id_rank_1")).to_have_value("veiligheid")
    page.locator("#id_email").focus()
    page.keyboard.type(f"{device}@example.org")
    page.locator("#id_age_band").focus()
    page.keyboard.type("65")
    page.get_by_role("button", name="Versturen").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Kijk in uw e-mail")).to_be_visible()
    assert_accessible(page)

    link = re.search(r"http://\S+", mail.outbox[-1].body)[0]
    page.goto(link)
    expect(page.get_by_role("heading", name="Bedankt, uw keuze telt mee")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Bekijk wat inwoners")).click()
    first = page.locator("#priority-table tbody tr").first
    expect(first).to_contain_text("Veiligheid")
    expect(page.locator("#priority-table tbody tr").nth(1)).to_contain_text("Wonen")
    assert_accessible(page)
    assert_fits(page, width)
    assert page.errors == []


def test_the_ranking_can_be_reordered_by_drag_and_drop(page, live_server, open_round):
    page.goto(f"{live_server.url}/wijken/WK051802/meedoen")
    page.select_option("#id_rank_1", "wonen")
    page.select_option("#id_rank_2", "veiligheid")
    page.select_option("#id_rank_3", "gezondheid")
    items = page.locator(".wa-ranking__item")
    # Grab a choice by its label (a press on the select itself opens the select).
    items.nth(2).locator("label").drag_to(items.nth(0).locator("label"))
    expect(page.locator("#id_rank_1")).to_have_value("gezondheid")
    expect(page.locator("#id_rank_2")).to_have_value("wonen")
    expect(page.locator("#id_rank_3")).to_have_value("veiligheid")
