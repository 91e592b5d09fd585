"""Benchmark of importing a KWB table for all of the Netherlands: ~16,000 regions.

There is no national KWB file in the project, so the real rows are SCALED UP: the 900 real rows of
Den Haag, Rotterdam and Amsterdam (data/tables/kwb_2024_85984NED_3gemeenten.csv) are repeated
under the codes of all 342 municipalities, with as many wijken (3,300) and buurten (12,400) as the
Netherlands has, each row keeping the real values of a real region of the same level. The import
runs into a fresh SQLite database in a temporary folder (never the demo database), through
`observation_import` as `import_observations` does.
Run: `.venv/bin/python benchmarks/import_kwb.py`; on PostgreSQL:
`scripts/with-postgres .venv/bin/python benchmarks/import_kwb.py --env-database`.
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

import pandas as pd
from harness import ROOT, peak_rss_mb, report, setup_django

WIJKEN, BUURTEN = 3_300, 12_400


def scaled_table() -> pd.DataFrame:
    """Real KWB rows repeated under the codes of every municipality of NL (labelled scaled)."""
    real = pd.read_csv(ROOT / "data/tables/kwb_2024_85984NED_3gemeenten.csv", dtype=str)
    municipalities = pd.read_csv(ROOT / "data/tables/gemeenten_nl_2024_overzicht.csv")["code"]
    by_level = {level: rows.reset_index(drop=True) for level, rows in real.groupby("niveau")}
    rows = []
    wijken_each, buurten_each = WIJKEN // len(municipalities), BUURTEN // WIJKEN
    for number, gm in enumerate(municipalities):
        digits = gm[2:]
        rows.append(by_level["gemeente"].iloc[number % 3].to_dict() | {"WijkenEnBuurten": gm})
        for w in range(1, wijken_each + 2):
            wijk = f"{digits}{w:02d}"
            source = by_level["wijk"].iloc[(number * 7 + w) % len(by_level["wijk"])]
            rows.append(source.to_dict() | {"WijkenEnBuurten": f"WK{wijk}"})
            for b in range(1, buurten_each + (1 if w % 5 < 3 else 0) + 1):
                source = by_level["buurt"].iloc[(number * 13 + w * 5 + b) % len(by_level["buurt"])]
                rows.append(source.to_dict() | {"WijkenEnBuurten": f"BU{wijk}{b:02d}"})
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    parser.add_argument(
        "--env-database",
        action="store_true",
        help="use the (empty) database in DATABASE_URL, e.g. under scripts/with-postgres",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wijkagenda-bench-"))
    database_url = os.environ.get("DATABASE_URL") if args.env_database else None
    setup_django(database_url=database_url or f"sqlite:///{folder / 'bench.sqlite3'}")
    from django.core.management import call_command
    from django.db import connection

    from datasources.services import observation_import

    call_command("migrate", verbosity=0)
    table = scaled_table()
    path = folder / "kwb_2024_85984NED_nl_scaled.csv"
    table.to_csv(path, index=False)
    places = frozenset(code for code in table["WijkenEnBuurten"] if not code.startswith("BU"))
    before = peak_rss_mb()
    start = time.perf_counter()
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
    outcome = observation_import(source="cbs-kwb", path=path, regions=places)
    if args.profile:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    seconds = time.perf_counter() - start
    levels = table["WijkenEnBuurten"].str[:2].value_counts().to_dict()
    report(
        [
            ("database", connection.vendor),
            (
                "regions (scaled up from real rows)",
                f"{len(table):,} ({levels['GM']} GM, {levels['WK']} WK, {levels['BU']} BU)",
            ),
            ("file", f"{path.stat().st_size / 1024 / 1024:.1f} MB"),
            ("values written", f"{outcome.run.rows_written:,}"),
            ("import time (read, check, write)", f"{seconds:.1f} s"),
            (
                "peak memory of the process",
                f"{peak_rss_mb():.0f} MB (before the import: {before:.0f})",
            ),
        ]
    )
    if not args.keep:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
