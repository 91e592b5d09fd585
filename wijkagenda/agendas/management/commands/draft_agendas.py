from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wijkagenda.agendas.services import AgendaError, agenda_draft_all


class Command(BaseCommand):
    help = (
        "Draft the agenda of every wijk of a municipality (GMxxxx), or of every municipality of a "
        "province (PVxx), for a cycle. Drafts in concept are drafted again (officers' texts are "
        "kept); agendas past the draft stage are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("area", help="GMxxxx or PVxx")
        parser.add_argument("--cycle", type=int, default=None, help="year (default: next year)")

    def handle(self, *args, area, cycle, **options):
        now = timezone.now()
        cycle = cycle or now.year + 1
        try:
            agendas = agenda_draft_all(code=area.strip().upper(), cycle=cycle, now=now)
        except AgendaError as error:
            raise CommandError(str(error)) from error
        notes = sum(1 for agenda in agendas if agenda.notes)
        self.stdout.write(
            self.style.SUCCESS(
                f"{area}: {len(agendas)} agendas drafted for {cycle}"
                + (f" ({notes} with a note on missing data or rankings)." if notes else ".")
            )
        )
