"""Errors as `application/problem+json` (RFC 9457), as the Dutch API Design Rules require."""

from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views import defaults
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

API_PREFIX = "/api/"
PROBLEM_CONTENT_TYPE = "application/problem+json"


def problem_body(*, status: int, detail: str, instance: str = "", **extra: Any) -> dict[str, Any]:
    """The members of a problem document: status, title (the HTTP phrase) and detail."""
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra)
    return body


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler: every API error becomes a problem document."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    request = context.get("request")
    extra: dict[str, Any] = {}
    if isinstance(exc, exceptions.ValidationError):
        detail = "The request has invalid parameters."
        extra["invalidParams"] = _invalid_params(exc.detail)
    elif isinstance(exc, exceptions.APIException):
        detail = str(exc.detail)
    else:
        detail = str(exc)
    response.data = problem_body(
        status=response.status_code,
        detail=detail,
        instance=request.get_full_path() if request else "",
        **extra,
    )
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


def _invalid_params(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    """DRF's nested errors as a flat list, names joined with dots (`contributions.0.text`)."""

    def join(name) -> str:
        return f"{prefix}.{name}" if prefix else str(name)

    if isinstance(detail, dict):
        params: list[dict[str, str]] = []
        for name, value in detail.items():
            params.extend(_invalid_params(value, join(name)))
        return params
    if isinstance(detail, list):
        params = []
        for index, item in enumerate(detail):
            if isinstance(item, dict | list):
                params.extend(_invalid_params(item, join(index)))
            else:
                params.append(
                    {
                        "name": prefix or "nonFieldErrors",
                        "code": getattr(item, "code", "invalid"),
                        "reason": str(item),
                    }
                )
        return params
    return [{"name": prefix or "nonFieldErrors", "code": "invalid", "reason": str(detail)}]


def problem_response(request: HttpRequest, *, status: int, detail: str) -> JsonResponse:
    return JsonResponse(
        problem_body(status=status, detail=detail, instance=request.get_full_path()),
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 handler: problem+json under /api/, the HTML page (with the reason) elsewhere."""
    detail = str(exception) or "The request cannot be understood."
    if request.path.startswith(API_PREFIX):
        return problem_response(request, status=400, detail=detail)
    return render(request, "400.html", {"detail": detail}, status=400)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """404 handler: problem+json under /api/, the HTML page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return problem_response(
            request, status=404, detail=f"There is no resource at {request.path}."
        )
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """500 handler: problem+json under /api/, the HTML page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return problem_response(request, status=500, detail="The server could not answer.")
    return defaults.server_error(request)
