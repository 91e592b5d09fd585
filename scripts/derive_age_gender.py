"""Write the age bands and sexes of the demo wijken as a KWB-shaped CSV (run once; output shipped).

The shipped KWB table lacks k_15Tot25Jaar_9, k_25Tot45Jaar_10, k_45Tot65Jaar_11, Mannen_6 and
Vrouwen_7, which residents' answers are weighted against. The CBS wijk- en buurtkaart 2024 (PDOK)
in data/geo carries them per wijk: men and women as counts, the age bands as whole percentages of
the residents. Counts are derived here as round(percentage × residents / 100): accurate to about
half a percent of the residents. Usage: .venv/bin/python scripts/derive_age_gender.py
"""

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data/geo/wijken_2024_3gemeenten_pdok_simplified.geojson"
TARGET = ROOT / "data/tables/kwb_2024_85984NED_leeftijd_geslacht_3gemeenten_afgeleid.csv"
BANDS = {"15_25": "k_15Tot25Jaar_9", "25_45": "k_25Tot45Jaar_10", "45_65": "k_45Tot65Jaar_11"}


def main() -> None:
    features = json.loads(SOURCE.read_text())["features"]
    with TARGET.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(
            ["WijkenEnBuurten", "gemeentecode", *BANDS.values(), "Mannen_6", "Vrouwen_7"]
        )
        for feature in features:
            p = feature["properties"]
            residents = p.get("aantal_inwoners")
            bands = [
                round(p[key] * residents / 100) if residents and p.get(key) is not None else ""
                for key in BANDS
            ]
            writer.writerow(
                [
                    p["wijkcode"],
                    p["gemeentecode"],
                    *bands,
                    p.get("mannen", ""),
                    p.get("vrouwen", ""),
                ]
            )
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(features)} wijken)")


if __name__ == "__main__":
    main()
