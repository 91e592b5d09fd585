"""Pages: the map of an area's parts and the page of one wijk."""

import json
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from datasources import sentences
from datasources.models import Unit
from datasources.selectors import indicator_get, indicator_list

from . import participation, selectors
from .compute import columns as c
from .compute.maps import choropleth_figure, outline_svg
from .models import Contribution, Region, RegionLevel
from .presenters import (
    priority_rows,
    profile_figures,
    profile_sections,
    representation_sentences,
)

# Regions shown as a map of their parts rather than as a page of their own.
MAP_LEVELS = (RegionLevel.COUNTRY, RegionLevel.PROVINCE, RegionLevel.MUNICIPALITY)


def _page_url(code: str, level: str) -> str:
    """Where a region is shown: the map of its parts, or its own page."""
    if level in MAP_LEVELS:
        return f"{reverse('region-map')}?area={code}"
    return reverse("region-detail", args=[code])


def region_map(
    request: HttpRequest,
    *,
    template: str = "neighbourhoods/region_map.html",
    extra: Callable[[Region], dict] | None = None,
) -> HttpResponse:
    """The map page: the wijken of a municipality (or municipalities of a province).

    Apps above this one add to it through `template` (which extends this page) and `extra`
    (its context for the shown area), as on the wijk page."""
    code = request.GET.get("area", "").strip().upper() or settings.WIJKAGENDA_DEFAULT_AREA
    text = request.GET.get("q", "").strip()[:100]
    area = Region.objects.filter(code=code).first()
    unknown_area = area is None
    if unknown_area:
        area = Region.objects.filter(code=settings.WIJKAGENDA_DEFAULT_AREA).first()
    parts = selectors.region_children(code=area.code) if area else Region.objects.none()
    frame = selectors.region_frame(regions=parts)
    key = request.GET.get("indicator", "").strip()[:80]
    indicator = indicator_get(key=key)
    coloured = None
    if area and key == PARTICIPATION:
        coloured = _colour_by_participation(frame, area=area)
    elif area and indicator:
        coloured = _colour_by(frame, area=area, indicator=indicator)
    figure = _choropleth(frame, coloured) if not frame.empty else None
    listed = selectors.region_children(code=area.code, text=text) if area else parts
    return render(
        request,
        template,
        {
            **(extra(area) if extra and area else {}),
            "area": area,
            "unknown_code": code if unknown_area else "",
            "choices": selectors.region_map_choices(),
            "parts": listed,
            "parts_total": len(frame),
            "query": text,
            "figure": json.loads(figure.to_json()) if figure else None,
            "indicators": indicator_list().exclude(unit="code"),
            "indicator": coloured["indicator"] if coloured else None,
            "coloured": coloured,
        },
        status=404 if area is None else 200,
    )


def region_detail(
    request: HttpRequest,
    code: str,
    *,
    template: str = "neighbourhoods/region_detail.html",
    extra: Callable[[Region], dict] | None = None,
) -> HttpResponse:
    """The page of one wijk (or buurt): name, municipality, population and a small map.

    Apps above this one add sections (the council's timeline) through `template`, which extends
    this page, and `extra`, which gives its context.
    """
    try:
        region = selectors.region_get(code=code.upper())
    except Region.DoesNotExist as error:
        raise Http404(_("There is no area with code %(code)s.") % {"code": code}) from error
    if region.level in MAP_LEVELS:
        return redirect(_page_url(region.code, region.level))
    if region.code != code:
        return redirect("region-detail", code=region.code)
    siblings = (
        selectors.region_frame(regions=selectors.region_children(code=region.parent_id))
        if region.parent_id
        else selectors.region_frame(regions=Region.objects.filter(pk=region.pk))
    )
    names = dict(zip(siblings[c.CODE], siblings[c.NAME], strict=True))
    place = region.parent.name if region.parent else region.name
    sections = profile_sections(
        selectors.region_profile(region=region),
        region_name=region.name,
        place=place,
        names=names,
    )
    outline = outline_svg(
        siblings,
        highlight=region.code,
        title=_("Map of %(name)s within %(parent)s")
        % {"name": region.name, "parent": region.parent.name if region.parent else ""},
        urls=siblings[c.CODE].map(lambda sibling: reverse("region-detail", args=[sibling])),
    )
    density = (
        round(region.population / region.area_km2)
        if region.population and region.area_km2
        else None
    )
    return render(
        request,
        template,
        {
            **(extra(region) if extra else {}),
            "region": region,
            "municipality": region.parent,
            "outline": outline,
            "density": density,
            "postcodes": region.postcodes.split(),
            **_participation(region),
            "sections": sections,
            "figures": profile_figures(sections),
            "has_figures": any(section.rows for section in sections),
        },
    )


