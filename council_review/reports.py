"""Reports of an agenda version for policy officers: the same content as PDF (WeasyPrint, from
an HTML print template), DOCX (python-docx: real headings and tables), XLSX (openpyxl: the data
tables), CSV (the items) and JSON. Built from the version's snapshot, so a report of version N
never changes; officers may include internal notes."""

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import datetime

import docx
import docx.shared
import openpyxl
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from neighbourhoods import participation
from neighbourhoods.compute.maps import HIGHLIGHT, OTHER, outline_png, outline_svg
from neighbourhoods.models import Region
from neighbourhoods.poster import HTML, PosterUnavailable
from neighbourhoods.selectors import region_children, region_frame, region_priorities
from wijkagenda.agendas.models import Agenda, AgendaVersion, Stage
from wijkagenda.agendas.presenters import item_views, note_texts
from wijkagenda.agendas.selectors import agenda_for
from wijkagenda.agendas.services import snapshot

from .compute.charts import comparison_png, comparison_svg
from .models import Annotation, Decision

FORMATS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}


@dataclass
class Report:
    agenda: Agenda
    version: AgendaVersion | None
    stage_label: str
    date: datetime | None
    place: str
    items: list
    notes: list[str]
    content: dict
    stages: list[tuple[str, list]] = field(default_factory=list)
    decisions: dict = field(default_factory=dict)
    internal: dict = field(default_factory=dict)
    groups: list[dict] = field(default_factory=list)


def report_build(*, agenda: Agenda, version: AgendaVersion | None, internal: bool) -> Report:
    """The content of a report: from a published version, or from the draft as it is now."""
    content = version.snapshot if version else snapshot(agenda)
    place = agenda.area.parent.name if agenda.area.parent else agenda.area.name
    annotations = Annotation.objects.filter(version__agenda=agenda).select_related("author")
    if not internal:
        annotations = annotations.filter(visibility="public")
    threads: dict[str, list] = {}
    replies: dict[int, list] = {}
    for annotation in annotations.order_by("created_at", "id"):
        if annotation.parent_id:
            replies.setdefault(annotation.parent_id, []).append(annotation)
        else:
            threads.setdefault(annotation.stage, []).append(annotation)
    stages = [
        (str(Stage(stage).label), [(a, replies.get(a.pk, [])) for a in found])
        for stage, found in threads.items()
    ]
    decisions = {d.theme: d for d in Decision.objects.filter(agenda=agenda)}
    current = participation.round_current(region=agenda.area, now=timezone.now())
    outcome = (
        region_priorities(region=agenda.area, participation_round=current)
        if current
        else {"groups": None}
    )
    groups = (
        []
        if outcome["groups"] is None
        else [
            {
                "dimension": row.dimension,
                "category": row.category,
                "count": int(row.count),
                "share": None if row.suppressed else round(float(row.share), 4),
                "population_share": None
                if row.population_share != row.population_share
                else round(float(row.population_share), 4),
                "suppressed": bool(row.suppressed),
            }
            for row in outcome["groups"].itertuples()
        ]
    )
    items = item_views(content, place=place)
    for item in items:
        item.decision = decisions.get(item.theme.key)
    return Report(
        agenda=agenda,
        version=version,
        place=place,
        content=content,
        stage_label=str(Stage(content.get("stage", agenda.stage)).label),
        date=version.created_at if version else None,
        items=items,
        notes=note_texts(content.get("notes", [])),
        stages=stages,
        decisions=decisions,
        groups=groups,
        internal={i.theme_id: i.officer_notes for i in agenda.items.all() if i.officer_notes}
        if internal
        else {},
    )


def _title(report: Report) -> str:
    return report.agenda.title or _("Neighbourhood agenda %(name)s %(cycle)s") % {
        "name": report.agenda.area.name,
        "cycle": report.agenda.cycle,
    }


def _rows(report: Report) -> list[dict]:
    """One row per item: the figures a spreadsheet or CSV needs."""
    rows = []
    for item, raw in zip(report.items, report.content["items"], strict=True):
        decision = report.decisions.get(item.theme.key)
        rows.append(
            {
                "rank": item.rank,
                "theme": item.theme.key,
                "theme_name": item.theme.name,
                "data_signal": raw.get("data_signal"),
                "residents_priority": raw.get("residents_priority"),
                "combined": raw.get("combined"),
                "is_manual": item.is_manual,
                "opgave": item.opgave,
                "ambitie": item.ambitie,
                "acties": item.acties,
                "decision": decision.outcome if decision else "",
            }
        )
    return rows


