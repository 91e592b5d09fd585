"""The printable poster of a wijk: one A4 page with the question, the dates and a QR code."""

import io
from datetime import datetime, timedelta

import pypdf
import pytest
from django.test import Client
from django.utils import timezone

from neighbourhoods.models import ParticipationRound
from neighbourhoods.poster import qr_svg

pytestmark = pytest.mark.django_db


def test_the_poster_is_one_a4_page_with_dates_and_the_address(den_haag, settings):
    settings.WIJKAGENDA_SITE_URL = "https://wijkagenda.denhaag.nl"
    opens = timezone.make_aware(datetime(2027, 3, 1, 9))
    ParticipationRound.objects.create(
        area_id="GM0518", title="Ronde 2027", opens_at=opens, closes_at=opens + timedelta(days=30)
    )
    response = Client().get("/wijken/WK051828/poster.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Wat is het belangrijkst in Wijk 28 Centrum?" in text
    assert "Meedoen kan van 1 maart 2027 tot en met 31 maart 2027." in text
    assert "https://wijkagenda.denhaag.nl/wijken/WK051828" in text


def test_the_qr_code_is_vector_and_encodes_the_address():
    svg = qr_svg("https://wijkagenda.denhaag.nl/wijken/WK051828")
    assert svg.startswith("<svg") and "<path" in svg


def test_no_round_no_poster(den_haag):
    assert Client().get("/wijken/WK051828/poster.pdf").status_code == 404
