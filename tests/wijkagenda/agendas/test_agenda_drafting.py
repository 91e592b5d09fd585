"""Drafting, editing and publishing agendas: the services, the pages, the API, bad input."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone

from datasources.models import Theme
from neighbourhoods.models import Participant, Ranking, Region
from tests.conftest import open_round_for
from wijkagenda.agendas.models import Agenda, AgendaVersion, Stage
from wijkagenda.agendas.services import (
    AgendaError,
    EditConflict,
    agenda_draft,
    agenda_publish,
    item_add_manual,
    item_move,
    item_update,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def centrum(den_haag_figures):
    return Region.objects.get(code="WK051828")


def draft(area, **options):
    return agenda_draft(area=area, cycle=2027, now=timezone.now(), **options)


def seed_rankings(area, themes, count=12):
    current = open_round_for("GM0518")
    for number in range(count):
        person = Participant.objects.create(
            round=current, email=f"p{number}@example.org", confirmed_at=timezone.now()
        )
        Ranking.objects.create(
            participant=person, region=area, themes=themes, submitted_at=timezone.now()
        )


def test_an_area_without_rankings_gets_a_draft_from_the_figures_with_a_note(centrum, client):
    agenda = draft(centrum)
    assert agenda.notes == ["no-rankings"]
    items = list(agenda.items.order_by("rank"))
    assert len(items) == 5 and items[0].theme_id == "veiligheid", "226 crimes per 1,000"
    assert items[0].evidence["indicators"][0]["indicator"] == "politie-misdrijven-per-1000"
    page = client.get("/wijken/WK051828/agenda").content.decode()
    assert "Nog geen inwoner zette de thema" in page and "Waarom staat dit op de agenda?" in page


def test_an_area_without_figures_gets_a_draft_from_the_residents(den_haag, client):
    area = Region.objects.get(code="WK051828")
    seed_rankings(area, ["openbare-ruimte-en-groen", "wonen"])
    agenda = draft(area)
    assert agenda.notes == ["no-data"]
    assert [i.theme_id for i in agenda.items.order_by("rank")][:2] == [
        "openbare-ruimte-en-groen",
        "wonen",
    ]
    assert client.get("/wijken/WK051828/agenda").status_code == 200


def test_an_area_with_nothing_still_gets_a_page(den_haag, client):
    agenda = draft(Region.objects.get(code="WK051899"))
    assert set(agenda.notes) == {"no-data", "no-rankings"}
    assert client.get("/wijken/WK051899/agenda").status_code == 200


def test_residents_and_alpha_change_the_order(centrum):
    seed_rankings(centrum, ["openbare-ruimte-en-groen"])
    by_data = [i.theme_id for i in draft(centrum, alpha=0.0).items.order_by("rank")]
    by_residents = [i.theme_id for i in draft(centrum, alpha=1.0).items.order_by("rank")]
    assert by_data[0] == "veiligheid" and by_residents[0] == "openbare-ruimte-en-groen"


@pytest.mark.parametrize("alpha", [-0.5, 1.01])
def test_alpha_outside_zero_and_one_is_refused(centrum, alpha):
    with pytest.raises(AgendaError, match="α moet tussen 0 en 1 liggen"):
        draft(centrum, alpha=alpha)
    assert not Agenda.objects.exists()


def test_drafting_again_keeps_the_texts_officers_wrote(centrum):
    agenda = draft(centrum)
    item = agenda.items.get(rank=1)
    item_update(item=item, revision=item.revision, texts={"opgave": "Veiliger uitgaan."})
    on_agenda = set(agenda.items.values_list("theme_id", flat=True))
    extra = next(t.key for t in Theme.objects.all() if t.key not in on_agenda)
    item_add_manual(agenda=agenda, theme=extra, reason="Motie 2026/12")
    draft(centrum, alpha=0.7)
    assert agenda.items.get(theme_id=item.theme_id).opgave == "Veiliger uitgaan."
    manual = agenda.items.get(theme_id=extra)
    assert manual.is_manual and manual.manual_reason == "Motie 2026/12"


def test_two_officers_editing_one_item_lose_nothing(centrum):
    item = draft(centrum).items.get(rank=1)
    opened = item.revision
    item_update(item=item, revision=opened, texts={"opgave": "Eerste tekst"})
    with pytest.raises(EditConflict, match="Iemand anders sloeg dit punt op"):
        item_update(item=item, revision=opened, texts={"opgave": "Tweede tekst"})
    item.refresh_from_db()
    assert item.opgave == "Eerste tekst"


def test_a_published_agenda_is_not_edited_and_versions_do_not_change(centrum):
    agenda = draft(centrum)
    first = agenda_publish(agenda=agenda, author=None, now=timezone.now())
    item = agenda.items.get(rank=2)
    item_move(item=item, step=-1)
    item = agenda.items.get(theme_id=item.theme_id)
    item_update(item=item, revision=item.revision, texts={"acties": "Meer toezicht."})
    second = agenda_publish(agenda=agenda, author=None, now=timezone.now())
    first.refresh_from_db()
    assert first.snapshot["items"][0]["theme"] != second.snapshot["items"][0]["theme"]
    agenda.stage = Stage.BEELDVORMING
    agenda.save()
    with pytest.raises(AgendaError, match="voorbij de conceptfase"):
        item_update(item=item, revision=item.revision + 1, texts={"acties": "Anders."})
    with pytest.raises(AgendaError, match="voorbij de conceptfase"):
        draft(centrum)
    assert AgendaVersion.objects.count() == 2


def test_the_page_shows_versions_and_their_difference_in_plain_words(centrum, client):
    agenda = draft(centrum)
    agenda_publish(agenda=agenda, author=None, now=timezone.now())
    item_move(item=agenda.items.get(rank=2), step=-1)
    first = agenda.items.get(rank=1)
    item_update(item=first, revision=first.revision, texts={"opgave": "Nieuw."})
    agenda_publish(agenda=agenda, author=None, now=timezone.now())
    response = client.get("/wijken/WK051828/agenda", {"from": 1, "to": 2})
    changes = response.context["changes"]
    assert any("ging omhoog van plaats 2 naar 1" in line for line in changes)
    assert any("De tekst van" in line and "de opgave" in line for line in changes)
    assert client.get("/wijken/WK051828/agenda", {"version": 9}).status_code == 404


def test_the_api_gives_agendas_versions_and_differences(centrum, client):
    agenda = draft(centrum)
    agenda_publish(agenda=agenda, author=None, now=timezone.now())
    item_move(item=agenda.items.get(rank=3), step=-1)
    agenda_publish(agenda=agenda, author=None, now=timezone.now())
    listed = client.get("/api/v1/agendas", {"region": "WK051828"}).json()
    assert listed["numberMatched"] == 1 and listed["items"][0]["versions"][1]["number"] == 2
    version = client.get(f"/api/v1/agendas/{agenda.pk}/versions/1").json()
    assert version["number"] == 1 and len(version["items"]) == 5
    diff = client.get(f"/api/v1/agendas/{agenda.pk}/versions/2/diff", {"from": 1}).json()
    assert [c["kind"] for c in diff["changes"]] == ["moved", "moved"]
    assert client.get(f"/api/v1/agendas/{agenda.pk}/versions/7").status_code == 404
    assert client.get(f"/api/v1/agendas/{agenda.pk}/versions/2/diff").status_code == 400


def test_officers_edit_and_a_stale_form_gets_a_clear_message(centrum):
    agenda = draft(centrum)
    officer = Client()
    officer.force_login(get_user_model().objects.create_superuser("officer"))
    item = agenda.items.get(rank=1)
    form = {
        "action": "save",
        "item": item.pk,
        f"item{item.pk}-revision": item.revision,
        f"item{item.pk}-opgave": "Eerste",
    }
    assert officer.post(f"/beheer/agendas/{agenda.pk}", form).status_code == 302
    stale = officer.post(f"/beheer/agendas/{agenda.pk}", {**form, f"item{item.pk}-opgave": "X"})
    assert stale.status_code == 409 and "Iemand anders sloeg" in stale.content.decode()
    bad_alpha = officer.post(f"/beheer/agendas/{agenda.pk}", {"action": "alpha", "alpha": "2"})
    assert bad_alpha.status_code == 400
    officer.post(f"/beheer/agendas/{agenda.pk}", {"action": "publish"})
    assert agenda.versions.count() == 1


def test_the_command_drafts_a_municipality_and_refuses_a_wijk(den_haag_figures):
    call_command("draft_agendas", "GM0518", cycle=2027)
    assert Agenda.objects.count() == 45
    with pytest.raises(CommandError, match="geen gemeente of provincie"):
        call_command("draft_agendas", "WK051828")


def test_a_province_drafts_its_municipalities_and_their_maps_link_the_agenda(zuid_holland, client):
    call_command("draft_agendas", "PV28", cycle=2027)
    assert Agenda.objects.filter(area__parent_id="PV28").count() == 50
    page = client.get("/?area=GM0518").content.decode()
    assert 'href="/wijken/GM0518/agenda"' in page
    assert "De agenda van de provincie Zuid-Holland voor &#x27;s-Gravenhage" in page
    assert "/agenda" not in client.get("/?area=PV28").content.decode()  # no agenda of its own
    assert client.get("/wijken/GM0518/agenda").status_code == 200
