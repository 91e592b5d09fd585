"""The council API: meetings, annotations (read by all, written by councillors with a token),
decisions and the timeline."""

import pytest
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from council_review.services import annotation_create, stage_move

pytestmark = pytest.mark.django_db


def test_meetings_are_listed_per_council(agenda, people, ori_meeting):
    body = Client().get("/api/v1/meetings", {"council": "GM0518"}).json()
    assert body["numberMatched"] == 1
    assert [i["number"] for i in body["items"][0]["items"]] == ["1", "2"]


def test_annotations_are_public_to_read_and_written_by_councillors_with_a_token(agenda, people):
    version = stage_move(
        agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now()
    ).version
    annotation_create(
        version=version,
        user=people["councillor"],
        kind="opmerking",
        text="Alleen voor de griffie",
        visibility="griffie",
        now=timezone.now(),
    )
    url = f"/api/v1/agendas/{agenda.pk}/annotations"
    assert Client().get(url).json()["items"] == []
    token = Token.objects.create(user=people["councillor"])
    councillor = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
    created = councillor.post(
        url, {"version": 1, "kind": "vraag", "text": "Waarom?"}, content_type="application/json"
    )
    assert created.status_code == 201 and created.json()["party"] == "GroenLinks"
    assert [a["text"] for a in Client().get(url).json()["items"]] == ["Waarom?"]
    anonymous = Client().post(
        url, {"version": 1, "kind": "vraag", "text": "?"}, content_type="application/json"
    )
    assert anonymous.status_code == 403
    other = Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=people['rotterdam'])}")
    refused = other.post(
        url, {"version": 1, "kind": "vraag", "text": "?"}, content_type="application/json"
    )
    assert refused.status_code == 403 and refused["Content-Type"] == "application/problem+json"


def test_the_timeline_lists_stage_moves_and_public_annotations(agenda, people):
    version = stage_move(
        agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now()
    ).version
    annotation_create(
        version=version,
        user=people["councillor"],
        kind="steun",
        text="Goed plan",
        now=timezone.now(),
    )
    body = Client().get("/api/v1/regions/WK051828/timeline").json()
    assert [e["type"] for e in body["events"]] == ["stage", "annotation"]
    assert body["events"][1]["party"] == "GroenLinks" and len(body["feedback"]) == 5
    assert Client().get(f"/api/v1/agendas/{agenda.pk}/decisions").json() == {"items": []}
