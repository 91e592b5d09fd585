"""Writes of agendas: drafting from facts and residents, editing, reordering, publishing.

A draft in `concept` can be drafted again: the ranking and evidence are recomputed, the texts that
officers wrote are kept. Once an agenda has left `concept` it is not redrafted; a published
version is never changed.
"""

from datetime import datetime

import pandas as pd
from django.db import transaction
from django.utils.translation import gettext as _

from datasources.models import Theme
from datasources.selectors import indicator_frame
from neighbourhoods import participation
from neighbourhoods.models import Contribution, Region, RegionLevel
from neighbourhoods.selectors import region_priorities, region_profile

from .compute.drafting import data_signals, drivers, rank_themes
from .models import Agenda, AgendaItem, AgendaVersion, Stage

TEXT_FIELDS = ("opgave", "ambitie", "acties", "officer_notes")
PUBLIC_TEXTS = ("opgave", "ambitie", "acties")


class AgendaError(Exception):
    """An action the agenda's state does not allow; the message says why."""


class EditConflict(AgendaError):
    """Someone else saved the item since it was opened."""


def agenda_areas(*, code: str) -> list[Region]:
    """The areas that get an agenda: a municipality's wijken, or a province's municipalities."""
    region = Region.objects.filter(code=code).first()
    if region is None:
        raise AgendaError(_("Unknown area %(code)s.") % {"code": code})
    if region.level not in (RegionLevel.MUNICIPALITY, RegionLevel.PROVINCE):
        raise AgendaError(_("%(code)s is not a municipality or a province.") % {"code": code})
    return list(Region.objects.children_of(code).order_by("code"))


@transaction.atomic
def agenda_draft(
    *,
    area: Region,
    cycle: int,
    now: datetime,
    alpha: float | None = None,
    top_n: int | None = None,
) -> Agenda:
    """Draft (or draft again) the agenda of an area for a cycle, from what exists."""
    if alpha is not None and not 0.0 <= alpha <= 1.0:
        raise AgendaError(_("α must lie between 0 and 1, not %(alpha)s.") % {"alpha": alpha})
    agenda, _created = Agenda.objects.get_or_create(area=area, cycle=cycle)
    if agenda.stage != Stage.CONCEPT:
        raise AgendaError(_("This agenda is past the draft stage; it is not drafted again."))
    if alpha is not None:
        agenda.alpha = alpha
    if top_n is not None:
        agenda.top_n = top_n
    ranked, evidence, notes = _rank(area, alpha=agenda.alpha, now=now)
    _store_items(agenda, ranked, evidence)
    agenda.notes = notes
    agenda.drafted_at = now
    agenda.save()
    return agenda


def _rank(area: Region, *, alpha: float, now: datetime):
    catalogue = indicator_frame().set_index("key")
    profile = region_profile(region=area)
    indicators = profile.assign(
        theme=profile["indicator"].map(catalogue["theme_id"]),
        polarity=profile["indicator"].map(
            catalogue["polarity"].where(~catalogue["is_total"].astype(bool), "neutral")
        ),
    )
    outcome = _residents(area, now=now)
    themes = list(Theme.objects.values_list("key", flat=True))
    scores = outcome["scores"]
    suppressed = scores is None or outcome["participants"] < outcome["minimum"]
    residents = pd.Series(dtype=float) if suppressed else scores.set_index("theme")["score"]
    ranked = rank_themes(themes, data=data_signals(indicators), residents=residents, alpha=alpha)
    notes = []
    if indicators["deviation"].notna().sum() == 0:
        notes.append("no-data")
    if suppressed:
        notes.append("no-rankings" if not outcome["participants"] else "too-few-rankings")
    evidence = {theme: _evidence(theme, indicators, outcome, suppressed, area) for theme in themes}
    return ranked, evidence, notes


def _residents(area: Region, *, now: datetime) -> dict:
    current = participation.round_current(region=area, now=now)
    if current is None:
        return {"scores": None, "participants": 0, "minimum": 10, "summary": None, "round": None}
    outcome = region_priorities(region=area, participation_round=current)
    return {**outcome, "minimum": current.min_count, "round": current}


def _evidence(theme, indicators, outcome, suppressed, area) -> dict:
    rows = drivers(indicators, theme=theme)
    evidence = {
        "indicators": [
            {
                "indicator": row.indicator,
                "period": row.period,
                "value": _float(row.value),
                "reference": _float(row.reference),
                "deviation": _float(row.deviation),
                "derived": bool(row.derived),
            }
            for row in rows.itertuples()
        ],
        "residents": None,
        "contributions": [
            {"id": c.pk, "kind": c.kind, "text": c.text}
            for c in Contribution.objects.public().filter(region=area, theme_id=theme)[:3]
        ],
    }
    if not suppressed:
        score = outcome["scores"].set_index("theme").loc[theme]
        summary = outcome["summary"]
        evidence["residents"] = {
            "score": _float(score["score"]),
            "low": _float(score["score_low"]),
            "high": _float(score["score_high"]),
            "top3": _float(score["top3_share"]),
            "participants": int(outcome["participants"]),
            "effective_n": _float(score["effective_n"]),
            "index": _float(summary["index"]) if summary is not None else None,
            "demo": bool(outcome["round"].is_demo),
        }
    return evidence


def _float(value) -> float | None:
    return None if value is None or pd.isna(value) else round(float(value), 4)


