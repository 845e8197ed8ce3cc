"""Reading an SMS gateway's export (CSV or JSON): one row per received message.

Danish gateways and Excel differ in delimiter, encoding, column names and date
format, so the layout is detected and shown to the user, who may correct any of
it (:func:`preview_sms_export`, then :func:`read_sms_export` with the layout).
All columns are read as text (Excel's 4.51E+09 phone numbers are reported, not
trusted). Times without a zone are the consultation's local time. The parts of
a long SMS are joined when the export identifies them (:func:`join_sms_parts`).
"""

import codecs
import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from hoering.domain.errors import FileFormatError


class SmsField(StrEnum):
    """What a column of an export holds."""

    ID = "id"
    SENDER = "sender"
    RECEIVER = "receiver"
    TEXT = "text"
    RECEIVED = "received"
    PART_REFERENCE = "part_reference"
    PART_NUMBER = "part_number"
    PART_TOTAL = "part_total"


_ALIASES: dict[SmsField, tuple[str, ...]] = {
    SmsField.ID: ("id", "sms_id", "smsid", "message_id", "messageid", "løbenummer", "msgid"),
    SmsField.SENDER: (
        "afsender",
        "sender",
        "msisdn",
        "from",
        "fra",
        "telefon",
        "nummer",
        "originator",
        "afsendernummer",
    ),
    SmsField.RECEIVER: (
        "modtager",
        "receiver",
        "recipient",
        "to",
        "til",
        "shortcode",
        "kortnummer",
    ),
    SmsField.TEXT: ("besked", "message", "text", "tekst", "body", "indhold", "sms", "content"),
    SmsField.RECEIVED: (
        "modtaget",
        "received",
        "receivedat",
        "received_at",
        "timestamp",
        "time",
        "tidspunkt",
        "dato",
        "date",
        "datetime",
    ),
    SmsField.PART_REFERENCE: (
        "ref",
        "reference",
        "concat_ref",
        "concatref",
        "udh_ref",
        "csms_ref",
        "part_ref",
        "multipart_ref",
        "delreference",
    ),
    SmsField.PART_NUMBER: ("part", "part_no", "part_number", "partnumber", "seq", "del", "delnr"),
    SmsField.PART_TOTAL: ("parts", "total_parts", "part_total", "parttotal", "antal_dele", "dele"),
}
_REQUIRED = (SmsField.SENDER, SmsField.TEXT)

UNIX_TIME = "unix"
ISO_TIME = "iso"
# Day first before month first: a Danish export writes 04-05-2023 for 4 May.
DATE_FORMATS = (
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H.%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H.%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
)
_SAMPLE_ROWS = 5
# About 3000 messages: enough to detect the date format, quick to read again.
_PREVIEW_CHARS = 1_000_000


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class SmsLayout:
    """How to read an export. Detected by :func:`preview_sms_export`; the user may change it."""

    format: ExportFormat
    encoding: str
    # The column (CSV heading or JSON key) of each field; sender and text are required.
    columns: Mapping[SmsField, str]
    delimiter: str | None = None
    # "unix", "iso" or a strptime pattern such as "%d-%m-%Y %H:%M"; None reads any known one.
    date_format: str | None = None


