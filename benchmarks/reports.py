"""Benchmark of reports: one wijk's PDF, and the PDFs of all Den Haag wijken.

Run after `make demo`: `.venv/bin/python benchmarks/reports.py`. Reads the demo database; each
wijk's latest agenda version (or its draft) is rendered as in the download.
"""

import statistics
import time

from harness import peak_rss_mb, report, setup_django

setup_django()

from council_review import reports  # noqa: E402
from neighbourhoods.models import Region  # noqa: E402
from wijkagenda.agendas.selectors import agenda_for  # noqa: E402


def pdf_of(region) -> bytes:
    agenda = agenda_for(region=region)
    version = agenda.versions.order_by("-number").first()
    built = reports.report_build(agenda=agenda, version=version, internal=False)
    return reports.report_pdf(built)


def main() -> None:
    wijken = [
        r for r in Region.objects.children_of("GM0518").order_by("code") if agenda_for(region=r)
    ]
    centrum = Region.objects.get(code="WK051828")
    pdf_of(centrum)  # warm up: fonts, templates
    one = []
    for _ in range(5):
        start = time.perf_counter()
        size = len(pdf_of(centrum))
        one.append(time.perf_counter() - start)
    start = time.perf_counter()
    for region in wijken:
        pdf_of(region)
    everything = time.perf_counter() - start
    report(
        [
            (
                "one wijk's PDF (WK051828), median of 5",
                f"{statistics.median(one):.2f} s, {size / 1024:.0f} kB",
            ),
            (f"all {len(wijken)} Den Haag wijken, one after another", f"{everything:.1f} s"),
            ("peak memory of the process", f"{peak_rss_mb():.0f} MB"),
        ]
    )


if __name__ == "__main__":
    main()
