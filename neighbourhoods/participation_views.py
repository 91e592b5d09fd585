"""Pages where residents take part: rank the themes, confirm, see or erase their data, follow a
neighbourhood; the moderation queue; the privacy page."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import participation, selectors
from .forms import FollowForm, RankingForm
from .models import Contribution, Ranking, Region
from .poster import PosterUnavailable, poster_pdf
from .ratelimit import RateLimited, client_ip, rate_limit_hit


def _region(code: str) -> Region:
    region = Region.objects.select_related("parent").filter(code=code.upper()).first()
    if region is None:
        raise Http404(_("There is no area with code %(code)s.") % {"code": code})
    return region


def too_many(request: HttpRequest, error: RateLimited) -> HttpResponse:
    response = render(
        request,
        "neighbourhoods/too_many.html",
        {"minutes": max(1, error.retry_after // 60)},
        status=429,
    )
    response["Retry-After"] = str(error.retry_after)
    return response


def link_problem(request: HttpRequest, error: participation.LinkProblem) -> HttpResponse:
    """A link that does not work: 410 when it is too old, 400 when it was changed."""
    return render(
        request,
        "neighbourhoods/link_problem.html",
        {"expired": error.expired},
        status=410 if error.expired else 400,
    )


def participation_form(request: HttpRequest, code: str) -> HttpResponse:
    """Rank the themes for a neighbourhood (a plain form; ranking.js adds drag and drop)."""
    region = _region(code)
    now = timezone.now()
    current = participation.round_current(region=region, now=now)
    is_open = current is not None and current.is_open(now) and region.parent_id == current.area_id
    form = RankingForm(request.POST or None, max_ranked=current.max_ranked if current else 5)
    status = 200
    if request.method == "POST" and is_open and form.is_valid():
        try:
            rate_limit_hit(scope="ip", key=client_ip(request.META))
            rate_limit_hit(scope="email", key=form.cleaned_data["email"])
            participation.submission_create(
                participation_round=current, region=region, data=form.submission(), now=now
            )
        except RateLimited as error:
            return too_many(request, error)
        except participation.ParticipationError as error:
            for message in error.problems.values():
                form.add_error(None, message)
            status = 400
        else:
            return render(
                request,
                "neighbourhoods/participation_sent.html",
                {
                    "region": region,
                    "email": form.cleaned_data["email"],
                    "hours": settings.WIJKAGENDA_CONFIRM_HOURS,
                },
            )
    elif request.method == "POST":
        status = 400 if is_open else 409
    return render(
        request,
        "neighbourhoods/participation_form.html",
        {"region": region, "round": current, "is_open": is_open, "form": form},
        status=status,
    )


def participation_confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        participant = participation.submission_confirm(token=token, now=timezone.now())
    except participation.LinkProblem as error:
        return link_problem(request, error)
    ranking = Ranking.objects.filter(participant=participant).select_related("region").first()
    region = ranking.region if ranking else participant.contributions.latest("created_at").region
    return render(
        request,
        "neighbourhoods/participation_confirmed.html",
        {
            "participant": participant,
            "region": region,
            "my_data": participation.participant_link(participant),
        },
    )


def participation_my_data(request: HttpRequest, token: str) -> HttpResponse:
    """What we keep about a participant, and a button to erase it."""
    try:
        participant = participation.participant_from_link(token=token)
    except participation.LinkProblem as error:
        return link_problem(request, error)
    if request.method == "POST":
        participation.participant_erase(participant=participant)
        return render(request, "neighbourhoods/participation_erased.html")
    ranking = getattr(participant, "ranking", None)
    return render(
        request,
        "neighbourhoods/participation_my_data.html",
        {
            "participant": participant,
            "ranking": ranking,
            "themes": selectors.theme_names(ranking.themes) if ranking else [],
            "contributions": participant.contributions.select_related("theme"),
        },
    )


@require_POST
def subscription_request(request: HttpRequest, code: str) -> HttpResponse:
    region = _region(code)
    form = FollowForm(request.POST)
    if not form.is_valid():
        return render(
            request, "neighbourhoods/follow_sent.html", {"region": region, "form": form}, status=400
        )
    try:
        rate_limit_hit(scope="ip", key=client_ip(request.META))
        rate_limit_hit(scope="email", key=form.cleaned_data["email"])
    except RateLimited as error:
        return too_many(request, error)
    participation.subscription_request(region=region, email=form.cleaned_data["email"])
    return render(request, "neighbourhoods/follow_sent.html", {"region": region, "form": None})


def subscription_confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = participation.subscription_confirm(token=token, now=timezone.now())
    except participation.LinkProblem as error:
        return link_problem(request, error)
    return render(
        request,
        "neighbourhoods/follow_confirmed.html",
        {
            "region": subscription.region,
            "stop": participation.unsubscribe_link(subscription),
        },
    )


def subscription_stop(request: HttpRequest, token: str) -> HttpResponse:
    """One click: the page is a single button (a GET never changes anything)."""
    if request.method == "POST":
        try:
            region = participation.subscription_cancel(token=token)
        except participation.LinkProblem as error:
            return link_problem(request, error)
        return render(request, "neighbourhoods/follow_stopped.html", {"region": region})
    return render(request, "neighbourhoods/follow_stop.html", {"token": token})


@login_required
def moderation_queue(
    request: HttpRequest, *, scope: Callable[[object], set[str] | None] | None = None
) -> HttpResponse:
    """Contributions waiting for a moderator, flagged ones first.

    `scope(user)` gives the municipalities whose wijken the user moderates (None: all); the
    council app passes the moderators' councils.
    """
    # Without a scope from the council app: staff see every queue, anyone else none.
    everything = None if request.user.is_staff else set()
    parents = scope(request.user) if scope else everything
    if parents is not None and not parents:
        raise PermissionDenied(_("You are not a moderator of any council."))
    contributions = Contribution.objects.waiting()
    if parents is not None:
        contributions = contributions.filter(region__parent_id__in=parents)
    if request.method == "POST":
        contribution = get_object_or_404(contributions, pk=request.POST.get("contribution"))
        participation.contribution_moderate(
            contribution=contribution,
            approve=request.POST.get("decision") == "approve",
            now=timezone.now(),
        )
        return redirect("moderation-queue")
    waiting = sorted(
        contributions.select_related("theme", "region"),
        key=lambda c: (not c.flags, c.created_at),
    )
    return render(request, "neighbourhoods/moderation_queue.html", {"waiting": waiting})


def privacy(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "neighbourhoods/privacy.html",
        {
            "retention_days": settings.WIJKAGENDA_RETENTION_DAYS,
            "confirm_hours": settings.WIJKAGENDA_CONFIRM_HOURS,
        },
    )


def participation_poster(request: HttpRequest, code: str) -> HttpResponse:
    """The A4 poster (PDF) of a wijk's current round, with a QR code to the wijk page."""
    region = _region(code)
    current = participation.round_current(region=region, now=timezone.now())
    if current is None:
        raise Http404(_("There is no round of input for this neighbourhood yet."))
    url = settings.WIJKAGENDA_SITE_URL.rstrip("/") + reverse("region-detail", args=[region.code])
    try:
        pdf = poster_pdf(
            context={"region": region, "round": current, "municipality": region.parent}, url=url
        )
    except PosterUnavailable as error:
        return HttpResponse(
            f"The poster cannot be made on this server: {error}",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="poster-{region.code}.pdf"'
    return response
