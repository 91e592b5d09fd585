"""Officers' screens: draft the agendas of a municipality, set α, write the texts, add or move an
item by hand, publish a version. Staff only (scoping to a council comes with council roles)."""

from collections.abc import Callable

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest, PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from datasources.models import Theme
from neighbourhoods.models import Region
from wijkagenda.web.forms import UtrechtForm

from . import selectors, services
from .models import Agenda, AgendaItem, Stage


class AlphaForm(UtrechtForm):
    alpha = forms.FloatField(
        label=gettext_lazy("Weight of residents (α)"),
        min_value=0.0,
        max_value=1.0,
        help_text=gettext_lazy("0: only the figures count; 1: only what residents chose."),
    )


class ItemForm(UtrechtForm):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    opgave = forms.CharField(
        label=gettext_lazy("Task (opgave)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    ambitie = forms.CharField(
        label=gettext_lazy("Ambition (ambitie)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    acties = forms.CharField(
        label=gettext_lazy("Actions (acties)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    officer_notes = forms.CharField(
        label=gettext_lazy("Internal notes (not public)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ManualItemForm(UtrechtForm):
    theme = forms.ChoiceField(label=gettext_lazy("Theme"))
    reason = forms.CharField(label=gettext_lazy("Why by hand?"), max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [(t.key, t.name) for t in Theme.objects.all()]


Permission = Callable[[object, str], bool]  # (user, municipality or province code) -> allowed


def _allowed(request: HttpRequest, may_edit: Permission | None, code: str) -> None:
    """`may_edit(user, code)` decides (the council app passes its officers); without it, staff."""
    allowed = may_edit(request.user, code) if may_edit else request.user.is_staff
    if not allowed:
        raise PermissionDenied(_("You are not a policy officer of this council."))


def _cycle(raw: str) -> int:
    if not raw.isdigit() or not 2000 <= int(raw) <= 2100:
        raise BadRequest(
            _("The cycle must be a year, such as 2027 (got %(value)r).") % {"value": raw}
        )
    return int(raw)


@login_required
def agenda_list(request: HttpRequest, *, may_edit: Permission | None = None) -> HttpResponse:
    """The agendas of a municipality's wijken for a cycle; draft them all with one button."""
    default = settings.WIJKAGENDA_DEFAULT_AREA
    code = request.GET.get("gebied", request.POST.get("gebied", default)).strip().upper()
    cycle = _cycle(
        str(request.GET.get("cyclus", request.POST.get("cyclus", timezone.now().year + 1)))
    )
    area = Region.objects.filter(code=code).first()
    _allowed(request, may_edit, code)
    if request.method == "POST":
        try:
            drafted = services.agenda_draft_all(code=code, cycle=cycle, now=timezone.now())
        except services.AgendaError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(count)s drafts made.") % {"count": len(drafted)})
        return redirect(f"{request.path}?gebied={code}&cyclus={cycle}")
    return render(
        request,
        "agendas/officer_list.html",
        {
            "area": area,
            "code": code,
            "cycle": cycle,
            "agendas": selectors.agendas_of(code=code, cycle=cycle),
        },
    )


@login_required
def agenda_edit(
    request: HttpRequest, pk: int, *, may_edit: Permission | None = None
) -> HttpResponse:
    """One agenda for officers. `may_edit(user, code)` scopes it to the officers of the
    agenda's council (the council app passes it)."""
    agenda = get_object_or_404(Agenda.objects.select_related("area"), pk=pk)
    _allowed(request, may_edit, agenda.area.parent_id or agenda.area_id)
    status = 200
    action = request.POST.get("action")
    item_errors: dict[int, str] = {}
    if request.method == "POST":
        try:
            status = _act(request, agenda, action, item_errors)
        except services.AgendaError as error:
            messages.error(request, str(error))
            status = 409
        if status == 200:
            return redirect("agenda-edit", pk=agenda.pk)
        agenda.refresh_from_db()
    items = list(agenda.items.select_related("theme").order_by("rank"))
    bound = request.POST if request.method == "POST" and action == "save" else None
    rows = [
        (
            item,
            ItemForm(
                bound if bound and str(item.pk) == request.POST.get("item") else None,
                initial={f: getattr(item, f) for f in ItemForm.base_fields},
                prefix=f"item{item.pk}",
            ),
            item_errors.get(item.pk),
        )
        for item in items
    ]
    return render(
        request,
        "agendas/officer_edit.html",
        {
            "agenda": agenda,
            "rows": rows,
            "editable": agenda.stage == Stage.CONCEPT,
            "alpha_form": AlphaForm(initial={"alpha": agenda.alpha}),
            "manual_form": ManualItemForm(),
            "versions": agenda.versions.order_by("-number"),
        },
        status=status,
    )


def _act(request, agenda: Agenda, action: str | None, item_errors: dict) -> int:
    now = timezone.now()
    if action == "alpha":
        form = AlphaForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("α must be a number from 0 to 1."))
            return 400
        services.agenda_draft(
            area=agenda.area, cycle=agenda.cycle, now=now, alpha=form.cleaned_data["alpha"]
        )
        messages.success(request, _("Drafted again with the new weight."))
    elif action == "save":
        item = get_object_or_404(AgendaItem, pk=request.POST.get("item"), agenda=agenda)
        form = ItemForm(request.POST, prefix=f"item{item.pk}")
        if not form.is_valid():
            return 400
        try:
            services.item_update(
                item=item,
                revision=form.cleaned_data["revision"],
                texts={f: form.cleaned_data[f] for f in services.TEXT_FIELDS},
            )
        except services.EditConflict as error:
            item_errors[item.pk] = str(error)
            return 409
        messages.success(request, _("Saved."))
    elif action in ("up", "down"):
        item = get_object_or_404(AgendaItem, pk=request.POST.get("item"), agenda=agenda)
        services.item_move(item=item, step=-1 if action == "up" else 1)
    elif action == "manual":
        form = ManualItemForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a theme and say why."))
            return 400
        services.item_add_manual(
            agenda=agenda, theme=form.cleaned_data["theme"], reason=form.cleaned_data["reason"]
        )
    elif action == "publish":
        version = services.agenda_publish(agenda=agenda, author=request.user, now=now)
        messages.success(request, _("Version %(number)s published.") % {"number": version.number})
    return 200
