"""Meetings from NotuBiz (a real response) and ORI, decisions, and the public timeline."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone

from council_review.models import Council, Meeting, MeetingItem
from council_review.services import agenda_link, decision_record, stage_move
from council_review.sources import notubiz, ori
from tests.conftest import DATA, FIXTURES

NOTUBIZ = DATA / "council" / "notubiz_meeting_amsterdam_2018-02-08.json"
ORI = FIXTURES / "council" / "ori_meeting_example.json"


def test_the_notubiz_adapter_reads_the_real_response():
    data = json.loads(NOTUBIZ.read_text())
    meeting = notubiz.parse(data)
    assert (meeting.source_id, meeting.title) == ("458902", "raadscommissie Financiën")
    assert meeting.starts_at.isoformat() == "2018-02-08T13:30:00"
    assert len(meeting.items) == len(data["agenda_items"]) == 45
    numbered = [i for i in meeting.items if i.number == "3."]
    assert numbered[0].title.startswith("Vaststellen agenda")
    assert any(i.is_heading and i.title == "Algemeen" for i in meeting.items)
    assert meeting.documents[0]["types"] == ["Uitslagenlijst"]


def test_unknown_item_shapes_are_skipped_with_a_reason_and_the_rest_imported():
    data = json.loads(NOTUBIZ.read_text())
    data["agenda_items"][0]["type"] = "module_item"
    data["agenda_items"][1]["type_data"]["attributes"] = []
    meeting = notubiz.parse(data)
    assert len(meeting.items) == 43
    assert meeting.skipped == [
        "item 3935516: type 'module_item' is not an agenda point",
        "item 3935514: no title",
    ]


@pytest.mark.django_db
def test_importing_a_meeting_again_updates_it(den_haag):
    Council.objects.create(area_id="GM0518", kind="gemeenteraad", name="Gemeenteraad")
    call_command("import_meetings", str(NOTUBIZ), source="notubiz", council="GM0518")
    call_command("import_meetings", str(NOTUBIZ), source="notubiz", council="GM0518")
    assert Meeting.objects.count() == 1 and MeetingItem.objects.count() == 45


@pytest.mark.django_db
def test_a_meeting_file_with_missing_fields_is_refused(den_haag, tmp_path):
    Council.objects.create(area_id="GM0518", kind="gemeenteraad", name="Gemeenteraad")
    data = json.loads(NOTUBIZ.read_text())
    del data["plannings"]
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="required field 'plannings' is missing"):
        call_command("import_meetings", str(path), source="notubiz", council="GM0518")
    assert Meeting.objects.count() == 0


def test_the_ori_adapter_reads_meetings_items_attachments_and_motions():
    meeting = ori.parse(json.loads(ORI.read_text()))
    assert [i.number for i in meeting.items] == ["1", "2"]
    assert meeting.items[1].documents[1]["types"] == ["Motion"]
    assert len(meeting.skipped) == 2


@pytest.mark.django_db
def test_decisions_and_the_timeline_on_the_wijk_page(agenda, people):
    council = Council.objects.get(area_id="GM0518")
    call_command("import_meetings", str(ORI), source="ori", council="GM0518")
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    item = MeetingItem.objects.get(number="2")
    agenda_link(agenda=agenda, stage="beeldvorming", meeting_item=item)
    theme = agenda.items.get(rank=1).theme_id
    with pytest.raises(Exception, match="besluitvorming"):
        decision_record(
            agenda=agenda,
            theme=theme,
            outcome="aangenomen",
            motivation="Ja",
            reference="",
            user=people["griffie"],
            now=timezone.now(),
        )
    for stage in ("oordeelsvorming", "besluitvorming"):
        stage_move(agenda=agenda, to_stage=stage, user=people["griffie"], now=timezone.now())
    with pytest.raises(Exception, match="griffie"):
        decision_record(
            agenda=agenda,
            theme=theme,
            outcome="aangenomen",
            motivation="Ja",
            reference="",
            user=people["officer"],
            now=timezone.now(),
        )
    decision_record(
        agenda=agenda,
        theme=theme,
        outcome="gewijzigd-aangenomen",
        motivation="Met extra toezicht in het weekend.",
        reference="Motie 2027-14",
        user=people["griffie"],
        now=timezone.now(),
    )
    page = Client().get("/wijken/WK051828").content.decode()
    assert "Wat de raad met de agenda doet" in page
    assert (
        "Commissie Leefomgeving" in page
        and "Wijkagenda&#x27;s 2027: beeldvorming (komt eraan)" in page
    )
    assert "Gewijzigd aangenomen" in page and "Motie 2027-14" in page
    assert council.meetings.count() == 1
