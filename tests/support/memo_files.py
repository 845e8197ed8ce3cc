"""The memo as Word and Excel would hold it, built from the text copy of seed 003."""

import io
import re

import docx
from openpyxl import Workbook

from hoering.exchange.memo.rows import MemoTable

_PARAGRAPH = re.compile(r"</?p>")
_ITALIC = re.compile(r"(<i>.*?</i>)")
_COLUMNS = 4


def logical_rows(table: MemoTable) -> list[list[str]]:
    """The rows of the Word table: four cells each, and measure 1's assessment back in its
    cell (flattening the table to text pushed it into the next row)."""
    rows = [
        list(r.cells) + [""] * (_COLUMNS - len(r.cells))
        for r in table.rows
        if any(c.strip() for c in r.cells)
    ]
    for index, row in enumerate(rows):
        if row[0] == "1." and not row[3].strip():
            row[3] = rows[index + 1][0]
            del rows[index + 1]
            break
    return rows


def memo_as_docx(table: MemoTable) -> bytes:
    document = docx.Document()
    document.add_heading("Høringsnotat", level=1)
    rows = logical_rows(table)
    word_table = document.add_table(rows=len(rows), cols=_COLUMNS)
    for cells, row in zip(rows, word_table.rows, strict=True):
        for markup, cell in zip(cells, row.cells, strict=True):
            _fill_cell(cell, markup)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fill_cell(cell: docx.table._Cell, markup: str) -> None:
    paragraphs = [p.strip() for p in _PARAGRAPH.split(markup) if p.strip()]
    for index, text in enumerate(paragraphs):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        for piece in _ITALIC.split(text):
            if piece.startswith("<i>"):
                paragraph.add_run(piece[3:-4]).italic = True
            elif piece:
                paragraph.add_run(piece)


def memo_as_xlsx(table: MemoTable) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in logical_rows(table):
        sheet.append(["\n".join(_plain_paragraphs(cell)) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _plain_paragraphs(markup: str) -> list[str]:
    return [re.sub(r"</?i>", "", p).strip() for p in _PARAGRAPH.split(markup) if p.strip()]
