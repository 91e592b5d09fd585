from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from neighbourhoods.participation import rounds_anonymise, submissions_expire


class Command(BaseCommand):
    help = (
        "Remove the e-mail addresses of participants of rounds closed more than "
        "WIJKAGENDA_RETENTION_DAYS ago (their rankings stay), and delete submissions whose "
        "confirmation link expired. Run it daily (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="retention in days (default: WIJKAGENDA_RETENTION_DAYS)",
        )

    def handle(self, *args, days, **options):
        now = timezone.now()
        days = settings.WIJKAGENDA_RETENTION_DAYS if days is None else days
        anonymised = rounds_anonymise(now=now, retention_days=days)
        expired = submissions_expire(now=now)
        self.stdout.write(
            self.style.SUCCESS(
                f"{anonymised} participants anonymised (rounds closed more than {days} days ago); "
                f"{expired} unconfirmed submissions deleted."
            )
        )
