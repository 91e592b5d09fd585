"""Residents take part: rank, confirm by e-mail, replace, moderate, follow, erase — and every
kind of bad input."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from neighbourhoods.models import (
    Contribution,
    ModerationStatus,
    Participant,
    ParticipationRound,
    Ranking,
    Region,
    RegionLevel,
    Submission,
    Subscription,
)
from tests.conftest import open_round_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def open_round(den_haag):
    return open_round_for("GM0518")


@pytest.fixture
def client() -> Client:
    return Client()


def rank(client, code="WK051802", **fields):
    data = {
        "email": "inwoner@example.org",
        "rank_1": "veiligheid",
        "rank_2": "wonen",
        "contribution_kind_1": "idee",
        "contribution_kind_2": "idee",
        **fields,
    }
    return client.post(f"/wijken/{code}/meedoen", data)


def link_in_last_mail() -> str:
    return re.search(r"http://\S+", mail.outbox[-1].body)[0].replace("http://127.0.0.1:8000", "")


def test_a_ranking_counts_only_after_the_link_in_the_email(client, open_round):
    response = rank(client)
    assert response.status_code == 200 and "Kijk in uw e-mail" in response.content.decode()
    assert Ranking.objects.count() == 0, "nothing counts before the link"
    assert mail.outbox[-1].to == ["inwoner@example.org"]
    confirmed = client.get(link_in_last_mail())
    assert confirmed.status_code == 200
    ranking = Ranking.objects.get()
    assert (ranking.region_id, ranking.themes) == ("WK051802", ["veiligheid", "wonen"])
    assert client.get(link_in_last_mail()).status_code == 200, "opening it twice is harmless"
    assert Ranking.objects.count() == 1


def test_a_second_submission_replaces_the_first_never_duplicates(client, open_round):
    rank(client)
    client.get(link_in_last_mail())
    rank(client, code="WK051803", rank_1="gezondheid", rank_2="")
    assert Ranking.objects.get().themes == ["veiligheid", "wonen"], "until confirmed, the old"
    client.get(link_in_last_mail())
    ranking = Ranking.objects.get()
    assert (ranking.region_id, ranking.themes) == ("WK051803", ["gezondheid"])
    assert Participant.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rank_1": "zwerfvuil"}, "Selecteer een geldige keuze"),
        ({"rank_1": "wonen", "rank_2": "wonen"}, "U koos dit thema al."),
        ({"rank_1": ""}, "Dit veld is vereist."),
        ({"email": "geen-adres"}, "geldig e-mailadres"),
        (
            {"contribution_text_1": "x" * 1001, "contribution_theme_1": "wonen"},
            "niet meer dan 1000 tekens",
        ),
        ({"contribution_text_1": "Meer groen"}, "Kies het thema van uw tekst."),
    ],
)
def test_bad_form_input_is_named_and_nothing_is_kept(client, open_round, fields, message):
    response = rank(client, **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Submission.objects.count() == 0 and not mail.outbox


def test_more_themes_than_the_round_allows_are_refused(client, open_round):
    response = client.post(
        "/api/v1/rankings",
        {
            "region": "WK051802",
            "email": "a@example.org",
            "themes": ["wonen", "veiligheid", "gezondheid", "jeugd-en-onderwijs"],
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "themes"


def test_a_closed_round_takes_no_input(client, open_round):
    open_round.closes_at = timezone.now() - timedelta(minutes=1)
    open_round.save()
    response = rank(client)
    assert response.status_code == 409
    assert "gesloten" in response.content.decode() and Submission.objects.count() == 0


def test_an_area_outside_the_council_is_refused(client, open_round):
    Region.objects.create(code="GM0599", name="Rotterdam", level=RegionLevel.MUNICIPALITY)
    Region.objects.create(
        code="WK059901", name="Stadsdriehoek", level=RegionLevel.DISTRICT, parent_id="GM0599"
    )
    response = client.post(
        "/api/v1/rankings",
        {
            "region": "WK059901",
            "email": "a@example.org",
            "themes": ["wonen"],
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert {p["name"] for p in response.json()["invalidParams"]} == {"round"}


@pytest.mark.parametrize("damage", ["tamper", "garbage"])
def test_a_changed_link_does_nothing(client, open_round, damage):
    rank(client)
    link = link_in_last_mail()
    link = (
        link[:-1] + ("A" if link[-1] != "A" else "B")
        if damage == "tamper"
        else ("/meedoen/bevestigen/niet-van-ons")
    )
    response = client.get(link)
    assert response.status_code == 400 and Ranking.objects.count() == 0


def test_an_expired_link_does_nothing(client, open_round, settings):
    rank(client)
    settings.WIJKAGENDA_CONFIRM_HOURS = 0
    response = client.get(link_in_last_mail())
    assert response.status_code == 410 and "te oud" in response.content.decode()
    assert Ranking.objects.count() == 0


def test_a_flood_of_submissions_gets_429(client, open_round, settings):
    settings.WIJKAGENDA_RATE_LIMITS = {"ip": (2, 3600), "email": (5, 3600)}
    for number in range(2):
        assert rank(client, email=f"p{number}@example.org").status_code == 200
    response = rank(client, email="p9@example.org")
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    api = client.post(
        "/api/v1/rankings",
        {"region": "WK051802", "email": "q@example.org", "themes": ["wonen"]},
        content_type="application/json",
    )
    assert api.status_code == 429 and api["Content-Type"] == "application/problem+json"


def test_texts_wait_for_a_moderator_with_flags_and_are_escaped(client, open_round, settings):
    settings.WIJKAGENDA_MODERATION_WORDS = ["sukkel"]
    text = "<script>alert(1)</script> Bel 06-12345678 of mail mij@example.org, sukkel"
    rank(client, contribution_theme_1="wonen", contribution_kind_1="idee", contribution_text_1=text)
    client.get(link_in_last_mail())
    contribution = Contribution.objects.get()
    assert contribution.status == ModerationStatus.PENDING
    assert contribution.flags == ["email", "phone", "word:sukkel"]
    assert "&lt;script&gt;" not in client.get("/wijken/WK051802").content.decode()

    moderator = Client()
    moderator.force_login(_staff())
    queue = moderator.get("/beheer/moderatie").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in queue and "<script>alert" not in queue
    moderator.post("/beheer/moderatie", {"contribution": contribution.pk, "decision": "approve"})
    page = client.get("/wijken/WK051802").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def test_a_participant_can_see_and_erase_their_data(client, open_round):
    rank(client, age_band="65+", subscribe="on")
    confirmed = client.get(link_in_last_mail()).content.decode()
    my_data = re.search(r'href="http://127.0.0.1:8000(/meedoen/mijn-gegevens/[^"]+)"', confirmed)[1]
    page = client.get(my_data).content.decode()
    assert "inwoner@example.org" in page and "65 jaar of ouder" in page
    assert Subscription.objects.filter(confirmed_at__isnull=False).count() == 1
    client.post(my_data)
    assert not Participant.objects.exists() and not Ranking.objects.exists()
    assert not Subscription.objects.exists() and not Submission.objects.exists()


def test_closed_rounds_are_anonymised_after_the_retention_time(client, open_round):
    rank(client)
    client.get(link_in_last_mail())
    open_round.closes_at = timezone.now() - timedelta(days=200)
    open_round.save()
    call_command("anonymise_closed_rounds", days=180)
    participant = Participant.objects.get()
    assert participant.email is None and participant.anonymised_at is not None
    assert Ranking.objects.count() == 1, "the ranking stays"


def test_following_a_neighbourhood_needs_confirmation_and_stops_with_one_click(client, open_round):
    client.post("/wijken/WK051802/volgen", {"email": "buur@example.org"})
    assert Subscription.objects.get().confirmed_at is None
    page = client.get(link_in_last_mail()).content.decode()
    assert Subscription.objects.get().confirmed_at is not None
    stop = re.search(r'href="http://127.0.0.1:8000(/volgen/stoppen/[^"]+)"', page)[1]
    assert client.get(stop).status_code == 200 and Subscription.objects.count() == 1
    client.post(stop)
    assert Subscription.objects.count() == 0


def test_the_wijk_page_and_api_show_the_outcome_from_the_minimum_count(client, open_round):
    for number in range(9):
        rank(client, email=f"p{number}@example.org", age_band="65+")
        client.get(link_in_last_mail())
    api = client.get("/api/v1/regions/WK051802/priorities").json()
    assert api["participants"] == 9 and api["suppressed"] and api["items"] == []
    assert "Minder dan 10 inwoners" in client.get("/wijken/WK051802").content.decode()
    rank(client, email="p9@example.org", age_band="65+")
    client.get(link_in_last_mail())
    api = client.get("/api/v1/regions/WK051802/priorities").json()
    assert not api["suppressed"] and api["items"][0]["theme"] == "veiligheid"
    assert api["items"][0]["score"] == pytest.approx(1.0)
    page = client.get("/wijken/WK051802")
    assert 'id="priority-table"' in page.content.decode()
    assert page.context["priorities"][0].theme.key == "veiligheid"


def _staff():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("moderator")


def test_the_map_can_be_coloured_by_participants_per_1000(client, open_round):
    rank(client)
    client.get(link_in_last_mail())
    response = client.get("/", {"area": "GM0518", "indicator": "participation"})
    values = response.context["coloured"]["values"]
    population = Region.objects.get(code="WK051802").population
    assert values["WK051802"] == pytest.approx(1000 / population)
    assert values["WK051803"] == 0
    assert 'option value="participation" selected' in response.content.decode()


def test_the_demo_round_is_seeded_with_a_fixed_seed_and_labelled(client, den_haag):
    call_command("seed_demo_round", "GM0518")
    first = list(Ranking.objects.order_by("region_id", "themes").values_list("themes", flat=True))
    call_command("seed_demo_round", "GM0518")
    again = list(Ranking.objects.order_by("region_id", "themes").values_list("themes", flat=True))
    assert first == again and len(first) > 1000
    assert ParticipationRound.objects.get().is_demo
    page = client.get("/wijken/WK051828").content.decode()
    assert "Demogegevens." in page and 'id="priority-table"' in page


@pytest.mark.parametrize(
    ("contribution", "name"),
    [
        ({"theme": "wonen", "kind": "idee", "text": "   "}, "contributions.0.text"),
        ({"theme": "zwerfvuil", "kind": "idee", "text": "Meer bankjes"}, "contributions.0"),
    ],
)
def test_the_api_refuses_empty_texts_and_unknown_themes(client, open_round, contribution, name):
    response = client.post(
        "/api/v1/rankings",
        {
            "region": "WK051802",
            "email": "a@example.org",
            "themes": ["wonen"],
            "contributions": [contribution],
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == name
    assert Submission.objects.count() == 0


def test_the_form_speaks_english_under_en(client, open_round):
    html = client.get("/en/wijken/WK051802/meedoen").content.decode()
    assert "What matters most in Wijk 02 Belgisch Park?" in html
    assert "Your order of themes" in html and "About you (optional)" in html
