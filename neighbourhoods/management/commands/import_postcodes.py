from django.core.management.base import BaseCommand, CommandError

from neighbourhoods.services import RegionImportError, region_postcodes_import


class Command(BaseCommand):
    help = "Set postcode areas (PC4) of wijken and buurten from a KWB CSV with CBS column keys."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="CSV with WijkenEnBuurten and MeestVoorkomendePostcode_118"
        )

    def handle(self, *args, file, **options):
        try:
            updated = region_postcodes_import(path=file)
        except RegionImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{file}: postcode areas set on {updated} regions."))
