"""Cleaning of text that comes from flattened Word documents."""

import re

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# Word's subscript survives copying as "CO ₂ -udledning"; the writers meant "CO₂-udledning".
_SUBSCRIPT_GAP = re.compile(r"(?<=[A-Za-z]) ([₀-₉]+)(?: (?=[-.,;:)]))?")


def tidy(text: str) -> str:
    """Collapse runs of spaces and close the gaps Word leaves around subscripts."""
    text = _SPACES.sub(" ", text).strip()
    return _SUBSCRIPT_GAP.sub(r"\1", text)


def join_continuation(first: str, more: str) -> str:
    """Join text split by a page break: mid-sentence with a space, else as a new paragraph."""
    if not first.strip():
        return more
    if not more.strip():
        return first
    first = first.rstrip()
    separator = "\n" if first[-1] in ".!?:" else " "
    return first + separator + more.lstrip()
