"""What the public agenda page of an area shows: the current version with its evidence, the
versions and the changes between them. (The page itself is council_review's, which adds the
council's comments and stage moves.)"""

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from neighbourhoods.models import Region
from neighbourhoods.views import region_map

from . import selectors, services
from .models import Stage
from .presenters import difference, item_views, note_texts


def _number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def agenda_context(request: HttpRequest, code: str) -> dict:
    """What the agenda page shows; the council app adds annotations and stage moves to it."""
    region = Region.objects.select_related("parent").filter(code=code.upper()).first()
    if region is None:
        raise Http404(_("There is no area with code %(code)s.") % {"code": code})
    agenda = selectors.agenda_for(region=region, cycle=_number(request.GET.get("cycle")))
    if agenda is None:
        return {"region": region, "agenda": None}
    versions = list(agenda.versions.order_by("number"))
    chosen = _number(request.GET.get("version"))
    version = next((v for v in versions if v.number == chosen), None)
    if chosen is not None and version is None:
        raise Http404(_("This agenda has no version %(number)s.") % {"number": chosen})
    if version is None and versions:
        version = versions[-1]
    content = version.snapshot if version else services.snapshot(agenda)
    place = region.parent.name if region.parent else region.name
    changes = None
    old, new = _number(request.GET.get("from")), _number(request.GET.get("to"))
    if old and new:
        by_number = {v.number: v for v in versions}
        if old not in by_number or new not in by_number:
            raise Http404(_("This agenda has no such versions to compare."))
        changes = difference(by_number[old].snapshot, by_number[new].snapshot)
    return {
        "region": region,
        "agenda": agenda,
        "version": version,
        "versions": versions,
        "items": item_views(content, place=place),
        "notes": note_texts(content.get("notes", [])),
        "stage_label": Stage(content.get("stage", agenda.stage)).label,
        "alpha": content.get("alpha", agenda.alpha),
        "changes": changes,
        "compare": {"from": old, "to": new},
        "place": place,
    }


def map_page(request: HttpRequest):
    """The map page, with a link to the agenda of the shown area itself where it has one: a
    municipality's agenda of Provinciale Staten."""
    return region_map(
        request,
        template="agendas/region_map.html",
        extra=lambda area: {"area_agenda": selectors.agenda_for(region=area)},
    )
