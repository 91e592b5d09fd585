"""The work links in the page header for signed-in people: what their roles let them do."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .models import Membership


def work_links(request: HttpRequest) -> dict[str, list[tuple[str, str]]]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"work_links": []}
    links = []
    roles = Membership.objects.filter(user=user).values_list("role", "council__area_id")
    officer_of = sorted({area for role, area in roles if role == "officer"})
    if user.is_superuser and not officer_of:
        links.append((_("Agendas"), reverse("agenda-officer-list")))
    for area in officer_of:
        label = _("Agendas") if len(officer_of) == 1 else f"{_('Agendas')} {area}"
        links.append((label, f"{reverse('agenda-officer-list')}?{urlencode({'gebied': area})}"))
    if user.is_superuser or any(role == "moderator" for role, _area in roles):
        links.append((_("Moderation"), reverse("moderation-queue")))
    if user.is_staff:
        links.append((_("Imports"), reverse("import-list")))
    return {"work_links": links}
