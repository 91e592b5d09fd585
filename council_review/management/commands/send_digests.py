from django.core.management.base import BaseCommand
from django.utils import timezone

from council_review.services import digests_send


class Command(BaseCommand):
    help = (
        "Queue a digest of new, approved resident input for every councillor who follows a "
        "wijk (run daily or weekly); `send_outbox` sends them."
    )

    def handle(self, *args, **options):
        count = digests_send(now=timezone.now())
        self.stdout.write(f"{count} digests queued.")
