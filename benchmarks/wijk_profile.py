"""Benchmark of the wijk page with its data profile: server time and weight, all Den Haag wijken.

Run after `make demo`: `.venv/bin/python benchmarks/wijk_profile.py [--runs 5]`. Every wijk of
the municipality is requested `--runs` times in-process through the whole middleware stack
(gzip included); the figure is the median over all requests.
"""

import argparse
import gzip
import statistics
import time

from harness import collect_static, peak_rss_mb, report, setup_django

setup_django()

from django.test import Client  # noqa: E402

from neighbourhoods.models import Region  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--municipality", default="GM0518")
    args = parser.parse_args()
    codes = list(Region.objects.children_of(args.municipality).values_list("code", flat=True))
    collect_static()
    client = Client(HTTP_ACCEPT_ENCODING="gzip", HTTP_HOST="127.0.0.1")
    client.get(f"/wijken/{codes[0]}")  # warm up
    timings, raw, wire = [], [], []
    for _ in range(args.runs):
        for code in codes:
            start = time.perf_counter()
            response = client.get(f"/wijken/{code}")
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, code
            wire.append(len(response.content))
            raw.append(len(gzip.decompress(response.content)))
    report(
        [
            ("pages", f"{len(codes)} wijken × {args.runs} runs = {len(timings)} requests"),
            ("server time, median", f"{statistics.median(timings):.1f} ms"),
            ("server time, 95th percentile", f"{statistics.quantiles(timings, n=20)[-1]:.1f} ms"),
            (
                "HTML, median raw / gzip",
                f"{statistics.median(raw) / 1024:.1f} kB / {statistics.median(wire) / 1024:.1f} kB",
            ),
            ("peak memory of the serving process", f"{peak_rss_mb():.0f} MB"),
        ]
    )


if __name__ == "__main__":
    main()
