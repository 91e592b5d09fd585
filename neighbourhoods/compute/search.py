"""Text to search regions by: name without accents or case, code and postcode areas."""

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: 'Scheveningen Haven' and 'scheveningen haven' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_text(name: str, code: str, postcodes: str = "") -> str:
    return " ".join(part for part in (fold(name), code.casefold(), postcodes) if part)
