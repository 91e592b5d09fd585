"""Writes for participation: submissions, confirmation links, participants, contributions,
subscriptions, moderation, anonymising and erasing. Nothing counts before it is confirmed.

Links in e-mails are signed (django.core.signing) with a salt per purpose; a confirmation link
expires after WIJKAGENDA_CONFIRM_HOURS.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from datasources.models import Theme

from .compute.moderation import flags
from .models import (
    Contribution,
    ContributionKind,
    ModerationStatus,
    Participant,
    ParticipationRound,
    Ranking,
    Region,
    Submission,
    Subscription,
)

MAX_TEXT = 1000
CONFIRM = "wijkagenda.submission.confirm"
MY_DATA = "wijkagenda.participant.data"
FOLLOW = "wijkagenda.subscription.confirm"
UNFOLLOW = "wijkagenda.subscription.stop"
MY_DATA_DAYS = 365


class ParticipationError(Exception):
    """Input that cannot be accepted; `problems` maps a field to a message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{name}: {message}" for name, message in problems.items()))


class LinkProblem(Exception):
    """A link in an e-mail that does not work; `expired` tells a too-old link from a bad one."""

    expired = False


class LinkInvalid(LinkProblem):
    """A link that was changed, or was never ours."""


class LinkExpired(LinkProblem):
    """A link that was ours but is too old."""

    expired = True


@dataclass(frozen=True)
class ContributionInput:
    theme: str
    kind: str
    text: str
    topic: str = ""  # what it answers: "question:<id>", "meeting-item:<id>"


@dataclass(frozen=True)
class SubmissionInput:
    email: str
    themes: list[str]
    age_band: str = ""
    gender: str = ""
    voted: str = ""
    residence: str = ""
    contributions: list[ContributionInput] = field(default_factory=list)
    subscribe: bool = False


def round_current(*, region: Region, now: datetime) -> ParticipationRound | None:
    """The open round for a region, else the latest one (to show its outcome)."""
    rounds = ParticipationRound.objects.for_region(region)
    return rounds.open_at(now).first() or rounds.first()


def submission_check(
    *,
    participation_round: ParticipationRound | None,
    region: Region,
    data: SubmissionInput,
    now: datetime,
) -> None:
    """Every reason to refuse a submission, at once (raises ParticipationError)."""
    problems: dict[str, str] = {}
    if participation_round is None or not participation_round.is_open(now):
        problems["round"] = _("Input for this neighbourhood is closed.")
    elif region.parent_id != participation_round.area_id:
        problems["region"] = _("This neighbourhood is not part of this round.")
    known = set(Theme.objects.values_list("key", flat=True))
    limit = participation_round.max_ranked if participation_round else 5
    answers_only = (
        not data.themes and data.contributions and all(c.topic for c in data.contributions)
    )
    if not data.themes and not answers_only:
        problems["themes"] = _("Choose at least one theme.")
    elif unknown := [t for t in data.themes if t not in known]:
        problems["themes"] = _("Unknown theme: %(theme)s.") % {"theme": unknown[0]}
    elif len(set(data.themes)) != len(data.themes):
        problems["themes"] = _("You chose the same theme twice.")
    elif len(data.themes) > limit:
        problems["themes"] = _("Choose at most %(count)s themes.") % {"count": limit}
    for index, item in enumerate(data.contributions):
        key = f"contributions.{index}"
        if item.theme not in known:
            problems[key] = _("Unknown theme: %(theme)s.") % {"theme": item.theme}
        elif item.kind not in ContributionKind.values:
            problems[key] = _("Unknown kind of contribution: %(kind)s.") % {"kind": item.kind}
        elif not item.text.strip():
            problems[key] = _("The text is empty.")
        elif len(item.text) > MAX_TEXT:
            problems[key] = _("The text is longer than %(count)s characters.") % {"count": MAX_TEXT}
    if problems:
        raise ParticipationError(problems)


@transaction.atomic
def submission_create(
    *,
    participation_round: ParticipationRound | None,
    region: Region,
    data: SubmissionInput,
    now: datetime,
) -> Submission:
    """Keep what a resident sent and e-mail them the link that makes it count."""
    submission_check(participation_round=participation_round, region=region, data=data, now=now)
    submission = Submission.objects.create(
        round=participation_round,
        region=region,
        email=data.email.strip().lower(),
        themes=list(data.themes),
        age_band=data.age_band,
        gender=data.gender,
        voted=data.voted,
        residence=data.residence,
        subscribe=data.subscribe,
        contributions=[
            {"theme": c.theme, "kind": c.kind, "text": c.text.strip(), "topic": c.topic}
            for c in data.contributions
        ],
    )
    link = _absolute(reverse("participation-confirm", args=[_sign(CONFIRM, submission.pk)]))
    _mail(
        submission.email,
        "neighbourhoods/email/confirm",
        {
            "region": region,
            "round": participation_round,
            "link": link,
            "hours": settings.WIJKAGENDA_CONFIRM_HOURS,
        },
    )
    return submission


