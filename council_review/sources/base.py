"""What every meeting adapter returns."""

from dataclasses import dataclass, field
from datetime import datetime


class MeetingFileError(ValueError):
    """A response that is not a meeting: the message names the missing field."""


@dataclass(frozen=True)
class ItemData:
    source_id: str
    number: str
    title: str
    is_heading: bool = False
    documents: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class MeetingData:
    source: str
    source_id: str
    body: str
    title: str
    starts_at: datetime
    location: str = ""
    url: str = ""
    documents: list[dict] = field(default_factory=list)
    items: list[ItemData] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def required(data: dict, key: str, where: str):
    if data.get(key) in (None, "", []):
        raise MeetingFileError(f"{where}: required field {key!r} is missing")
    return data[key]
