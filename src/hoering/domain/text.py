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


_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d+[.)])\s")


def reflow(text: str) -> str:
    """Join the hard-wrapped lines of an e-mail into flowing paragraphs.

    Blank lines separate paragraphs (kept as one line break); a line that starts
    a list item stays on its own line.
    """
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        joined = lines[0]
        for line in lines[1:]:
            joined += ("\n" if _LIST_ITEM.match(line) else " ") + line
        paragraphs.append(joined)
    return "\n".join(paragraphs)
