"""Reading an SMS gateway's CSV export: one row per received message.

Danish gateways and Excel differ in delimiter, encoding, column names and date
format; all columns are read as text (Excel's 4.51E+09 phone numbers are
reported, not trusted). Times without a zone are the consultation's local time.
"""

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from hoering.domain.errors import FileFormatError

_COLUMNS = {
    "id": ("id", "sms_id", "smsid", "message_id", "messageid", "løbenummer"),
    "sender": ("afsender", "sender", "msisdn", "from", "fra", "telefon", "nummer"),
    "receiver": ("modtager", "receiver", "to", "til", "shortcode", "kortnummer"),
    "text": ("besked", "message", "text", "tekst", "body", "indhold", "sms"),
    "received": ("modtaget", "received", "timestamp", "time", "tidspunkt", "dato", "date"),
}
_DATE_FORMATS = (
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
)


@dataclass(frozen=True, slots=True)
class SmsRow:
    line: int
    external_id: str | None
    sender: str
    receiver: str | None
    text: str
    received_at: datetime | None
    raw: str


def read_sms_export(data: bytes, time_zone: str) -> list[SmsRow]:
    """Every message of a CSV export, with its line number for messages to the user."""
    text = _decode(data)
    if not text.strip():
        raise FileFormatError("SMS-filen er tom.")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = _map_columns(next(reader))
    zone = ZoneInfo(time_zone)
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        rows.append(_row(reader.line_num, values, columns, zone, delimiter))
    return rows


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator the header row uses most: Danish Excel writes ';', others ',' or tab."""
    header = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=header.count)
    if header.count(delimiter) == 0:
        raise FileFormatError("SMS-filen er ikke en CSV-fil med kendte skilletegn (; , tab).")
    return delimiter


def _map_columns(header: list[str]) -> dict[str, int]:
    names = [re.sub(r"\s+", "_", h.strip().lower()) for h in header]
    columns = {}
    for field, aliases in _COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases:
                columns[field] = index
                break
    missing = [f for f in ("sender", "text") if f not in columns]
    if missing:
        raise FileFormatError(
            "SMS-filen mangler kolonner til afsender og besked (fandt: " + ", ".join(header) + ")."
        )
    return columns


def _row(
    line: int, values: list[str], columns: dict[str, int], zone: ZoneInfo, delimiter: str
) -> SmsRow:
    def value(field: str) -> str:
        index = columns.get(field)
        return values[index].strip() if index is not None and index < len(values) else ""

    return SmsRow(
        line=line,
        external_id=value("id") or None,
        sender=value("sender"),
        receiver=value("receiver") or None,
        text=value("text"),
        received_at=parse_local_time(value("received"), zone),
        raw=delimiter.join(values),
    )


def parse_local_time(text: str, zone: ZoneInfo) -> datetime | None:
    """A gateway time: UNIX seconds, ISO with an offset, or local Danish formats."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) >= 9:
        seconds = int(text) / 1000 if len(text) >= 12 else int(text)  # some gateways give ms
        try:
            return datetime.fromtimestamp(seconds, zone)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=zone)
        except ValueError:
            continue
    return None
