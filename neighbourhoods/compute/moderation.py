"""Automatic flags on a resident's text, for the moderator to look at before it is public."""

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Dutch numbers as people write them: 06-12345678, 070 123 4567, +31 6 1234 5678, 0031…
PHONE = re.compile(r"(?<!\d)(\+31|0031|0)[\s-]?\(?\d{1,3}\)?([\s-]?\d){6,8}(?!\d)")


def flags(text: str, *, words: list[str]) -> list[str]:
    """What stands out: an e-mail address, a phone number, words from the configured list."""
    found = []
    if EMAIL.search(text):
        found.append("email")
    if PHONE.search(text):
        found.append("phone")
    lowered = text.lower()
    found += [
        f"word:{word}" for word in words if re.search(rf"\b{re.escape(word.lower())}\b", lowered)
    ]
    return found
