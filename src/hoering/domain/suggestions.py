"""Which measures (or sections) a piece of a response is about: suggestions for the splitter.

Explicit references come first ("punkt 7-11", "handling 38", "nr. 12"), then a
measure or section whose title the text names, then the ones whose title and
sub-goals share the most meaningful words with the text (weighted by how rare
each word is among the candidates, titles counting double).
"""

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from hoering.domain.references import measure_references
from hoering.domain.words import content_stems

# Below this a shared word or two is noise ("klima" is in every title).
MIN_SIMILARITY = 0.12


class SuggestionReason(StrEnum):
    REFERENCE = "reference"  # the text names its number
    TITLE = "title"  # the text names its title
    SIMILAR = "similar"  # the text shares words with its title and sub-goals


@dataclass(frozen=True, slots=True)
class TargetCandidate:
    """A measure (with a number) or a section that a comment may point at."""

    key: int
    title: str
    number: str | None = None
    details: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    key: int
    reason: SuggestionReason
    score: float


def suggest_targets(
    text: str, candidates: Sequence[TargetCandidate], limit: int = 8
) -> list[Suggestion]:
    """The likeliest targets of a text, best first, each with why it is suggested."""
    by_number = {c.number: c for c in candidates if c.number}
    found = [
        Suggestion(by_number[n].key, SuggestionReason.REFERENCE, 1.0)
        for n in measure_references(text)
        if n in by_number
    ]
    stems = content_stems(text)
    present = set(stems)
    found += [
        Suggestion(c.key, SuggestionReason.TITLE, 0.9)
        for c in candidates
        if _names_title(stems, present, content_stems(c.title))
    ]
    found += [
        Suggestion(key, SuggestionReason.SIMILAR, round(score, 3))
        for key, score in _similar(stems, candidates)
    ]
    unique: dict[int, Suggestion] = {}
    for suggestion in found:
        unique.setdefault(suggestion.key, suggestion)
    return list(unique.values())[:limit]


def _names_title(stems: list[str], present: set[str], title: list[str]) -> bool:
    """The title's words appear in the text: in a row when it is one or two words long
    ("Partnerskaber", "Direkte genbrug"), otherwise all of them somewhere."""
    if not title:
        return False
    if len(title) > 2:
        return set(title) <= present
    return any(stems[i : i + len(title)] == title for i in range(len(stems)))


def _similar(stems: list[str], candidates: Sequence[TargetCandidate]) -> list[tuple[int, float]]:
    """Cosine similarity of weighted word counts, best first, above MIN_SIMILARITY."""
    documents = {
        c.key: Counter(content_stems(c.title) * 2 + content_stems(" ".join(c.details)))
        for c in candidates
    }
    frequency = Counter(word for counts in documents.values() for word in counts)
    total = len(documents) or 1

    def weight(word: str) -> float:
        return math.log(1 + total / frequency[word]) if frequency[word] else 0.0

    query = {w: n * weight(w) for w, n in Counter(stems).items()}
    query_norm = math.sqrt(sum(v * v for v in query.values()))
    if not query_norm:
        return []
    scored = []
    for key, counts in documents.items():
        vector = {w: n * weight(w) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values()))
        if not norm:
            continue
        score = sum(query.get(w, 0.0) * v for w, v in vector.items()) / (query_norm * norm)
        if score >= MIN_SIMILARITY:
            scored.append((key, score))
    return sorted(scored, key=lambda pair: -pair[1])
