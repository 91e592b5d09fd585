"""What the wijk page shows of the data profile: per theme, each figure in words and charts."""

import math
from dataclasses import dataclass, field

import pandas as pd
from django.utils.translation import get_language, gettext_lazy
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


AGE_GROUP_NAMES = {
    "15-25": gettext_lazy("Young people aged 15 to 25"),
    "25-45": gettext_lazy("People aged 25 to 45"),
    "45-65": gettext_lazy("People aged 45 to 65"),
    "65+": gettext_lazy("People aged 65 and over"),
    "vrouw": gettext_lazy("Women"),
    "man": gettext_lazy("Men"),
}
UNDER, OVER = 0.75, 1.33  # a share below ¾ or above 4/3 of the population's is said out loud


@dataclass
class PriorityRow:
    theme: Theme
    score: float
    low: float
    high: float
    top3: str

    @property
    def width(self) -> float:
        return max(self.high - self.low, 1)


def priority_rows(outcome: dict) -> list[PriorityRow]:
    """Themes by residents' priority, each with its interval (scores as 0–100)."""
    if outcome["scores"] is None:
        return []
    themes = Theme.objects.in_bulk()
    return [
        PriorityRow(
            theme=themes[row.theme],
            score=round(row.score * 100),
            low=round(row.score_low * 100),
            high=round(row.score_high * 100),
            top3=_percent(row.top3_share),
        )
        for row in outcome["scores"].itertuples()
    ]


def representation_sentences(outcome: dict) -> list[str]:
    """Plain sentences on who took part, group by group, against the residents."""
    groups = outcome["groups"]
    if groups is None:
        return []
    sentences_ = []
    for row in groups[groups["dimension"] != "voted"].itertuples():
        if row.suppressed or math.isnan(row.share) or not row.population_share:
            continue
        population = row.population_share
        if row.share < UNDER * population:
            text = _(
                "%(group)s are under-represented: %(share)s of the participants, "
                "%(population)s of the residents."
            )
        elif row.share > OVER * population:
            text = _(
                "%(group)s are over-represented: %(share)s of the participants, "
                "%(population)s of the residents."
            )
        else:
            continue
        sentences_.append(
            text
            % {
                "group": AGE_GROUP_NAMES[row.category],
                "share": _percent(row.share),
                "population": _percent(population),
            }
        )
    voted = groups[(groups["dimension"] == "voted") & ~groups["suppressed"]].set_index("category")
    if {"yes", "no"} <= set(voted.index):
        sentences_.append(
            _("Of those who answered, %(yes)s voted at the last election and %(no)s did not.")
            % {"yes": _percent(voted.at["yes", "share"]), "no": _percent(voted.at["no", "share"])}
        )
    if "not_allowed" in voted.index:
        sentences_.append(
            _("%(share)s were not allowed to vote, and took part all the same.")
            % {"share": _percent(voted.at["not_allowed", "share"])}
        )
    return sentences_


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"
