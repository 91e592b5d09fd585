"""Reads of agendas and their versions."""

from django.db.models import QuerySet

from neighbourhoods.models import Region

from .models import Agenda, AgendaVersion


def agenda_for(*, region: Region, cycle: int | None = None) -> Agenda | None:
    """The agenda of a region for a cycle, or its latest."""
    agendas = Agenda.objects.filter(area=region)
    if cycle is not None:
        agendas = agendas.filter(cycle=cycle)
    return agendas.order_by("-cycle").first()


def agenda_list(*, region: str | None = None) -> QuerySet[Agenda]:
    agendas = Agenda.objects.select_related("area").order_by("area_id", "-cycle")
    return agendas.filter(area_id=region) if region else agendas


def version_get(*, agenda: Agenda, number: int) -> AgendaVersion | None:
    return agenda.versions.filter(number=number).first()


def agendas_of(*, code: str, cycle: int) -> QuerySet[Agenda]:
    """The agendas of the areas of a municipality or province for a cycle (officers' list)."""
    return Agenda.objects.filter(area__parent_id=code, cycle=cycle).select_related("area")
