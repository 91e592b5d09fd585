from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from council_review import reports
from neighbourhoods.models import Region


class Command(BaseCommand):
    help = (
        "Export the latest version (or the draft) of the agenda of every wijk of a municipality "
        "as reports: pdf, docx, xlsx, csv or json, one file per wijk in the output folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("municipality", help="e.g. GM0518")
        parser.add_argument("--format", required=True, choices=sorted(reports.FORMATS))
        parser.add_argument("--output", required=True, help="folder (created when missing)")

    def handle(self, *args, municipality, format, output, **options):
        code = municipality.strip().upper()
        if not Region.objects.filter(code=code).exists():
            raise CommandError(f"{municipality}: unknown area")
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        written = 0
        for name, content in reports.municipality_reports(code=code, fmt=format, internal=False):
            (folder / name).write_bytes(content)
            written += 1
        self.stdout.write(self.style.SUCCESS(f"{written} reports written to {folder}."))
