"""An agenda in words: each item with its evidence (data and residents side by side), the notes
on what is missing, and the difference between two versions in plain language."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from datasources import sentences
from datasources.models import Indicator, Theme

from .compute.diff import diff_items

NOTES = {
    "no-data": lambda: _(
        "There are no figures for this area yet: the order comes from what residents chose only."
    ),
    "no-rankings": lambda: _(
        "No resident has ranked the themes for this area yet: the order "
        "comes from the figures only."
    ),
    "too-few-rankings": lambda: _(
        "Too few residents took part to count their choice: the order comes from the figures only."
    ),
}


@dataclass
class ItemView:
    rank: int
    theme: Theme
    opgave: str
    ambitie: str
    acties: str
    is_manual: bool
    manual_reason: str
    data: list[dict] = field(default_factory=list)
    residents: dict | None = None
    contributions: list[dict] = field(default_factory=list)
    kept_for_texts: bool = False


def item_views(content: dict, *, place: str) -> list[ItemView]:
    """The items of an agenda snapshot, with their evidence in sentences."""
    themes = Theme.objects.in_bulk()
    keys = {
        row["indicator"]
        for item in content["items"]
        for row in item.get("evidence", {}).get("indicators", [])
    }
    indicators = Indicator.objects.in_bulk(list(keys))
    views = []
    for item in content["items"]:
        evidence = item.get("evidence") or {}
        data = []
        for row in evidence.get("indicators", []):
            indicator = indicators.get(row["indicator"])
            if indicator is None:
                continue
            data.append(
                {
                    "indicator": indicator,
                    "sentence": sentences.sentence(
                        indicator, value=row["value"], reference=row["reference"], place=place
                    ),
                    "verdict": sentences.verdict(indicator, row["deviation"], place=place),
                    "source": sentences.source_line(
                        indicator, period=row["period"], derived=row["derived"]
                    ),
                }
            )
        residents = evidence.get("residents")
        if residents:
            residents = {
                **residents,
                **{key: round(residents[key] * 100) for key in ("score", "low", "high", "top3")},
            }
        views.append(
            ItemView(
                rank=item["rank"],
                theme=themes[item["theme"]],
                opgave=item.get("opgave", ""),
                ambitie=item.get("ambitie", ""),
                acties=item.get("acties", ""),
                is_manual=item.get("is_manual", False),
                manual_reason=item.get("manual_reason", ""),
                data=data,
                residents=residents,
                contributions=evidence.get("contributions", []),
                kept_for_texts=evidence.get("kept_for_texts", False),
            )
        )
    return views


def note_texts(notes: list[str]) -> list[str]:
    return [NOTES[note]() for note in notes if note in NOTES]


FIELD_NAMES = {
    "opgave": lambda: _("the task"),
    "ambitie": lambda: _("the ambition"),
    "acties": lambda: _("the actions"),
}


def difference(old: dict, new: dict) -> list[str]:
    """What changed from one version to another, one plain sentence per change."""
    themes = Theme.objects.in_bulk()
    lines = []
    for change in diff_items(old["items"], new["items"]):
        name = themes[change.theme].name if change.theme in themes else change.theme
        if change.kind == "added":
            lines.append(
                _("%(theme)s was added, at place %(rank)s.")
                % {"theme": name, "rank": change.new_rank}
            )
        elif change.kind == "removed":
            lines.append(
                _("%(theme)s was taken off (it was at place %(rank)s).")
                % {"theme": name, "rank": change.old_rank}
            )
        elif change.kind == "moved":
            text = (
                _("%(theme)s moved up from place %(old)s to %(new)s.")
                if change.new_rank < change.old_rank
                else _("%(theme)s moved down from place %(old)s to %(new)s.")
            )
            lines.append(text % {"theme": name, "old": change.old_rank, "new": change.new_rank})
        else:
            fields = ", ".join(FIELD_NAMES[f]() for f in change.fields)
            lines.append(
                _("The text of %(theme)s changed: %(fields)s.") % {"theme": name, "fields": fields}
            )
    if old.get("alpha") != new.get("alpha"):
        lines.append(
            _("The weight of residents changed from %(old)s to %(new)s.")
            % {"old": old.get("alpha"), "new": new.get("alpha")}
        )
    return lines or [_("Nothing changed between these versions.")]
