"""What the wijk page shows of the data profile: per theme, each figure in words and charts."""

import math
from dataclasses import dataclass, field

import pandas as pd
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from datasources import sentences
from datasources.compute import columns as dc
from datasources.compute.figures import strip_figure, trend_figure
from datasources.models import Indicator, Theme

MIN_PEERS_FOR_CHART = 3


@dataclass
class FigureRow:
    indicator: Indicator
    period: str
    value: str
    reference: str
    nation: str
    sentence: str
    verdict: str
    trend: str
    source: str
    derived: bool
    strip: dict | None = None
    trend_chart: dict | None = None


@dataclass
class ThemeSection:
    theme: Theme
    rows: list[FigureRow] = field(default_factory=list)


def _number(value) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _separators() -> str:
    """plotly's decimal and thousands signs for the page language."""
    return ".," if get_language() == "en" else ",."


def profile_sections(
    frame: pd.DataFrame, *, region_name: str, place: str, names: dict[str, str]
) -> list[ThemeSection]:
    """Every theme in catalogue order, with the rows of its indicators that have figures."""
    indicators = Indicator.objects.select_related("theme").in_bulk(frame[dc.INDICATOR].tolist())
    sections = {theme.key: ThemeSection(theme) for theme in Theme.objects.all()}
    for row in frame.to_dict("records"):
        indicator = indicators[row[dc.INDICATOR]]
        sections[indicator.theme_id].rows.append(
            _figure_row(indicator, row, region_name=region_name, place=place, names=names)
        )
    return list(sections.values())


def _figure_row(indicator, row, *, region_name, place, names) -> FigureRow:
    value, reference = _number(row[dc.VALUE]), _number(row[dc.REFERENCE])
    d3 = sentences.d3_format(indicator)
    # A total (residents, crimes) of the whole municipality dwarfs a wijk's: not drawn beside it.
    shown_reference = None if indicator.is_total else reference
    strip = None
    if row["peer_count"] >= MIN_PEERS_FOR_CHART:
        strip = strip_figure(
            peer_values=row["peer_values"],
            peer_labels=[names.get(code, code) for code in row["peer_codes"]],
            value=value,
            value_label=region_name,
            reference=shown_reference,
            reference_label=place,
            number_format=d3,
            separators=_separators(),
        )
    trend_chart, trend = None, ""
    series = [_number(v) for v in row["series"]]
    known = [(p, v) for p, v in zip(row["periods"], series, strict=True) if v is not None]
    if len(known) >= 2:
        trend_chart = trend_figure(
            periods=row["periods"],
            series=series,
            series_label=region_name,
            reference_series=[]
            if indicator.is_total
            else [_number(v) for v in row["reference_series"]],
            reference_label=place,
            number_format=d3,
            separators=_separators(),
        )
        (first_period, first), (last_period, last) = known[0], known[-1]
        trend = _("in %(first_period)s: %(first)s; in %(last_period)s: %(last)s.") % {
            "first_period": first_period,
            "first": sentences.indicator_value(indicator, first),
            "last_period": last_period,
            "last": sentences.indicator_value(indicator, last),
        }
    return FigureRow(
        indicator=indicator,
        period=row[dc.PERIOD],
        value=sentences.indicator_value(indicator, value),
        reference=sentences.indicator_value(indicator, reference),
        nation=sentences.indicator_value(indicator, _number(row["nation"])),
        sentence=sentences.sentence(
            indicator,
            value=value,
            reference=reference,
            place=place,
            nation=_number(row["nation"]),
        ),
        verdict=sentences.verdict(indicator, _number(row[dc.DEVIATION]), place=place),
        trend=trend,
        source=sentences.source_line(indicator, period=row[dc.PERIOD], derived=row[dc.DERIVED]),
        derived=row[dc.DERIVED],
        strip=strip,
        trend_chart=trend_chart,
    )


def profile_figures(sections: list[ThemeSection]) -> dict[str, dict]:
    """All chart specs of a profile by the id their placeholder names (`strip-<key>`, …)."""
    figures = {}
    for section in sections:
        for row in section.rows:
            if row.strip:
                figures[f"strip-{row.indicator.key}"] = row.strip
            if row.trend_chart:
                figures[f"trend-{row.indicator.key}"] = row.trend_chart
    return figures
