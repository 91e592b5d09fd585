"""Spectral lints the OpenAPI document against docs/api/spectral.yaml: Spectral's own OpenAPI
rules and the Dutch API Design Rules that can be read from the document. `make test` installs
Spectral from the npm registry (tools/spectral); without it this test fails and says so."""

import json
import subprocess
from pathlib import Path

import pytest
from drf_spectacular.generators import SchemaGenerator

ROOT = Path(__file__).resolve().parents[2]
SPECTRAL = ROOT / "tools" / "spectral" / "node_modules" / ".bin" / "spectral"
RULESET = ROOT / "docs" / "api" / "spectral.yaml"


def lint(document: dict, folder: Path) -> subprocess.CompletedProcess:
    if not SPECTRAL.exists():
        pytest.fail(f"Spectral is not installed at {SPECTRAL}: run `make install-api-lint`.")
    path = folder / "openapi.json"
    path.write_text(json.dumps(document, default=str))
    return subprocess.run(
        [
            SPECTRAL,
            "lint",
            "--ruleset",
            RULESET,
            "--fail-severity",
            "warn",
            "--format",
            "text",
            path,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def document() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def test_the_openapi_document_passes_spectral_and_the_api_design_rules(document, tmp_path):
    result = lint(document, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_ruleset_catches_each_broken_rule(document, tmp_path):
    broken = json.loads(json.dumps(document, default=str))
    broken["info"]["version"] = "1.0"
    broken["servers"][0]["url"] = "/api"
    broken["paths"]["/regions/"] = broken["paths"].pop("/regions")
    broken["paths"]["/Import_Runs"] = broken["paths"].pop("/import-runs")
    themes = broken["paths"]["/themes"]["get"]
    themes["parameters"][0]["name"] = "page_size"
    del themes["responses"]["200"]["headers"]
    broken["components"]["responses"]["NotFound"]["content"] = {"application/json": {}}
    broken["components"]["schemas"]["Problem"]["properties"]["invalid_params"] = {}
    result = lint(broken, tmp_path)
    assert result.returncode != 0
    for rule in [
        "nlgov-semantic-version",
        "nlgov-major-version-in-url",
        "nlgov-paths-no-trailing-slash",
        "nlgov-paths-kebab-case",
        "nlgov-query-camel-case",
        "nlgov-version-header",
        "nlgov-problem-details",
        "nlgov-property-camel-case",
    ]:
        assert rule in result.stdout, f"{rule} did not fire:\n{result.stdout}"
