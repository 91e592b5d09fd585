"""Middleware for the API conventions of the Dutch API Design Rules."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

API_PREFIX = "/api/"


class ApiVersionMiddleware:
    """Add the `API-Version` header (rule API-57) to every response under /api/."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(API_PREFIX):
            response["API-Version"] = settings.API_VERSION
            response.setdefault("Access-Control-Expose-Headers", "API-Version")
        return response
