"""Personal data in free text: what a public document must not show.

Citizens write their e-mail address, phone number and name into their
responses; a committee annex is published. The redactor removes e-mail
addresses, Danish phone numbers and CPR numbers in any common formatting, and
the known contact details (name, address …) of the person who wrote the text.
"""

import re
from collections.abc import Iterable

REDACTED = "[personoplysning fjernet]"

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# +45/0045 optional; eight digits together, in pairs, or in fours after a country code.
# Year ranges ("2023-2025") and amounts ("20.000.000") do not match.
_PHONE = (
    r"(?:(?:\+|00)\s?45[\s-]?)?(?:\d{8}|\d{2}(?:[ .]\d{2}){3})"
    r"|(?:\+|00)\s?45[\s-]?\d{4}[ ]\d{4}"
)
_CPR = r"[0-3]\d[01]\d\d\d-?\d{4}"
_PATTERNS = re.compile(rf"(?<![\w+@.-])(?:{_EMAIL}|{_PHONE}|{_CPR})(?![\w@])", re.IGNORECASE)


def redact(text: str, known: Iterable[str] = ()) -> str:
    """``text`` without e-mail addresses, phone and CPR numbers and the ``known`` details."""
    lowered = text.lower()
    # Longest first, so "Karen Eksempel" goes before "Karen"; a cheap test before any regex.
    values = sorted({v.strip() for v in known if len(v.strip()) >= 3}, key=len, reverse=True)
    for value in values:
        if value.lower() in lowered:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", REDACTED, text, flags=re.IGNORECASE)
    return _PATTERNS.sub(REDACTED, text)
