"""Reads for regions."""

import pandas as pd

from datasources.catalogue import POPULATION
from datasources.compute.profile import normalise, profile
from datasources.models import Theme
from datasources.selectors import indicator_frame, observation_frame

from .compute import columns as c
from .compute.priorities import AGE_BANDS, poststratify, theme_scores
from .compute.representativeness import VOTED, group_shares, representativeness
from .compute.search import fold
from .models import Ranking, Region, RegionLevel, RegionQuerySet

NATION = "NL00"


def region_get(*, code: str) -> Region:
    return Region.objects.select_related("parent").get(code=code)


def region_list(
    *, parent: str | None = None, level: str | None = None, text: str = ""
) -> RegionQuerySet:
    """Regions filtered by parent code, level and search text (name, code or postcode)."""
    queryset = Region.objects.select_related("parent")
    if parent:
        queryset = queryset.children_of(parent)
    if level:
        queryset = queryset.filter(level=level)
    if text:
        queryset = queryset.matching(fold(text))
    return queryset.order_by("name", "code")


def region_children(*, code: str, text: str = "") -> RegionQuerySet:
    """The parts of a region (wijken of a municipality, municipalities of a province)."""
    return region_list(parent=code, text=text)


def region_map_choices() -> dict[str, list[Region]]:
    """Regions that have parts to show on the map, by level: provinces and municipalities."""
    regions = (
        Region.objects.with_children()
        .filter(level__in=[RegionLevel.PROVINCE, RegionLevel.MUNICIPALITY])
        .order_by("name")
        .only("code", "name", "level")
    )
    grouped: dict[str, list[Region]] = {RegionLevel.PROVINCE: [], RegionLevel.MUNICIPALITY: []}
    for region in regions:
        grouped[region.level].append(region)
    return grouped


def region_frame(*, regions) -> pd.DataFrame:
    """Regions as a frame for the compute functions (code, name, level, population, geojson)."""
    rows = regions.values_list("code", "name", "level", "population", "postcodes", "geometry")
    return pd.DataFrame(
        list(rows), columns=[c.CODE, c.NAME, c.LEVEL, c.POPULATION, c.POSTCODES, c.GEOJSON]
    )


def region_exists(*, code: str) -> bool:
    return Region.objects.filter(code=code).exists()


def region_codes() -> frozenset[str]:
    """The codes of every known place: what imported figures may refer to."""
    return frozenset(Region.objects.values_list("code", flat=True))


def region_peers(*, region: Region) -> list[str]:
    """The areas a region is compared with: its parent's parts at its level, itself included."""
    if region.parent_id is None:
        return [region.code]
    return list(
        Region.objects.filter(parent_id=region.parent_id, level=region.level).values_list(
            "code", flat=True
        )
    )


def region_profile(*, region: Region) -> pd.DataFrame:
    """The region's data profile: per indicator its latest value, reference, peers and trend."""
    peers = region_peers(region=region)
    catalogue = indicator_frame()
    codes = {*peers, region.parent_id or region.code, NATION}
    observations = normalise(
        observation_frame(region_codes=codes),
        per_1000_keys=set(catalogue.loc[catalogue["normalisation"] == "per_1000", "key"]),
        population_key=POPULATION,
    )
    return profile(
        observations,
        catalogue=catalogue[catalogue["unit"] != "code"],
        region=region.code,
        reference=region.parent_id,
        peers=peers,
        nation=NATION,
    )


def region_indicator_values(*, parent: str, indicator: str) -> tuple[str | None, pd.Series]:
    """The latest period in which the parts of `parent` have `indicator`, and their values."""
    codes = list(Region.objects.children_of(parent).values_list("code", flat=True))
    catalogue = indicator_frame().set_index("key")
    keys = {indicator, POPULATION}
    observations = normalise(
        observation_frame(region_codes=codes, indicators=keys),
        per_1000_keys={indicator}
        if catalogue.at[indicator, "normalisation"] == "per_1000"
        else set(),
        population_key=POPULATION,
    )
    of_key = observations[(observations["indicator"] == indicator) & observations["value"].notna()]
    if of_key.empty:
        return None, pd.Series(dtype=float)
    period = of_key["period"].max()
    return period, of_key[of_key["period"] == period].set_index("region_code")["value"]


