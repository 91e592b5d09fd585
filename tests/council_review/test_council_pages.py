"""The council process on the agenda page: comments, replies, stage moves, and refusals (403)."""

import pytest
from django.test import Client
from django.utils import timezone

from council_review.models import Annotation, Council, Decision, MeetingItem, Membership
from council_review.services import stage_move

pytestmark = pytest.mark.django_db


def as_user(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_wrong_stage_move_is_403_with_a_message(agenda, people):
    response = as_user(people["councillor"]).post(
        "/wijken/WK051828/agenda/fase", {"stage": "beeldvorming"}
    )
    assert response.status_code == 403
    assert "dat doen de beleidsmedewerkers van deze raad" in response.content.decode()


def test_comment_reply_and_move_through_the_pages(agenda, people):
    as_user(people["officer"]).post("/wijken/WK051828/agenda/fase", {"stage": "beeldvorming"})
    councillor = as_user(people["councillor"])
    page = councillor.get("/wijken/WK051828/agenda").content.decode()
    assert "Reactie plaatsen" in page
    theme = agenda.items.get(rank=1).theme_id
    councillor.post(
        "/wijken/WK051828/agenda/versies/1/reacties",
        {"kind": "vraag", "text": "Waarom?", "theme": theme},
    )
    question = Annotation.objects.get()
    as_user(people["officer"]).post(
        f"/wijken/WK051828/agenda/reacties/{question.pk}/antwoord", {"text": "Door de cijfers."}
    )
    public = Client().get("/wijken/WK051828/agenda").content.decode()
    assert "Waarom?" in public and "Door de cijfers." in public and "GroenLinks" in public
    assert "Reactie plaatsen" not in public
    as_user(people["griffie"]).post("/wijken/WK051828/agenda/fase", {"stage": "oordeelsvorming"})
    old = Client().get("/wijken/WK051828/agenda", {"version": 1}).content.decode()
    assert "Waarom?" in old, "the comment stays on the version it was made on"
    closed = councillor.post(
        "/wijken/WK051828/agenda/versies/1/reacties", {"kind": "vraag", "text": "Nog een?"}
    )
    assert closed.status_code == 403


def test_an_empty_comment_is_refused_with_a_message(agenda, people):
    as_user(people["officer"]).post("/wijken/WK051828/agenda/fase", {"stage": "beeldvorming"})
    response = as_user(people["councillor"]).post(
        "/wijken/WK051828/agenda/versies/1/reacties", {"kind": "vraag", "text": "  "}
    )
    assert response.status_code == 400 and "De tekst is leeg." in response.content.decode()


def test_the_login_page_works(people):
    assert Client().get("/inloggen").status_code == 200


def test_the_griffie_records_a_decision_and_links_a_meeting_on_the_page(
    agenda, people, ori_meeting
):
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    griffie = as_user(people["griffie"])
    item = MeetingItem.objects.get(number="2")
    griffie.post("/wijken/WK051828/agenda/vergaderingen", {"meeting_item": item.pk})
    assert agenda.meeting_links.count() == 1
    for stage in ("oordeelsvorming", "besluitvorming"):
        griffie.post("/wijken/WK051828/agenda/fase", {"stage": stage})
    page = griffie.get("/wijken/WK051828/agenda").content.decode()
    assert "Een besluit vastleggen" in page
    theme = agenda.items.get(rank=1).theme_id
    griffie.post(
        "/wijken/WK051828/agenda/besluiten",
        {"theme": theme, "outcome": "aangenomen", "motivation": "Unaniem.", "reference": ""},
    )
    assert Decision.objects.get().outcome == "aangenomen"
    assert (
        "Besluit van de raad: aangenomen. Unaniem."
        in Client().get("/wijken/WK051828/agenda").content.decode()
    )
    refused = as_user(people["councillor"]).post(
        "/wijken/WK051828/agenda/besluiten",
        {"theme": theme, "outcome": "verworpen", "motivation": "Nee."},
    )
    assert refused.status_code == 403


def test_officer_and_moderator_screens_are_scoped_to_their_council(agenda, people):
    """Invited people are not Django staff: their role in the council is what lets them in."""
    rotterdam_officer = people["rotterdam"]
    Membership.objects.create(
        council=Council.objects.get(area_id="GM0599"), user=rotterdam_officer, role="officer"
    )
    assert not any(user.is_staff for user in people.values())
    assert as_user(rotterdam_officer).get(f"/beheer/agendas/{agenda.pk}").status_code == 403
    assert as_user(rotterdam_officer).get("/beheer/agendas?gebied=GM0518").status_code == 403
    assert as_user(rotterdam_officer).get("/beheer/agendas?gebied=GM0599").status_code == 200
    officer = as_user(people["officer"])
    assert officer.get(f"/beheer/agendas/{agenda.pk}").status_code == 200
    assert officer.get("/beheer/agendas?gebied=GM0518").status_code == 200
    assert as_user(people["moderator"]).get("/beheer/moderatie").status_code == 200
    assert as_user(people["councillor"]).get("/beheer/moderatie").status_code == 403
    assert as_user(people["councillor"]).get("/beheer/agendas?gebied=GM0518").status_code == 403


def test_signed_out_people_are_sent_to_the_login_page_not_the_admin(agenda):
    for url in [
        "/beheer/agendas?gebied=GM0518",
        f"/beheer/agendas/{agenda.pk}",
        "/beheer/moderatie",
    ]:
        response = Client().get(url)
        assert response.status_code == 302 and response["Location"].startswith("/inloggen?next=")


def test_a_cycle_that_is_not_a_year_is_a_400_that_says_so(people):
    response = as_user(people["officer"]).get("/beheer/agendas?gebied=GM0518&cyclus=abc")
    assert response.status_code == 400
    assert "2027" in response.content.decode() and "abc" in response.content.decode()


def test_the_header_shows_each_person_the_screens_of_their_roles(agenda, people):
    officer = as_user(people["officer"]).get("/").content.decode()
    assert 'href="/beheer/agendas?gebied=GM0518"' in officer and "/beheer/moderatie" not in officer
    moderator = as_user(people["moderator"]).get("/").content.decode()
    assert 'href="/beheer/moderatie"' in moderator and "/beheer/agendas" not in moderator
    assert "/beheer/" not in as_user(people["councillor"]).get("/").content.decode()
    assert "/beheer/" not in Client().get("/").content.decode()


def test_a_councillor_changes_a_comment_and_a_meeting_item_about_a_theme_shows(
    agenda, people, ori_meeting
):
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    councillor = as_user(people["councillor"])
    councillor.post(
        "/wijken/WK051828/agenda/versies/1/reacties", {"kind": "vraag", "text": "Eerste tekst"}
    )
    annotation = Annotation.objects.get()
    councillor.post(
        f"/wijken/WK051828/agenda/reacties/{annotation.pk}/wijzigen", {"text": "Betere tekst"}
    )
    annotation.refresh_from_db()
    assert annotation.text == "Betere tekst" and annotation.edits.count() == 1
    other = as_user(people["officer"]).post(
        f"/wijken/WK051828/agenda/reacties/{annotation.pk}/wijzigen", {"text": "Niet van mij"}
    )
    assert other.status_code == 403
    item = MeetingItem.objects.get(number="1")
    item.themes = [agenda.items.get(rank=1).theme_id]
    item.save()
    page = Client().get("/wijken/WK051828").content.decode()
    assert "Opening en mededelingen" in page and f'value="meeting-item:{item.pk}"' in page


def test_an_item_without_comments_says_so(agenda, people):
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    as_user(people["councillor"]).post(
        "/wijken/WK051828/agenda/versies/1/reacties",
        {
            "kind": "vraag",
            "text": "Over het eerste punt",
            "theme": agenda.items.get(rank=1).theme_id,
        },
    )
    page = Client().get("/wijken/WK051828/agenda").content.decode()
    assert page.count("Over het eerste punt") == 1
    # The other four items and the agenda as a whole have none yet.
    assert page.count("Er zijn nog geen reacties.") == 5
