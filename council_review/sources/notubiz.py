"""NotuBiz (the council information system of Den Haag and many others), API version 1.x:
`GET /events/meetings/<id>`: attributes (Titel, Locatie), plannings, agenda_items of type
agenda_point with type_data (title_prefix, heading, attributes), nested items and documents."""

from datetime import datetime

from .base import ItemData, MeetingData, MeetingFileError, required

TITLE_ATTRIBUTE = 1  # type_data.attributes id of an agenda point's title


def _document(raw: dict) -> dict:
    return {
        "title": raw.get("title", ""),
        "url": raw.get("url", ""),
        "types": [t.get("value", "") for t in raw.get("types", [])],
    }


def _items(raw_items: list, skipped: list[str], depth: int = 0) -> list[ItemData]:
    items = []
    for raw in raw_items:
        ident = raw.get("id", "?")
        data = raw.get("type_data")
        if raw.get("type") != "agenda_point" or not isinstance(data, dict):
            skipped.append(f"item {ident}: type {raw.get('type')!r} is not an agenda point")
            continue
        titles = [
            a.get("value", "") for a in data.get("attributes", []) if a.get("id") == TITLE_ATTRIBUTE
        ]
        if not titles or not titles[0].strip():
            skipped.append(f"item {ident}: no title")
            continue
        items.append(
            ItemData(
                source_id=str(ident),
                number=(data.get("title_prefix") or "").strip(),
                title=titles[0].strip(),
                is_heading=bool(data.get("heading")),
                documents=[_document(d) for d in raw.get("documents", [])],
            )
        )
        items.extend(_items(raw.get("agenda_items", []), skipped, depth + 1))
    return items


def parse(data: dict) -> MeetingData:
    if not isinstance(data, dict):
        raise MeetingFileError("not a NotuBiz meeting (expected a JSON object)")
    ident = required(data, "id", "meeting")
    plannings = required(data, "plannings", f"meeting {ident}")
    start = required(plannings[0], "start_date", f"meeting {ident}, plannings[0]")
    try:
        starts_at = datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
    except ValueError as error:
        raise MeetingFileError(f"meeting {ident}: start_date {start!r} is not a date") from error
    attributes = data.get("attributes") or {}
    skipped: list[str] = []
    return MeetingData(
        source="notubiz",
        source_id=str(ident),
        body=attributes.get("Titel") or f"gremium {data.get('gremium', {}).get('id', '')}",
        title=attributes.get("Titel") or f"Vergadering {ident}",
        starts_at=starts_at,
        location=attributes.get("Locatie", ""),
        url=f"https://{data.get('self', '')}",
        documents=[_document(d) for d in data.get("documents", [])],
        items=_items(data.get("agenda_items", []), skipped),
        skipped=skipped,
    )
