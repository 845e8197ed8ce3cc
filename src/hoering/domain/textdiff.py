"""Word-level differences between a text as consulted and as revised (a redline)."""

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKENS = re.compile(r"\s+|[^\s]+")


class Change(StrEnum):
    SAME = "same"
    DELETED = "deleted"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Piece:
    change: Change
    text: str


# Below this share of common words a word-by-word redline is unreadable, and the
# change is shown as the old text struck out followed by the new one.
REWRITE_BELOW = 0.5


def redline(old: str | None, new: str | None) -> tuple[Piece, ...]:
    """The pieces that turn ``old`` into ``new``: kept, deleted and added words.

    Whitespace travels with the words around it, so joining the SAME and
    DELETED pieces gives ``old`` back, and SAME and ADDED give ``new``.
    """
    before, after = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    if before and after and matcher.ratio() < REWRITE_BELOW:
        return (Piece(Change.DELETED, old or ""), Piece(Change.ADDED, new or ""))
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            _append(pieces, Change.SAME, before[a1:a2])
            continue
        _append(pieces, Change.DELETED, before[a1:a2])
        _append(pieces, Change.ADDED, after[b1:b2])
    return tuple(pieces)


def _append(pieces: list[Piece], change: Change, tokens: list[str]) -> None:
    text = "".join(tokens)
    if not text:
        return
    if pieces and pieces[-1].change is change:
        pieces[-1] = Piece(change, pieces[-1].text + text)
    else:
        pieces.append(Piece(change, text))
