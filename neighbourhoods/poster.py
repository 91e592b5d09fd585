"""A printable A4 poster per wijk (PDF): the question, the dates of the round, a QR code to the
wijk page. For community centres, libraries and schools: the way to reach people who never visit
a municipal website. Rendered from an HTML template by WeasyPrint; the QR code is vector (segno)."""

import segno
from django.template.loader import render_to_string

try:  # WeasyPrint needs Pango (installed by `make system-deps`); the rest of the site does not.
    from weasyprint import HTML
except OSError as error:  # pragma: no cover - only on a machine without Pango
    HTML = None
    WEASYPRINT_PROBLEM = str(error)
else:
    WEASYPRINT_PROBLEM = ""


class PosterUnavailable(Exception):
    """PDF rendering is not possible on this machine."""


def qr_svg(url: str) -> str:
    """The QR code of `url` as inline SVG (error correction M, quiet zone kept)."""
    return segno.make(url, error="m", micro=False).svg_inline(scale=10, dark="#000000")


def poster_pdf(*, context: dict, url: str) -> bytes:
    """The poster for `context` (region, round, municipality) with a QR code to `url`."""
    if HTML is None:
        raise PosterUnavailable(WEASYPRINT_PROBLEM)
    html = render_to_string(
        "neighbourhoods/poster.html", {**context, "url": url, "qr": qr_svg(url)}
    )
    return HTML(string=html).write_pdf()
