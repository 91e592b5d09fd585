"""Stage moves and annotations: every role × action, the order of stages, scoping to a council."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from council_review.compute.permissions import ACTIONS, may, move_problem
from council_review.models import Annotation, Role
from council_review.services import (
    annotation_create,
    annotation_edit,
    annotation_reply,
    annotations_visible,
    stage_move,
)
from neighbourhoods.models import Region
from wijkagenda.agendas.models import Stage
from wijkagenda.agendas.services import agenda_draft, item_update

pytestmark = pytest.mark.django_db
ROLES = [role.value for role in Role]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_role_and_action(role, action):
    allowed = {
        "annotate": {"councillor"},
        "reply": {"officer", "griffie"},
        "read_internal": {"griffie", "officer"},
        "edit_texts": {"officer"},
    }[action]
    assert may({role}, action) == (role in allowed)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("concept", "beeldvorming"),
        ("beeldvorming", "oordeelsvorming"),
        ("oordeelsvorming", "besluitvorming"),
        ("besluitvorming", "vastgesteld"),
    ],
)
def test_who_moves_an_agenda_to_the_next_stage(role, current, target):
    mover = "officer" if current == "concept" else "griffie"
    problem = move_problem(current=current, target=target, roles={role})
    assert problem == (None if role == mover else "role")


def test_stages_move_one_at_a_time_and_not_after_adoption():
    assert move_problem(current="concept", target="oordeelsvorming", roles={"officer"}) == "order"
    assert move_problem(current="vastgesteld", target="concept", roles={"griffie"}) == "closed"


def move(agenda, target, user):
    return stage_move(agenda=agenda, to_stage=target, user=user, now=timezone.now())


def test_the_officer_opens_beeldvorming_and_the_griffie_moves_on(agenda, people):
    with pytest.raises(PermissionDenied, match=r"beleidsmedewerkers"):
        move(agenda, Stage.BEELDVORMING, people["griffie"])
    first = move(agenda, Stage.BEELDVORMING, people["officer"])
    assert first.version.number == 1 and first.version.stage == Stage.BEELDVORMING
    with pytest.raises(PermissionDenied, match="griffie"):
        move(agenda, Stage.OORDEELSVORMING, people["officer"])
    with pytest.raises(PermissionDenied, match="één fase tegelijk"):
        move(agenda, Stage.BESLUITVORMING, people["griffie"])
    move(agenda, Stage.OORDEELSVORMING, people["griffie"])
    agenda.refresh_from_db()
    assert agenda.stage == Stage.OORDEELSVORMING and agenda.versions.count() == 2
    with pytest.raises(Exception, match="voorbij de conceptfase"):
        item = agenda.items.first()
        item_update(item=item, revision=item.revision, texts={"opgave": "Te laat."})


def test_councillors_annotate_officers_reply_and_the_comment_stays_on_its_version(agenda, people):
    version = move(agenda, Stage.BEELDVORMING, people["officer"]).version
    theme = version.snapshot["items"][0]["theme"]
    question = annotation_create(
        version=version,
        user=people["councillor"],
        kind="vraag",
        text="Waarom staat dit bovenaan?",
        theme=theme,
        now=timezone.now(),
    )
    assert (question.stage, question.party) == ("beeldvorming", "GroenLinks")
    reply = annotation_reply(
        agenda=agenda,
        parent_id=question.pk,
        user=people["officer"],
        text="Door de cijfers over veiligheid.",
        now=timezone.now(),
    )
    assert reply.parent == question and reply.role == "officer"
    move(agenda, Stage.OORDEELSVORMING, people["griffie"])
    question.refresh_from_db()
    assert question.version == version and question.theme == theme
    with pytest.raises(PermissionDenied, match="gesloten"):
        annotation_edit(
            annotation=question, user=people["councillor"], text="Anders", now=timezone.now()
        )
    with pytest.raises(PermissionDenied, match="gesloten"):
        annotation_create(
            version=version,
            user=people["councillor"],
            kind="opmerking",
            text="Nog iets",
            now=timezone.now(),
        )


@pytest.mark.parametrize("role", [r for r in ROLES if r != "councillor"])
def test_only_councillors_annotate(agenda, people, role):
    version = move(agenda, Stage.BEELDVORMING, people["officer"]).version
    with pytest.raises(PermissionDenied):
        annotation_create(
            version=version, user=people[role], kind="vraag", text="?", now=timezone.now()
        )


def test_a_councillor_of_another_council_cannot_act(agenda, people):
    version = move(agenda, Stage.BEELDVORMING, people["officer"]).version
    with pytest.raises(PermissionDenied):
        annotation_create(
            version=version, user=people["rotterdam"], kind="vraag", text="?", now=timezone.now()
        )
    with pytest.raises(PermissionDenied):
        move(agenda, Stage.OORDEELSVORMING, people["rotterdam"])


def test_a_reply_to_an_annotation_of_another_agenda_is_refused(agenda, people):
    version = move(agenda, Stage.BEELDVORMING, people["officer"]).version
    question = annotation_create(
        version=version, user=people["councillor"], kind="vraag", text="?", now=timezone.now()
    )
    other = agenda_draft(area=Region.objects.get(code="WK051802"), cycle=2027, now=timezone.now())
    with pytest.raises(PermissionDenied, match="hoort niet bij deze agenda"):
        annotation_reply(
            agenda=other,
            parent_id=question.pk,
            user=people["officer"],
            text="!",
            now=timezone.now(),
        )


def test_edits_keep_their_history_and_internal_notes_stay_internal(agenda, people):
    version = move(agenda, Stage.BEELDVORMING, people["officer"]).version
    note = annotation_create(
        version=version,
        user=people["councillor"],
        kind="opmerking",
        text="Eerst",
        visibility="griffie",
        now=timezone.now(),
    )
    annotation_edit(annotation=note, user=people["councillor"], text="Daarna", now=timezone.now())
    note.refresh_from_db()
    assert note.text == "Daarna" and [e.previous_text for e in note.edits.all()] == ["Eerst"]
    assert annotations_visible(version=version, user=AnonymousUser()) == []
    assert annotations_visible(version=version, user=people["griffie"]) == [note]
    assert annotations_visible(version=version, user=people["councillor"]) == [note]
    assert annotations_visible(version=version, user=people["moderator"]) == []
    assert Annotation.objects.count() == 1