def report_json(report: Report) -> bytes:
    body = {
        "title": _title(report),
        "region": report.agenda.area_id,
        "cycle": report.agenda.cycle,
        "version": report.version.number if report.version else None,
        "stage": report.content.get("stage"),
        "alpha": report.content.get("alpha"),
        "notes": report.notes,
        "items": _rows(report),
        "annotations": [
            {
                "stage": label,
                "kind": a.kind,
                "party": a.party,
                "text": a.text,
                "replies": [r.text for r in found],
            }
            for label, threads in report.stages
            for a, found in threads
        ],
        "licence": "CC BY 4.0 (figures: Bron: CBS; RIVM/GGD'en; Politie)",
    }
    return json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode()


def report_csv(report: Report) -> bytes:
    rows = _rows(report)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["rank"])
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # with a BOM, so Excel reads ë and €


def report_xlsx(report: Report) -> bytes:
    book = openpyxl.Workbook()
    items = book.active
    items.title = "agenda"
    rows = _rows(report)
    if rows:
        items.append(list(rows[0]))
        for row in rows:
            items.append(list(row.values()))
    figures = book.create_sheet("indicators")
    figures.append(["theme", "indicator", "sentence", "source"])
    residents = book.create_sheet("residents")
    residents.append(
        ["theme", "score", "low", "high", "top3", "participants", "effective_n", "likeness_index"]
    )
    for item in report.items:
        for row in item.data:
            figures.append([item.theme.key, row["indicator"].key, row["sentence"], row["source"]])
        if item.residents:
            r = item.residents
            residents.append(
                [
                    item.theme.key,
                    r["score"],
                    r["low"],
                    r["high"],
                    r["top3"],
                    r["participants"],
                    r["effective_n"],
                    r["index"],
                ]
            )
    groups = book.create_sheet("representativeness")
    groups.append(
        ["dimension", "category", "participants", "share", "population_share", "suppressed"]
    )
    for row in report.groups:
        groups.append(
            [
                row["dimension"],
                row["category"],
                row["count"],
                row["share"],
                row["population_share"],
                row["suppressed"],
            ]
        )
    notes = book.create_sheet("annotations")
    notes.append(["stage", "kind", "party", "text", "replies"])
    for label, threads in report.stages:
        for annotation, found in threads:
            notes.append(
                [
                    label,
                    annotation.kind,
                    annotation.party,
                    annotation.text,
                    " | ".join(r.text for r in found),
                ]
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def report_docx(report: Report) -> bytes:
    document = docx.Document()
    document.add_heading(_title(report), level=0)
    document.add_paragraph(_("Stage: %(stage)s.") % {"stage": report.stage_label})
    siblings = _siblings(report)
    if len(siblings):
        picture = outline_png(siblings, highlight=report.agenda.area_id)
        document.add_picture(io.BytesIO(picture), width=docx.shared.Cm(12))
        document.add_paragraph(
            _("%(area)s (dark) among the other areas of %(place)s.")
            % {"area": report.agenda.area.name, "place": report.place}
        )
    for note in report.notes:
        document.add_paragraph(note)
    for item in report.items:
        document.add_heading(f"{item.rank}. {item.theme.name}", level=1)
        for label, text in [
            (_("Task"), item.opgave),
            (_("Ambition"), item.ambitie),
            (_("Actions"), item.acties),
        ]:
            if text:
                document.add_heading(label, level=2)
                document.add_paragraph(text)
        if item.data:
            table = document.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.rows[0].cells[0].text = _("The figures")
            table.rows[0].cells[1].text = _("Source")
            for row in item.data:
                cells = table.add_row().cells
                cells[0].text = row["sentence"]
                cells[1].text = row["source"]
        chart = comparison_png(
            [
                (row["indicator"].name, raw["value"], raw["reference"])
                for row, raw in zip(item.data, _evidence_rows(report, item.theme.key), strict=False)
            ],
            place=report.place,
        )
        if chart:
            document.add_picture(io.BytesIO(chart), width=docx.shared.Cm(15))
        decision = report.decisions.get(item.theme.key)
        if decision:
            document.add_paragraph(
                f"{_('What the council decided')}: {decision.get_outcome_display()}. "
                f"{decision.motivation} {decision.reference}".strip()
            )
        if item.residents:
            document.add_paragraph(
                _(
                    "Residents: score %(score)s of 100 (95%% interval %(low)s–%(high)s), "
                    "%(n)s participants."
                )
                % {**item.residents, "n": item.residents["participants"]}
            )
        if report.internal.get(item.theme.key):
            document.add_paragraph(_("Internal notes") + ": " + report.internal[item.theme.key])
    document.add_heading(_("Comments of the council"), level=1)
    if not report.stages:
        document.add_paragraph(_("There are no comments yet."))
    for label, threads in report.stages:
        document.add_heading(label, level=2)
        for annotation, found in threads:
            document.add_paragraph(f"{annotation.get_kind_display()}: {annotation.text}")
            for reply in found:
                document.add_paragraph(f"↳ {reply.text}")
    document.add_heading(_("Method and sources"), level=1)
    document.add_paragraph(_method_text(report))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _method_text(report: Report) -> str:
    return _(
        "The order combines the figures of the area (robust deviation from the other areas, by "
        "median and MAD) with the residents' weighted priority, with weight α = %(alpha)s for "
        "residents. Groups of fewer than 10 participants are not shown. Figures: CBS Kerncijfers "
        "wijken en buurten (85984NED), RIVM/GGD'en Gezondheidsmonitor (50150NED), Politie via CBS "
        "(47022NED); CC BY 4.0, 'Bron: CBS'. Derived figures say how they were derived."
    ) % {"alpha": report.content.get("alpha")}


def report_pdf(report: Report) -> bytes:
    if HTML is None:
        raise PosterUnavailable("WeasyPrint cannot run on this machine (Pango is missing)")
    siblings = _siblings(report)
    outline = (
        _print_colours(
            outline_svg(siblings, highlight=report.agenda.area_id, title=report.agenda.area.name)
        )
        if len(siblings)
        else ""
    )
    for item in report.items:
        item.chart = comparison_svg(
            [
                (row["indicator"].name, raw["value"], raw["reference"])
                for row, raw in zip(item.data, _evidence_rows(report, item.theme.key), strict=False)
            ],
            place=report.place,
        )
    html = render_to_string(
        "council_review/report.html",
        {
            "report": report,
            "title": _title(report),
            "method": _method_text(report),
            "outline": outline,
        },
    )
    return HTML(string=html).write_pdf()


def _siblings(report: Report):
    """The area and the other areas of its municipality, for the small map."""
    return region_frame(regions=region_children(code=report.agenda.area.parent_id))


def _print_colours(svg: str) -> str:
    """WeasyPrint draws inline SVG without the page's CSS: give the shapes their colours."""
    return svg.replace(
        'class="region region--highlight"',
        f'class="region region--highlight" fill="{HIGHLIGHT}" stroke="#ffffff"',
    ).replace('class="region"', f'class="region" fill="{OTHER}" stroke="#ffffff"')


def _evidence_rows(report: Report, theme: str) -> list[dict]:
    for raw in report.content["items"]:
        if raw["theme"] == theme:
            return (raw.get("evidence") or {}).get("indicators", [])
    return []


RENDERERS = {
    "pdf": report_pdf,
    "docx": report_docx,
    "xlsx": report_xlsx,
    "csv": report_csv,
    "json": report_json,
}


def municipality_reports(*, code: str, fmt: str, internal: bool):
    """(file name, content) of the report of every wijk agenda of a municipality: the latest
    version, or the draft where none is published."""
    for region in Region.objects.children_of(code).order_by("code"):
        agenda = agenda_for(region=region)
        if agenda is None:
            continue
        version = agenda.versions.order_by("-number").first()
        built = report_build(agenda=agenda, version=version, internal=internal)
        suffix = f"v{version.number}" if version else "concept"
        yield (f"wijkagenda-{region.code}-{agenda.cycle}-{suffix}.{fmt}", RENDERERS[fmt](built))