@dataclass(frozen=True, slots=True)
class SmsPreview:
    """What the user checks before importing: the layout found, the columns and a few rows."""

    layout: SmsLayout
    headings: tuple[str, ...]
    sample: tuple[Mapping[str, str], ...]
    rows: int
    # A long CSV file is previewed from its start: ``rows`` is then an estimate.
    rows_estimated: bool = False
    # Fields no column was found for (the user can choose one).
    unmapped: tuple[SmsField, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class SmsRow:
    line: int
    external_id: str | None
    sender: str
    receiver: str | None
    text: str
    received_at: datetime | None
    raw: str
    # As written in the export, for a message to the user when it cannot be read.
    received_text: str = ""
    part_reference: str | None = None
    part_number: int | None = None
    part_total: int | None = None
    # The last line of a joined long SMS (its first is ``line``).
    last_line: int | None = None
    problem: str | None = None

    @property
    def location(self) -> str:
        if self.last_line is not None and self.last_line != self.line:
            return f"linje {self.line}-{self.last_line}"
        return f"linje {self.line}"


def preview_sms_export(data: bytes, layout: SmsLayout | None = None) -> SmsPreview:
    """The detected (or given) layout with the headings and the first rows as text.

    A CSV file is read only as far as :data:`_PREVIEW_CHARS`, so that a window can
    preview a file of 100 000 messages while the user changes the layout.
    """
    layout = layout or detect_layout(data)
    text = _text(data, layout.encoding)
    head, whole = _head(text) if layout.format is ExportFormat.CSV else (text, True)
    headings, records = _records(head, layout)
    if not whole and len(records) > 1:
        records.pop()  # it may be cut inside a quoted line break
    sample = tuple(dict(values) for _, values in records[:_SAMPLE_ROWS])
    if layout.date_format is None and SmsField.RECEIVED in layout.columns:
        times = [v.get(layout.columns[SmsField.RECEIVED], "") for _, v in records[:200]]
        layout = replace(layout, date_format=detect_date_format(times))
    return SmsPreview(
        layout=layout,
        headings=headings,
        sample=sample,
        rows=len(records) if whole else round(len(records) * len(text) / len(head)),
        rows_estimated=not whole,
        unmapped=tuple(f for f in SmsField if f not in layout.columns),
    )


def sample_messages(preview: SmsPreview, time_zone: str) -> tuple[SmsRow, ...]:
    """The preview's rows read with its layout: what an import would make of them
    (nothing while the sender or text column is not chosen)."""
    if any(f not in preview.layout.columns for f in _REQUIRED):
        return ()
    zone = ZoneInfo(time_zone)
    return tuple(
        _row(number, values, preview.layout, zone) for number, values in enumerate(preview.sample)
    )


def read_sms_export(data: bytes, time_zone: str, layout: SmsLayout | None = None) -> list[SmsRow]:
    """Every message of an export, with its line (CSV) or position (JSON) for the user."""
    layout = layout or detect_layout(data)
    headings, records = _records(_text(data, layout.encoding), layout)
    if any(f not in layout.columns for f in _REQUIRED):
        raise FileFormatError(
            "SMS-filen mangler kolonner til afsender og besked (fandt: "
            + ", ".join(headings)
            + ")."
        )
    zone = ZoneInfo(time_zone)
    return [_row(line, values, layout, zone) for line, values in records]


def detect_layout(data: bytes) -> SmsLayout:
    """Encoding, format, delimiter and columns, as far as they can be told from the file."""
    encoding = detect_encoding(data)
    text = _text(data, encoding)
    head, _ = _head(text)
    if head.lstrip()[:1] in "[{":
        headings = _json_headings(_json_records(text))
        return SmsLayout(ExportFormat.JSON, encoding, _map_columns(headings))
    delimiter = _delimiter(head)
    first_row: list[str] = next(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter))
    return SmsLayout(ExportFormat.CSV, encoding, _map_columns(first_row), delimiter)


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        _decoded(data, "utf-8")
    except UnicodeDecodeError:
        return "cp1252"  # what Danish Excel writes
    return "utf-8"


def detect_date_format(values: Iterable[str]) -> str | None:
    """The first known format that reads every non-empty value; None if none does."""
    samples = [v.strip() for v in values if v.strip()]
    if not samples:
        return None
    if all(v.isdigit() and len(v) >= 9 for v in samples):
        return UNIX_TIME
    if all(_iso(v) is not None for v in samples):
        return ISO_TIME
    for pattern in DATE_FORMATS:
        if all(_strptime(v, pattern) is not None for v in samples):
            return pattern
    return None


def parse_local_time(text: str, zone: ZoneInfo, date_format: str | None = None) -> datetime | None:
    """A gateway time: UNIX seconds (or ms), ISO with or without an offset, or local formats."""
    text = text.strip()
    if not text:
        return None
    if date_format not in (None, UNIX_TIME, ISO_TIME):
        parsed = _strptime(text, str(date_format))
        return parsed.replace(tzinfo=zone) if parsed else None
    if text.isdigit() and len(text) >= 9 and date_format != ISO_TIME:
        return _unix_time(text, zone)
    if (iso := _iso(text)) is not None:
        return iso if iso.tzinfo else iso.replace(tzinfo=zone)
    parsed = next(filter(None, (_strptime(text, p) for p in DATE_FORMATS)), None)
    return parsed.replace(tzinfo=zone) if parsed else None


def _unix_time(text: str, zone: ZoneInfo) -> datetime | None:
    seconds = int(text) / 1000 if len(text) >= 12 else int(text)  # some gateways give ms
    try:
        return datetime.fromtimestamp(seconds, zone)
    except (OverflowError, OSError, ValueError):
        return None


