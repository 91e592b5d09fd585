from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Loaded in this order: provinces and municipalities first, then wijken; all idempotent.
DEMO_BOUNDARIES = [
    ("geo/provincie_2023_PV28_zuid-holland.geojson", 2023),
    ("geo/gemeenten_2023_nl_simplified.geojson", 2023),
    ("geo/wijken_2024_3gemeenten_pdok_simplified.geojson", 2024),
]
DEMO_POSTCODES = "tables/kwb_2024_85984NED_3gemeenten.csv"
# Figures, KWB first: the GGD and police adapters derive from its residents.
DEMO_OBSERVATIONS = [
    ("cbs-kwb", "tables/kwb_2024_85984NED_3gemeenten.csv"),
    ("ggd-gezondheidsmonitor", "tables/gezondheid_50150NED_goed_ervaren_gezondheid_3gemeenten.csv"),
    ("politie-misdrijven", "tables/misdrijven_47022NED_3gemeenten.csv"),
    ("cbs-kwb", "tables/kwb_2024_85984NED_leeftijd_geslacht_3gemeenten_afgeleid.csv"),
]


class Command(BaseCommand):
    help = (
        "Load the demo: Den Haag, Rotterdam and Amsterdam wijken, all municipalities of NL and "
        "Zuid-Holland, with their CBS, GGD and police figures, from the shipped real files. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        data = Path(settings.WIJKAGENDA_DATA_DIR)
        for name, year in DEMO_BOUNDARIES:
            call_command("import_regions", str(data / name), year=year, stdout=self.stdout)
        call_command("import_postcodes", str(data / DEMO_POSTCODES), stdout=self.stdout)
        for source, name in DEMO_OBSERVATIONS:
            call_command("import_observations", str(data / name), source=source, stdout=self.stdout)
        call_command("seed_demo_round", "GM0518", stdout=self.stdout)
