"""fetch_cbs: the real cbsodata client against a local server playing back recorded responses."""

import pandas as pd
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from datasources.models import ImportRun, Observation
from tests.conftest import DATA
from tests.datasources.cbs_playback import PlaybackServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def cbs(settings):
    with PlaybackServer() as server:
        settings.WIJKAGENDA_CBS_CATALOG_URL = server.catalog_url
        settings.WIJKAGENDA_CBS_USE_HTTPS = False
        yield server


def test_fetch_cbs_imports_den_haag_through_cbsodata(cbs, den_haag):
    call_command("fetch_cbs", table="85984NED", municipality="GM0518")

    paths = [path for path, _ in cbs.requests]
    assert "/ODataFeed/odata/85984NED/DataProperties" in paths
    data_requests = [query for path, query in cbs.requests if path.endswith("/TypedDataSet")]
    assert len(data_requests) == 2, "both pages, following odata.nextLink"
    assert data_requests[0]["$select"].startswith("WijkenEnBuurten,Codering_3,")

    run = ImportRun.objects.get()
    assert (run.source, run.table_id, run.rows_read) == ("cbs-kwb", "85984NED", 159)
    assert run.file_name == "85984NED GM0518 (cbsodata)"
    rows = pd.read_csv(DATA / "tables" / "kwb_2024_85984NED_3gemeenten.csv")
    rows = rows[rows["gemeentecode"] == "GM0518"].set_index("WijkenEnBuurten")
    for region in ["GM0518", "WK051802", "WK051844", "BU05180546"]:
        for column, indicator in [
            ("AantalInwoners_5", "kwb-inwoners"),
            ("GemiddeldInkomenPerInwoner_78", "kwb-inkomen-per-inwoner"),
        ]:
            stored = Observation.objects.get(
                indicator_id=indicator, region_code=region, period="2024"
            ).value
            expected = rows.loc[region, column]
            assert (stored is None) if pd.isna(expected) else stored == pytest.approx(expected)


def test_fetching_the_same_table_again_changes_nothing(cbs, den_haag):
    call_command("fetch_cbs", table="85984NED", municipality="GM0518")
    count = Observation.objects.count()
    call_command("fetch_cbs", table="85984NED", municipality="GM0518")
    assert Observation.objects.count() == count and ImportRun.objects.count() == 1


def test_a_table_that_cbs_does_not_have_is_a_clear_error(cbs, den_haag):
    with pytest.raises(CommandError, match=r"refused table 99999NED: .*404"):
        call_command("fetch_cbs", table="99999NED", municipality="GM0518")
    assert Observation.objects.count() == 0


def test_an_unreachable_cbs_is_a_clear_error(settings, den_haag):
    settings.WIJKAGENDA_CBS_CATALOG_URL = "127.0.0.1:9"
    settings.WIJKAGENDA_CBS_USE_HTTPS = False
    with pytest.raises(CommandError, match=r"CBS at 127\.0\.0\.1:9 cannot be reached"):
        call_command("fetch_cbs", table="85984NED", municipality="GM0518")


def test_a_malformed_municipality_code_is_refused(den_haag):
    with pytest.raises(CommandError, match="give a code such as GM0518"):
        call_command("fetch_cbs", table="85984NED", municipality="Den Haag")
