from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilReviewConfig(AppConfig):
    """The council process: stages, annotations, decisions, meetings and feedback."""

    name = "council_review"
    verbose_name = _("Council review")
