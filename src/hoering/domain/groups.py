"""Responsibility groups: which of Ballerup's three a group heading names, if any."""

import re

from hoering.domain.enums import GroupKind

_KINDS = (
    (re.compile(r"\bselv\b", re.IGNORECASE), GroupKind.OWN),
    (re.compile(r"\bmedejer\b", re.IGNORECASE), GroupKind.CO_OWNER),
    (re.compile(r"\bfællesskab\b", re.IGNORECASE), GroupKind.TOGETHER),
)


def group_kind(title: str) -> GroupKind:
    """ "Det vi gør selv" → OWN …; any other group heading is OTHER."""
    return next((kind for pattern, kind in _KINDS if pattern.search(title)), GroupKind.OTHER)
