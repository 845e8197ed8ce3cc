"""Personal data in free text: what a public document must not show.

Citizens write their e-mail address, phone number, street address and name
into their responses; a committee annex is published. :func:`find_personal_data`
finds e-mail addresses, Danish phone numbers, CPR numbers and street addresses
in any common formatting, and the known contact details (name, address …) of
the person who wrote the text; :func:`redact` replaces what it finds.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

REDACTED = "[personoplysning fjernet]"


class PersonalDataKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CPR = "cpr"
    ADDRESS = "address"
    # One of the writer's registered contact details (a name, an address …).
    KNOWN = "known"


KIND_LABEL = {
    PersonalDataKind.EMAIL: "e-mailadresse",
    PersonalDataKind.PHONE: "telefonnummer",
    PersonalDataKind.CPR: "CPR-nummer",
    PersonalDataKind.ADDRESS: "adresse",
    PersonalDataKind.KNOWN: "afsenderens oplysninger",
}


@dataclass(frozen=True, slots=True)
class Hit:
    kind: PersonalDataKind
    start: int
    end: int
    text: str


_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# +45/0045 optional; eight digits together, in pairs, or in fours after a country code.
# Year ranges ("2023-2025") and amounts ("20.000.000") do not match.
_PHONE = (
    r"(?:(?:\+|00)\s?45[\s-]?)?(?:\d{8}|\d{2}(?:[ .]\d{2}){3})"
    r"|(?:\+|00)\s?45[\s-]?\d{4}[ ]\d{4}"
)
_CPR = r"[0-3]\d[01]\d\d\d-?\d{4}"
_NUMBERS = re.compile(
    rf"(?<![\w+@.-])(?:(?P<email>{_EMAIL})|(?P<cpr>{_CPR})|(?P<phone>{_PHONE}))(?![\w@])",
    re.IGNORECASE,
)

# A Danish street address: a street name ending as street names do ("Eksempelvej",
# "Ballerup Boulevard", "Sankt Jakobs Gade"), a house number with an optional letter,
# optionally the floor and side ("2. th.", "st. tv") and the postcode and town.
# A street named without a number is a place, not an address, and is left alone.
_STREET_ENDINGS = (
    "vej|vejen|gade|gaden|allé|alléen|alle|boulevard|plads|pladsen|stræde|strædet|vænge|"
    "vænget|park|parken|bakke|bakken|toft|toften|torv|torvet|have|haven|høj|højen|dal|dalen|"
    "vang|vangen|lund|lunden|kær|kæret|eng|engen|løkke|løkken|ager|agre|sti|stien|hegn|"
    "krog|krogen|bjerg|mark|marken|holm|gård|gården|skov|skoven|strand|stranden|brink|"
    "brinken|huse|husene|række|rækken"
)
_CAPITAL = "A-ZÆØÅ"
_NAME_WORD = rf"[{_CAPITAL}][\w.'-]*"
_STREET = (
    rf"(?:(?:{_NAME_WORD}[ ]+){{0,3}}[{_CAPITAL}][\w'-]*(?:{_STREET_ENDINGS})"
    rf"|(?:{_NAME_WORD}[ ]+){{1,3}}(?i:{_STREET_ENDINGS}))"
)
_HOUSE = r"\d{1,4}(?:[A-Za-z]\b| [A-Z]\b)?"
_FLOOR = r"(?:,?[ ]*(?:st|kl|\d{1,2})\b\.?(?:[ ]*sal\b)?(?:,?[ ]*(?:th|tv|mf|\d{1,3})\b\.?)?)?"
_POSTCODE_TOWN = rf"(?:,?\s*\d{{4}}[ ]+[{_CAPITAL}][\w-]+(?:[ ]+[{_CAPITAL}]\b\.?)?)?"
_ADDRESS = re.compile(rf"(?<![\w-]){_STREET}[ ]+{_HOUSE}{_FLOOR}{_POSTCODE_TOWN}")


def find_personal_data(text: str, known: Iterable[str] = (), *, patterns: bool = True) -> list[Hit]:
    """Everything in ``text`` a public document must not show, in order, without overlaps;
    without ``patterns`` only the ``known`` details."""
    found = _known_hits(text, known)
    if patterns:
        found += _pattern_hits(text)
    return _without_overlaps(text, found)


def redact(text: str, known: Iterable[str] = (), *, patterns: bool = True) -> str:
    """``text`` with e-mail addresses, phone and CPR numbers, street addresses and the
    ``known`` details replaced by :data:`REDACTED` (only the latter without ``patterns``)."""
    return replace_hits(text, find_personal_data(text, known, patterns=patterns))


class Redactor:
    """:func:`redact` for many texts of which many are alike (campaigns repeat theirs).

    What the patterns find depends on the text alone, so it is looked for once per
    distinct text (the last ``remembered`` of them); the writer's known details differ
    from text to text and are looked for in each.
    """

    def __init__(self, remembered: int = 4096) -> None:
        # text → (the text in lower case, the text with what the patterns find redacted)
        self._seen = lru_cache(maxsize=remembered)(lambda text: (text.lower(), redact(text)))
        # A writer's details, as looked for: each of their texts is tested against them.
        self._usable = lru_cache(maxsize=remembered)(
            lambda known: tuple(value.lower() for value in _usable(known))
        )

    def redact(self, text: str, known: tuple[str, ...] = ()) -> str:
        lowered, redacted = self._seen(text)
        if any(value in lowered for value in self._usable(known)):
            return redact(text, known)
        return redacted


def replace_hits(text: str, hits: Iterable[Hit]) -> str:
    parts: list[str] = []
    end = 0
    for hit in hits:
        parts += [text[end : hit.start], REDACTED]
        end = hit.end
    parts.append(text[end:])
    return "".join(parts)


def _known_hits(text: str, known: Iterable[str]) -> list[Hit]:
    lowered = text.lower()
    hits = []
    for value in _usable(known):
        if value.lower() in lowered:
            pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
            hits += [
                Hit(PersonalDataKind.KNOWN, m.start(), m.end(), m.group())
                for m in re.finditer(pattern, text, re.IGNORECASE)
            ]
    return hits


def _usable(known: Iterable[str]) -> set[str]:
    """The known details worth looking for: shorter values would remove ordinary words
    (``Redactor.redact`` tests the same). A value is looked for by a cheap test before
    any regex."""
    return {v.strip() for v in known if len(v.strip()) >= 3}


def _pattern_hits(text: str) -> list[Hit]:
    hits = []
    for match in _NUMBERS.finditer(text):
        kind = PersonalDataKind(str(match.lastgroup))
        hits.append(Hit(kind, match.start(), match.end(), match.group()))
    hits += [
        Hit(PersonalDataKind.ADDRESS, m.start(), m.end(), m.group())
        for m in _ADDRESS.finditer(text)
    ]
    return hits


def _without_overlaps(text: str, hits: list[Hit]) -> list[Hit]:
    """Overlapping hits become one covering both, of the kind of the one that starts first
    (the longer one, and a pattern's kind before the writer's known detail)."""
    spans: list[tuple[PersonalDataKind, int, int]] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end, h.kind is PersonalDataKind.KNOWN)):
        if spans and hit.start < spans[-1][2]:
            kind, start, end = spans[-1]
            spans[-1] = (kind, start, max(end, hit.end))
        else:
            spans.append((hit.kind, hit.start, hit.end))
    return [Hit(kind, start, end, text[start:end]) for kind, start, end in spans]