def join_sms_parts(rows: Sequence[SmsRow]) -> list[SmsRow]:
    """Join the parts of long SMS (same sender and reference) in part order.

    Parts are joined without a separator, as the phone split the text. A message
    whose parts are not all in the export keeps what is there and says so.
    """
    groups: dict[tuple[str, str], list[SmsRow]] = {}
    for row in rows:
        if row.part_reference and row.part_total and row.part_total > 1:
            groups.setdefault((row.sender, row.part_reference), []).append(row)
    joined: list[SmsRow] = []
    done: set[tuple[str, str]] = set()
    for row in rows:
        key = (row.sender, row.part_reference or "")
        if key not in groups:
            joined.append(row)
        elif key not in done:
            done.add(key)
            joined.append(_joined(groups[key]))
    return joined


def _joined(parts: list[SmsRow]) -> SmsRow:
    ordered = sorted(parts, key=lambda p: (p.part_number or 0, p.line))
    first = ordered[0]
    total = first.part_total or len(ordered)
    have = {p.part_number for p in ordered}
    missing = [str(n) for n in range(1, total + 1) if n not in have]
    problem = (
        f"SMS'en er en lang besked, men del {', '.join(missing)} af {total} mangler i filen."
        if missing
        else first.problem
    )
    return replace(
        first,
        text="".join(p.text for p in ordered),
        raw="\n".join(p.raw for p in ordered),
        received_at=max((p.received_at for p in ordered if p.received_at), default=None),
        line=min(p.line for p in ordered),
        last_line=max(p.line for p in ordered),
        part_number=None,
        problem=problem,
    )


def _records(
    text: str, layout: SmsLayout
) -> tuple[tuple[str, ...], list[tuple[int, dict[str, str]]]]:
    """The headings and each record as heading → text, with its line or position."""
    if layout.format is ExportFormat.JSON:
        objects = _json_records(text)
        return _json_headings(objects), [
            (number, _flatten(obj)) for number, obj in enumerate(objects, 1)
        ]
    reader = csv.reader(_lines(text), delimiter=layout.delimiter or ";")
    headings = tuple(h.strip() for row in itertools.islice(reader, 1) for h in row)
    records = []
    for values in reader:
        if any(v.strip() for v in values):
            records.append((reader.line_num, dict(zip(headings, values, strict=False))))
    return headings, records


def _row(line: int, values: Mapping[str, str], layout: SmsLayout, zone: ZoneInfo) -> SmsRow:
    def value(name: SmsField) -> str:
        column = layout.columns.get(name)
        return (values.get(column) or "").strip() if column is not None else ""

    received = value(SmsField.RECEIVED)
    return SmsRow(
        line=line,
        external_id=value(SmsField.ID) or None,
        sender=value(SmsField.SENDER),
        receiver=value(SmsField.RECEIVER) or None,
        # Not stripped: a long SMS may be split right after a space.
        text=values.get(layout.columns[SmsField.TEXT]) or "",
        received_at=parse_local_time(received, zone, layout.date_format),
        raw=(layout.delimiter or ";").join(values.values()),
        received_text=received,
        part_reference=value(SmsField.PART_REFERENCE) or None,
        part_number=_integer(value(SmsField.PART_NUMBER)),
        part_total=_integer(value(SmsField.PART_TOTAL)),
    )


def _text(data: bytes, encoding: str) -> str:
    """The export as text, without a byte order mark."""
    try:
        text = _decoded(data, encoding)
    except (LookupError, UnicodeError) as error:
        raise FileFormatError(f"SMS-filen kan ikke læses som {encoding}.") from error
    if not text or text.isspace():
        raise FileFormatError("SMS-filen er tom.")
    return text[1:] if text.startswith("\ufeff") else text


# Bytes decoded, or characters split into lines, at a time. Doing either to a 30 MB
# export in one call holds Python's interpreter lock for 50-75 ms; in pieces, a
# window's thread runs between them.
_AT_A_TIME = 1 << 20


