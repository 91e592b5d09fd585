"""Mail to subscribers through the outbox, against a real SMTP server on loopback (aiosmtpd)
that the test starts and stops: a server that is down loses nothing."""

import socket

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from django.core.management import call_command
from django.utils import timezone

from council_review.models import OutboxMessage
from council_review.services import stage_move
from neighbourhoods.models import Subscription

pytestmark = pytest.mark.django_db


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    settings.EMAIL_TIMEOUT = 3
    return settings


def test_subscribers_get_mail_even_when_the_server_was_down(agenda, people, smtp_settings):
    Subscription.objects.create(
        region=agenda.area, email="buur@example.org", confirmed_at=timezone.now()
    )
    Subscription.objects.create(region=agenda.area, email="nog-niet@example.org")
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    message = OutboxMessage.objects.get()
    assert message.to == "buur@example.org" and "beeldvorming" in message.subject
    assert "/volgen/stoppen/" in message.body, "every mail can stop itself"

    call_command("send_outbox")  # nobody listens on the port: the mail waits
    message.refresh_from_db()
    assert message.sent_at is None and message.attempts == 1 and message.last_error

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=smtp_settings.EMAIL_PORT)
    server.start()
    try:
        message.next_attempt_at = timezone.now()  # its pause is over
        message.save()
        call_command("send_outbox")
    finally:
        server.stop()
    message.refresh_from_db()
    assert message.sent_at is not None and message.attempts == 2
    assert [m["To"] for m in inbox.messages] == ["buur@example.org"]
    assert "beeldvorming" in inbox.messages[0]["Subject"]


def test_a_message_is_not_tried_again_before_its_pause_is_over(agenda, people, smtp_settings):
    Subscription.objects.create(
        region=agenda.area, email="buur@example.org", confirmed_at=timezone.now()
    )
    stage_move(agenda=agenda, to_stage="beeldvorming", user=people["officer"], now=timezone.now())
    call_command("send_outbox")
    call_command("send_outbox")
    assert OutboxMessage.objects.get().attempts == 1
