import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from council_review.models import Council
from council_review.services import meeting_store
from council_review.sources import ADAPTERS, MeetingFileError


class Command(BaseCommand):
    help = (
        "Import a council meeting from a council information system response (NotuBiz or Open "
        "Raadsinformatie JSON). Importing it again updates it; items of unknown shape are skipped "
        "with a logged reason."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the JSON response of the meeting")
        parser.add_argument("--source", required=True, choices=sorted(ADAPTERS))
        parser.add_argument("--council", required=True, help="the council's area, e.g. GM0518")

    def handle(self, *args, file, source, council, **options):
        found = Council.objects.filter(area_id=council.strip().upper()).first()
        if found is None:
            raise CommandError(f"--council {council}: no council for this area (see /admin/)")
        try:
            data = json.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{file}: cannot be read as JSON: {error}") from error
        try:
            parsed = ADAPTERS[source](data)
        except MeetingFileError as error:
            raise CommandError(f"{file}: {error}; nothing was imported") from error
        meeting, created = meeting_store(council=found, data=parsed)
        for reason in parsed.skipped:
            self.stdout.write(f"  skipped {reason}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{file}: meeting {meeting.title!r} of {meeting.starts_at:%Y-%m-%d} "
                f"{'imported' if created else 'updated'}, {meeting.items.count()} items."
            )
        )
