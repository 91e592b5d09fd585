"""Benchmark of aggregating residents' rankings: weights, Borda scores, intervals, representation.

Generated rankings (a fixed seed; not real answers): each participant ranks 1–5 of the nine themes,
90% give an age band, 85% a sex. Two cases: 100,000 rankings for one area, and 1,000,000 over the
45 wijken of Den Haag. Only the pure compute runs (`neighbourhoods/compute/`), from frames, as the
wijk page and the draft agenda call it. Areas and themes are categoricals, as a
selector would hand them over. Run: `.venv/bin/python benchmarks/priorities.py`.
"""

import argparse
import statistics
import time

import numpy as np
import pandas as pd
from harness import peak_rss_mb, report, setup_django

setup_django()

from neighbourhoods.compute.priorities import AGE_BANDS, poststratify, theme_scores  # noqa: E402
from neighbourhoods.compute.representativeness import representativeness  # noqa: E402

THEMES = [
    "wonen",
    "veiligheid",
    "gezondheid",
    "bestaanszekerheid",
    "jeugd-en-onderwijs",
    "openbare-ruimte-en-groen",
    "voorzieningen",
    "verkeer-en-bereikbaarheid",
    "samenleven-en-meedoen",
]


def generated(participants: int, areas: int, seed: int = 7):
    rng = np.random.default_rng(seed)
    codes = [f"WK0518{i:02d}" for i in range(1, areas + 1)]
    area_codes = rng.integers(0, areas, participants)
    area = pd.Categorical.from_codes(area_codes, codes)
    age = np.array([*AGE_BANDS, None], dtype=object)[
        rng.choice(5, participants, p=[0.1, 0.3, 0.3, 0.2, 0.1])
    ]
    sex = np.array(["vrouw", "man", None], dtype=object)[
        rng.choice(3, participants, p=[0.45, 0.4, 0.15])
    ]
    people = pd.DataFrame(
        {"participant": np.arange(participants), "area": area, "age_band": age, "gender": sex}
    )
    k = rng.integers(1, 6, participants)
    order = np.argsort(rng.random((participants, len(THEMES))), axis=1)
    rows = np.repeat(np.arange(participants), k)
    ranks = (
        np.concatenate([np.arange(1, n + 1) for n in k])
        if participants < 10
        else (np.arange(len(rows)) - np.repeat(np.cumsum(k) - k, k) + 1)
    )
    themes = np.array(THEMES)[order[rows, ranks - 1]]
    rankings = pd.DataFrame(
        {"participant": rows, "area": area[rows], "theme": themes, "rank": ranks}
    )
    margins = pd.DataFrame(
        [
            {"area": c, "dimension": "age_band", "category": b, "share": s}
            for c in codes
            for b, s in zip(AGE_BANDS, [0.15, 0.35, 0.32, 0.18], strict=True)
        ]
        + [
            {"area": c, "dimension": "gender", "category": g, "share": s}
            for c in codes
            for g, s in [("vrouw", 0.51), ("man", 0.49)]
        ]
    )
    residents = pd.Series(20_000.0, index=codes)
    return rankings, people, margins, residents


def aggregate(rankings, people, margins, residents) -> None:
    weights = poststratify(people, margins)
    theme_scores(
        rankings,
        people,
        themes=THEMES,
        weights=pd.Series(weights.to_numpy(), index=people["participant"]),
    )
    representativeness(people, margins, residents=residents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = []
    for participants, areas in [(100_000, 1), (1_000_000, 45)]:
        frames = generated(participants, areas)
        before = peak_rss_mb()
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            aggregate(*frames)
            timings.append(time.perf_counter() - start)
        rows.append(
            (
                f"{participants:,} rankings ({len(frames[0]):,} ranked themes), {areas} area(s)",
                f"median {statistics.median(timings):.2f} s",
            )
        )
        rows.append(
            (
                f"peak memory of the process after {participants:,}",
                f"{peak_rss_mb():.0f} MB (with the generated frames: {before:.0f} MB)",
            )
        )
    report(rows)


if __name__ == "__main__":
    main()