@transaction.atomic
def submission_confirm(*, token: str, now: datetime) -> Participant:
    """Make a submission count: the participant's one ranking in the round, replaced if there
    was one; contributions wait for moderation; a subscription if asked."""
    pk = _unsign(CONFIRM, token, max_age=timedelta(hours=settings.WIJKAGENDA_CONFIRM_HOURS))
    submission = Submission.objects.select_for_update().filter(pk=pk).first()
    if submission is None:
        raise LinkInvalid(token)
    participant, _created = Participant.objects.update_or_create(
        round=submission.round,
        email=submission.email,
        defaults={
            "age_band": submission.age_band,
            "gender": submission.gender,
            "voted": submission.voted,
            "residence": submission.residence,
            "confirmed_at": now,
        },
    )
    if submission.confirmed_at is not None:
        return participant  # the link was used before: nothing changes
    if submission.themes:  # an answer alone leaves an earlier ranking as it is
        Ranking.objects.update_or_create(
            participant=participant,
            defaults={
                "region": submission.region,
                "themes": submission.themes,
                "submitted_at": submission.created_at,
            },
        )
    for item in submission.contributions:
        Contribution.objects.create(
            participant=participant,
            region=submission.region,
            theme_id=item["theme"],
            kind=item["kind"],
            text=item["text"],
            topic=item.get("topic", ""),
            created_at=now,
            flags=flags(item["text"], words=settings.WIJKAGENDA_MODERATION_WORDS),
        )
    if submission.subscribe:
        Subscription.objects.update_or_create(
            region=submission.region, email=submission.email, defaults={"confirmed_at": now}
        )
    submission.confirmed_at = now
    submission.save(update_fields=["confirmed_at"])
    return participant


def participant_link(participant: Participant) -> str:
    """The signed link to a participant's own data (see and erase)."""
    return _absolute(reverse("participation-my-data", args=[_sign(MY_DATA, participant.pk)]))


def participant_from_link(*, token: str) -> Participant:
    pk = _unsign(MY_DATA, token, max_age=timedelta(days=MY_DATA_DAYS))
    participant = Participant.objects.filter(pk=pk, email__isnull=False).first()
    if participant is None:
        raise LinkInvalid(token)
    return participant


@transaction.atomic
def participant_erase(*, participant: Participant) -> None:
    """Remove a participant: ranking, contributions, profile, and the e-mail's submissions and
    subscriptions."""
    email = participant.email
    participant.delete()
    if email:
        Submission.objects.filter(email=email).delete()
        Subscription.objects.filter(email=email).delete()


def subscription_request(*, region: Region, email: str) -> Subscription:
    """Ask for updates of a neighbourhood: active after the link in the e-mail is used."""
    subscription, _created = Subscription.objects.get_or_create(
        region=region, email=email.strip().lower()
    )
    link = _absolute(reverse("subscription-confirm", args=[_sign(FOLLOW, subscription.pk)]))
    _mail(
        subscription.email,
        "neighbourhoods/email/follow",
        {"region": region, "link": link, "hours": settings.WIJKAGENDA_CONFIRM_HOURS},
    )
    return subscription


def subscription_confirm(*, token: str, now: datetime) -> Subscription:
    pk = _unsign(FOLLOW, token, max_age=timedelta(hours=settings.WIJKAGENDA_CONFIRM_HOURS))
    subscription = Subscription.objects.filter(pk=pk).first()
    if subscription is None:
        raise LinkInvalid(token)
    if subscription.confirmed_at is None:
        subscription.confirmed_at = now
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def unsubscribe_link(subscription: Subscription) -> str:
    """A link that never expires and stops one subscription with one click."""
    return _absolute(reverse("subscription-stop", args=[_sign(UNFOLLOW, subscription.pk)]))


def subscription_cancel(*, token: str) -> Region | None:
    pk = _unsign(UNFOLLOW, token, max_age=None)
    subscription = Subscription.objects.select_related("region").filter(pk=pk).first()
    if subscription is None:
        return None  # stopped before: stopping again is fine
    region = subscription.region
    subscription.delete()
    return region


def contribution_moderate(*, contribution: Contribution, approve: bool, now: datetime) -> None:
    contribution.status = ModerationStatus.APPROVED if approve else ModerationStatus.REJECTED
    contribution.moderated_at = now
    contribution.save(update_fields=["status", "moderated_at"])


@transaction.atomic
def rounds_anonymise(*, now: datetime, retention_days: int) -> int:
    """Remove the e-mail addresses of participants of rounds closed more than `retention_days`
    ago (rankings and approved contributions stay), and their pending submissions."""
    cutoff = now - timedelta(days=retention_days)
    closed = ParticipationRound.objects.filter(closes_at__lt=cutoff)
    count = Participant.objects.filter(round__in=closed, email__isnull=False).update(
        email=None, anonymised_at=now
    )
    Submission.objects.filter(round__in=closed).delete()
    return count


def submissions_expire(*, now: datetime) -> int:
    """Delete submissions whose confirmation link has expired; they never counted."""
    cutoff = now - timedelta(hours=settings.WIJKAGENDA_CONFIRM_HOURS)
    deleted, _ = Submission.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted


def _sign(salt: str, pk: int) -> str:
    return signing.TimestampSigner(salt=salt).sign(str(pk))


def _unsign(salt: str, token: str, *, max_age: timedelta | None) -> int:
    try:
        return int(signing.TimestampSigner(salt=salt).unsign(token, max_age=max_age))
    except signing.SignatureExpired as error:
        raise LinkExpired(token) from error
    except (signing.BadSignature, ValueError) as error:
        raise LinkInvalid(token) from error


def _absolute(path: str) -> str:
    return settings.WIJKAGENDA_SITE_URL.rstrip("/") + path


def _mail(to: str, template: str, context: dict) -> None:
    subject = render_to_string(f"{template}_subject.txt", context).strip()
    body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, None, [to])
