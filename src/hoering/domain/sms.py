"""SMS rules: the consultation's keyword ("BALK KLIMA <text>") and Danish phone numbers."""

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class KeywordMatch(StrEnum):
    MATCH = "match"  # the keyword and a text
    EMPTY = "empty"  # the keyword and nothing else
    OTHER = "other"  # another keyword of the same sender prefix ("BALK SKOLE …")
    MISSING = "missing"  # no keyword at all


@dataclass(frozen=True, slots=True)
class KeywordResult:
    match: KeywordMatch
    text: str


def normalise_keyword(keyword: str) -> str:
    return " ".join(keyword.upper().split())


def strip_keyword(message: str, keyword: str) -> KeywordResult:
    """Remove the keyword tolerantly: any case, extra spaces or line breaks, a colon or dash."""
    patterns = _keyword_patterns(normalise_keyword(keyword))
    if patterns is None:
        return KeywordResult(KeywordMatch.MISSING, message.strip())
    full, prefix = patterns
    if found := full.match(message):
        text = message[found.end() :].strip()
        return KeywordResult(KeywordMatch.MATCH if text else KeywordMatch.EMPTY, text)
    if prefix is not None and prefix.match(message):
        return KeywordResult(KeywordMatch.OTHER, message.strip())
    return KeywordResult(KeywordMatch.MISSING, message.strip())


@cache
def _keyword_patterns(keyword: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The whole keyword, and its first word when it has more (built once per keyword)."""
    words = keyword.split()
    if not words:
        return None
    full = re.compile(
        r"^\s*" + r"\s+".join(map(re.escape, words)) + r"(?![\wæøå])[\s:;,.\-–—]*",
        re.IGNORECASE,
    )
    prefix = re.compile(rf"^\s*{re.escape(words[0])}(?![\wæøå])", re.IGNORECASE)
    return full, prefix if len(words) > 1 else None


def normalise_phone(number: str) -> str | None:
    """+45XXXXXXXX for Danish numbers (45…, 0045…, +45 …, bare 8 digits); None if garbled."""
    text = number.strip()
    if re.search(r"[eE][+-]?\d", text):  # Excel turned it into 4.51E+09: digits are lost
        return None
    digits = re.sub(r"\D", "", text)
    international = text.startswith("+") or digits.startswith("00")
    digits = digits[2:] if digits.startswith("00") else digits
    if len(digits) == 8 and not international:
        return f"+45{digits}"
    if digits.startswith("45") and (international or len(digits) == 10):
        # Danish numbers have exactly eight digits after the country code.
        return f"+{digits}" if len(digits) == 10 else None
    if international and 8 <= len(digits) <= 15:
        return f"+{digits}"
    return None
