"""A Den Haag council with one member of every role, a Rotterdam councillor, and a draft."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from council_review.models import Council, Membership, Role
from neighbourhoods.models import Region, RegionLevel
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
