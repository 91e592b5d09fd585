from django.core.management.base import BaseCommand
from django.utils import timezone

from council_review.outbox import outbox_send


class Command(BaseCommand):
    help = "Send the e-mails that are due; failed ones are tried again later. Run every minute."

    def handle(self, *args, **options):
        sent, failed = outbox_send(now=timezone.now())
        self.stdout.write(f"{sent} sent, {failed} failed (they wait and are tried again).")