MARGIN_INDICATORS = {
    "kwb-15-25-jaar": ("age_band", "15-25"),
    "kwb-25-45-jaar": ("age_band", "25-45"),
    "kwb-45-65-jaar": ("age_band", "45-65"),
    "kwb-65-plus": ("age_band", "65+"),
    "kwb-mannen": ("gender", "man"),
    "kwb-vrouwen": ("gender", "vrouw"),
}


def population_margins(*, region_codes: list[str]) -> pd.DataFrame:
    """Each area's adult population by age band and by sex (latest year), as shares."""
    observations = observation_frame(region_codes=region_codes, indicators=MARGIN_INDICATORS)
    observations = observations.dropna(subset=["value"])
    if observations.empty:
        return pd.DataFrame(columns=["area", "dimension", "category", "share"])
    latest = observations.sort_values("period").drop_duplicates(
        ["region_code", "indicator"], keep="last"
    )
    pairs = latest["indicator"].map(MARGIN_INDICATORS)
    frame = pd.DataFrame(
        {
            "area": latest["region_code"].to_numpy(),
            "dimension": [p[0] for p in pairs],
            "category": [p[1] for p in pairs],
            "count": latest["value"].to_numpy(),
        }
    )
    totals = frame.groupby(["area", "dimension"])["count"].transform("sum")
    return frame.assign(share=frame["count"] / totals).drop(columns="count")


def round_frames(
    *, participation_round, region_codes: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The confirmed rankings of a round in these regions: (rankings, participants) frames."""
    rows = Ranking.objects.filter(
        participant__round=participation_round, region_id__in=region_codes
    ).values_list(
        "participant_id",
        "region_id",
        "themes",
        "participant__age_band",
        "participant__gender",
        "participant__voted",
    )
    rankings, participants = [], []
    for participant, area, themes, age, gender, voted in rows:
        participants.append((participant, area, age or None, gender or None, voted or None))
        rankings.extend(
            (participant, area, theme, rank) for rank, theme in enumerate(themes, start=1)
        )
    return (
        pd.DataFrame(rankings, columns=["participant", "area", "theme", "rank"]),
        pd.DataFrame(participants, columns=["participant", "area", "age_band", "gender", "voted"]),
    )


def participation_per_1000(*, participation_round, parent: str) -> pd.Series:
    """Confirmed participants per 1,000 residents of each part of `parent`."""
    parts = Region.objects.children_of(parent)
    residents = dict(parts.values_list("code", "population"))
    counts = Ranking.objects.filter(
        participant__round=participation_round, region__parent_id=parent
    ).values_list("region_id", flat=True)
    series = pd.Series(list(counts), dtype=object).value_counts()
    return pd.Series(
        {
            code: (series.get(code, 0) / people * 1000 if people else float("nan"))
            for code, people in residents.items()
        }
    )


def region_priorities(*, region: Region, participation_round) -> dict:
    """The residents' outcome for one area: theme scores, representativeness, group shares."""
    rankings, participants = round_frames(
        participation_round=participation_round, region_codes=[region.code]
    )
    themes = list(Theme.objects.values_list("key", flat=True))
    margins = population_margins(region_codes=[region.code])
    if participants.empty:
        return {"participants": 0, "scores": None, "summary": None, "groups": None}
    weights = poststratify(participants, margins)
    scores = theme_scores(
        rankings,
        participants,
        themes=themes,
        weights=pd.Series(weights.to_numpy(), index=participants["participant"]),
    )
    residents = pd.Series({region.code: region.population or float("nan")})
    minimum = participation_round.min_count
    groups = pd.concat(
        [
            group_shares(
                participants, margins, dimension="age_band", categories=AGE_BANDS, min_count=minimum
            ),
            group_shares(
                participants,
                margins,
                dimension="gender",
                categories=("vrouw", "man"),
                min_count=minimum,
            ),
            group_shares(
                participants, margins, dimension="voted", categories=VOTED, min_count=minimum
            ),
        ],
        ignore_index=True,
    )
    return {
        "participants": len(participants),
        "scores": scores.sort_values("score", ascending=False, ignore_index=True),
        "summary": representativeness(
            participants, margins, residents=residents, min_count=minimum
        ).iloc[0],
        "groups": groups,
    }


def theme_names(keys: list[str]) -> list[str]:
    themes = Theme.objects.in_bulk(keys)
    return [themes[key].name for key in keys if key in themes]