def _decoded(data: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    pieces = [
        decoder.decode(view[start : start + _AT_A_TIME])
        for start in range(0, len(data), _AT_A_TIME)
    ]
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def _lines(text: str) -> Iterator[str]:
    """The text's lines as a file opened with ``newline=""`` gives them (line ends
    kept, for quoted line breaks), split a piece at a time."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _AT_A_TIME)
        end = len(text) if cut < 0 else cut + 1
        yield from io.StringIO(text[start:end], newline="")
        start = end


def _head(text: str) -> tuple[str, bool]:
    """The start of a long export, cut after a whole line, and whether it is all of it."""
    cut = text.rfind("\n", 0, _PREVIEW_CHARS)
    if len(text) <= _PREVIEW_CHARS or cut < 0:
        return text, True
    return text[: cut + 1], False


def _delimiter(text: str) -> str:
    """The separator the header row uses most: Danish Excel writes ';', others ',' or tab."""
    header = text.split("\n", 1)[0]
    delimiter = max(";,\t|", key=header.count)
    if header.count(delimiter) == 0:
        raise FileFormatError("SMS-filen er ikke en CSV-fil med kendte skilletegn (; , tab).")
    return delimiter


def _json_records(text: str) -> list[dict[str, Any]]:
    """A list of objects, an object holding one, or one object per line (NDJSON)."""
    try:
        loaded: Any = json.loads(text)
    except json.JSONDecodeError:
        try:
            loaded = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as error:
            raise FileFormatError(f"SMS-filen er ikke gyldig JSON ({error.msg}).") from error
    if isinstance(loaded, dict):
        lists = [v for v in loaded.values() if isinstance(v, list)]
        loaded = lists[0] if len(lists) == 1 else [loaded]
    if not isinstance(loaded, list) or not all(isinstance(o, dict) for o in loaded):
        raise FileFormatError("SMS-filen er JSON, men ikke en liste af beskeder.")
    return loaded


def _json_headings(objects: list[dict[str, Any]]) -> tuple[str, ...]:
    headings: dict[str, None] = {}
    for obj in objects[:100]:
        headings.update(dict.fromkeys(_flatten(obj)))
    return tuple(headings)


def _flatten(obj: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Nested keys as "from.msisdn"; every value as the text it is written as."""
    flat: dict[str, str] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        elif value is None:
            flat[name] = ""
        elif isinstance(value, bool | int | float):
            flat[name] = json.dumps(value)
        else:
            flat[name] = str(value)
    return flat


def _map_columns(headings: Sequence[str]) -> dict[SmsField, str]:
    columns: dict[SmsField, str] = {}
    used: set[str] = set()
    for name, aliases in _ALIASES.items():
        for heading in headings:
            key = re.sub(r"[\s\-]+", "_", heading.strip().lower()).split(".")[-1]
            if heading not in used and key in aliases:
                columns[name] = heading
                used.add(heading)
                break
    return columns


def _iso(text: str) -> datetime | None:
    if len(text) < 10 or text[4] != "-":
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _strptime(text: str, pattern: str) -> datetime | None:
    """``datetime.strptime`` without its cost: the pattern becomes a regular expression
    once (strptime is the slowest step of reading 100 000 rows)."""
    found = _pattern_regex(pattern).fullmatch(text)
    if found is None:
        return None
    parts = found.groupdict()
    hour = int(parts.get("H") or parts.get("I") or 0)
    if (parts.get("p") or "").upper() == "PM" and hour < 12:
        hour += 12
    elif (parts.get("p") or "").upper() == "AM" and hour == 12:
        hour = 0
    year = int(parts["Y"]) if parts.get("Y") else 2000 + int(parts.get("y") or 0)
    try:
        return datetime(
            year,
            int(parts["m"]),
            int(parts["d"]),
            hour,
            int(parts.get("M") or 0),
            int(parts.get("S") or 0),
        )
    except (KeyError, ValueError):
        return None


_DIRECTIVES = {
    "d": r"(?P<d>\d{1,2})",
    "m": r"(?P<m>\d{1,2})",
    "Y": r"(?P<Y>\d{4})",
    "y": r"(?P<y>\d{2})",
    "H": r"(?P<H>\d{1,2})",
    "I": r"(?P<I>\d{1,2})",
    "M": r"(?P<M>\d{1,2})",
    "S": r"(?P<S>\d{1,2})",
    "p": r"(?P<p>[AaPp][Mm])",
}


@cache
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """A strptime pattern of the directives above as a regular expression; a pattern
    with others (or without a day, month and year) matches nothing."""
    pieces = re.split(r"(%.)", pattern)
    regex = []
    for piece in pieces:
        if piece.startswith("%"):
            directive = _DIRECTIVES.get(piece[1:])
            if directive is None or directive in regex:
                return re.compile(r"(?!)")
            regex.append(directive)
        else:
            regex.append(re.escape(piece))
    joined = "".join(regex)
    if not all(f"(?P<{d}>" in joined for d in "dm") or not (
        "(?P<Y>" in joined or "(?P<y>" in joined
    ):
        return re.compile(r"(?!)")
    return re.compile(joined)


def _integer(text: str) -> int | None:
    return int(text) if text.isdigit() else None
