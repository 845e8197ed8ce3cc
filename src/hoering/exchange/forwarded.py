"""Forwarded mail written inline: the header block a mail client puts above the original.

Danish Outlook writes ``Fra:/Sendt:/Til:/Emne:``, English Outlook
``From:/Sent:/To:/Subject:``, Gmail and Apple Mail ``From:/Date:`` or
``Fra:/Dato:`` under a "Forwarded message" line. The original sender and date are
only offered to the case handler, so a block is recognised when a sender line is
followed closely by a date line, and dates are read in the common Danish and
English spellings; times without a zone are the consultation's local time.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class ForwardedOrigin:
    """Who wrote a forwarded mail, and when, as far as the forward shows it."""

    sender_name: str | None
    sender_address: str | None
    sent_at: datetime | None
    subject: str | None


_SENDER = re.compile(r"^[>\s*]*(?:fra|from|von|de)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)
_DATE = re.compile(
    r"^[>\s*]*(?:sendt|sent|dato|date|gesendet|datum)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE
)
_SUBJECT = re.compile(r"^[>\s*]*(?:emne|subject|betreff)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
# How far below the sender line the date may come (Apple Mail puts the subject between).
_BLOCK_LINES = 5

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "january", "jan"),
            ("februar", "february", "feb"),
            ("marts", "march", "mar", "mrz"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?\s*(?P<ampm>am|pm)?"
_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})\.?\s+(?P<month>[a-zæøå]+)\.?\s+(?P<year>\d{{4}})\D*?{_TIME}"
)
_MONTH_FIRST = re.compile(
    rf"(?P<month>[a-z]+)\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\D*?{_TIME}"
)
_NUMERIC = re.compile(
    rf"(?P<day>\d{{1,2}})[-./](?P<month>\d{{1,2}})[-./](?P<year>\d{{4}})\D*?{_TIME}"
)
_ISO = re.compile(rf"(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})[ T]{_TIME}")


def find_inline_forward(body: str, time_zone: str) -> ForwardedOrigin | None:
    """The first inline forward header block of a body, if there is one."""
    lines = body.splitlines()
    for index, line in enumerate(lines):
        sender = _SENDER.match(line)
        if sender is None:
            continue
        block = lines[index + 1 : index + 1 + _BLOCK_LINES]
        dates = [m for m in map(_DATE.match, block) if m is not None]
        if not dates:
            continue
        name, address = parse_sender(sender.group("value"))
        subjects = [m for m in map(_SUBJECT.match, block) if m is not None]
        return ForwardedOrigin(
            sender_name=name,
            sender_address=address,
            sent_at=parse_written_date(dates[0].group("value"), time_zone),
            subject=subjects[0].group("value") or None if subjects else None,
        )
    return None


def parse_sender(text: str) -> tuple[str | None, str | None]:
    """Name and address from "Name <a@b>", "Name [mailto:a@b]", "a@b" or a bare name."""
    text = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", text.strip())
    name, address = parseaddr(text)
    if "@" not in address:
        return (text.strip(" \"'") or None), None
    return (name.strip(" \"'") or None), address.strip().lower()


def parse_written_date(text: str, time_zone: str) -> datetime | None:
    """A date as mail clients write it in forwards, in Danish or English; None if unreadable."""
    try:
        parsed = parsedate_to_datetime(text)
        if parsed.tzinfo is not None:
            return parsed
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = text.lower().replace(" kl.", " ").replace(" at ", " ").replace(",", " ")
    for pattern in (_ISO, _NUMERIC, _DAY_FIRST, _MONTH_FIRST):
        found = pattern.search(cleaned)
        if found is not None and (local := _local_time(found, ZoneInfo(time_zone))):
            return local
    return None


def _local_time(found: re.Match[str], zone: ZoneInfo) -> datetime | None:
    month_text = found.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
    if month is None:
        return None
    hour = int(found.group("hour"))
    if found.group("ampm") == "pm" and hour < 12:
        hour += 12
    elif found.group("ampm") == "am" and hour == 12:
        hour = 0
    try:
        return datetime(
            int(found.group("year")),
            month,
            int(found.group("day")),
            hour,
            int(found.group("minute")),
            int(found.group("second") or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None