PARTICIPATION = "participation"


@dataclass(frozen=True)
class MapMeasure:
    """What the map is coloured by, when it is not an indicator of the catalogue."""

    key: str
    name: str
    description: str
    licence: str = ""


def _colour_by(frame: pd.DataFrame, *, area: Region, indicator) -> dict:
    """The parts' latest values of an indicator, for the map colours and the table beside it."""
    period, values = selectors.region_indicator_values(parent=area.code, indicator=indicator.key)
    label = indicator.name
    unit = sentences.display_unit(indicator)
    if unit not in ("count", "class", "code"):
        label = f"{indicator.name} ({Unit(unit).label})"
    return _coloured(
        frame,
        measure=indicator,
        period=period,
        values=values,
        label=label,
        text=lambda value: sentences.indicator_value(indicator, value),
        source=sentences.source_line(indicator, period=period or "", derived=indicator.derived),
    )


def _colour_by_participation(frame: pd.DataFrame, *, area: Region) -> dict | None:
    """Confirmed participants per 1,000 residents in the area's current round."""
    current = participation.round_current(region=area, now=timezone.now())
    if current is None or current.area_id != area.code:
        return None
    values = selectors.participation_per_1000(participation_round=current, parent=area.code)
    measure = MapMeasure(
        key=PARTICIPATION,
        name=_("Participants per 1,000 residents"),
        description=_("Demo data.") if current.is_demo else current.title,
    )
    return _coloured(
        frame,
        measure=measure,
        period=current.title,
        values=values.dropna(),
        label=measure.name,
        source=current.title,
        text=lambda value: number_format(value, 1) if value is not None else _("no figure"),
    )


def _coloured(frame, *, measure, period, values, label, text, source) -> dict:
    rows = [
        {
            "code": code,
            "name": name,
            "value": values.get(code),
            "text": text(values.get(code)),
            "url": _page_url(code, level),
        }
        for code, name, level in zip(frame[c.CODE], frame[c.NAME], frame[c.LEVEL], strict=True)
    ]
    rows.sort(key=lambda row: row["name"])
    return {
        "indicator": measure,
        "period": period,
        "rows": rows,
        "values": values,
        "label": label,
        "source": source,
        "missing": sum(1 for row in rows if row["value"] is None),
    }


def _choropleth(frame: pd.DataFrame, coloured: dict | None = None):
    urls = frame[c.CODE].map(
        lambda code: (
            reverse("region-detail", args=[code])
            if not code.startswith("GM")
            else f"{reverse('region-map')}?area={code}"
        )
    )
    if coloured is not None:
        texts = {row["code"]: row["text"] for row in coloured["rows"]}
        values = frame[c.CODE].map(coloured["values"])
        hover = (
            frame[c.NAME] + "<br>" + coloured["indicator"].name + ": " + frame[c.CODE].map(texts)
        )
        return choropleth_figure(
            frame.assign(shown=values),
            value="shown",
            value_label=coloured["label"],
            hover_lines=hover,
            urls=urls,
            missing_label=_("no figure"),
        )
    population = frame[c.POPULATION].map(
        lambda value: number_format(value, force_grouping=True) if pd.notna(value) else _("unknown")
    )
    hover = frame[c.NAME] + "<br>" + _("Residents") + ": " + population
    return choropleth_figure(
        frame,
        value=c.POPULATION,
        value_label=_("Residents"),
        hover_lines=hover,
        urls=urls,
        missing_label=_("unknown"),
    )


def _participation(region: Region) -> dict:
    """The round of a wijk, whether it is open, the residents' outcome and public texts."""
    now = timezone.now()
    current = participation.round_current(region=region, now=now)
    if current is None:
        return {"round": None}
    outcome = selectors.region_priorities(region=region, participation_round=current)
    return {
        "round": current,
        "is_open": current.is_open(now),
        "outcome": outcome,
        "summary": outcome["summary"],
        "priorities": priority_rows(outcome),
        "representation": representation_sentences(outcome),
        "contributions": Contribution.objects.public()
        .filter(region=region)
        .select_related("theme")[:10],
    }
