from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendasConfig(AppConfig):
    """The neighbourhood agenda: drafting, versions and reports."""

    name = "wijkagenda.agendas"
    label = "agendas"
    verbose_name = _("Neighbourhood agendas")
