"""Reads for the public timeline of a wijk: stages, meetings, comments, decisions, and what was
done with residents' input."""

from django.db.models import QuerySet
from django.utils import timezone

from neighbourhoods.models import Contribution, Region
from wijkagenda.agendas.models import Agenda
from wijkagenda.agendas.selectors import agenda_for

from .models import AgendaLink, Annotation, Decision, MeetingItem, StageMove, Visibility


def public_annotations(*, agenda: Agenda) -> QuerySet[Annotation]:
    return (
        Annotation.objects.filter(
            version__agenda=agenda, visibility=Visibility.PUBLIC, parent__isnull=True
        )
        .select_related("author", "version")
        .order_by("created_at")
    )


def timeline(*, region: Region) -> dict | None:
    """What happened to the wijk's agenda, in order, and per theme what was done with it."""
    agenda = agenda_for(region=region)
    if agenda is None:
        return None
    moves = StageMove.objects.filter(agenda=agenda).select_related("version")
    themes = set(agenda.items.values_list("theme_id", flat=True))
    by_theme = [
        item
        for item in MeetingItem.objects.filter(
            meeting__council__area_id=region.parent_id,
            meeting__starts_at__gte=timezone.now(),
        ).select_related("meeting")
        if themes & set(item.themes)
    ]
    links = (
        AgendaLink.objects.filter(agenda=agenda)
        .select_related("meeting_item__meeting")
        .order_by("meeting_item__meeting__starts_at")
    )
    decisions = {d.theme: d for d in Decision.objects.filter(agenda=agenda)}
    items = list(agenda.items.select_related("theme").order_by("rank"))
    by_residents = sorted(
        [i for i in items if i.residents_priority is not None], key=lambda i: -i.residents_priority
    )
    resident_rank = {item.theme_id: n for n, item in enumerate(by_residents, start=1)}
    now = timezone.now()
    return {
        "agenda": agenda,
        "moves": moves,
        "meetings": [
            {
                "link": link,
                "meeting": link.meeting_item.meeting,
                "upcoming": link.meeting_item.meeting.starts_at >= now,
                "topic": f"meeting-item:{link.meeting_item_id}",
            }
            for link in links
        ],
        "theme_meetings": [{"item": item, "topic": f"meeting-item:{item.pk}"} for item in by_theme],
        "annotations": public_annotations(agenda=agenda),
        "questions": [
            {"question": q, "answers": Contribution.objects.public().filter(topic=q.topic).count()}
            for q in agenda.questions.filter(is_open=True)
        ],
        "feedback": [
            {
                "item": item,
                "resident_rank": resident_rank.get(item.theme_id),
                "decision": decisions.get(item.theme_id),
            }
            for item in items
        ],
    }


def published_agenda_rows(*, municipality: Region) -> list[dict]:
    """One row per item of the latest published version of every wijk's agenda."""
    rows = []
    agendas = Agenda.objects.filter(area__parent=municipality).select_related("area")
    for agenda in agendas.order_by("area_id", "-cycle"):
        version = agenda.versions.order_by("-number").first()
        if version is None:
            continue
        decisions = {d.theme: d.outcome for d in Decision.objects.filter(agenda=agenda)}
        for item in version.snapshot["items"]:
            rows.append(
                {
                    "region": agenda.area_id,
                    "region_name": agenda.area.name,
                    "cycle": agenda.cycle,
                    "version": version.number,
                    "stage": version.stage,
                    "published_at": version.created_at.isoformat(),
                    "rank": item["rank"],
                    "theme": item["theme"],
                    "opgave": item.get("opgave", ""),
                    "ambitie": item.get("ambitie", ""),
                    "acties": item.get("acties", ""),
                    "data_signal": item.get("data_signal"),
                    "residents_priority": item.get("residents_priority"),
                    "decision": decisions.get(item["theme"], ""),
                }
            )
    return rows
