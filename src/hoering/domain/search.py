"""Folding text for search: case, accents and the Danish letters, and "CO2" = "CO₂" = "CO ₂".

Both the stored text and the query are folded the same way, so a plain
substring test finds "delecykler" in "Flere DELECYKLER", "oekonomi" and
"økonomi" in "Økonomi", and "co2" in "CO ₂ -udledning".
"""

import re
import sys
import unicodedata
from functools import cache

_LETTER_SPACE_DIGIT = re.compile(r"(?<=[a-z]) (?=\d)")
_SPACE_DIGIT = re.compile(r" (?=\d)")
# Combining marks live in the first two planes (Unicode 15); beyond them each
# character is checked on its own.
_TABLE_END = 0x20000


def fold(text: str) -> str:
    # Written for speed (every imported text is folded): plain str methods where they
    # do, and the regular expression only where a space is followed by a digit.
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    if not text.isascii():  # most Danish text is ASCII by now: nothing to decompose
        text = _without_marks(unicodedata.normalize("NFKD", text))
    text = " ".join(text.split())
    return _LETTER_SPACE_DIGIT.sub("", text) if _SPACE_DIGIT.search(text) else text


def query_terms(query: str) -> list[str]:
    """The folded words of a query; every one must occur in a match."""
    return [term for term in fold(query).split(" ") if term]


def _without_marks(text: str) -> str:
    if max(text) >= chr(_TABLE_END):
        return "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_combining_marks())


@cache
def _combining_marks() -> dict[int, None]:
    """A translation table deleting every combining mark (built once, in C speed after)."""
    assert sys.maxunicode >= _TABLE_END
    return {c: None for c in range(_TABLE_END) if unicodedata.combining(chr(c))}
