"""What a CBS region code says about itself: its municipality and, for a buurt, its wijk."""

import re

_LOCAL = re.compile(r"^(GM|WK|BU)(\d{4})")


def municipality_of(code: str) -> str | None:
    """`GM0518` for GM0518, WK051801 and BU05180101; None for the country and provinces."""
    match = _LOCAL.match(code)
    return f"GM{match[2]}" if match else None


def wijk_of(code: str) -> str:
    """The wijk of a buurt: `BU05180546` → `WK051805` (CBS code rule)."""
    return f"WK{code[2:8]}"
