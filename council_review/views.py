"""The agenda page with the council process on it: annotations per item (public, or to the
griffie), replies, and the button that moves the agenda to the next stage."""

import csv
import io
import zipfile

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from neighbourhoods import participation, participation_views
from neighbourhoods.models import Region
from neighbourhoods.participation_views import too_many
from neighbourhoods.ratelimit import RateLimited, client_ip, rate_limit_hit
from neighbourhoods.views import region_detail
from wijkagenda.agendas import officer_views
from wijkagenda.agendas.models import AgendaVersion, Stage
from wijkagenda.agendas.selectors import agenda_for
from wijkagenda.agendas.views import agenda_context

from . import reports, selectors, services
from .compute.permissions import MOVES, may
from .models import (
    AgendaLink,
    Annotation,
    AnnotationKind,
    Follow,
    MeetingItem,
    Membership,
    Outcome,
    ResidentQuestion,
    Visibility,
)


def agenda_page(request: HttpRequest, code: str) -> HttpResponse:
    context = agenda_context(request, code)
    agenda, version = context["agenda"], context.get("version")
    if agenda is not None:
        council = services.council_of(agenda)
        roles = services.roles_of(request.user, council)
        annotations = (
            services.annotations_visible(version=version, user=request.user) if version else []
        )
        threads = [a for a in annotations if a.parent_id is None]
        replies = {}
        for annotation in annotations:
            if annotation.parent_id:
                replies.setdefault(annotation.parent_id, []).append(annotation)
        open_now = bool(
            version
            and version.stage == agenda.stage
            and services.switches(council, agenda.stage)[1]
        )
        following = MOVES.get(agenda.stage)
        decisions = {d.theme: d for d in agenda.decisions.all()}
        pairs = [(t, replies.get(t.pk, [])) for t in threads]
        for item in context["items"]:
            item.decision = decisions.get(item.theme.key)
            item.threads = [pair for pair in pairs if pair[0].theme == item.theme.key]
        context.update(
            {
                "council": council,
                "roles": roles,
                "general_threads": [pair for pair in pairs if not pair[0].theme],
                "may_annotate": open_now and may(roles, "annotate"),
                "may_reply": open_now and may(roles, "reply"),
                "next_stage": Stage(following[0]) if following and following[1] in roles else None,
                "kinds": [k for k in AnnotationKind if k != AnnotationKind.REPLY],
                "visibilities": list(Visibility),
                "report_formats": [
                    ("pdf", "PDF"),
                    ("docx", "Word (DOCX)"),
                    ("xlsx", "Excel (XLSX)"),
                    ("csv", "CSV"),
                    ("json", "JSON"),
                ],
                "may_decide": "griffie" in roles
                and agenda.stage in (Stage.BESLUITVORMING, Stage.VASTGESTELD),
                "outcomes": list(Outcome),
                "may_link": bool(roles & {"griffie", "officer"}),
                "meeting_items": _meeting_items(council),
                "may_ask": may(roles, "annotate"),
                "follows": request.user.is_authenticated
                and Follow.objects.filter(user=request.user, region=agenda.area).exists(),
            }
        )
    return render(request, "council_review/agenda_page.html", context)


def _problem(request: HttpRequest, error: Exception) -> HttpResponse:
    """Input that cannot be accepted: a page that says why (400)."""
    return render(request, "council_review/problem.html", {"message": str(error)}, status=400)


def _meeting_items(council) -> list[MeetingItem]:
    """Items of the council's meetings an agenda can be linked to, newest meetings first."""
    if council is None:
        return []
    return list(
        MeetingItem.objects.filter(meeting__council=council, is_heading=False)
        .select_related("meeting")
        .order_by("-meeting__starts_at", "position")[:200]
    )


def _back(code: str, version: AgendaVersion | None = None):
    response = redirect("agenda-page", code=code)
    if version is not None:
        response["Location"] += f"?version={version.number}"
    return response


@require_POST
def annotation_create(request: HttpRequest, code: str, number: int) -> HttpResponse:
    agenda = _agenda(code)
    version = get_object_or_404(AgendaVersion, agenda=agenda, number=number)
    try:
        services.annotation_create(
            version=version,
            user=request.user,
            kind=request.POST.get("kind", ""),
            text=request.POST.get("text", ""),
            theme=request.POST.get("theme", ""),
            visibility=request.POST.get("visibility", Visibility.PUBLIC),
            now=timezone.now(),
        )
    except ValueError as error:
        return _problem(request, error)
    return _back(code, version)


