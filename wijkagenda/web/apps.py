from django.apps import AppConfig


class WebConfig(AppConfig):
    """Shared web plumbing: API conventions, static files, the site context."""

    name = "wijkagenda.web"
    label = "web"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the system checks)
