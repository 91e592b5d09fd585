"""Seed an open participation round with generated (demo) rankings; fixed seed, labelled demo."""

from datetime import timedelta

import numpy as np
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from datasources.models import Theme
from neighbourhoods.models import (
    AgeBand,
    Gender,
    Participant,
    ParticipationRound,
    Ranking,
    Region,
    Residence,
    Voted,
)

DEMO_TITLE = "Demo: inspraakronde wijkagenda"
# Who answers web surveys, roughly: older people more than young; not the real population.
AGE_WEIGHTS = [0.08, 0.27, 0.38, 0.27]


class Command(BaseCommand):
    help = (
        "Seed an open participation round for the wijken of a municipality with generated "
        "demo rankings (fixed seed; every page that shows them says they are demo data). Safe "
        "to run again: the demo round is replaced."
    )

    def add_arguments(self, parser):
        parser.add_argument("municipality", nargs="?", default="GM0518")
        parser.add_argument("--seed", type=int, default=20261204)
        parser.add_argument(
            "--per-1000",
            type=float,
            default=6.0,
            help="participants per 1,000 residents, on average",
        )

    @transaction.atomic
    def handle(self, *args, municipality, seed, per_1000, **options):
        area = Region.objects.filter(code=municipality).first()
        if area is None:
            raise CommandError(f"{municipality}: unknown municipality; load the regions first")
        ParticipationRound.objects.filter(area=area, is_demo=True).delete()
        now = timezone.now()
        demo_round = ParticipationRound.objects.create(
            area=area,
            title=DEMO_TITLE,
            opens_at=now - timedelta(days=14),
            closes_at=now + timedelta(days=42),
            is_demo=True,
        )
        rng = np.random.default_rng(seed)
        themes = list(Theme.objects.values_list("key", flat=True))
        total = 0
        for wijk in Region.objects.children_of(municipality).order_by("code"):
            if not wijk.population:
                continue
            count = int(rng.poisson(max(wijk.population * per_1000 / 1000, 1)))
            # Each wijk leans towards its own themes: a fixed random taste per wijk.
            taste = rng.dirichlet(np.ones(len(themes)) * 0.8)
            people = [
                Participant(
                    round=demo_round,
                    email=None,
                    confirmed_at=now,
                    is_demo=True,
                    age_band=_pick(rng, AgeBand.values, AGE_WEIGHTS, missing=0.1),
                    gender=_pick(
                        rng,
                        [Gender.WOMAN, Gender.MAN, Gender.OTHER],
                        [0.55, 0.43, 0.02],
                        missing=0.1,
                    ),
                    voted=_pick(rng, Voted.values, [0.62, 0.2, 0.1, 0.08], missing=0.15),
                    residence=_pick(rng, Residence.values, [0.15, 0.2, 0.2, 0.45], missing=0.2),
                )
                for _ in range(count)
            ]
            Participant.objects.bulk_create(people)
            Ranking.objects.bulk_create(
                [
                    Ranking(
                        participant=person,
                        region=wijk,
                        submitted_at=now,
                        themes=list(
                            rng.choice(themes, size=int(rng.integers(1, 6)), replace=False, p=taste)
                        ),
                    )
                    for person in people
                ]
            )
            total += count
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo round for {area.name}: {total} generated participants (seed {seed})."
            )
        )


def _pick(rng, values, weights, *, missing: float) -> str:
    if rng.random() < missing:
        return ""
    return str(rng.choice(values, p=np.array(weights) / sum(weights)))
