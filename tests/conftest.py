from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from datasources.services import catalogue_sync, observation_import
from neighbourhoods.models import ParticipationRound
from neighbourhoods.selectors import region_codes
from neighbourhoods.services import region_import

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(__file__).parent.parent / "data"
DEN_HAAG_WIJKEN = FIXTURES / "wijken_2024_denhaag.geojson"
ZUID_HOLLAND_GEMEENTEN = FIXTURES / "gemeenten_2023_zuid-holland.geojson"
ZUID_HOLLAND = DATA / "geo" / "provincie_2023_PV28_zuid-holland.geojson"


@pytest.fixture
def den_haag(db):
    """The 45 real wijken of Den Haag (CBS/PDOK 2024), with their parents derived."""
    region_import(path=DEN_HAAG_WIJKEN, year=2024)


@pytest.fixture
def zuid_holland(db):
    """Zuid-Holland with its 50 real municipalities (CBS/PDOK 2023)."""
    region_import(path=ZUID_HOLLAND, year=2023)
    region_import(path=ZUID_HOLLAND_GEMEENTEN, year=2023)


KWB_DEN_HAAG = FIXTURES / "kwb_2024_85984NED_denhaag.csv"
GGD_DEN_HAAG = FIXTURES / "gezondheid_50150NED_goed_ervaren_gezondheid_denhaag.csv"
POLICE_DEN_HAAG = FIXTURES / "misdrijven_47022NED_denhaag.csv"


@pytest.fixture
def den_haag_figures(den_haag):
    """Den Haag's wijken with their real KWB, GGD and police figures (Den Haag rows only)."""
    catalogue_sync()  # a transactional (browser) test flushes what the migration loaded
    for source, path in [
        ("cbs-kwb", KWB_DEN_HAAG),
        ("ggd-gezondheidsmonitor", GGD_DEN_HAAG),
        ("politie-misdrijven", POLICE_DEN_HAAG),
    ]:
        observation_import(source=source, path=path, regions=region_codes())


def open_round_for(area: str = "GM0518", **fields):
    """A participation round for `area` that opened yesterday and closes in ten days."""
    now = timezone.now()
    return ParticipationRound.objects.create(
        **{
            "area_id": area,
            "title": "Ronde 2027",
            "opens_at": now - timedelta(days=1),
            "closes_at": now + timedelta(days=10),
            "max_ranked": 3,
            **fields,
        }
    )
