"""Middleware for the API conventions of the Dutch API Design Rules and for unusable input."""

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse

from .problems import API_PREFIX, bad_request


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


class RejectNulCharactersMiddleware:
    """Answer 400 when the path or the query string holds a NUL character (%00).

    No code, name or search term contains one, and PostgreSQL cannot store or compare text with
    it: without this check such a request would reach the database and fail there. Form and API
    fields already refuse NUL characters in request bodies with a message per field."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = None
        if "\x00" in request.path:
            problem = "The path contains a NUL character (%00)."
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                problem = f"Query parameter {key!r} contains a NUL character (%00)."
        if problem:
            # Answered here, not raised: the same page in development as in production.
            return bad_request(request, BadRequest(problem))
        return self.get_response(request)
