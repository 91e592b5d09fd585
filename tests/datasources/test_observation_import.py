"""observation_import: the shipped files end to end, and every kind of bad input.

A rejected file writes no observation; its ImportRun (status rejected, with the error list) is
the only trace. The same content twice is a no-op.
"""

import pandas as pd
import pytest

from datasources.models import ImportRun, ImportStatus, Observation
from datasources.services import ObservationImportError, observation_import
from tests.conftest import DATA

pytestmark = pytest.mark.django_db

TABLES = DATA / "tables"
KWB = TABLES / "kwb_2024_85984NED_3gemeenten.csv"
GGD = TABLES / "gezondheid_50150NED_goed_ervaren_gezondheid_3gemeenten.csv"
POLICE = TABLES / "misdrijven_47022NED_3gemeenten.csv"


@pytest.fixture(scope="module")
def kwb_rows() -> pd.DataFrame:
    return pd.read_csv(KWB).set_index("WijkenEnBuurten")


@pytest.fixture(scope="module")
def places(kwb_rows) -> frozenset[str]:
    """The places of the three municipalities (gemeenten and wijken; buurten go by their wijk)."""
    return frozenset(code for code in kwb_rows.index if not code.startswith("BU"))


def value(indicator: str, region: str, period: str) -> float | None:
    return Observation.objects.get(indicator_id=indicator, region_code=region, period=period).value


def imported(source: str, path, places, **options):
    return observation_import(source=source, path=path, regions=places, **options)


def test_kwb_gives_the_figures_of_the_file(places, kwb_rows):
    outcome = imported("cbs-kwb", KWB, places)
    assert outcome.run.status == ImportStatus.SUCCEEDED
    assert (outcome.run.rows_read, outcome.run.rows_written) == (900, 900 * 18)
    assert outcome.run.table_id == "85984NED" and len(outcome.run.sha256) == 64
    sample = ["GM0518", "WK051802", "WK051828", "BU05180546", "GM0363", "WK0363SE", "WK059923"]
    for region in sample:
        for column, indicator in [
            ("AantalInwoners_5", "kwb-inwoners"),
            ("GemiddeldInkomenPerInwoner_78", "kwb-inkomen-per-inwoner"),
            ("GemiddeldeWOZWaardeVanWoningen_39", "kwb-woz-waarde"),
            ("AfstandTotSchool_113", "kwb-afstand-school"),
        ]:
            expected = kwb_rows.loc[region, column]
            stored = value(indicator, region, "2024")
            assert (stored is None) if pd.isna(expected) else stored == pytest.approx(expected)


def test_ggd_and_police_give_the_figures_of_the_files_and_derive_the_wijken(places, kwb_rows):
    imported("cbs-kwb", KWB, places)
    imported("ggd-gezondheidsmonitor", GGD, places)
    imported("politie-misdrijven", POLICE, places)
    health = pd.read_csv(GGD).set_index("WijkenEnBuurten")
    crimes = pd.read_csv(POLICE).set_index("WijkenEnBuurten")
    for region in ["GM0518", "BU05180546", "BU05180478"]:
        for year in ["2012", "2020", "2024"]:
            expected = health.loc[region, f"GoedErvarenGezondheid_4_{year}"]
            assert value("ggd-goed-ervaren-gezondheid", region, year) == pytest.approx(expected)
        for year in ["2021", "2025"]:
            expected = crimes.loc[region, f"GeregistreerdeMisdrijven_1_{year}"]
            assert value("politie-misdrijven", region, year) == expected

    # WK051805: its buurten's health, weighted by their KWB residents, computed here from the files.
    buurten = health[health["wijkcode_afgeleid"] == "WK051805"]
    weights = kwb_rows.loc[buurten.index, "AantalInwoners_5"]
    usable = buurten["GoedErvarenGezondheid_4_2024"].notna() & weights.notna()
    expected = (buurten.loc[usable, "GoedErvarenGezondheid_4_2024"] * weights[usable]).sum() / (
        weights[usable].sum()
    )
    derived = Observation.objects.get(
        indicator_id="ggd-goed-ervaren-gezondheid", region_code="WK051805", period="2024"
    )
    assert derived.derived and derived.value == pytest.approx(expected)

    # Crimes per 1,000 residents: only where the same year's residents are known (2024).
    count = crimes.loc["BU05180546", "GeregistreerdeMisdrijven_1_2024"]
    residents = kwb_rows.loc["BU05180546", "AantalInwoners_5"]
    assert value("politie-misdrijven-per-1000", "BU05180546", "2024") == pytest.approx(
        count / residents * 1000
    )
    assert value("politie-misdrijven-per-1000", "BU05180546", "2021") is None
    wijk_total = crimes[crimes["wijkcode_afgeleid"] == "WK051805"][
        "GeregistreerdeMisdrijven_1_2024"
    ]
    assert value("politie-misdrijven", "WK051805", "2024") == wijk_total.sum()


