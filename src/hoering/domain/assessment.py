"""What kind of assessment a text is, judged by the phrases administrations use.

The categories are those seen in real memos (DOMAIN.md). The first matching
rule wins, so the specific decisions (a changed or new sub-goal, a dropped
measure) are tested before the general ones.
"""

import re
from dataclasses import dataclass

from hoering.domain.enums import AssessmentCategory

_RULES: tuple[tuple[AssessmentCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern, re.IGNORECASE))
    for category, pattern in (
        (AssessmentCategory.MEASURE_DROPPED, r"\b(mål|tiltag|indsats)(et|en)? udgår\b"),
        (AssessmentCategory.SUB_GOAL_ADDED, r"\bnyt (del)?mål\b"),
        (
            AssessmentCategory.SUB_GOAL_CHANGED,
            r"\b(del)?mål(et|sætning(en)?)? (er )?ændret\b|^ændret til\b|skrevet ind i målet",
        ),
        (AssessmentCategory.GOAL_KEPT, r"\bfasthold(?:t|e|es)?\b"),
        # "ikke muligt at indarbejde …" declines: an explanation, not an incorporation.
        (AssessmentCategory.EXPLANATION, r"\bikke\b[^.]{0,40}\b(indarbejde|indskrive|skrive ind)"),
        (
            AssessmentCategory.INCORPORATED,
            r"\b(indarbejde[ts]?|indskrevet|skrevet ind|indgår i|involveres)\b",
        ),
        (
            AssessmentCategory.FURTHER_WORK,
            r"\binput\b|\barbejde[rs]?( \w+)? videre\b|\bvidere arbejde\b|\bgode ideer\b",
        ),
        (
            AssessmentCategory.DEFERRED,
            r"\bundersøges\b|\bvurderes efterfølgende\b|\bfor tidligt\b|\bløbende\b",
        ),
    )
)


def categorise(text: str) -> AssessmentCategory:
    """The category an assessment text most likely belongs to."""
    if not text.strip():
        return AssessmentCategory.BLANK
    for category, pattern in _RULES:
        if pattern.search(text):
            return category
    return AssessmentCategory.EXPLANATION


_CHANGED_TO = re.compile(
    r"^\s*(?:del)?mål(?:et)? (?:er )?ændret til:\s*(.+)$", re.IGNORECASE | re.DOTALL
)
_NEW_GOAL = re.compile(r"^\s*nyt (?:del)?mål:\s*(.+)$", re.IGNORECASE | re.DOTALL)
_DROPPED = re.compile(r"^\s*(?:mål|tiltag)(?:et)? udgår\.?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedRevision:
    """A revision an assessment states word for word, e.g. "Mål ændret til: …"."""

    category: AssessmentCategory
    text: str | None = None


def stated_revision(text: str) -> StatedRevision | None:
    """The revision an assessment spells out, if it is unambiguous; else None."""
    if match := _CHANGED_TO.match(text):
        return StatedRevision(AssessmentCategory.SUB_GOAL_CHANGED, match.group(1).strip())
    if match := _NEW_GOAL.match(text):
        return StatedRevision(AssessmentCategory.SUB_GOAL_ADDED, match.group(1).strip())
    if _DROPPED.match(text):
        return StatedRevision(AssessmentCategory.MEASURE_DROPPED)
    return None