@require_POST
def annotation_reply(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    agenda = _agenda(code)
    try:
        reply = services.annotation_reply(
            agenda=agenda,
            parent_id=pk,
            user=request.user,
            text=request.POST.get("text", ""),
            now=timezone.now(),
        )
    except ValueError as error:
        return _problem(request, error)
    return _back(code, reply.version)


@require_POST
def stage_move(request: HttpRequest, code: str) -> HttpResponse:
    agenda = _agenda(code)
    services.stage_move(
        agenda=agenda, to_stage=request.POST.get("stage", ""), user=request.user, now=timezone.now()
    )
    return _back(code)


def _agenda(code: str):
    region = get_object_or_404(Region, code=code.upper())
    agenda = agenda_for(region=region)
    if agenda is None:
        raise PermissionDenied("There is no agenda here.")
    return agenda


def region_page(request: HttpRequest, code: str) -> HttpResponse:
    """The wijk page with the council's public timeline added."""
    return region_detail(
        request,
        code,
        template="council_review/region_detail.html",
        extra=lambda region: {"timeline": selectors.timeline(region=region)},
    )


@require_POST
def decision_record(request: HttpRequest, code: str) -> HttpResponse:
    agenda = _agenda(code)
    try:
        services.decision_record(
            agenda=agenda,
            theme=request.POST.get("theme", ""),
            outcome=request.POST.get("outcome", ""),
            motivation=request.POST.get("motivation", ""),
            reference=request.POST.get("reference", ""),
            user=request.user,
            now=timezone.now(),
        )
    except ValueError as error:
        return _problem(request, error)
    return _back(code)


@require_POST
def meeting_link(request: HttpRequest, code: str) -> HttpResponse:
    agenda = _agenda(code)
    if not services.roles_of(request.user, services.council_of(agenda)) & {"griffie", "officer"}:
        raise PermissionDenied(_("Only the clerk's office and officers plan meetings."))
    item = get_object_or_404(MeetingItem, pk=request.POST.get("meeting_item"))
    services.agenda_link(agenda=agenda, stage=agenda.stage, meeting_item=item)
    return _back(code)


@require_POST
def question_ask(request: HttpRequest, code: str) -> HttpResponse:
    agenda = _agenda(code)
    try:
        services.question_ask(
            agenda=agenda,
            user=request.user,
            theme=request.POST.get("theme", ""),
            text=request.POST.get("text", ""),
            now=timezone.now(),
        )
    except ValueError as error:
        return _problem(request, error)
    return _back(code)


@require_POST
def follow_toggle(request: HttpRequest, code: str) -> HttpResponse:
    agenda = _agenda(code)
    if not services.roles_of(request.user, services.council_of(agenda)) & {"councillor"}:
        raise PermissionDenied(_("Only councillors of this council follow its wijken."))
    services.follow_toggle(user=request.user, region=agenda.area)
    return _back(code)


@require_POST
def answer_submit(request: HttpRequest, code: str) -> HttpResponse:
    """A resident answers a councillor's question, or gives input on a meeting item."""
    region = get_object_or_404(Region, code=code.upper())
    topic = request.POST.get("topic", "")
    theme = _topic_theme(region, topic)
    email, text = request.POST.get("email", ""), request.POST.get("text", "")
    try:
        validate_email(email)
        rate_limit_hit(scope="ip", key=client_ip(request.META))
        rate_limit_hit(scope="email", key=email)
        services.answer_submit(
            region=region, topic=topic, theme=theme, email=email, text=text, now=timezone.now()
        )
    except RateLimited as error:
        return too_many(request, error)
    except (ValidationError, participation.ParticipationError) as error:
        messages = getattr(error, "problems", None)
        text = "; ".join(messages.values()) if messages else _("Give a valid e-mail address.")
        return render(request, "council_review/problem.html", {"message": text}, status=400)
    return render(
        request,
        "neighbourhoods/participation_sent.html",
        {"region": region, "email": email, "hours": settings.WIJKAGENDA_CONFIRM_HOURS},
    )


def _topic_theme(region: Region, topic: str) -> str:
    """The theme an answer belongs to: the question's, or the first item of the agenda."""
    kind, _sep, ident = topic.partition(":")
    if kind == "question" and ident.isdigit():
        question = get_object_or_404(
            ResidentQuestion, pk=int(ident), agenda__area=region, is_open=True
        )
        return question.theme
    if kind == "meeting-item" and ident.isdigit():
        link = AgendaLink.objects.filter(meeting_item_id=int(ident), agenda__area=region).first()
        if link is not None:
            first = link.agenda.items.order_by("rank").first()
            if first is not None:
                return first.theme_id
        item = get_object_or_404(
            MeetingItem, pk=int(ident), meeting__council__area_id=region.parent_id
        )
        agenda = agenda_for(region=region)
        on_agenda = set(agenda.items.values_list("theme_id", flat=True)) if agenda else set()
        shared = [theme for theme in item.themes if theme in on_agenda]
        if shared:
            return shared[0]
    raise Http404(_("There is nothing to answer here."))


def _officer_of(user, code: str) -> bool:
    """Superusers, and policy officers of the council of this municipality or province."""
    return (
        user.is_superuser
        or Membership.objects.filter(user=user, role="officer", council__area_id=code).exists()
    )


def _moderated_municipalities(user) -> set[str] | None:
    if user.is_superuser:
        return None
    return set(
        Membership.objects.filter(user=user, role="moderator").values_list(
            "council__area_id", flat=True
        )
    )


def officer_agenda_list(request: HttpRequest) -> HttpResponse:
    return officer_views.agenda_list(request, may_edit=_officer_of)


def officer_agenda_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return officer_views.agenda_edit(request, pk, may_edit=_officer_of)


def moderation_queue(request: HttpRequest) -> HttpResponse:
    return participation_views.moderation_queue(request, scope=_moderated_municipalities)


@require_POST
def annotation_edit(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """The author changes their comment while its stage is open (the old text is kept)."""
    agenda = _agenda(code)
    annotation = get_object_or_404(Annotation, pk=pk, version__agenda=agenda)
    try:
        services.annotation_edit(
            annotation=annotation,
            user=request.user,
            text=request.POST.get("text", ""),
            now=timezone.now(),
        )
    except ValueError as error:
        return _problem(request, error)
    return _back(code, annotation.version)


def agenda_report(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    """An agenda version as a report (pdf, docx, xlsx, csv, json). Everyone gets the public
    report; officers of the council may ask for internal notes (`?intern=1`)."""
    if fmt not in reports.FORMATS:
        raise Http404(_("There is no report format %(format)s.") % {"format": fmt})
    agenda = _agenda(code)
    number = request.GET.get("version", "")
    version = None
    if number:
        if not number.isdigit():
            raise Http404(_("This agenda has no version %(number)s.") % {"number": number})
        version = get_object_or_404(AgendaVersion, agenda=agenda, number=int(number))
    else:
        version = agenda.versions.order_by("-number").first()
    internal = request.GET.get("intern") == "1"
    if internal and "officer" not in services.roles_of(request.user, services.council_of(agenda)):
        raise PermissionDenied(_("Only policy officers of this council see internal notes."))
    report = reports.report_build(agenda=agenda, version=version, internal=internal)
    body = reports.RENDERERS[fmt](report)
    response = HttpResponse(body, content_type=reports.FORMATS[fmt])
    suffix = f"v{version.number}" if version else "concept"
    response["Content-Disposition"] = (
        f'attachment; filename="wijkagenda-{agenda.area_id}-{agenda.cycle}-{suffix}.{fmt}"'
    )
    return response


def open_data(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    """The published agendas of a municipality as open data (JSON or CSV), with the licence."""
    if fmt not in ("json", "csv"):
        raise Http404(_("There is no report format %(format)s.") % {"format": fmt})
    municipality = get_object_or_404(Region, code=code.upper())
    rows = selectors.published_agenda_rows(municipality=municipality)
    licence = (
        "Wijkagenda open data, CC BY 4.0. Figures: Bron: CBS (Kerncijfers wijken en "
        "buurten), RIVM/GGD'en, Politie via CBS; residents' priorities: " + municipality.name
    )
    if fmt == "json":
        return JsonResponse(
            {"municipality": municipality.code, "licence": licence, "items": rows},
            json_dumps_params={"ensure_ascii": False},
        )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="wijkagendas-{municipality.code}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([f"# {licence}"])
    columns = [
        "region",
        "cycle",
        "version",
        "stage",
        "published_at",
        "rank",
        "theme",
        "opgave",
        "ambitie",
        "acties",
        "data_signal",
        "residents_priority",
        "decision",
    ]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return response


def officer_reports_zip(request: HttpRequest) -> HttpResponse:
    """All reports of a municipality's agendas in one ZIP (officers of that council)."""
    code = request.GET.get("gebied", "").upper()
    fmt = request.GET.get("formaat", "pdf")
    if fmt not in reports.FORMATS:
        raise Http404(_("There is no report format %(format)s.") % {"format": fmt})
    if not request.user.is_authenticated or not _officer_of(request.user, code):
        raise PermissionDenied(_("You are not a policy officer of this council."))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in reports.municipality_reports(code=code, fmt=fmt, internal=True):
            archive.writestr(name, content)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="wijkagendas-{code}-{fmt}.zip"'
    return response
