"""Schemathesis against the API in-process (WSGI): generated requests for every operation of the
OpenAPI document, bounded in examples; the server must never answer with a 5xx."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from wijkagenda.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_server_errors(case, den_haag):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:300]}"
