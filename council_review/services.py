"""Writes of the council process: stage moves (each publishes a version), annotations, replies
and edits. Every action is checked against the person's roles in the agenda's own council."""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from neighbourhoods import participation
from neighbourhoods.models import Contribution, Region, RegionLevel
from wijkagenda.agendas.models import Agenda, AgendaVersion, Stage
from wijkagenda.agendas.services import agenda_publish

from .compute.permissions import DEFAULT_SWITCHES, may, move_problem
from .models import (
    AgendaLink,
    Annotation,
    AnnotationEdit,
    AnnotationKind,
    Council,
    CouncilKind,
    Decision,
    Follow,
    Meeting,
    MeetingItem,
    Membership,
    OutboxMessage,
    Outcome,
    ResidentQuestion,
    StageMove,
    StageSettings,
    Visibility,
)
from .outbox import outbox_notify
from .sources import MeetingData

MAX_TEXT = 4000
logger = logging.getLogger(__name__)


def council_setup(*, area: Region, name: str = "") -> tuple[Council, bool]:
    """The council of a municipality (gemeenteraad) or a province (Provinciale Staten); made once,
    an existing council is returned as it is. Its agenda areas are the area's wijken (or, for a
    province, its municipalities)."""
    kinds = {
        RegionLevel.MUNICIPALITY: (CouncilKind.MUNICIPAL, "Gemeenteraad"),
        RegionLevel.PROVINCE: (CouncilKind.PROVINCIAL, "Provinciale Staten"),
    }
    if area.level not in kinds:
        raise ValueError(
            f"{area.code} is a {area.get_level_display()}: a council belongs to a municipality "
            "(GMxxxx) or a province (PVxx)"
        )
    kind, title = kinds[area.level]
    return Council.objects.get_or_create(
        area=area, defaults={"kind": kind, "name": name or f"{title} {area.name}"}
    )


def council_of(agenda: Agenda) -> Council | None:
    """The council an agenda belongs to: that of the area's municipality (or province)."""
    return Council.objects.filter(area_id=agenda.area.parent_id).first()


def roles_of(user, council: Council | None) -> set[str]:
    if council is None or not user.is_authenticated:
        return set()
    return set(Membership.objects.filter(council=council, user=user).values_list("role", flat=True))


def party_of(user, council: Council) -> str:
    return (
        Membership.objects.filter(council=council, user=user)
        .exclude(party="")
        .values_list("party", flat=True)
        .first()
        or ""
    )


def switches(council: Council | None, stage: str) -> tuple[bool, bool]:
    """(residents may react, councillors may annotate) in a stage of this council."""
    setting = StageSettings.objects.filter(council=council, stage=stage).first()
    if setting is None:
        return DEFAULT_SWITCHES[stage]
    return setting.residents_may_react, setting.councillors_may_annotate


@transaction.atomic
def stage_move(*, agenda: Agenda, to_stage: str, user, now: datetime) -> StageMove:
    """Move an agenda to the next stage; publishes the version the next stage works on."""
    agenda = Agenda.objects.select_for_update().select_related("area").get(pk=agenda.pk)
    problem = move_problem(
        current=agenda.stage, target=to_stage, roles=roles_of(user, council_of(agenda))
    )
    if problem == "closed":
        raise PermissionDenied(_("This agenda is adopted; it moves no further."))
    if problem == "order":
        raise PermissionDenied(
            _(
                "An agenda moves one stage at a time: from %(current)s the "
                "next stage is not %(target)s."
            )
            % {"current": Stage(agenda.stage).label, "target": Stage(to_stage).label}
        )
    if problem == "role":
        raise PermissionDenied(
            _(
                "You may not move this agenda to %(target)s: that is up to "
                "the %(role)s of this council."
            )
            % {
                "target": Stage(to_stage).label,
                "role": _("policy officers")
                if agenda.stage == Stage.CONCEPT
                else _("clerk's office (griffie)"),
            }
        )
    previous = agenda.stage
    agenda.stage = to_stage
    agenda.save(update_fields=["stage"])
    version = agenda_publish(agenda=agenda, author=user, now=now)
    outbox_notify(
        region=agenda.area,
        template="council_review/email/stage",
        context={"stage": Stage(to_stage).label},
        now=now,
    )
    return StageMove.objects.create(
        agenda=agenda,
        from_stage=previous,
        to_stage=to_stage,
        version=version,
        moved_by=user,
        moved_at=now,
    )


def _open_for_annotation(version: AgendaVersion, council: Council | None) -> None:
    stage = Agenda.objects.values_list("stage", flat=True).get(pk=version.agenda_id)  # fresh
    if version.stage != stage or not switches(council, stage)[1]:
        raise PermissionDenied(
            _(
                "Annotations on this version are closed: its stage is over, "
                "or councillors do not annotate in this stage."
            )
        )


def _check_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError(_("The text is empty."))
    if len(text) > MAX_TEXT:
        raise ValueError(_("The text is longer than %(count)s characters.") % {"count": MAX_TEXT})
    return text


