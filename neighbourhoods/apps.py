from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NeighbourhoodsConfig(AppConfig):
    """Places and residents: regions and their boundaries, the map page and area pages."""

    name = "neighbourhoods"
    verbose_name = _("Neighbourhoods")
