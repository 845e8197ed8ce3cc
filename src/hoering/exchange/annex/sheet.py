"""A print-ready worksheet written row by row (openpyxl write-only mode).

Every text is written as text, never as a formula, with the characters an
XML file cannot hold removed. LibreOffice does not grow wrapped rows by
itself, so each row's height is estimated from its text; a text taller than
a page, or longer than a cell can hold, continues in the rows below instead
of being cut. Pages are A4 landscape, one page wide, with the column headings
repeated on every page.
"""

import math
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import cast

from lxml.etree import tostring
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "Calibri"
FONT_SIZE = 10
# Points per line of 10 pt text and the cell's own padding, and the characters
# a line holds: 1.3 per unit of column width less one for the cell's margins;
# capitals are a fifth wider, bold text a little. Measured on LibreOffice with its
# fallback font (DejaVu Sans, wider than Calibri), so no renderer cuts a line off.
LINE_HEIGHT = 12.0
ROW_PADDING = 4.0
CHARS_PER_WIDTH = 1.3
BOLD_WIDTH = 0.88
CAPITAL_EXTRA = 0.2
# Texts up to a page are wrapped word by word; in longer ones a line loses this
# much on average.
SHORT_TEXT = 3000
CHARS_LOST_TO_WRAPPING = 4
# A row never grows taller than a printed page (Excel's own limit is 409 pt).
MAX_LINES = 32
MAX_CELL_CHARS = 32_767
CONTINUED = "(fortsat)"

# Control characters XML 1.0 forbids, lone surrogates and the two non-characters.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What Excel and LibreOffice read as the start of a formula when a cell is edited
# (a carriage return has become a line break by then).
_FORMULA_START = ("=", "+", "-", "@", "\t")

CellValue = str | CellRichText | int | datetime | None
# A character is at most this much wider than average (capitals), with a margin for
# rounding: a text this short surely fits on one line.
_WIDEST_CHAR = 1 + CAPITAL_EXTRA + 0.05
# What openpyxl writes for a sheet without rows; the rows written here go in its place.
_NO_ROWS = b"<sheetData></sheetData>"


class RowStyle(Enum):
    BODY = "body"
    THEME = "theme"
    SUB_THEME = "sub_theme"
    GROUP = "group"
    TOTAL = "total"
    COLUMN_HEADINGS = "column_headings"
    TITLE = "title"

    # Looked up for every cell written: members are singletons, so the identity hash
    # does (Enum's own hash is Python code).
    __hash__ = object.__hash__


_FILLS = {
    RowStyle.THEME: "C9D7EE",
    RowStyle.SUB_THEME: "DFE7F5",
    RowStyle.GROUP: "EEF2FA",
    RowStyle.COLUMN_HEADINGS: "1F3864",
    RowStyle.TOTAL: "EEF2FA",
}
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
DATE_FORMAT = "dd-mm-yyyy hh:mm"


# Fonts of the redline's runs: each run names the cell's font, or Excel falls back to its own.
PLAIN_RUN = InlineFont(rFont=FONT_NAME, sz=FONT_SIZE)
DELETED_RUN = InlineFont(rFont=FONT_NAME, sz=FONT_SIZE, strike=True, color=Color("C00000"))
ADDED_RUN = InlineFont(rFont=FONT_NAME, sz=FONT_SIZE, u="single", color=Color("1F5FA8"))


def header_text(text: str) -> str:
    """Text for a page header or footer, where ``&`` starts a code."""
    return clean(text)[0].replace("&", "&&")


