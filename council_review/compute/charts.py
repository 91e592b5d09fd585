"""Small vector charts for printed reports, made without a browser: plain SVG strings."""

import io
from html import escape

from PIL import Image, ImageDraw, ImageFont

BAR, REFERENCE = "#1a5d95", "#a14a12"


def comparison_svg(
    rows: list[tuple[str, float | None, float | None]], *, place: str, width: int = 480
) -> str:
    """Horizontal bars: per indicator the area (blue) against its reference (orange), each scaled
    to the larger of the two, so indicators in different units sit in one picture."""
    rows = [
        (label, value, reference)
        for label, value, reference in rows
        if value is not None and reference is not None
    ]
    if not rows:
        return ""
    line = 38
    height = line * len(rows) + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(place)}">'
    ]
    label_width, bar_width = 200, width - 210
    for index, (label, value, reference) in enumerate(rows):
        top = index * line
        largest = max(abs(value), abs(reference)) or 1
        parts.append(f'<text x="0" y="{top + 14}" font-size="11">{escape(label[:34])}</text>')
        parts.append(
            f'<rect x="{label_width}" y="{top + 2}" height="12" '
            f'width="{bar_width * abs(value) / largest:.1f}" fill="{BAR}"/>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{top + 17}" height="12" '
            f'width="{bar_width * abs(reference) / largest:.1f}" fill="{REFERENCE}"/>'
        )
    legend = height - 6
    parts.append(
        f'<rect x="0" y="{legend - 9}" width="10" height="10" fill="{BAR}"/>'
        f'<text x="14" y="{legend}" font-size="10">wijk</text>'
        f'<rect x="60" y="{legend - 9}" width="10" height="10" fill="{REFERENCE}"/>'
        f'<text x="74" y="{legend}" font-size="10">{escape(place)}</text></svg>'
    )
    return "".join(parts)


def comparison_png(
    rows: list[tuple[str, float | None, float | None]], *, place: str, width: int = 960
) -> bytes:
    """The same chart as `comparison_svg`, as a PNG for Word (drawn with Pillow, no browser)."""
    rows = [
        (label, value, reference)
        for label, value, reference in rows
        if value is not None and reference is not None
    ]
    if not rows:
        return b""
    line, scale = 76, 2
    height = line * len(rows) + 48
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 11 * scale)
    except OSError:
        font = ImageFont.load_default()
    label_width, bar_width = 400, width - 420
    for index, (label, value, reference) in enumerate(rows):
        top = index * line
        largest = max(abs(value), abs(reference)) or 1
        draw.text((0, top + 4), label[:34], fill="black", font=font)
        draw.rectangle(
            [label_width, top + 4, label_width + bar_width * abs(value) / largest, top + 28],
            fill=BAR,
        )
        draw.rectangle(
            [label_width, top + 34, label_width + bar_width * abs(reference) / largest, top + 58],
            fill=REFERENCE,
        )
    legend = height - 36
    draw.rectangle([0, legend, 20, legend + 20], fill=BAR)
    draw.text((28, legend), "wijk", fill="black", font=font)
    draw.rectangle([120, legend, 140, legend + 20], fill=REFERENCE)
    draw.text((148, legend), place, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