@transaction.atomic
def annotation_create(
    *,
    version: AgendaVersion,
    user,
    kind: str,
    text: str,
    theme: str = "",
    visibility: str = Visibility.PUBLIC,
    now: datetime,
) -> Annotation:
    """A councillor's comment on a version or one of its items, in the current stage."""
    council = council_of(version.agenda)
    if not may(roles_of(user, council), "annotate"):
        raise PermissionDenied(_("Only councillors of this council annotate its agendas."))
    _open_for_annotation(version, council)
    if kind not in AnnotationKind.values or kind == AnnotationKind.REPLY:
        raise ValueError(_("Unknown kind of annotation: %(kind)s.") % {"kind": kind})
    if theme and theme not in {item["theme"] for item in version.snapshot["items"]}:
        raise ValueError(_("This version has no item %(theme)s.") % {"theme": theme})
    return Annotation.objects.create(
        version=version,
        theme=theme,
        author=user,
        role="councillor",
        party=party_of(user, council),
        kind=kind,
        stage=version.stage,
        visibility=visibility,
        text=_check_text(text),
        created_at=now,
    )


@transaction.atomic
def annotation_reply(
    *, agenda: Agenda, parent_id: int, user, text: str, now: datetime
) -> Annotation:
    """An officer's or the griffie's reply in the thread of an annotation on this agenda."""
    parent = Annotation.objects.select_related("version__agenda").filter(pk=parent_id).first()
    if parent is None or parent.version.agenda_id != agenda.pk:
        raise PermissionDenied(_("That annotation does not belong to this agenda."))
    council = council_of(agenda)
    roles = roles_of(user, council)
    if not may(roles, "reply"):
        raise PermissionDenied(_("Only policy officers and the clerk's office reply."))
    _open_for_annotation(parent.version, council)
    return Annotation.objects.create(
        version=parent.version,
        theme=parent.theme,
        author=user,
        role="griffie" if "griffie" in roles else "officer",
        kind=AnnotationKind.REPLY,
        stage=parent.stage,
        visibility=parent.visibility,
        text=_check_text(text),
        parent=parent.parent or parent,
        created_at=now,
    )


@transaction.atomic
def annotation_edit(*, annotation: Annotation, user, text: str, now: datetime) -> Annotation:
    """The author changes their text while the stage is open; the old text is kept."""
    if annotation.author_id != user.pk:
        raise PermissionDenied(_("Only the author changes an annotation."))
    _open_for_annotation(annotation.version, council_of(annotation.version.agenda))
    AnnotationEdit.objects.create(
        annotation=annotation, previous_text=annotation.text, edited_at=now
    )
    annotation.text = _check_text(text)
    annotation.edited_at = now
    annotation.save(update_fields=["text", "edited_at"])
    return annotation


def annotations_visible(*, version: AgendaVersion, user) -> list[Annotation]:
    """The annotations of a version someone may read: public ones, and to the griffie only for
    the griffie, officers and the author."""
    council = council_of(version.agenda)
    internal = may(roles_of(user, council), "read_internal")
    annotations = version.annotations.select_related("author").order_by("created_at", "id")
    return [
        a
        for a in annotations
        if a.visibility == Visibility.PUBLIC
        or internal
        or (user.is_authenticated and a.author_id == user.pk)
    ]


@transaction.atomic
def meeting_store(*, council: Council, data: MeetingData) -> tuple[Meeting, bool]:
    """Create or update a meeting from an adapter's data (same source and id: updated, never
    duplicated); its items are replaced by the new list. Returns the meeting and `created`."""
    meeting, created = Meeting.objects.update_or_create(
        source=data.source,
        source_id=data.source_id,
        defaults={
            "council": council,
            "body": data.body[:200],
            "title": data.title[:300],
            "starts_at": timezone.make_aware(data.starts_at)
            if timezone.is_naive(data.starts_at)
            else data.starts_at,
            "location": data.location[:200],
            "url": data.url[:200],
            "documents": data.documents,
        },
    )
    existing = {item.source_id: item for item in meeting.items.all()}
    keep = set()
    for position, item in enumerate(data.items, start=1):
        stored = existing.get(item.source_id) or MeetingItem(
            meeting=meeting, source_id=item.source_id
        )
        stored.position, stored.number, stored.title = position, item.number, item.title
        stored.is_heading, stored.documents = item.is_heading, item.documents
        stored.save()
        keep.add(stored.pk)
    meeting.items.exclude(pk__in=keep).delete()
    for reason in data.skipped:
        logger.info("meeting %s:%s: skipped %s", data.source, data.source_id, reason)
    return meeting, created


