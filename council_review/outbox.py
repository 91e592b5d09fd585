"""Mail to subscribers goes through an outbox: queued in the same transaction as the event that
causes it, sent by `send_outbox` (run it every minute), retried with growing pauses when the mail
server fails. Every mail carries the link that stops the subscription."""

import logging
import smtplib
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from neighbourhoods.models import Region, Subscription
from neighbourhoods.participation import unsubscribe_link

from .models import OutboxMessage

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


def outbox_notify(*, region: Region, template: str, context: dict, now: datetime) -> int:
    """Queue one mail per confirmed subscriber of a wijk (Dutch; every mail can stop itself)."""
    count = 0
    with translation.override(settings.LANGUAGE_CODE):
        for subscription in Subscription.objects.filter(region=region, confirmed_at__isnull=False):
            full = {
                **context,
                "region": region,
                "stop": unsubscribe_link(subscription),
                "site": settings.WIJKAGENDA_SITE_URL,
            }
            OutboxMessage.objects.create(
                to=subscription.email,
                created_at=now,
                next_attempt_at=now,
                subject=render_to_string(f"{template}_subject.txt", full).strip(),
                body=render_to_string(f"{template}.txt", full),
            )
            count += 1
    return count


def outbox_send(*, now: datetime, limit: int = 200) -> tuple[int, int]:
    """Send what is due; returns (sent, failed). A failure waits 2^attempts minutes."""
    sent = failed = 0
    due = OutboxMessage.objects.filter(
        sent_at__isnull=True, next_attempt_at__lte=now, attempts__lt=MAX_ATTEMPTS
    )[:limit]
    for message in due:
        try:
            send_mail(message.subject, message.body, None, [message.to])
        except (smtplib.SMTPException, OSError) as error:
            message.attempts += 1
            message.last_error = f"{type(error).__name__}: {error}"[:1000]
            message.next_attempt_at = now + timedelta(minutes=2**message.attempts)
            message.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            logger.warning(
                "mail to %s not sent (attempt %s): %s", message.to, message.attempts, error
            )
            failed += 1
        else:
            message.attempts += 1
            message.sent_at = now
            message.save(update_fields=["attempts", "sent_at"])
            sent += 1
    return sent, failed
