from pathlib import Path

import pytest

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
