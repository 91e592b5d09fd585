"""Values every page template needs."""

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, str]:
    """The chosen NL Design System theme: its CSS class and its token file."""
    theme_class, theme_css = settings.WIJKAGENDA_THEMES[settings.WIJKAGENDA_THEME]
    return {"theme_class": theme_class, "theme_css": theme_css}
