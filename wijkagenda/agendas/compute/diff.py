"""What changed between two versions of an agenda: items added, removed, moved, texts changed."""

from dataclasses import dataclass, field

TEXT_FIELDS = ("opgave", "ambitie", "acties")


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | moved | text
    theme: str
    old_rank: int | None = None
    new_rank: int | None = None
    fields: tuple[str, ...] = field(default_factory=tuple)


def diff_items(old: list[dict], new: list[dict]) -> list[Change]:
    """Changes from `old` to `new` (lists of items with theme, rank and texts), in new order."""
    before = {item["theme"]: item for item in old}
    after = {item["theme"]: item for item in new}
    changes = []
    for item in sorted(new, key=lambda i: i["rank"]):
        theme = item["theme"]
        if theme not in before:
            changes.append(Change("added", theme, new_rank=item["rank"]))
            continue
        previous = before[theme]
        if previous["rank"] != item["rank"]:
            changes.append(Change("moved", theme, old_rank=previous["rank"], new_rank=item["rank"]))
        edited = tuple(f for f in TEXT_FIELDS if previous.get(f, "") != item.get(f, ""))
        if edited:
            changes.append(Change("text", theme, new_rank=item["rank"], fields=edited))
    for item in sorted(old, key=lambda i: i["rank"]):
        if item["theme"] not in after:
            changes.append(Change("removed", item["theme"], old_rank=item["rank"]))
    return changes
