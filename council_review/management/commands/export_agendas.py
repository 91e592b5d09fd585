from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from council_review import reports
from neighbourhoods.models import Region
from wijkagenda.agendas.selectors import agenda_for


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
        for region in Region.objects.children_of(code).order_by("code"):
            agenda = agenda_for(region=region)
            if agenda is None:
                continue
            version = agenda.versions.order_by("-number").first()
            report = reports.report_build(agenda=agenda, version=version, internal=False)
            suffix = f"v{version.number}" if version else "concept"
            path = folder / f"wijkagenda-{region.code}-{agenda.cycle}-{suffix}.{format}"
            path.write_bytes(reports.RENDERERS[format](report))
            written += 1
        self.stdout.write(self.style.SUCCESS(f"{written} reports written to {folder}."))
