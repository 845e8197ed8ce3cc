"""Reading a memo table into rows of cells, whatever the file it came in.

Three sources give the same shape: the tab-separated text Word produces when a
table is copied as text (cells may carry ``<p>``/``<i>`` fragments), the table
itself in a .docx, and a spreadsheet. The .docx and .xlsx readers render their
paragraphs and italics in the same ``<p>``/``<i>`` markup, so one parser reads
all three.
"""

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hoering.domain.errors import FileFormatError


@dataclass(frozen=True, slots=True)
class MemoRow:
    """One table row: its place in the file (line or row number) and its cells."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MemoTable:
    rows: tuple[MemoRow, ...]
    # How a user finds a row in the source: "linje" in a text file, "række" in a table.
    location_word: str


def read_memo_table(path: Path) -> MemoTable:
    """Read a memo from a .txt, .docx or .xlsx file; raises FileFormatError with the reason."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise FileFormatError(f"Filen findes ikke: {path}") from error
    except OSError as error:
        raise FileFormatError(f"Filen kan ikke læses: {path} ({error.strerror})") from error
    return parse_memo_bytes(data, path.name)


def parse_memo_bytes(data: bytes, filename: str) -> MemoTable:
    if not data.strip():
        raise FileFormatError(f"Filen {filename} er tom.")
    if data.startswith(b"PK"):
        return _read_office(data, filename)
    return MemoTable(tuple(_text_rows(_decode_text(data, filename))), "linje")


def _decode_text(data: bytes, filename: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off at the very end means the copy stopped short.
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            raise FileFormatError(
                f"Filen {filename} er afkortet: den slutter midt i et tegn."
            ) from error
        if b"\x00" in data:
            raise FileFormatError(f"Filen {filename} er ikke en tekstfil.") from error
        # Word's "save as text" on Windows writes the ANSI code page.
        return data.decode("cp1252", errors="replace")


def _text_rows(text: str) -> Iterator[MemoRow]:
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        yield MemoRow(number, tuple(line.split("\t")))


def _read_office(data: bytes, filename: str) -> MemoTable:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise FileFormatError(
            f"Filen {filename} er beskadiget eller afkortet (ikke et gyldigt Office-dokument)."
        ) from error
    if "word/document.xml" in names:
        return MemoTable(tuple(_docx_rows(data, filename)), "række")
    if "xl/workbook.xml" in names:
        return MemoTable(tuple(_xlsx_rows(data, filename)), "række")
    raise FileFormatError(f"Filen {filename} er hverken et Word-dokument eller et regneark.")


def _docx_rows(data: bytes, filename: str) -> Iterator[MemoRow]:
    import docx  # imported here: only memo imports from Word need it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for broken files
        raise FileFormatError(f"Word-dokumentet {filename} kan ikke læses: {error}") from error
    number = 0
    for table in document.tables:
        for row in table.rows:
            number += 1
            yield MemoRow(number, tuple(_docx_cell_markup(cell) for cell in _unique_cells(row)))


def _unique_cells(row: Any) -> list[Any]:
    """A merged cell is returned once per grid column it spans; keep it once."""
    seen: set[int] = set()
    cells = []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _docx_cell_markup(cell: Any) -> str:
    paragraphs = [_docx_paragraph_markup(p) for p in cell.paragraphs]
    paragraphs = [p for p in paragraphs if p.strip()]
    if len(paragraphs) == 1:
        return paragraphs[0]
    return " ".join(f"<p>{p}</p>" for p in paragraphs)


def _docx_paragraph_markup(paragraph: Any) -> str:
    parts = []
    for run in paragraph.runs:
        text = _escape(run.text)
        parts.append(f"<i>{text}</i>" if run.italic and text.strip() else text)
    return "".join(parts).replace("</i><i>", "")


def _xlsx_rows(data: bytes, filename: str) -> Iterator[MemoRow]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several kinds for broken files
        raise FileFormatError(f"Regnearket {filename} kan ikke læses: {error}") from error
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            yield MemoRow(number, tuple(_xlsx_cell_markup(value) for value in values))
    finally:
        workbook.close()


def _xlsx_cell_markup(value: object) -> str:
    if value is None:
        return ""
    lines = [line for line in str(value).splitlines() if line.strip()]
    if len(lines) <= 1:
        return _escape(lines[0]) if lines else ""
    return " ".join(f"<p>{_escape(line)}</p>" for line in lines)


def _escape(text: str) -> str:
    # The parser reads the markup; a literal "<" in the text must not look like a tag.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
