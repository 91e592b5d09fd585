"""Reports of an agenda version, opened and read back: PDF (pypdf), DOCX (python-docx), XLSX
(openpyxl), CSV and JSON; unknown formats and versions; difficult texts."""

import csv
import io
import json
import zipfile

import docx
import openpyxl
import pypdf
import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from council_review.services import annotation_create, stage_move

pytestmark = pytest.mark.django_db
HARD = "Graag meer groen ë ’ € 🌳 — שלום עליכם"


@pytest.fixture
def published(agenda, people):
    version = stage_move(
        agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now()
    ).version
    theme = agenda.items.get(rank=1).theme_id
    annotation_create(
        version=version,
        user=people["councillor"],
        kind="vraag",
        text=HARD,
        theme=theme,
        now=timezone.now(),
    )
    return agenda


def pdf_text(content: bytes) -> tuple[str, list[str]]:
    """All text of a PDF with whitespace collapsed (pypdf splits lines, WeasyPrint may emit
    UTF-16 runs), and the text per page."""
    pages = [
        page.extract_text().replace("\x00", "")
        for page in pypdf.PdfReader(io.BytesIO(content)).pages
    ]
    return " ".join(" ".join(pages).split()), pages


def get(fmt, **query):
    return Client().get(f"/wijken/WK051828/agenda/rapport.{fmt}", query)


def test_the_pdf_has_a_cover_items_comments_and_page_numbers(published):
    response = get("pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text, pages = pdf_text(response.content)
    assert "Wijkagenda Wijk 28 Centrum 2027" in text and "Fase: beeldvorming" in text
    first = published.items.get(rank=1).theme.name
    assert f"1. {first}" in text and "Methode en bronnen" in text
    # pypdf reads ë back, not the subset-encoded ’, €, emoji and Hebrew glyphs (they are drawn:
    # see docs/reports/); the report must build with them and keep the text around them.
    assert "Vraag (GroenLinks): Graag meer groen ë" in text
    assert f"2 / {len(pages)}" in pages[1]


def test_the_docx_has_real_headings_and_tables(published):
    document = docx.Document(io.BytesIO(get("docx").content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0].startswith("1. ") and "Methode en bronnen" in headings
    assert document.tables and "Bron:" in document.tables[0].rows[1].cells[1].text
    assert any(HARD in p.text for p in document.paragraphs)


def test_the_xlsx_has_the_data_tables(published):
    book = openpyxl.load_workbook(io.BytesIO(get("xlsx").content))
    assert book.sheetnames == [
        "agenda",
        "indicators",
        "residents",
        "representativeness",
        "annotations",
    ]
    assert book["agenda"].max_row == 6 and book["annotations"]["D2"].value == HARD


def test_csv_and_json(published):
    rows = list(csv.DictReader(io.StringIO(get("csv").content.decode("utf-8-sig"))))
    assert [int(r["rank"]) for r in rows] == [1, 2, 3, 4, 5]
    body = json.loads(get("json").content)
    assert body["version"] == 1 and body["annotations"][0]["text"] == HARD


def test_an_agenda_without_versions_or_comments_still_reports(agenda):
    text, _ = pdf_text(get("pdf").content)
    assert "Concept, niet gepubliceerd." in text and "Er zijn nog geen reacties." in text


def test_unknown_formats_and_versions_are_404(published):
    assert get("odt").status_code == 404
    assert get("pdf", version=9).status_code == 404
    assert get("pdf", version="x").status_code == 404


def test_internal_notes_are_for_officers_only(published, people):
    assert get("json", intern="1").status_code == 403


def test_export_agendas_writes_one_file_per_wijk(published, tmp_path):
    call_command("export_agendas", "GM0518", format="xlsx", output=str(tmp_path))
    files = list(tmp_path.glob("*.xlsx"))
    assert [f.name for f in files] == ["wijkagenda-WK051828-2027-v1.xlsx"]


def test_open_data_has_the_published_agendas_and_a_licence(published):
    body = Client().get("/open-data/wijkagendas-GM0518.json").json()
    assert "CC BY 4.0" in body["licence"] and len(body["items"]) == 5
    assert body["items"][0]["region"] == "WK051828" and body["items"][0]["version"] == 1
    text = Client().get("/open-data/wijkagendas-GM0518.csv").content.decode("utf-8-sig")
    assert text.lstrip('"').startswith("# Wijkagenda open data, CC BY 4.0") and "WK051828" in text


def test_officers_download_all_reports_as_one_zip(published, people):

    officer = Client()
    officer.force_login(people["officer"])
    response = officer.get("/beheer/agendas/rapporten.zip", {"gebied": "GM0518", "formaat": "docx"})
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert names == ["wijkagenda-WK051828-2027-v1.docx"]
    assert Client().get("/beheer/agendas/rapporten.zip", {"gebied": "GM0518"}).status_code == 403


def test_the_docx_has_the_map_and_the_charts_as_images(published):
    document = docx.Document(io.BytesIO(get("docx").content))
    charts = sum(1 for item in published.items.all() if item.evidence.get("indicators"))
    assert len(document.inline_shapes) == 1 + charts
    first = document.paragraphs[2]  # title, stage, then the map
    assert first._p.xpath(".//pic:pic")
    assert "(donker) tussen de andere" in document.paragraphs[3].text


def test_very_long_texts_and_many_comments_keep_the_layout(published, people):
    version = published.versions.get(number=1)
    long_text = "Een lange zin over de wijk die maar doorgaat. " * 60
    for _ in range(40):
        annotation_create(
            version=version,
            user=people["councillor"],
            kind="opmerking",
            text=long_text,
            now=timezone.now(),
        )
    item = published.items.get(rank=1)
    item.opgave = long_text
    item.save()
    text, pages = pdf_text(get("pdf").content)
    assert len(pages) > 10, "tables and texts break across pages"
    assert text.count("Een lange zin over de wijk") > 100
    assert len(docx.Document(io.BytesIO(get("docx").content)).paragraphs) > 40


def test_officers_get_internal_notes_in_their_report(published, people):
    item = published.items.get(rank=1)
    item.officer_notes = "Alleen voor ons: budget nog onzeker."
    item.save(update_fields=["officer_notes"])
    officer = Client()
    officer.force_login(people["officer"])
    page = officer.get("/wijken/WK051828/agenda").content.decode()
    assert "Met interne notities" in page
    document = docx.Document(
        io.BytesIO(officer.get("/wijken/WK051828/agenda/rapport.docx", {"intern": "1"}).content)
    )
    assert any("budget nog onzeker" in p.text for p in document.paragraphs)
    public = docx.Document(io.BytesIO(get("docx").content))
    assert not any("budget nog onzeker" in p.text for p in public.paragraphs)


def test_public_contributions_are_in_the_api(published):
    body = Client().get("/api/v1/regions/WK051828/contributions").json()
    assert body == {"region": "WK051828", "items": []}
