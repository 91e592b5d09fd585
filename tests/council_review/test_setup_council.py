"""`setup_council`: one command gives a municipality or a province its council."""

import pytest
from django.core.management import CommandError, call_command

from council_review.models import Council


@pytest.mark.django_db
def test_a_municipality_gets_its_gemeenteraad_once(den_haag, capsys):
    call_command("setup_council", "gm0518")
    call_command("setup_council", "GM0518", "--name", "Another name")
    council = Council.objects.get()
    assert (council.area_id, council.kind) == ("GM0518", "gemeenteraad")
    assert council.name == "Gemeenteraad 's-Gravenhage"  # the second run changed nothing
    out = capsys.readouterr().out
    assert "made" in out and "already there" in out and "invite_user" in out


@pytest.mark.django_db
def test_a_province_gets_provinciale_staten_with_the_given_name(zuid_holland):
    call_command("setup_council", "PV28", "--name", "Provinciale Staten van Zuid-Holland")
    council = Council.objects.get(area_id="PV28")
    assert council.kind == "provinciale-staten"
    assert council.name == "Provinciale Staten van Zuid-Holland"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("GM9999", "GM9999: there is no such area; import its boundaries first"),
        ("WK051828", "WK051828 is a wijk: a council belongs to a municipality (GMxxxx) or a"),
    ],
)
def test_an_area_without_a_council_is_refused_and_nothing_is_written(den_haag, code, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("setup_council", code)
    assert not Council.objects.exists()
