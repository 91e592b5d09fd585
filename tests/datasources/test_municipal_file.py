"""Municipal files: wide or long, CSV or XLSX, the usual delimiters and encodings, mapping."""

import io

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from datasources.models import Observation
from datasources.services import ObservationImportError, observation_import

pytestmark = pytest.mark.django_db

PLACES = frozenset({"GM0518", "WK051802", "WK051803"})


def load(path, **options):
    return observation_import(source="municipal-file", path=path, regions=PLACES, **options)


def stored() -> dict:
    return {(o.indicator_id, o.region_code, o.period): o.value for o in Observation.objects.all()}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "latin-1"])
def test_a_wide_file_with_semicolons_and_decimal_commas(tmp_path, encoding):
    path = tmp_path / "wijkcijfers.csv"
    path.write_bytes(
        "Regiocode;Naam;Koopwoningen;Gemiddeld inkomen per inwoner\n"
        "WK051802;Belgisch Park;60,5;43,9\nWK051803;Westbroekpark en Duttendël;61;\n".encode(
            encoding
        )
    )
    outcome = load(path, period="2025")
    assert outcome.notes == ["columns left out: Naam"]
    assert stored() == {
        ("kwb-koopwoningen", "WK051802", "2025"): 60.5,
        ("kwb-koopwoningen", "WK051803", "2025"): 61.0,
        ("kwb-inkomen-per-inwoner", "WK051802", "2025"): 43.9,
        ("kwb-inkomen-per-inwoner", "WK051803", "2025"): None,
    }


def test_a_long_file_with_commas(tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text(
        "region_code,indicator,period,value\n"
        'WK051802,kwb-koopwoningen,2023,59\nWK051802,kwb-koopwoningen,2024,"60,0"\n'
    )
    load(path)
    assert stored() == {
        ("kwb-koopwoningen", "WK051802", "2023"): 59.0,
        ("kwb-koopwoningen", "WK051802", "2024"): 60.0,
    }


def test_a_long_file_with_an_unknown_indicator_is_rejected(tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text("regio;indicator;jaar;waarde\nWK051802;zwerfvuil;2024;3\n")
    with pytest.raises(
        ObservationImportError, match="row 1, column 'indicator', value 'zwerfvuil'"
    ):
        load(path)


def test_an_xlsx_workbook(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["gebiedcode", "Koopwoningen"])
    book.active.append(["WK051803", 61])
    path = tmp_path / "cijfers.xlsx"
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())
    load(path, period="2025")
    assert stored() == {("kwb-koopwoningen", "WK051803", "2025"): 61.0}


def test_unknown_columns_must_be_mapped_first(tmp_path):
    path = tmp_path / "wijkcijfers.csv"
    path.write_text("regiocode;Meldingen zwerfvuil;Koopwoningen\nWK051802;12;60\n")
    with pytest.raises(ObservationImportError) as error:
        load(path, period="2025")
    assert error.value.unmapped == ["Meldingen zwerfvuil"]
    assert "column 'Meldingen zwerfvuil': no indicator is known" in str(error.value)
    assert Observation.objects.count() == 0

    load(path, period="2025", column_map={"Meldingen zwerfvuil": ""})
    assert list(stored()) == [("kwb-koopwoningen", "WK051802", "2025")]


def test_a_wide_file_needs_its_period(tmp_path):
    path = tmp_path / "wijkcijfers.csv"
    path.write_text("regiocode;Koopwoningen\nWK051802;60\n")
    with pytest.raises(ObservationImportError, match="give --period YYYY"):
        load(path)


def test_the_command_maps_columns_and_names_problems(tmp_path, den_haag):
    path = tmp_path / "wijkcijfers.csv"
    path.write_text("regiocode;Eigen woningen\nWK051802;60\nWK051898;61\nWK051803;x1\n")
    with pytest.raises(CommandError) as error:
        call_command(
            "import_observations",
            str(path),
            source="municipal-file",
            period="2025",
            map=["Eigen woningen=kwb-koopwoningen"],
        )
    assert "row 3, column 'Eigen woningen', value 'x1': not a number" in str(error.value)
    assert "row 2, column 'region', value 'WK051898': unknown region code" in str(error.value)
    with pytest.raises(CommandError, match="write COLUMN=INDICATOR"):
        call_command("import_observations", str(path), source="municipal-file", map=["Eigen"])
