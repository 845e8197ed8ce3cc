"""Three-way merge of two edits of one text: what a colleague saved and what I wrote,
both starting from the same original.

It works like diff3, word by word (whitespace travels with the words): edits of
the two sides that touch the same stretch of the original form a cluster; a
cluster only one side changed takes that change, one both changed identically
takes it once, and one they changed differently is a collision — then no merged
text is offered and a person decides.
"""

import difflib
import re
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|[^\s]+")

# A stretch [start, end) of the original and what one side put there instead.
_Edit = tuple[int, int, list[str]]


@dataclass(frozen=True, slots=True)
class Merge:
    text: str | None  # None when the two edits collide

    @property
    def clean(self) -> bool:
        return self.text is not None


def merge_texts(original: str, mine: str, theirs: str) -> Merge:
    base = _TOKENS.findall(original)
    sides = (_edits(base, _TOKENS.findall(mine)), _edits(base, _TOKENS.findall(theirs)))
    merged: list[str] = []
    position = 0
    for start, end, by_side in _clusters(sides):
        merged += base[position:start]
        versions = [_apply(base, start, end, edits) for edits in by_side if edits]
        if any(v != versions[0] for v in versions):
            return Merge(None)
        merged += versions[0]
        position = end
    merged += base[position:]
    return Merge("".join(merged))


def _edits(base: list[str], changed: list[str]) -> list[_Edit]:
    matcher = difflib.SequenceMatcher(a=base, b=changed, autojunk=False)
    return [
        (a1, a2, changed[b1:b2]) for tag, a1, a2, b1, b2 in matcher.get_opcodes() if tag != "equal"
    ]


def _clusters(
    sides: tuple[list[_Edit], list[_Edit]],
) -> list[tuple[int, int, tuple[list[_Edit], list[_Edit]]]]:
    """Group the two sides' edits into stretches no other edit touches."""
    tagged = sorted(
        [(edit, side) for side, edits in enumerate(sides) for edit in edits],
        key=lambda pair: (pair[0][0], pair[0][1]),
    )
    clusters: list[tuple[int, int, tuple[list[_Edit], list[_Edit]]]] = []
    for edit, side in tagged:
        start, end, _ = edit
        if clusters and _touches(clusters[-1][0], clusters[-1][1], start, end):
            first, last, joined = clusters[-1]
            joined[side].append(edit)
            clusters[-1] = (first, max(last, end), joined)
        else:
            fresh: tuple[list[_Edit], list[_Edit]] = ([], [])
            fresh[side].append(edit)
            clusters.append((start, end, fresh))
    return clusters


def _touches(first: int, last: int, start: int, end: int) -> bool:
    # Overlapping stretches touch; so do insertions at either edge of a stretch,
    # where the order of the two sides' words could not be told.
    return start < last or (start == last and (start == end or first == last))


def _apply(base: list[str], start: int, end: int, edits: list[_Edit]) -> list[str]:
    out: list[str] = []
    position = start
    for edit_start, edit_end, replacement in edits:
        out += base[position:edit_start] + replacement
        position = edit_end
    return out + base[position:end]