def agenda_link(*, agenda: Agenda, stage: str, meeting_item: MeetingItem) -> AgendaLink:
    if meeting_item.meeting.council.area_id != agenda.area.parent_id:
        raise PermissionDenied(_("That meeting belongs to another council."))
    link, created = AgendaLink.objects.get_or_create(
        agenda=agenda, stage=stage, meeting_item=meeting_item
    )
    if created:
        outbox_notify(
            region=agenda.area,
            template="council_review/email/meeting",
            context={"meeting": meeting_item.meeting, "item": meeting_item},
            now=timezone.now(),
        )
    return link


@transaction.atomic
def decision_record(
    *,
    agenda: Agenda,
    theme: str,
    outcome: str,
    motivation: str,
    reference: str,
    user,
    now: datetime,
) -> Decision:
    """The griffie records the council's decision on an item, at besluitvorming or after."""
    agenda = Agenda.objects.select_related("area").get(pk=agenda.pk)  # the stage as it is now
    if "griffie" not in roles_of(user, council_of(agenda)):
        raise PermissionDenied(_("The clerk's office (griffie) records decisions."))
    if agenda.stage not in (Stage.BESLUITVORMING, Stage.VASTGESTELD):
        raise PermissionDenied(_("Decisions are recorded at besluitvorming."))
    if outcome not in Outcome.values:
        raise ValueError(_("Unknown outcome: %(outcome)s.") % {"outcome": outcome})
    if not agenda.items.filter(theme_id=theme).exists():
        raise ValueError(_("This agenda has no item %(theme)s.") % {"theme": theme})
    decision, _created = Decision.objects.update_or_create(
        agenda=agenda,
        theme=theme,
        defaults={
            "outcome": outcome,
            "motivation": _check_text(motivation),
            "reference": reference.strip()[:300],
            "decided_by": user,
            "decided_at": now,
        },
    )
    theme_name = agenda.items.select_related("theme").get(theme_id=theme).theme.name
    outbox_notify(
        region=agenda.area,
        template="council_review/email/decision",
        context={"decision": decision, "theme": theme_name},
        now=now,
    )
    return decision


@transaction.atomic
def question_ask(*, agenda: Agenda, user, theme: str, text: str, now: datetime):
    """A councillor asks the residents of the agenda's wijk a question."""
    council = council_of(agenda)
    if not may(roles_of(user, council), "annotate"):
        raise PermissionDenied(_("Only councillors of this council ask residents questions."))
    if not agenda.items.filter(theme_id=theme).exists():
        raise ValueError(_("This agenda has no item %(theme)s.") % {"theme": theme})
    return ResidentQuestion.objects.create(
        agenda=agenda,
        author=user,
        theme=theme,
        party=party_of(user, council),
        text=_check_text(text)[:1000],
        created_at=now,
    )


def answer_submit(*, region: Region, topic: str, theme: str, email: str, text: str, now: datetime):
    """A resident's answer to a councillor's question or input on a meeting item: it becomes a
    contribution once confirmed by e-mail and approved by a moderator, like any other. Only
    while the agenda's stage lets residents react."""
    agenda = Agenda.objects.filter(area=region).order_by("-cycle").first()
    if agenda is not None and not switches(council_of(agenda), agenda.stage)[0]:
        raise PermissionDenied(_("Residents do not react in this stage of the agenda."))
    data = participation.SubmissionInput(
        email=email,
        themes=[],
        contributions=[
            participation.ContributionInput(theme=theme, kind="mening", text=text, topic=topic)
        ],
    )
    return participation.submission_create(
        participation_round=participation.round_current(region=region, now=now),
        region=region,
        data=data,
        now=now,
    )


def follow_toggle(*, user, region: Region) -> bool:
    """Follow a wijk, or stop following it; returns whether the user now follows it."""
    follow, created = Follow.objects.get_or_create(user=user, region=region)
    if not created:
        follow.delete()
    return created


def digests_send(*, now: datetime) -> int:
    """Queue a digest of new, approved resident input for every councillor who follows a wijk,
    with the input on the items of their next meetings. Returns the number of digests."""
    sent = 0
    for follow in Follow.objects.select_related("user", "region"):
        since = follow.last_digest_at or now - timedelta(days=7)
        new = list(
            Contribution.objects.public()
            .filter(region=follow.region, created_at__gt=since)
            .select_related("theme")
        )
        if new and follow.user.email:
            upcoming = AgendaLink.objects.filter(
                agenda__area=follow.region, meeting_item__meeting__starts_at__gte=now
            ).select_related("meeting_item__meeting")
            with translation.override(settings.LANGUAGE_CODE):
                context = {
                    "region": follow.region,
                    "contributions": new,
                    "upcoming": upcoming,
                    "site": settings.WIJKAGENDA_SITE_URL,
                }
                OutboxMessage.objects.create(
                    to=follow.user.email,
                    created_at=now,
                    next_attempt_at=now,
                    subject=render_to_string(
                        "council_review/email/digest_subject.txt", context
                    ).strip(),
                    body=render_to_string("council_review/email/digest.txt", context),
                )
            sent += 1
        follow.last_digest_at = now
        follow.save(update_fields=["last_digest_at"])
    return sent
