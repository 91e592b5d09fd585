"""Council information systems behind one interface: `parse(data) -> MeetingData`.

Adapters are pure: they read a response (parsed JSON) and return plain data with the reasons for
what they skipped; a service stores it. Registered by key: `notubiz`, `ori`.
"""

from . import notubiz, ori
from .base import ItemData, MeetingData, MeetingFileError

ADAPTERS = {"notubiz": notubiz.parse, "ori": ori.parse}

__all__ = ["ADAPTERS", "ItemData", "MeetingData", "MeetingFileError"]
