"""Councillors' questions to residents, input on meeting items, and digests for followers."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from council_review.models import MeetingItem, OutboxMessage
from council_review.services import agenda_link, question_ask, stage_move
from neighbourhoods.models import Contribution, Ranking
from neighbourhoods.participation import contribution_moderate
from tests.conftest import open_round_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


def confirm_last_mail(client):
    link = re.search(r"http://\S+", mail.outbox[-1].body)[0].replace("http://127.0.0.1:8000", "")
    assert client.get(link).status_code == 200


def test_a_councillors_question_shows_on_the_wijk_page_and_answers_become_contributions(
    agenda, people
):
    open_round_for("GM0518")
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    theme = agenda.items.get(rank=1).theme_id
    question = question_ask(
        agenda=agenda,
        user=people["councillor"],
        theme=theme,
        text="Voelt u zich 's avonds veilig?",
        now=timezone.now(),
    )
    client = Client()
    page = client.get("/wijken/WK051828").content.decode()
    assert "Voelt u zich &#x27;s avonds veilig?" in page and "(GroenLinks)" in page
    sent = client.post(
        "/wijken/WK051828/antwoord",
        {"topic": question.topic, "email": "buur@example.org", "text": "Niet bij het station."},
    )
    assert sent.status_code == 200
    confirm_last_mail(client)
    answer = Contribution.objects.get()
    assert (answer.topic, answer.theme_id, answer.status) == (question.topic, theme, "pending")
    assert not Ranking.objects.exists(), "an answer alone is no ranking"


def test_residents_give_input_on_an_upcoming_meeting_item(agenda, people, ori_meeting):
    open_round_for("GM0518")
    item = MeetingItem.objects.get(number="2")
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    agenda_link(agenda=agenda, stage="beeldvorming", meeting_item=item)
    client = Client()
    page = client.get("/wijken/WK051828").content.decode()
    assert "Voor de vergadering van 10 maart" in page
    client.post(
        "/wijken/WK051828/antwoord",
        {"topic": f"meeting-item:{item.pk}", "email": "buur@example.org", "text": "Graag!"},
    )
    confirm_last_mail(client)
    assert Contribution.objects.get().topic == f"meeting-item:{item.pk}"
    missing = client.post(
        "/wijken/WK051828/antwoord",
        {"topic": "question:999", "email": "a@example.org", "text": "x"},
    )
    assert missing.status_code == 404


def test_a_following_councillor_gets_a_digest_of_approved_input(agenda, people):
    people["councillor"].email = "raadslid@denhaag.nl"
    people["councillor"].save()
    councillor = Client()
    councillor.force_login(people["councillor"])
    councillor.post("/wijken/WK051828/agenda/volgen")
    open_round_for("GM0518")
    client = Client()
    client.post(
        "/wijken/WK051828/meedoen",
        {
            "email": "buur@example.org",
            "rank_1": "wonen",
            "contribution_theme_1": "wonen",
            "contribution_kind_1": "idee",
            "contribution_kind_2": "idee",
            "contribution_text_1": "Meer bankjes op het plein.",
        },
    )
    confirm_last_mail(client)
    call_command("send_digests")
    assert not OutboxMessage.objects.exists(), "nothing approved yet"
    contribution_moderate(contribution=Contribution.objects.get(), approve=True, now=timezone.now())
    Contribution.objects.update(created_at=timezone.now())
    call_command("send_digests")
    digest = OutboxMessage.objects.get()
    assert digest.to == "raadslid@denhaag.nl" and "Meer bankjes op het plein." in digest.body


def test_residents_do_not_react_when_the_stage_says_so(agenda, people):
    open_round_for("GM0518")
    for stage, who in [
        ("beeldvorming", "officer"),
        ("oordeelsvorming", "griffie"),
        ("besluitvorming", "griffie"),
    ]:
        stage_move(agenda=agenda, to_stage=stage, user=people[who], now=timezone.now())
    theme = agenda.items.get(rank=1).theme_id
    question = question_ask(
        agenda=agenda, user=people["councillor"], theme=theme, text="Nog iets?", now=timezone.now()
    )
    response = Client().post(
        "/wijken/WK051828/antwoord",
        {"topic": question.topic, "email": "buur@example.org", "text": "Ja."},
    )
    assert response.status_code == 403 and not mail.outbox