def test_the_same_file_twice_is_a_no_op(places):
    first = imported("cbs-kwb", KWB, places)
    count = Observation.objects.count()
    again = imported("cbs-kwb", KWB, places)
    assert again.already_imported and again.run == first.run
    assert Observation.objects.count() == count and ImportRun.objects.count() == 1


def test_missing_values_are_stored_as_missing_never_as_zero(tmp_path, places):
    path = tmp_path / "kwb_2024.csv"
    path.write_text("WijkenEnBuurten;AantalInwoners_5;Koopwoningen_47\nWK051802;.;\nWK051803;5;x\n")
    imported("cbs-kwb", path, places)
    assert value("kwb-inwoners", "WK051802", "2024") is None
    assert value("kwb-koopwoningen", "WK051802", "2024") is None
    assert value("kwb-koopwoningen", "WK051803", "2024") is None
    assert value("kwb-inwoners", "WK051803", "2024") == 5


BAD_FILES = {
    "unknown region": (
        "WijkenEnBuurten;AantalInwoners_5\nWK051802;8385\nWK059999;10\n",
        {},
        (2, "region", "WK059999", "unknown region code"),
    ),
    "other municipality": (
        "WijkenEnBuurten;AantalInwoners_5\nWK051802;8385\nWK059901;10\n",
        {"municipality": "GM0518"},
        (2, "region", "WK059901", "not in municipality GM0518"),
    ),
    "not a number": (
        "WijkenEnBuurten;AantalInwoners_5\nWK051802;veel\n",
        {},
        (1, "AantalInwoners_5", "veel", "not a number"),
    ),
    "negative": (
        "WijkenEnBuurten;AantalInwoners_5\nWK051802;-5\n",
        {},
        (1, "AantalInwoners_5", "-5", "negative value is impossible"),
    ),
    "duplicate": (
        "WijkenEnBuurten;AantalInwoners_5\nWK051802;1\nWK051803;2\nWK051802;3\n",
        {},
        (3, "AantalInwoners_5", "WK051802", "duplicate of row 1"),
    ),
    "missing code column": (
        "naam;AantalInwoners_5\nBelgisch Park;1\n",
        {},
        (None, "WijkenEnBuurten", None, "required column missing"),
    ),
    "no measure column": (
        "WijkenEnBuurten;naam\nWK051802;Belgisch Park\n",
        {},
        (None, None, None, "none of the columns is a KWB measure"),
    ),
    "empty": ("", {}, (None, None, None, "the file is empty")),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_rejected_whole_and_named_precisely(case, tmp_path, places):
    text, options, (row, column, bad_value, message) = BAD_FILES[case]
    path = tmp_path / "kwb_2024.csv"
    path.write_text(text)
    with pytest.raises(ObservationImportError) as error:
        imported("cbs-kwb", path, places, **options)
    problem = next(p for p in error.value.problems if message in p.message)
    assert (problem.row, problem.column, problem.value) == (row, column, bad_value)
    assert str(error.value).startswith("kwb_2024.csv: cannot import observations; nothing was")
    assert Observation.objects.count() == 0
    run = ImportRun.objects.get()
    assert run.status == ImportStatus.REJECTED
    assert any(message in entry["message"] for entry in run.errors)


def test_a_file_in_the_wrong_encoding_is_rejected(tmp_path, places):
    path = tmp_path / "kwb_2024.csv"
    path.write_bytes("WijkenEnBuurten;AantalInwoners_5\nWK051802;8385\n".encode("utf-16"))
    with pytest.raises(ObservationImportError, match="UTF-16"):
        imported("cbs-kwb", path, places)
    assert Observation.objects.count() == 0


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path, places, settings):
    settings.WIJKAGENDA_IMPORT_MAX_MB = 20
    path = tmp_path / "kwb_2024.csv"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    with pytest.raises(ObservationImportError, match=r"50\.0 MB, more than the limit of 20 MB"):
        imported("cbs-kwb", path, places)
    assert ImportRun.objects.get().status == ImportStatus.REJECTED
    assert Observation.objects.count() == 0


def test_every_problem_of_a_file_is_listed_at_once(tmp_path, places):
    path = tmp_path / "kwb_2024.csv"
    path.write_text(
        "WijkenEnBuurten;AantalInwoners_5;Koopwoningen_47\n"
        "WK051802;veel;-1\nWK059999;3;4\nWK051802;5;6\n"
    )
    with pytest.raises(ObservationImportError) as error:
        imported("cbs-kwb", path, places)
    messages = str(error.value)
    for expected in [
        "row 1, column 'AantalInwoners_5', value 'veel': not a number",
        "row 1, column 'Koopwoningen_47', value '-1': a negative value",
        "row 2, column 'region', value 'WK059999': unknown region code",
        "row 3, column 'AantalInwoners_5', value 'WK051802': duplicate of row 1",
    ]:
        assert expected in messages
    assert ImportRun.objects.get().rows_rejected == 3
