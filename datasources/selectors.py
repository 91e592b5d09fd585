"""Reads of the catalogue and the observations; frames for computation, querysets for pages."""

from collections.abc import Iterable

import pandas as pd
from django.db.models import Count, QuerySet

from .catalogue import POPULATION
from .compute import columns as c
from .models import ImportRun, ImportStatus, Indicator, Observation, Theme

CATALOGUE_FIELDS = [
    "key",
    "theme_id",
    "source",
    "table_id",
    "source_column",
    "name_nl",
    "name_en",
    "unit",
    "decimals",
    "polarity",
    "normalisation",
    "derived",
    "is_total",
    "allows_negative",
    "source_title",
    "position",
]


def theme_list() -> QuerySet[Theme]:
    # Meta.ordering does not apply to aggregating queries: order explicitly.
    return Theme.objects.annotate(indicator_count=Count("indicators")).order_by("position", "key")


def indicator_list(*, theme: str | None = None) -> QuerySet[Indicator]:
    queryset = Indicator.objects.select_related("theme")
    return queryset.filter(theme_id=theme) if theme else queryset


def indicator_get(*, key: str) -> Indicator | None:
    return Indicator.objects.select_related("theme").filter(key=key).first()


def indicator_frame() -> pd.DataFrame:
    """The catalogue as a frame, one row per indicator, in theme order."""
    rows = Indicator.objects.order_by("theme__position", "position", "key").values(
        *CATALOGUE_FIELDS
    )
    return pd.DataFrame.from_records(list(rows), columns=CATALOGUE_FIELDS)


def observation_frame(
    *, region_codes: Iterable[str], indicators: Iterable[str] | None = None
) -> pd.DataFrame:
    """Tidy observations (region_code, indicator, period, value, derived) of these regions."""
    queryset = Observation.objects.for_regions(region_codes)
    if indicators is not None:
        queryset = queryset.for_indicators(indicators)
    rows = queryset.values_list("region_code", "indicator_id", "period", "value", "derived")
    frame = pd.DataFrame.from_records(list(rows), columns=c.TIDY)
    return frame.astype({c.VALUE: float, c.DERIVED: bool})


def population_frame(*, region_codes: Iterable[str] | None = None) -> pd.DataFrame:
    """Residents per region and period (region_code, period, population), from KWB."""
    queryset = Observation.objects.filter(indicator_id=POPULATION, value__isnull=False)
    if region_codes is not None:
        queryset = queryset.for_regions(region_codes)
    rows = queryset.values_list("region_code", "period", "value")
    return pd.DataFrame.from_records(list(rows), columns=[c.REGION, c.PERIOD, c.POPULATION])


def observation_list(
    *,
    region_code: str,
    indicator: str | None = None,
    theme: str | None = None,
    period: str | None = None,
) -> QuerySet[Observation]:
    queryset = Observation.objects.filter(region_code=region_code)
    if indicator:
        queryset = queryset.filter(indicator_id=indicator)
    if theme:
        queryset = queryset.filter(indicator__theme_id=theme)
    if period:
        queryset = queryset.filter(period=period)
    return queryset.select_related("indicator", "indicator__theme").order_by(
        "indicator__theme__position", "indicator__position", "indicator_id", "period"
    )


def import_run_list() -> QuerySet[ImportRun]:
    return ImportRun.objects.all()


def import_run_find(*, source: str, sha256: str) -> ImportRun | None:
    """The successful run that already imported this exact content, if any."""
    return ImportRun.objects.filter(
        source=source, sha256=sha256, status=ImportStatus.SUCCEEDED
    ).first()
