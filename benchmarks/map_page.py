"""Benchmark of the map page for Den Haag: weight on the wire, server time, process memory.

Run after `make demo` (it reads the demo database): `make benchmarks` or
`.venv/bin/python benchmarks/map_page.py [--runs 50]`. The page is served in this process by
Django's test client, through the whole middleware stack (gzip included), so the time is the
server's time without the network; the memory is this one process's peak resident set.
"""

import argparse
import gzip
import json
import re
import statistics
import time

from harness import ROOT, collect_static, peak_rss_mb, report, setup_django

setup_django()

from django.test import Client  # noqa: E402

from wijkagenda.web.staticfiles import PLOTLY_JS, PLOTLY_PACKAGE_DATA  # noqa: E402

STATIC_CSS = [
    ROOT / "static/vendor/utrecht/component-library.css",
    ROOT / "static/vendor/voorbeeld-design-tokens/theme.css",
    ROOT / "static/wijkagenda/css/app.css",
    ROOT / "static/wijkagenda/js/region_map.js",
]


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--area", default="GM0518")
    args = parser.parse_args()

    collect_static()
    client = Client(HTTP_ACCEPT_ENCODING="gzip", HTTP_HOST="127.0.0.1")
    url = f"/?area={args.area}"
    client.get(url)  # warm up: imports, template loading, first queries
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200
    body = response.content
    html = gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body
    match = re.search(
        rb'<script id="region-map-figure" type="application/json">(.*?)</script>', html, re.S
    )
    geojson = json.dumps(json.loads(match.group(1))["data"][0]["geojson"]).encode()
    plotly_js = (PLOTLY_PACKAGE_DATA / PLOTLY_JS).read_bytes()
    static = b"".join(path.read_bytes() for path in STATIC_CSS)
    page_gz = len(body) if response.get("Content-Encoding") == "gzip" else gzipped(html)
    report(
        [
            ("runs", str(args.runs)),
            ("HTML incl. map GeoJSON, raw", f"{len(html) / 1024:.1f} kB"),
            ("HTML incl. map GeoJSON, gzip (on the wire)", f"{page_gz / 1024:.1f} kB"),
            (
                "of which GeoJSON, raw / gzip",
                f"{len(geojson) / 1024:.1f} kB / {gzipped(geojson) / 1024:.1f} kB",
            ),
            ("server time, median", f"{statistics.median(timings):.1f} ms"),
            ("server time, 95th percentile", f"{statistics.quantiles(timings, n=20)[-1]:.1f} ms"),
            ("peak memory of the serving process", f"{peak_rss_mb():.0f} MB"),
            (
                "plotly.min.js raw / gzip",
                f"{len(plotly_js) / 1024:.0f} kB / {gzipped(plotly_js) / 1024:.0f} kB",
            ),
            ("CSS + page script, gzip", f"{gzipped(static) / 1024:.1f} kB"),
            (
                "first visit in all, gzip",
                f"{(page_gz + gzipped(plotly_js) + gzipped(static)) / 1024:.0f} kB",
            ),
        ]
    )


if __name__ == "__main__":
    main()
