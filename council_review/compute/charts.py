"""Small vector charts for printed reports, made without a browser: plain SVG strings."""

from html import escape

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
