"""Writing the audit log to a spreadsheet (.xlsx) or a Danish CSV file.

One row per audit entry: when, who, what happened to which record, and the
changed fields as »felt: før → efter«. The rows are streamed: a log of
millions of entries is written without holding it in memory; an .xlsx sheet
that is full continues on the next one.
"""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from hoering.exchange.annex.sheet import MAX_CELL_CHARS, clean

HEADINGS = ("Nr.", "Tidspunkt", "Bruger", "Handling", "Hvad", "Id", "Ændringer")
SHEET_TITLE = "Ændringslog"
# Excel's last row, less the heading row.
ROWS_PER_SHEET = 1_048_575
_WIDTHS = (8, 17, 16, 10, 22, 8, 120)
# What a spreadsheet reads as the start of a formula when the CSV is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class AuditRow:
    number: int
    at: datetime  # local time, without zone (spreadsheets have none)
    actor: str
    action: str
    what: str
    record_id: int
    changes: str


def write_audit_xlsx(rows: Iterable[AuditRow], target: BinaryIO) -> int:
    """Write the rows to ``target``; the number written."""
    book = Workbook(write_only=True)
    book.properties.creator = "Høring"
    sheet = _new_sheet(book, 1)
    written = in_sheet = 0
    for row in rows:
        if in_sheet == ROWS_PER_SHEET:
            sheet, in_sheet = _new_sheet(book, written // ROWS_PER_SHEET + 1), 0
        sheet.append(
            [
                row.number,
                _date_cell(sheet, row.at),
                *(_text_cell(sheet, text) for text in (row.actor, row.action, row.what)),
                row.record_id,
                _text_cell(sheet, row.changes),
            ]
        )
        written += 1
        in_sheet += 1
    book.save(target)
    return written


def write_audit_csv(rows: Iterable[AuditRow], target: BinaryIO) -> int:
    """Write the rows as Danish Excel reads CSV: semicolons, UTF-8 with a byte order mark."""
    text = io.TextIOWrapper(target, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text, delimiter=";")
    writer.writerow(HEADINGS)
    written = 0
    for row in rows:
        writer.writerow(
            [
                row.number,
                f"{row.at:%d-%m-%Y %H:%M:%S}",
                *(_csv_text(t) for t in (row.actor, row.action, row.what)),
                row.record_id,
                _csv_text(row.changes),
            ]
        )
        written += 1
    text.flush()
    text.detach()
    return written


def _new_sheet(book: Workbook, number: int) -> WriteOnlyWorksheet:
    title = SHEET_TITLE if number == 1 else f"{SHEET_TITLE} {number}"
    sheet = book.create_sheet(title)
    assert isinstance(sheet, WriteOnlyWorksheet)
    # A write-only sheet borrows these attributes from Worksheet; the stubs do not know it.
    setup = cast(Worksheet, sheet)
    for index, width in enumerate(_WIDTHS):
        setup.column_dimensions[chr(ord("A") + index)].width = width
    setup.freeze_panes = "A2"
    sheet.append(list(HEADINGS))
    return sheet


def _text_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """Untrusted text stays text: never a formula, never an illegal character."""
    cleaned, _ = clean(text)
    if len(cleaned) > MAX_CELL_CHARS:
        cleaned = cleaned[: MAX_CELL_CHARS - 1] + "…"
    cell = WriteOnlyCell(sheet, value=cleaned)
    cell.data_type = "s"
    return cell


def _date_cell(sheet: WriteOnlyWorksheet, moment: datetime) -> Cell:
    cell = WriteOnlyCell(sheet, value=moment)
    cell.number_format = "dd-mm-yyyy hh:mm:ss"
    return cell


def _csv_text(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_START) else text
