"""The Dutch API Design Rules that apply, each checked on the whole OpenAPI document and on live
responses (Spectral is not used: each rule is a test here)."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")


@pytest.fixture
def document(client) -> dict:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_api_20_the_document_is_openapi_3_with_a_version(document):
    assert document["openapi"].startswith("3.") and document["info"]["version"] == "1.0.0"


def test_api_48_no_trailing_slashes_and_api_54_kebab_case_paths(document):
    for path in document["paths"]:
        assert not path.endswith("/"), path
        for segment in path.strip("/").split("/"):
            if not segment.startswith("{") and segment != "openapi.json":
                assert KEBAB.match(segment), f"{path}: {segment!r} is not kebab-case"


def test_query_parameters_are_camel_case(document):
    for path, operations in document["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    assert CAMEL.match(parameter["name"]), f"{path}: {parameter['name']}"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/regions",
        "/api/v1/themes",
        "/api/v1/indicators",
        "/api/v1/agendas",
        "/api/v1/meetings",
    ],
)
def test_api_57_every_response_has_an_api_version_and_lists_are_pages(path):
    response = Client().get(path)
    assert response.status_code == 200 and response["API-Version"] == "1.0.0"
    body = response.json()
    assert {"numberMatched", "numberReturned", "links"} <= set(body)


def test_a_trailing_slash_is_404_not_a_redirect():
    assert Client().get("/api/v1/regions/").status_code == 404


def test_errors_are_problem_json_and_invalid_input_is_400():
    missing = Client().get("/api/v1/regions/XX9999")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"
    assert {"type", "title", "status"} <= set(missing.json())
    invalid = Client().get("/api/v1/regions", {"level": "galaxy"})
    assert invalid.status_code == 400 and invalid.json()["invalidParams"][0]["name"] == "level"


@pytest.mark.parametrize(
    ("query", "name", "value"),
    [
        ({"pageSize": "abc"}, "pageSize", "abc"),
        ({"pageSize": "0"}, "pageSize", "0"),
        ({"pageSize": "1001"}, "pageSize", "1001"),
        ({"page": "-1"}, "page", "-1"),
        ({"page": "²"}, "page", "²"),
    ],
)
@pytest.mark.parametrize("path", ["/api/v1/regions", "/api/v1/themes"])
def test_a_page_or_page_size_that_is_not_a_whole_number_in_range_is_400(path, query, name, value):
    response = Client().get(path, query)
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    [problem] = response.json()["invalidParams"]
    assert problem["name"] == name and repr(value) in problem["reason"]


def test_a_page_past_the_last_is_404_and_pages_and_sizes_in_range_work():
    assert Client().get("/api/v1/themes", {"page": 99}).status_code == 404
    body = Client().get("/api/v1/themes", {"page": 2, "pageSize": 2}).json()
    assert body["numberReturned"] == 2 and body["numberMatched"] == 9
