"""What changed in a text, word by word: the redline of a revised sub-goal.

The diff works on words, runs of punctuation and runs of whitespace, so a
changed year ("2025" → "2024") is one struck and one underlined word rather
than a rewritten sentence. The segments rebuild both texts exactly: the
unchanged and deleted parts give the old text, the unchanged and added parts
the new one.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from hoering.domain.enums import MeasureStatus

_TOKEN = re.compile(r"\w+|[^\w\s]+|\s+")


class Change(StrEnum):
    SAME = "same"
    DELETED = "deleted"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Segment:
    change: Change
    text: str


def word_diff(old: str | None, new: str | None) -> tuple[Segment, ...]:
    """The segments that turn ``old`` into ``new``; deletions come before additions.

    Texts that have little in common are shown as replaced outright, and a
    short common word between two changes ("er", "til") joins the change, so
    a rewritten sentence does not read as a patchwork of single words.
    """
    before, after = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    parts = [
        (operation == "equal", "".join(before[i1:i2]), "".join(after[j1:j2]))
        for operation, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    if _common_share(parts) < MIN_COMMON_SHARE:
        parts = [(False, old or "", new or "")]
    segments: list[Segment] = []
    deleted = added = ""
    for index, (equal, old_text, new_text) in enumerate(parts):
        between_changes = 0 < index < len(parts) - 1
        if equal and not (between_changes and len(old_text.strip()) <= SHORT_COMMON):
            _append(segments, Change.DELETED, deleted)
            _append(segments, Change.ADDED, added)
            deleted = added = ""
            _append(segments, Change.SAME, old_text)
        else:
            deleted, added = deleted + old_text, added + new_text
    _append(segments, Change.DELETED, deleted)
    _append(segments, Change.ADDED, added)
    return tuple(segments)


# Below this share of common (non-space) characters a text counts as rewritten.
MIN_COMMON_SHARE = 0.4
# A common stretch this short between two changes becomes part of the change.
SHORT_COMMON = 3


def _common_share(parts: list[tuple[bool, str, str]]) -> float:
    def visible(text: str) -> int:
        return len("".join(text.split()))

    total = sum(visible(old) + visible(new) for _, old, new in parts)
    common = sum(2 * visible(old) for equal, old, _ in parts if equal)
    return common / total if total else 1.0


def _append(segments: list[Segment], change: Change, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].change is change:
        segments[-1] = Segment(change, segments[-1].text + text)
    else:
        segments.append(Segment(change, text))


def sub_goal_status(
    measure: MeasureStatus, consulted: str | None, revised: str | None
) -> MeasureStatus:
    """A sub-goal's status after the consultation: the measure's fate decides first."""
    if measure is MeasureStatus.DROPPED or revised is None:
        return MeasureStatus.DROPPED
    if measure is MeasureStatus.NEW or consulted is None:
        return MeasureStatus.NEW
    if consulted != revised:
        return MeasureStatus.CHANGED
    return MeasureStatus.UNCHANGED
