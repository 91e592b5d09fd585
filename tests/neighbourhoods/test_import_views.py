"""The staff import screens: upload, the mapping step, a rejected run with its error list."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from datasources.models import ImportRun, ImportStatus, Observation

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(settings, tmp_path) -> Client:
    settings.WIJKAGENDA_UPLOAD_DIR = tmp_path / "uploads"
    client = Client()
    client.force_login(get_user_model().objects.create_user("officer", is_staff=True))
    return client


def upload(client, text: str, **fields):
    data = {
        "source": "municipal-file",
        "period": "2025",
        **fields,
        "file": SimpleUploadedFile("wijkcijfers.csv", text.encode("utf-8")),
    }
    return client.post("/beheer/imports", data)


def test_the_screens_are_for_staff_only(den_haag):
    response = Client().get("/beheer/imports")
    assert response.status_code == 302 and response["Location"] == "/inloggen?next=/beheer/imports"
    resident = Client()
    resident.force_login(get_user_model().objects.create_user("inwoner"))
    refused = resident.get("/beheer/imports")
    assert (
        refused.status_code == 403 and "Dit scherm is voor medewerkers." in refused.content.decode()
    )


def test_a_file_with_unknown_columns_goes_through_the_mapping_step(staff, den_haag):
    response = upload(staff, "regiocode;Eigen woningen;Opmerking zwerfvuil\nWK051802;60;12\n")
    assert response["Location"] == "/beheer/imports/kolommen"
    page = staff.get("/beheer/imports/kolommen")
    assert "Eigen woningen" in page.content.decode()
    response = staff.post(
        "/beheer/imports/kolommen", {"column_0": "kwb-koopwoningen", "column_1": ""}
    )
    run = ImportRun.objects.get(status=ImportStatus.SUCCEEDED)
    assert response["Location"] == f"/beheer/imports/{run.pk}"
    assert Observation.objects.get(region_code="WK051802", period="2025").value == 60
    assert staff.get("/beheer/imports/kolommen").status_code == 404, "nothing waits any more"


def test_a_rejected_file_shows_every_problem_and_writes_nothing(staff, den_haag):
    response = upload(staff, "regiocode;Koopwoningen\nWK051802;veel\nWK051898;61\n")
    run = ImportRun.objects.get()
    assert run.status == ImportStatus.REJECTED and Observation.objects.count() == 0
    page = staff.get(response["Location"]).content.decode()
    assert 'id="import-errors"' in page
    for text in ["Koopwoningen", "veel", "WK051898", "not a number", "unknown region code"]:
        assert text in page
    assert "wijkcijfers.csv" in staff.get("/beheer/imports").content.decode()


def test_the_form_names_a_bad_year(staff, den_haag):
    response = upload(staff, "regiocode;Koopwoningen\nWK051802;60\n", period="twintig")
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert ImportRun.objects.count() == 0


def test_the_admin_shows_a_rejected_run_with_its_errors(staff, den_haag):
    upload(staff, "regiocode;Koopwoningen\nWK051802;veel\n")
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
    run = ImportRun.objects.get()
    assert admin.get("/admin/datasources/importrun/").status_code == 200
    page = admin.get(f"/admin/datasources/importrun/{run.pk}/change/").content.decode()
    assert "row 1, column Koopwoningen, value veel: not a number" in page
