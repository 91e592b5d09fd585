"""A Den Haag council with one member of every role, a Rotterdam councillor, and a draft."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from council_review.models import Council, Meeting, Membership, Role
from neighbourhoods.models import Region, RegionLevel
from tests.conftest import FIXTURES
from wijkagenda.agendas.services import agenda_draft

ROLES = [role.value for role in Role]


@pytest.fixture
def people(den_haag_figures):
    council = Council.objects.create(
        area_id="GM0518", kind="gemeenteraad", name="Gemeenteraad Den Haag"
    )
    users = {}
    for role in ROLES:
        user = get_user_model().objects.create_user(role)
        Membership.objects.create(
            council=council,
            user=user,
            role=role,
            party="GroenLinks" if role == "councillor" else "",
        )
        users[role] = user
    Region.objects.create(code="GM0599", name="Rotterdam", level=RegionLevel.MUNICIPALITY)
    rotterdam = Council.objects.create(
        area_id="GM0599", kind="gemeenteraad", name="Gemeenteraad Rotterdam"
    )
    users["rotterdam"] = get_user_model().objects.create_user("rotterdammer")
    Membership.objects.create(council=rotterdam, user=users["rotterdam"], role="councillor")
    return users


@pytest.fixture
def agenda(people):
    return agenda_draft(area=Region.objects.get(code="WK051828"), cycle=2027, now=timezone.now())


@pytest.fixture
def ori_meeting(people):
    """The ORI-shaped example meeting (tests/fixtures/council), imported for Den Haag."""
    call_command(
        "import_meetings",
        str(FIXTURES / "council" / "ori_meeting_example.json"),
        source="ori",
        council="GM0518",
    )
    return Meeting.objects.get(source="ori")
