"""Explicit references to measures inside free text: "punkt 7-11", "pkt. 3 og 5".

Only numbered references are recognised; a range expands to every number in it
("punkt 7-11" names 7, 8, 9, 10 and 11). Dotted codes ("tiltag 4.8.1") are kept
as they are and never expanded.
"""

import re

_KEYWORD = (
    r"(?:punkt(?:erne|er)?|pkt\.?|tiltag(?:ene)?|klimatiltag(?:ene)?|handling(?:erne)?|nr\.?)"
)
_NUMBER = r"\d+(?:\.\d+)*"
_ITEM = rf"{_NUMBER}(?:\s*[-–]\s*\d+)?"
_REFERENCE = re.compile(
    rf"\b{_KEYWORD}\s*({_ITEM}(?:\s*(?:,|og|&)\s*{_ITEM})*)",
    re.IGNORECASE,
)
_ITEM_RE = re.compile(rf"({_NUMBER})(?:\s*[-–]\s*(\d+))?")

_YEAR = re.compile(r"(19|20)\d\d")
# A typo such as "punkt 7-1100" must not create a thousand targets.
MAX_RANGE = 100


def measure_references(text: str) -> tuple[str, ...]:
    """The measure numbers a text names explicitly, in order, without repeats."""
    found: list[str] = []
    for match in _REFERENCE.finditer(text):
        for item in _ITEM_RE.finditer(match.group(1)):
            for number in _expand(item.group(1), item.group(2)):
                if number not in found:
                    found.append(number)
    return tuple(found)


def _expand(first: str, last: str | None) -> list[str]:
    if _YEAR.fullmatch(first):  # "punkt 12, 2030 er for sent": a year, not a measure
        return []
    if last is None or "." in first:
        return [first]
    start, end = int(first), int(last)
    if end < start or end - start > MAX_RANGE:
        return [first]
    return [str(n) for n in range(start, end + 1)]
