"""Open Raadsinformatie (ORI): a `Meeting` with its `agenda` of `AgendaItem`s (JSON-LD shapes as
ORI publishes them: `@type`, `@id`, `name`, `start_date`, `location`, `committee`, `position`,
`attachment` of `MediaObject`s). Motions are read as documents of their item."""

from datetime import datetime

from .base import ItemData, MeetingData, MeetingFileError, required


def _date(value: str, where: str) -> datetime:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError as error:
        raise MeetingFileError(f"{where}: start_date {value!r} is not a date") from error


def _documents(raw: dict) -> list[dict]:
    found = []
    for kind in ("attachment", "motion"):
        for entry in raw.get(kind) or []:
            if isinstance(entry, dict):
                found.append(
                    {
                        "title": entry.get("name", ""),
                        "url": entry.get("url") or entry.get("@id", ""),
                        "types": [entry.get("@type", kind)],
                    }
                )
    return found


def parse(data: dict) -> MeetingData:
    if not isinstance(data, dict) or data.get("@type") != "Meeting":
        raise MeetingFileError("not an ORI Meeting (expected @type 'Meeting')")
    ident = required(data, "@id", "Meeting")
    name = required(data, "name", f"Meeting {ident}")
    starts_at = _date(required(data, "start_date", f"Meeting {ident}"), f"Meeting {ident}")
    committee = data.get("committee") or {}
    items, skipped = [], []
    for raw in data.get("agenda") or []:
        if not isinstance(raw, dict) or raw.get("@type") != "AgendaItem":
            skipped.append(f"agenda entry {raw!r:.60}: not an AgendaItem")
            continue
        if not raw.get("name"):
            skipped.append(f"AgendaItem {raw.get('@id', '?')}: no name")
            continue
        items.append(
            ItemData(
                source_id=str(raw.get("@id", "")),
                number=str(raw.get("position", "")),
                title=raw["name"],
                documents=_documents(raw),
            )
        )
    items.sort(
        key=lambda item: (
            not item.number.isdigit(),
            int(item.number) if item.number.isdigit() else 0,
        )
    )
    return MeetingData(
        source="ori",
        source_id=str(ident),
        body=committee.get("name", "") or name,
        title=name,
        starts_at=starts_at,
        location=data.get("location", ""),
        url=str(ident),
        documents=_documents(data),
        items=items,
        skipped=skipped,
    )
