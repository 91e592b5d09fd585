from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from requests import HTTPError, RequestException

from datasources.services import ObservationImportError, observation_fetch_cbs
from neighbourhoods.selectors import region_codes


class Command(BaseCommand):
    help = (
        "Download a CBS Kerncijfers wijken en buurten table for one municipality through "
        "cbsodata (WIJKAGENDA_CBS_CATALOG_URL) and import it like a file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--table", required=True, help="CBS table id, e.g. 85984NED")
        parser.add_argument("--municipality", required=True, help="CBS code, e.g. GM0518")

    def handle(self, *args, table, municipality, **options):
        municipality = municipality.strip().upper()
        if not municipality.startswith("GM") or len(municipality) != 6:
            raise CommandError(f"--municipality {municipality!r}: give a code such as GM0518")
        try:
            outcome = observation_fetch_cbs(
                table_id=table, municipality=municipality, regions=region_codes()
            )
        except HTTPError as error:
            raise CommandError(
                f"CBS at {settings.WIJKAGENDA_CBS_CATALOG_URL} refused table {table}: {error}"
            ) from error
        except RequestException as error:
            raise CommandError(
                f"CBS at {settings.WIJKAGENDA_CBS_CATALOG_URL} cannot be reached: {error}"
            ) from error
        except ObservationImportError as error:
            raise CommandError(str(error)) from error
        run = outcome.run
        state = "already imported" if outcome.already_imported else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{table} for {municipality}: {state}; {run.rows_read} regions, "
                f"{run.rows_written} values (import run {run.pk})."
            )
        )