def _store_items(agenda: Agenda, ranked: pd.DataFrame, evidence: dict) -> None:
    """Replace the computed items, keeping officers' texts and the items added by hand."""
    existing = {item.theme_id: item for item in agenda.items.all()}
    manual = [item for item in existing.values() if item.is_manual]
    chosen = [
        row for row in ranked.itertuples() if row.theme not in {item.theme_id for item in manual}
    ][: agenda.top_n]
    keep = {row.theme for row in chosen} | {item.theme_id for item in manual}
    for theme, item in existing.items():
        if theme not in keep and not any(getattr(item, f) for f in TEXT_FIELDS):
            item.delete()
    kept_for_texts = [
        item
        for theme, item in existing.items()
        if theme not in keep and any(getattr(item, f) for f in TEXT_FIELDS)
    ]
    signals = ranked.set_index("theme")
    position = 0
    for row in chosen:
        position += 1
        item = existing.get(row.theme) or AgendaItem(agenda=agenda, theme_id=row.theme)
        _fill(item, rank=position, signals=signals.loc[row.theme], evidence=evidence[row.theme])
    for item in [*manual, *kept_for_texts]:
        position += 1
        evidence_of = evidence.get(item.theme_id, {})
        if item in kept_for_texts:
            evidence_of = {**evidence_of, "kept_for_texts": True}
        _fill(item, rank=position, signals=signals.loc[item.theme_id], evidence=evidence_of)


def _fill(item: AgendaItem, *, rank: int, signals, evidence: dict) -> None:
    item.rank = rank
    item.data_signal = _float(signals["data_signal"])
    item.residents_priority = _float(signals["residents_priority"])
    item.combined = _float(signals["combined"])
    item.evidence = evidence
    item.save()


def agenda_draft_all(*, code: str, cycle: int, now: datetime) -> list[Agenda]:
    """Draft the agenda of every area of a municipality (its wijken) or a province."""
    return [
        agenda_draft(area=area, cycle=cycle, now=now)
        for area in agenda_areas(code=code)
        if Agenda.objects.filter(area=area, cycle=cycle).exclude(stage=Stage.CONCEPT).count() == 0
    ]


@transaction.atomic
def item_update(*, item: AgendaItem, revision: int, texts: dict[str, str]) -> AgendaItem:
    """Save an item's texts, unless someone saved it since `revision` (no lost update)."""
    locked = AgendaItem.objects.select_for_update().select_related("agenda").get(pk=item.pk)
    if locked.agenda.stage != Stage.CONCEPT:
        raise AgendaError(_("This agenda is past the draft stage; its texts are fixed."))
    if locked.revision != revision:
        raise EditConflict(
            _(
                "Someone else saved this item while you were editing it. Your text was not saved; "
                "copy it, reload the page and try again."
            )
        )
    for name in TEXT_FIELDS:
        if name in texts:
            setattr(locked, name, texts[name].strip())
    locked.revision += 1
    locked.save()
    return locked


@transaction.atomic
def item_add_manual(*, agenda: Agenda, theme: str, reason: str) -> AgendaItem:
    if agenda.stage != Stage.CONCEPT:
        raise AgendaError(_("This agenda is past the draft stage; its items are fixed."))
    if not reason.strip():
        raise AgendaError(_("Say why this theme is added by hand."))
    if agenda.items.filter(theme_id=theme).exists():
        raise AgendaError(_("This theme is on the agenda already."))
    rank = (agenda.items.order_by("-rank").values_list("rank", flat=True).first() or 0) + 1
    return AgendaItem.objects.create(
        agenda=agenda,
        theme_id=theme,
        rank=rank,
        is_manual=True,
        manual_reason=reason.strip(),
        evidence={},
    )


@transaction.atomic
def item_move(*, item: AgendaItem, step: int) -> None:
    """Move an item up (−1) or down (+1) by swapping with its neighbour."""
    if item.agenda.stage != Stage.CONCEPT:
        raise AgendaError(_("This agenda is past the draft stage; its items are fixed."))
    items = list(item.agenda.items.order_by("rank"))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index + step
    if not 0 <= target < len(items):
        return
    items[index], items[target] = items[target], items[index]
    for rank, other in enumerate(items, start=1):
        if other.rank != rank:
            other.rank = rank
            other.save(update_fields=["rank"])


def snapshot(agenda: Agenda) -> dict:
    """The public content of an agenda now: stage, α, notes and items (no internal notes)."""
    return {
        "stage": agenda.stage,
        "alpha": agenda.alpha,
        "notes": agenda.notes,
        "items": [
            {
                "theme": item.theme_id,
                "rank": item.rank,
                **{f: getattr(item, f) for f in PUBLIC_TEXTS},
                "is_manual": item.is_manual,
                "manual_reason": item.manual_reason,
                "data_signal": item.data_signal,
                "residents_priority": item.residents_priority,
                "combined": item.combined,
                "evidence": item.evidence,
            }
            for item in agenda.items.order_by("rank")
        ],
    }


@transaction.atomic
def agenda_publish(*, agenda: Agenda, author, now: datetime) -> AgendaVersion:
    """Publish the agenda as it is now as a new, immutable version at its current stage."""
    number = (agenda.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return AgendaVersion.objects.create(
        agenda=agenda,
        number=number,
        stage=agenda.stage,
        author=author,
        created_at=now,
        snapshot=snapshot(agenda),
    )
