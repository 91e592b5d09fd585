from django.core.management.base import BaseCommand, CommandError

from neighbourhoods.services import RegionImportError, region_import


class Command(BaseCommand):
    help = (
        "Import regions from a CBS wijk- en buurtkaart file (GeoJSON, GeoPackage or Shapefile, "
        "any CRS). Parents are derived from the codes. All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to the boundary file")
        parser.add_argument("--year", type=int, help="boundary year (default: the file's 'jaar')")
        parser.add_argument(
            "--simplify", type=float, default=10.0, help="simplification tolerance in metres"
        )

    def handle(self, *args, file, year, simplify, **options):
        try:
            result = region_import(path=file, year=year, simplify_m=simplify)
        except RegionImportError as error:
            raise CommandError(str(error)) from error
        levels = ", ".join(f"{count} {level}" for level, count in sorted(result.levels.items()))
        self.stdout.write(
            self.style.SUCCESS(
                f"{file}: {result.read} regions read ({levels}); {result.created} created, "
                f"{result.updated} updated, {result.ancestors_created} parent regions added."
            )
        )
