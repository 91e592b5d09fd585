from django.core.management.base import BaseCommand, CommandError

from datasources.services import ObservationImportError, observation_import
from datasources.sources import adapter_list
from neighbourhoods.selectors import region_codes


def column_mapping(values: list[str]) -> dict[str, str]:
    """`--map "Column name=indicator-key"` (an empty key leaves the column out)."""
    mapping = {}
    for value in values:
        column, separator, key = value.partition("=")
        if not separator:
            raise CommandError(f"--map {value!r}: write COLUMN=INDICATOR (or COLUMN= to skip)")
        mapping[column.strip()] = key.strip()
    return mapping


class Command(BaseCommand):
    help = (
        "Import figures from a file of one source. All or nothing; the same file twice is a "
        "no-op. Region codes must be known places (import the regions first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (; or ,) or XLSX")
        parser.add_argument(
            "--source", required=True, choices=[adapter.key for adapter in adapter_list()]
        )
        parser.add_argument("--period", help="year of the figures (YYYY), where the file lacks it")
        parser.add_argument("--municipality", help="refuse codes outside this municipality")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="COLUMN=INDICATOR",
            help="municipal files: the indicator of a column (repeat; COLUMN= leaves it out)",
        )

    def handle(self, *args, file, source, period, municipality, map, **options):
        try:
            outcome = observation_import(
                source=source,
                path=file,
                regions=region_codes(),
                period=period,
                municipality=municipality,
                column_map=column_mapping(map),
            )
        except ObservationImportError as error:
            raise CommandError(str(error)) from error
        run = outcome.run
        if outcome.already_imported:
            self.stdout.write(
                f"{file}: already imported on {run.started_at:%Y-%m-%d %H:%M} "
                f"(import run {run.pk}); nothing changed."
            )
            return
        for note in outcome.notes:
            self.stdout.write(f"  {note}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{file}: {run.rows_read} rows read, {run.rows_written} values written "
                f"(import run {run.pk})."
            )
        )
