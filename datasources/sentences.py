"""Figures in words: formatted values, a plain-language (B1) sentence, and the source line.

`format_value(24.6, unit="euro_thousands")` → "€ 24.600" in Dutch, "€24,600" in English.
"""

import math

from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .models import Indicator, Normalisation, Polarity, Unit

# d3 formats for plotly axes and hovers (the separators follow the page language).
D3_FORMATS = {0: ",.0f", 1: ",.1f", 2: ",.2f"}


def display_unit(indicator: Indicator) -> str:
    """The unit a value is shown in: a normalised count is shown per 1,000 residents."""
    if indicator.normalisation == Normalisation.PER_1000:
        return Unit.PER_1000
    return indicator.unit


def display_decimals(indicator: Indicator) -> int:
    return 0 if indicator.normalisation == Normalisation.PER_1000 else indicator.decimals


def format_value(value: float | None, *, unit: str, decimals: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return _("no figure")
    if unit == Unit.CODE:
        return str(int(value))
    if unit == Unit.EURO_THOUSANDS:
        amount = number_format(round(value * 1000, -2), 0, force_grouping=True)
        return f"€ {amount}" if get_language() != "en" else f"€{amount}"
    number = number_format(round(value, decimals), decimals, force_grouping=True)
    return {
        Unit.PERCENT: f"{number}%",
        Unit.KM: f"{number} km",
        Unit.HECTARE: f"{number} ha",
    }.get(unit, number)


def indicator_value(indicator: Indicator, value: float | None) -> str:
    return format_value(value, unit=display_unit(indicator), decimals=display_decimals(indicator))


def d3_format(indicator: Indicator) -> str:
    return D3_FORMATS.get(display_decimals(indicator), ",.2f")


def sentence(
    indicator: Indicator,
    *,
    value: float | None,
    reference: float | None,
    place: str,
    nation: float | None = None,
) -> str:
    """ "Het gemiddelde inkomen per inwoner is € 24.600, tegen € 35.200 in heel Den Haag." """
    if value is None or math.isnan(value):
        return _("There is no figure for this area.")
    said = indicator.phrase.format(value=indicator_value(indicator, value))
    said = said[0].upper() + said[1:]
    if (
        reference is None
        or math.isnan(reference)
        or indicator.unit == Unit.CODE
        or indicator.is_total
    ):
        return f"{said}."
    if nation is not None and not math.isnan(nation):
        return _(
            "%(sentence)s, against %(reference)s in all of %(place)s and %(nation)s in the "
            "Netherlands."
        ) % {
            "sentence": said,
            "reference": indicator_value(indicator, reference),
            "place": place,
            "nation": indicator_value(indicator, nation),
        }
    return _("%(sentence)s, against %(reference)s in all of %(place)s.") % {
        "sentence": said,
        "reference": indicator_value(indicator, reference),
        "place": place,
    }


def verdict(indicator: Indicator, deviation: float | None, *, place: str) -> str:
    """How the area compares with the others, for indicators where higher is better or worse."""
    if indicator.polarity == Polarity.NEUTRAL or indicator.is_total:
        return ""
    if deviation is None or math.isnan(deviation):
        return ""
    if deviation >= 1.5:
        text = _("Much less favourable than most neighbourhoods of %(place)s.")
    elif deviation >= 0.5:
        text = _("Less favourable than most neighbourhoods of %(place)s.")
    elif deviation > -0.5:
        text = _("About the same as most neighbourhoods of %(place)s.")
    elif deviation > -1.5:
        text = _("More favourable than most neighbourhoods of %(place)s.")
    else:
        text = _("Much more favourable than most neighbourhoods of %(place)s.")
    return text % {"place": place}


def source_line(indicator: Indicator, *, period: str, derived: bool) -> str:
    """ "Bron: CBS, Kerncijfers wijken en buurten 2024" (and how a derived figure was made)."""
    line = _("Source: %(title)s %(period)s") % {"title": indicator.source_title, "period": period}
    if derived:
        line += "; " + _("derived by Wijkagenda (see the explanation)")
    return line
