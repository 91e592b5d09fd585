"""The agenda page and the difference between versions in Chromium, with axe."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from datasources.services import catalogue_sync
from neighbourhoods.models import Region
from tests.browser.conftest import assert_accessible, open_as_staff
from wijkagenda.agendas.services import agenda_draft, agenda_publish, item_move, item_update

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_versions(den_haag_figures):
    catalogue_sync()
    agenda = agenda_draft(area=Region.objects.get(code="WK051828"), cycle=2027, now=timezone.now())
    agenda_publish(agenda=agenda, author=None, now=timezone.now())
    item_move(item=agenda.items.get(rank=2), step=-1)
    first = agenda.items.get(rank=1)
    item_update(item=first, revision=first.revision, texts={"opgave": "Veiliger uitgaan."})
    agenda_publish(agenda=agenda, author=None, now=timezone.now())
    return agenda


@pytest.mark.parametrize("device", ["page", "phone"])
def test_the_agenda_page_shows_evidence_and_the_changes_between_versions(
    request, device, live_server, two_versions
):
    page = request.getfixturevalue(device)
    page.goto(f"{live_server.url}/wijken/WK051828")
    page.get_by_role("link", name="De wijkagenda van Wijk 28 Centrum").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkagenda Wijk 28 Centrum 2027")
    expect(page.get_by_text("Waarom staat dit op de agenda?").first).to_be_visible()
    expect(page.get_by_text("Veiliger uitgaan.")).to_be_visible()
    assert_accessible(page)
    page.select_option("#from", "1")
    page.select_option("#to", "2")
    page.get_by_role("button", name="Toon de veranderingen").click()
    expect(page.locator("#changes li").first).to_contain_text("ging omhoog van plaats 2 naar 1")
    expect(page.locator("#changes")).to_contain_text("de opgave")
    assert_accessible(page)
    width = 1280 if device == "page" else 375
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.errors == []


def test_the_officer_screen_is_accessible_and_saves_a_text(page, live_server, two_versions):
    open_as_staff(page, f"{live_server.url}/beheer/agendas/{two_versions.pk}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkagenda Wijk 28 Centrum 2027")
    assert_accessible(page)
    first = two_versions.items.get(rank=1)
    page.fill(f"#id_item{first.pk}-ambitie", "Elke avond veilig naar huis.")
    page.locator("form", has=page.locator(f"#id_item{first.pk}-ambitie")).get_by_role(
        "button", name="Opslaan"
    ).click()
    expect(page.get_by_text("Opgeslagen.")).to_be_visible()
    first.refresh_from_db()
    assert first.ambitie == "Elke avond veilig naar huis."
