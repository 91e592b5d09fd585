"""Logging in (slowed down after many attempts) and invitations by e-mail."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from council_review.models import Council, Membership

pytestmark = pytest.mark.django_db


def test_many_login_attempts_get_429(den_haag, settings):
    cache.clear()
    settings.WIJKAGENDA_RATE_LIMITS = {**settings.WIJKAGENDA_RATE_LIMITS, "login": (3, 900)}
    client = Client()
    for _ in range(3):
        assert client.post("/inloggen", {"username": "a", "password": "b"}).status_code == 200
    assert client.post("/inloggen", {"username": "a", "password": "b"}).status_code == 429
    cache.clear()


def test_an_invited_person_sets_a_password_and_logs_in(den_haag):
    Council.objects.create(area_id="GM0518", kind="gemeenteraad", name="Gemeenteraad Den Haag")
    call_command(
        "invite_user", "raadslid@denhaag.nl", council="GM0518", role="councillor", party="D66"
    )
    membership = Membership.objects.get()
    assert (membership.role, membership.party) == ("councillor", "D66")
    link = re.search(r"https?://\S+", mail.outbox[-1].body)[0].split("//", 1)[1].split("/", 1)[1]
    client = Client()
    form = client.get(f"/{link}", follow=True)
    assert form.status_code == 200
    client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Wijk-agenda-2027!", "new_password2": "Wijk-agenda-2027!"},
    )
    assert Client().login(username="raadslid@denhaag.nl", password="Wijk-agenda-2027!")
