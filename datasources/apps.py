from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DatasourcesConfig(AppConfig):
    """The facts: themes and indicators, observations, import runs and source adapters."""

    name = "datasources"
    verbose_name = _("Data sources")
