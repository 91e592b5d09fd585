"""System checks for the project's own settings (ids wijkagenda.E001…)."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def check_theme(app_configs, **kwargs):
    if settings.WIJKAGENDA_THEME not in settings.WIJKAGENDA_THEMES:
        return [
            Error(
                f"WIJKAGENDA_THEME is {settings.WIJKAGENDA_THEME!r}.",
                hint=f"Use one of: {', '.join(sorted(settings.WIJKAGENDA_THEMES))}.",
                id="wijkagenda.E001",
            )
        ]
    return []