def clean(text: str) -> tuple[str, int]:
    """The text with line breaks normalised and XML-illegal characters removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, removed = _ILLEGAL.subn("", text)
    return cleaned, removed


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    width: float
    # Numbers and dates are centred; texts wrap and start at the top left.
    centred: bool = False


@dataclass(frozen=True, slots=True)
class PageText:
    """What is printed above and below every page (``&P``/``&N`` are page codes)."""

    header_left: str = ""
    header_centre: str = ""
    header_right: str = ""
    footer_left: str = ""
    footer_centre: str = "Side &P af &N"
    footer_right: str = ""
    warning: bool = False  # the left header is a warning (draft, personal data): red


class PrintSheet:
    """One sheet of the annex: a title row, column headings, then records of rows."""

    def __init__(
        self,
        book: Workbook,
        name: str,
        title: str,
        columns: Sequence[Column],
        page: PageText,
        *,
        headings: bool = True,
    ) -> None:
        created = book.create_sheet(name)
        assert isinstance(created, WriteOnlyWorksheet)
        self._sheet = created
        # A write-only sheet borrows these attributes from Worksheet; the type stubs
        # do not know it.
        self._setup = cast(Worksheet, created)
        self._columns = tuple(columns)
        chars = [max(4.0, c.width * CHARS_PER_WIDTH - 1) for c in columns]
        self._chars = {
            style: tuple(c * BOLD_WIDTH if _is_bold(style, i) else c for i, c in enumerate(chars))
            for style in RowStyle
        }
        self._headings = headings
        self._styles: dict[tuple[RowStyle, int, bool, bool], str] = {}
        self.rows = 0
        self.continued_cells = 0
        self.removed_characters = 0
        self._set_up_page(page)
        self._letters = [get_column_letter(i) for i in range(1, len(self._columns) + 1)]
        self._epoch = book.epoch
        # The rows' XML, written as it is built and put into the sheet when it is closed.
        self._rows_file = tempfile.TemporaryFile()  # noqa: SIM115  # closed by close()
        self._write_row([clean(title)[0]], RowStyle.TITLE, 22.0)
        if headings:
            self.add([c.heading for c in self._columns], RowStyle.COLUMN_HEADINGS)

    def _set_up_page(self, page: PageText) -> None:
        sheet = self._setup
        for index, column in enumerate(self._columns, 1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        if self._headings:
            # The column headings stay in view and are printed on every page.
            sheet.freeze_panes = "A3"
            sheet.print_title_rows = "2:2"
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        setup = sheet.page_setup
        setup.orientation = "landscape"
        setup.paperSize = Worksheet.PAPERSIZE_A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.page_margins = PageMargins(
            left=0.4, right=0.4, top=0.75, bottom=0.7, header=0.3, footer=0.3
        )
        header, footer = sheet.oddHeader, sheet.oddFooter
        assert header is not None
        assert footer is not None
        header.left.text = page.header_left
        if page.warning:
            header.left.font, header.left.color = "Calibri,Bold", "C00000"
        header.left.size = 12 if page.warning else FONT_SIZE
        header.center.text, header.right.text = page.header_centre, page.header_right
        footer.left.text, footer.center.text = page.footer_left, page.footer_centre
        footer.right.text = page.footer_right
        for part in (header.center, header.right, footer.left, footer.center, footer.right):
            part.size = 9

    def add(
        self,
        values: Sequence[CellValue],
        style: RowStyle = RowStyle.BODY,
        repeat: Sequence[CellValue] = (),
    ) -> None:
        """One record: a row, or more when a text must continue in the rows below.

        ``repeat`` fills the first columns of continuation rows (e.g. the
        measure's number and "(fortsat)") so each printed row says what it belongs to.
        """
        chars = self._chars[style]
        pieces = [self._fit(value, chars[index]) for index, value in enumerate(values)]
        count = max((len(p) for p in pieces), default=1)
        if count == 1:
            self._write_row(
                [p[0][0] for p in pieces], style, self._height([p[0][1] for p in pieces])
            )
            return
        self.continued_cells += sum(1 for p in pieces if len(p) > 1)
        repeat = [clean(v)[0] if isinstance(v, str) else v for v in repeat]
        for row in range(count):
            cells: list[CellValue] = []
            lines: list[int] = []
            for index, column_pieces in enumerate(pieces):
                if row < len(column_pieces):
                    value, line_count = column_pieces[row]
                elif row > 0 and index < len(repeat):
                    value, line_count = repeat[index], 1
                else:
                    value, line_count = None, 1
                cells.append(value)
                lines.append(line_count)
            self._write_row(cells, style, self._height(lines))

    def spacer(self) -> None:
        """An empty row without borders, between tables."""
        self.rows += 1
        self._rows_file.write(f'<row r="{self.rows}"/>'.encode())

    def close(self) -> int:
        """Set the filter over the written rows and finish the sheet; returns the number of
        rows."""
        if self._headings:
            last = get_column_letter(len(self._columns))
            self._setup.auto_filter.ref = f"A2:{last}{self.rows}"
        self._sheet.close()
        self._put_rows_in_sheet()
        return self.rows

    def _put_rows_in_sheet(self) -> None:
        """Replace the empty row list of the sheet openpyxl wrote by the rows written here.

        The sheet's file (head, page setup, filter) is small; the rows are copied in once.
        """
        path = Path(self._sheet._writer.out)  # type: ignore[attr-defined]  # openpyxl < 3.2
        head, found, tail = path.read_bytes().partition(_NO_ROWS)
        if not found:
            raise RuntimeError("openpyxl wrote the sheet in an unexpected form")
        with self._rows_file, path.open("wb") as sheet:
            sheet.write(head + b"<sheetData>")
            self._rows_file.seek(0)
            shutil.copyfileobj(self._rows_file, sheet)
            sheet.write(b"</sheetData>" + tail)

    # Fitting text into rows

    def _fit(self, value: CellValue, chars: float) -> list[tuple[CellValue, int]]:
        if isinstance(value, str):
            if (
                len(value) * _WIDEST_CHAR <= chars
                and "\n" not in value
                and "\r" not in value
                and _ILLEGAL.search(value) is None
            ):
                return [(value, 1)]  # one short line, the usual case: nothing to wrap
            text, removed = clean(value)
            self.removed_characters += removed
            return list(_split(text, chars))
        if isinstance(value, CellRichText):
            return self._fit_rich(value, chars)
        return [(value, 1)]

    def _fit_rich(self, value: CellRichText, chars: float) -> list[tuple[CellValue, int]]:
        runs: list[tuple[InlineFont | None, str]] = []
        for run in value:
            font, text = (run.font, run.text) if isinstance(run, TextBlock) else (None, run)
            text, removed = clean(text)
            self.removed_characters += removed
            runs.append((font, text))
        plain = "".join(text for _, text in runs)
        pieces: list[tuple[CellValue, int]] = []
        start = 0
        for piece, lines in _split(plain, chars):
            end = start + len(piece)
            pieces.append((_slice_runs(runs, start, end), lines))
            start = end
        return pieces

    @staticmethod
    def _height(lines: Sequence[int]) -> float:
        return max(lines, default=1) * LINE_HEIGHT + ROW_PADDING

    # Writing cells

    def _write_row(self, values: Sequence[CellValue], style: RowStyle, height: float) -> None:
        """The row's XML, as openpyxl (lxml) would write it, built as text: through
        openpyxl's cell objects or lxml elements this took most of the writing time.

        Texts have been cleaned (see ``clean``) before they come here.
        """
        self.rows += 1
        number = str(self.rows)
        parts = [f'<row r="{number}" ht="{height:g}" customHeight="1">']
        # List sheets have a cell in every column (borders, filters); tables only their own.
        width = len(self._columns) if self._headings and style is not RowStyle.TITLE else 0
        padded = list(values) + [None] * max(0, width - len(values))
        for index, value in enumerate(padded):
            cell = f'<c r="{self._letters[index]}{number}" s="'
            if value is None or value == "":
                parts.append(f'{cell}{self._style(style, index)}"/>')
            elif isinstance(value, str):
                # Never a formula (=…) or an error value (#N/A): text stays text.
                style_id = self._style(style, index, quote=value.startswith(_FORMULA_START))
                space = ' xml:space="preserve"' if value != value.strip() else ""
                parts.append(
                    f'{cell}{style_id}" t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>'
                )
            elif isinstance(value, CellRichText):
                rich = tostring(value.to_tree()).decode()
                parts.append(f'{cell}{self._style(style, index)}" t="inlineStr">{rich}</c>')
            elif isinstance(value, datetime):
                moment = to_excel(value, self._epoch)  # type: ignore[no-untyped-call]
                parts.append(
                    f'{cell}{self._style(style, index, date=True)}" t="n"><v>{moment}</v></c>'
                )
            else:
                parts.append(f'{cell}{self._style(style, index)}" t="n"><v>{value}</v></c>')
        parts.append("</row>")
        # Characters outside ASCII as character references, as openpyxl writes them.
        self._rows_file.write("".join(parts).encode("ascii", "xmlcharrefreplace"))

    def _style(
        self, style: RowStyle, index: int, *, quote: bool = False, date: bool = False
    ) -> str:
        """The number of the cell style in the workbook (registered once per kind of cell)."""
        key = (style, index, quote, date)
        found = self._styles.get(key)
        if found is None:
            found = self._styles[key] = str(self._make_style(style, index, quote, date).style_id)
        return found

    def _make_style(self, style: RowStyle, index: int, quote: bool, is_date: bool) -> Cell:
        prototype = Cell(self._setup, 1, 1)
        if style is RowStyle.TITLE:
            prototype.font = Font(name=FONT_NAME, size=14, bold=True, color="1F3864")
            prototype.alignment = Alignment(vertical="center")
            return prototype
        heading = style is RowStyle.COLUMN_HEADINGS
        prototype.font = Font(
            name=FONT_NAME,
            size=FONT_SIZE,
            bold=_is_bold(style, index),
            italic=style is RowStyle.GROUP and index < 2,
            color="FFFFFF" if heading else None,
        )
        if style in _FILLS:
            prototype.fill = PatternFill("solid", fgColor=_FILLS[style])
        centred = self._columns[index].centred and not heading
        prototype.alignment = Alignment(
            wrap_text=True,
            vertical="center" if heading else "top",
            horizontal="center" if centred else None,
        )
        prototype.border = _BORDER
        if is_date:
            prototype.number_format = DATE_FORMAT
        if quote:
            prototype.quotePrefix = True
        return prototype


def _split(text: str, chars: float) -> list[tuple[str, int]]:
    """Pieces of at most MAX_LINES estimated lines, with their lines; joined they give the text."""
    limit = min(MAX_CELL_CHARS, int((chars - CHARS_LOST_TO_WRAPPING) * MAX_LINES))
    if len(text) <= limit and (lines := _lines(text, chars)) <= MAX_LINES:
        return [(text, lines)]
    pieces: list[tuple[str, int]] = []
    current, current_lines = "", 0
    for paragraph in text.splitlines(keepends=True):
        rest = paragraph
        lines = _lines(rest.rstrip("\n"), chars)
        while rest:
            if current_lines + lines <= MAX_LINES and len(current) + len(rest) <= limit:
                current, current_lines = current + rest, current_lines + lines
                break
            if current:
                pieces.append((current, current_lines))
                current, current_lines = "", 0
                continue
            # One paragraph taller than a page: cut it after a space.
            cut = rest.rfind(" ", 0, limit) + 1 or limit
            pieces.append((rest[:cut], _lines(rest[:cut], chars)))
            rest = rest[cut:]
            lines = _lines(rest.rstrip("\n"), chars)
    if current:
        pieces.append((current, current_lines))
    return pieces


def _lines(text: str, chars: float) -> int:
    """How many lines a wrapped text takes in a column holding ``chars`` characters a line."""
    if len(text) <= SHORT_TEXT:
        if "\n" not in text:
            return _wrapped(text, chars)
        return sum(_wrapped(line, chars) for line in text.split("\n"))
    usable = max(1.0, chars - CHARS_LOST_TO_WRAPPING)
    return sum(max(1, math.ceil(len(line) / usable)) for line in text.split("\n"))


def _wrapped(text: str, chars: float) -> int:
    """Lines of a text without line breaks, wrapped word by word as the spreadsheet does."""
    if len(text) * _WIDEST_CHAR <= chars:
        return 1
    # Capitals are wider; spread over the line, that is close enough and cheap.
    scale = 1 + CAPITAL_EXTRA * _capitals(text) / max(1, len(text))
    if len(text) * scale <= chars:
        return 1
    lines, used = 1, 0.0
    for length in map(len, text.split(" ")):
        width = length * scale
        if used and used + 1 + width > chars:
            lines += 1
            used = 0.0
        used += (1 if used else 0) + width
        while used > chars:  # a word longer than the line is broken
            lines += 1
            used -= chars
    return lines


# The bytes of Windows-1252 that are not capitals (Danish text nearly always fits in it).
_NOT_CAPITALS_1252 = bytes(
    b for b in range(256) if not bytes([b]).decode("cp1252", errors="replace").isupper()
)


def _capitals(text: str) -> int:
    """How many characters of ``text`` are capitals (``str.isupper``), counted in C
    when the text can be written in Windows-1252."""
    try:
        encoded = text.encode("cp1252")
    except UnicodeEncodeError:
        return sum(map(str.isupper, text))
    return len(encoded.translate(None, _NOT_CAPITALS_1252))


def _is_bold(style: RowStyle, index: int) -> bool:
    """Column headings, totals, and the label and title of a section's row."""
    if style in (RowStyle.COLUMN_HEADINGS, RowStyle.TOTAL):
        return True
    return style is not RowStyle.BODY and index < 2


def _slice_runs(
    runs: Sequence[tuple[InlineFont | None, str]], start: int, end: int
) -> CellRichText:
    """The part [start, end) of a rich text given as (font, text) runs."""
    parts: list[str | TextBlock] = []
    offset = 0
    for font, text in runs:
        low, high = max(start, offset), min(end, offset + len(text))
        if low < high:
            part = text[low - offset : high - offset]
            parts.append(part if font is None else TextBlock(font, part))
        offset += len(text)
    return CellRichText(*parts)


def _escaped(text: str) -> str:
    """Text as XML character data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
