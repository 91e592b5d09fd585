"""Benchmark of drafting agendas: all ~3,300 wijken of NL at once, and one wijk end to end.

All of NL: the real wijk rows of the KWB table (Den Haag, Rotterdam, Amsterdam) are SCALED UP to
3,420 wijken in 342 municipalities (each keeps a real wijk's values, as in import_kwb.py), with
generated rankings (about 20 per wijk, fixed seed). The pure drafting runs as the batch path does:
robust deviations per municipality and indicator, data signal per theme, weighted Borda per area,
combination with α and ranking, top 5 with their drivers.
One wijk: `agenda_draft` for each Den Haag wijk of the demo database (reads, compute, writes).
Run after `make demo`: `.venv/bin/python benchmarks/drafting.py`.
"""

import argparse
import statistics
import time

import numpy as np
import pandas as pd
from harness import ROOT, peak_rss_mb, report, setup_django

setup_django()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from datasources.catalogue import INDICATORS  # noqa: E402
from datasources.compute.deviation import deviations  # noqa: E402
from neighbourhoods.compute.priorities import theme_scores  # noqa: E402
from neighbourhoods.models import Region  # noqa: E402
from wijkagenda.agendas.compute.drafting import data_signals, rank_all  # noqa: E402
from wijkagenda.agendas.services import agenda_draft  # noqa: E402

WIJKEN_PER_MUNICIPALITY = 10


def scaled_profiles(seed: int = 11):
    """Deviations of every indicator for 3,420 wijken, from real wijk rows (scaled up)."""
    kwb = pd.read_csv(ROOT / "data/tables/kwb_2024_85984NED_3gemeenten.csv")
    wijken = kwb[kwb["niveau"] == "wijk"].reset_index(drop=True)
    municipalities = pd.read_csv(ROOT / "data/tables/gemeenten_nl_2024_overzicht.csv")["code"]
    specs = [s for s in INDICATORS if s.source == "cbs-kwb" and s.source_column in wijken]
    rows = []
    for number, gm in enumerate(municipalities):
        for w in range(WIJKEN_PER_MUNICIPALITY):
            source = wijken.iloc[(number * 7 + w) % len(wijken)]
            area = f"WK{gm[2:]}{w:02d}"
            rows.extend(
                (area, gm, s.key, s.theme, s.polarity, source[s.source_column]) for s in specs
            )
    frame = pd.DataFrame(
        rows, columns=["area", "municipality", "indicator", "theme", "polarity", "value"]
    )
    return frame


def generated_rankings(areas: list[str], seed: int = 5):
    rng = np.random.default_rng(seed)
    themes = sorted({s.theme for s in INDICATORS} | {"verkeer-en-bereikbaarheid"})
    counts = rng.poisson(20, len(areas))
    people = pd.DataFrame(
        {"participant": np.arange(counts.sum()), "area": np.repeat(areas, counts)}
    )
    k = rng.integers(1, 6, len(people))
    rows = np.repeat(people["participant"].to_numpy(), k)
    ranks = np.arange(len(rows)) - np.repeat(np.cumsum(k) - k, k) + 1
    order = np.argsort(rng.random((len(people), len(themes))), axis=1)
    rankings = pd.DataFrame(
        {
            "participant": rows,
            "area": people["area"].to_numpy()[rows],
            "theme": np.array(themes)[order[rows, ranks - 1]],
            "rank": ranks,
        }
    )
    return rankings, people, themes


def draft_all(profiles, rankings, people, themes, alpha=0.5):
    polarity = profiles.drop_duplicates("indicator").set_index("indicator")["polarity"]
    scored = profiles.assign(
        deviation=deviations(profiles, by=["municipality", "indicator"], polarity=polarity)
    )
    signal = scored.groupby("area").apply(data_signals, include_groups=False)
    signal = signal.rename("data_signal").reset_index().rename(columns={"level_1": "theme"})
    residents = theme_scores(rankings, people, themes=themes)[["area", "theme", "score"]]
    grid = pd.MultiIndex.from_product(
        [profiles["area"].unique(), themes], names=["area", "theme"]
    ).to_frame(index=False)
    signals = grid.merge(signal, on=["area", "theme"], how="left").merge(
        residents.rename(columns={"score": "residents_priority"}), on=["area", "theme"], how="left"
    )
    ranked = rank_all(signals, alpha=alpha)
    top = ranked[ranked["rank"] <= 5]
    worst = scored.sort_values("deviation", ascending=False).groupby(["area", "theme"]).head(3)
    return top.merge(worst[["area", "theme", "indicator"]], on=["area", "theme"], how="left")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    profiles = scaled_profiles()
    areas = list(profiles["area"].unique())
    rankings, people, themes = generated_rankings(areas)
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = draft_all(profiles, rankings, people, themes)
        timings.append(time.perf_counter() - start)
    all_of_nl = statistics.median(timings)
    peak = peak_rss_mb()

    one = []
    wijken = list(Region.objects.children_of("GM0518").order_by("code"))
    for region in wijken:
        with transaction.atomic():
            start = time.perf_counter()
            agenda_draft(area=region, cycle=2099, now=timezone.now())
            one.append((time.perf_counter() - start) * 1000)
            transaction.set_rollback(True)  # leave the demo database as it was
    report(
        [
            (
                "all of NL (scaled up from real wijk rows)",
                f"{len(areas):,} wijken, {len(profiles):,} indicator values, "
                f"{len(people):,} generated rankings → {result['area'].nunique():,} agendas",
            ),
            (
                "drafting all, median",
                f"{all_of_nl:.2f} s (runs: {', '.join(f'{t:.2f}' for t in timings)})",
            ),
            ("peak memory of the process", f"{peak:.0f} MB"),
            (
                "one wijk end to end (agenda_draft, demo database), median",
                f"{statistics.median(one):.0f} ms over {len(one)} Den Haag wijken "
                f"(95th percentile {statistics.quantiles(one, n=20)[-1]:.0f} ms)",
            ),
        ]
    )


if __name__ == "__main__":
    main()
