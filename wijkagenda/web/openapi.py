"""The conventions of the Dutch API Design Rules, written into the OpenAPI document.

drf-spectacular describes what each view returns on success. This post-processing hook adds what
every operation shares and the views do not declare: the `API-Version` header on each response
(API-57), the errors as `application/problem+json` (400 for invalid input, 401/403 where a login is
needed, 404 for a resource that does not exist, 429 for the rate limits, 500), and the global list
of tags. Spectral checks the result in `make test` (docs/api/spectral.yaml)."""

from typing import Any

HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}

PROBLEM = {
    "type": "object",
    "description": "An error as RFC 9457 problem details.",
    "properties": {
        "type": {"type": "string", "format": "uri-reference", "example": "about:blank"},
        "title": {"type": "string", "example": "Bad Request"},
        "status": {"type": "integer", "example": 400},
        "detail": {"type": "string", "example": "Query parameter 'pageSize' must be at most 100."},
        "instance": {"type": "string", "format": "uri-reference"},
        "invalidParams": {
            "type": "array",
            "description": "For a 400: each invalid parameter or field with the reason.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
                "required": ["name", "reason"],
            },
        },
    },
    "required": ["title", "status"],
}

API_VERSION_HEADER = {
    "description": "The full version of the API (semantic versioning), on every response.",
    "schema": {"type": "string", "example": "1.0.0"},
}

ERRORS = {
    "400": ("BadRequest", "The request is invalid: a parameter or field is wrong."),
    "401": ("Unauthorized", "A login (session or token) is needed."),
    "403": ("Forbidden", "The user may not do this."),
    "404": ("NotFound", "There is no such resource."),
    "429": ("TooManyRequests", "Too many requests: try again later."),
    "500": ("ServerError", "The server could not answer."),
}

TAGS = {
    "agendas": "Draft and published neighbourhood agendas, their versions and differences.",
    "import-runs": "Imports of data (staff only).",
    "indicators": "The indicator catalogue.",
    "meetings": "Council meetings with their agenda items.",
    "rankings": "Residents' rankings of the themes.",
    "regions": "Municipalities, wijken and buurten with their data and residents' voice.",
    "themes": "The council's themes.",
}


def _header_ref() -> dict[str, str]:
    return {"$ref": "#/components/headers/API-Version"}


def _error_codes(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    codes = []
    if operation.get("parameters") or operation.get("requestBody"):
        codes.append("400")
    if {} not in operation.get("security", [{}]):
        codes += ["401", "403"]
    elif method != "get":
        codes.append("403")
    if "{" in path:
        codes.append("404")
    if method == "post":
        codes.append("429")
    return [*codes, "500"]


def add_conventions(result: dict[str, Any], generator, request, public) -> dict[str, Any]:
    components = result.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM
    components.setdefault("headers", {})["API-Version"] = API_VERSION_HEADER
    responses = components.setdefault("responses", {})
    for name, description in ERRORS.values():
        responses[name] = {
            "description": description,
            "headers": {"API-Version": _header_ref()},
            "content": {
                "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
            },
        }
    used_tags = set()
    for path, item in result.get("paths", {}).items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            used_tags.update(operation.get("tags", []))
            answers = operation.setdefault("responses", {})
            for answer in answers.values():
                if "$ref" not in answer:
                    answer.setdefault("headers", {})["API-Version"] = _header_ref()
            for code in _error_codes(path, method, operation):
                name = ERRORS[code][0]
                answers.setdefault(code, {"$ref": f"#/components/responses/{name}"})
    result["tags"] = [{"name": tag, "description": TAGS.get(tag, tag)} for tag in sorted(used_tags)]
    return result
