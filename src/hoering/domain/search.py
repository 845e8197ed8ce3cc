"""Folding text for search: case, accents and the Danish letters, and "CO2" = "CO₂" = "CO ₂".

Both the stored text and the query are folded the same way, so a plain
substring test finds "delecykler" in "Flere DELECYKLER", "oekonomi" and
"økonomi" in "Økonomi", and "co2" in "CO ₂ -udledning".
"""

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_LETTER_SPACE_DIGIT = re.compile(r"(?<=[a-z])\s+(?=\d)")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_DANISH)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", _LETTER_SPACE_DIGIT.sub("", text)).strip()


def query_terms(query: str) -> list[str]:
    """The folded words of a query; every one must occur in a match."""
    return [term for term in fold(query).split(" ") if term]
