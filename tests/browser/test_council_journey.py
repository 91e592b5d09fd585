"""The councillor's journey and the resident's view of the timeline, in Chromium with axe:
log in → open the beeldvorming version → comment on an item → an officer replies → the griffie
moves the agenda to oordeelsvorming → the comment stays on its version."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from council_review.models import Council, Membership
from council_review.services import stage_move
from datasources.services import catalogue_sync
from neighbourhoods.models import Region
from tests.browser.conftest import assert_accessible
from wijkagenda.agendas.services import agenda_draft

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "Wijk-agenda-2027!"


@pytest.fixture
def council(den_haag_figures):
    catalogue_sync()
    council = Council.objects.create(
        area_id="GM0518", kind="gemeenteraad", name="Gemeenteraad Den Haag"
    )
    people = {}
    for role, party in [("councillor", "GroenLinks"), ("officer", ""), ("griffie", "")]:
        user = get_user_model().objects.create_user(
            role, password=PASSWORD, first_name=role.capitalize()
        )
        Membership.objects.create(council=council, user=user, role=role, party=party)
        people[role] = user
    agenda = agenda_draft(area=Region.objects.get(code="WK051828"), cycle=2027, now=timezone.now())
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    return agenda


def log_in(page, url, username):
    page.goto(f"{url}/inloggen?next=/wijken/WK051828/agenda")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkagenda Wijk 28 Centrum 2027")


def test_a_councillor_comments_an_officer_replies_and_the_griffie_moves_on(
    browser, live_server, council
):
    first_theme = council.items.get(rank=1).theme.name
    councillor = browser.new_context(locale="nl-NL").new_page()
    log_in(councillor, live_server.url, "councillor")
    assert_accessible(councillor)
    councillor.get_by_text(f"Reageer op {first_theme}").click()
    councillor.locator("#text-" + council.items.get(rank=1).theme_id).fill(
        "Waarom staat dit bovenaan?"
    )
    councillor.get_by_role("button", name="Reactie plaatsen").first.click()
    expect(councillor.locator("p", has_text="Waarom staat dit bovenaan?")).to_be_visible()

    officer = browser.new_context(locale="nl-NL").new_page()
    log_in(officer, live_server.url, "officer")
    officer.get_by_label("Antwoord").fill("Door de cijfers over veiligheid.")
    officer.get_by_role("button", name="Antwoord versturen").click()
    expect(officer.get_by_text("Door de cijfers over veiligheid.")).to_be_visible()
    assert_accessible(officer)

    griffie = browser.new_context(locale="nl-NL").new_page()
    log_in(griffie, live_server.url, "griffie")
    griffie.get_by_role("button", name="Breng de agenda naar oordeelsvorming").click()
    expect(griffie.get_by_text("Versie 2, fase: oordeelsvorming")).to_be_visible()

    griffie.goto(f"{live_server.url}/wijken/WK051828/agenda?version=1")
    expect(griffie.get_by_text("Waarom staat dit bovenaan?")).to_be_visible()
    expect(griffie.get_by_text("GroenLinks").first).to_be_visible()


@pytest.mark.parametrize("device", ["page", "phone"])
def test_a_resident_sees_the_timeline(request, device, live_server, council):
    page = request.getfixturevalue(device)
    page.goto(f"{live_server.url}/wijken/WK051828")
    expect(page.get_by_role("heading", name="Wat de raad met de agenda doet")).to_be_visible()
    expect(page.locator("#timeline")).to_contain_text("De agenda is nu in de fase beeldvorming")
    expect(page.locator("#feedback tbody tr")).to_have_count(5)
    assert_accessible(page)
    width = 1280 if device == "page" else 375
    assert page.evaluate("document.documentElement.scrollWidth") <= width
