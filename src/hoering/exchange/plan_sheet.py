"""Reading a plan from a spreadsheet: the annex's "Revideret handleplan" sheet, or a template.

Two layouts are recognised by their column headings (in the first ten rows):

* **The annex** (``hoering export annex``): heading rows with "Tema",
  "Undertema" or "Gruppe" in the first column and the title beside it, then
  one row per sub-goal. The plan read is the revised one: the column
  "Revideret delmål"; sub-goals and measures marked "udgår" are left out.
* **The template**: columns Tema, Undertema, Ansvarsgruppe, Nr., Klimatiltag,
  Delmål (only Klimatiltag and Delmål are required). Each row is one
  sub-goal and names its place; a blank Tema, Undertema or Ansvarsgruppe
  means there is none. A row with neither Nr. nor Klimatiltag (or with the
  number of the measure above and no title) adds a sub-goal to the measure
  above.

A group belongs to the sub-theme above it within its theme, if there is
one, else to the theme (as in the memo).
"""

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from hoering.domain.enums import SectionLevel
from hoering.domain.errors import FileFormatError
from hoering.exchange.annex.model import HeadingKind
from hoering.exchange.annex.sheet import CONTINUED
from hoering.exchange.annex.writer import HEADING_LABEL, PLAN_SHEET

HEADER_SEARCH_ROWS = 10
DROPPED = "udgår"

_HEADINGS = {
    "nr": "number",
    "nr.": "number",
    "nummer": "number",
    "klimatiltag": "title",
    "tiltag": "title",
    "handling": "title",
    "indsats": "title",
    "delmål": "sub_goal",
    "revideret delmål": "revised",
    "status": "status",
    "tema": "theme",
    "undertema": "sub_theme",
    "ansvarsgruppe": "group",
    "gruppe": "group",
    "administrationens vurdering af bemærkninger": "assessment",
    "vurdering": "assessment",
}
_LEVEL_OF_HEADING = {
    HEADING_LABEL[HeadingKind.THEME]: SectionLevel.THEME,
    HEADING_LABEL[HeadingKind.SUB_THEME]: SectionLevel.SUB_THEME,
    HEADING_LABEL[HeadingKind.GROUP]: SectionLevel.GROUP,
}
_LEVELS = (SectionLevel.THEME, SectionLevel.SUB_THEME, SectionLevel.GROUP)


class PlanLayout(StrEnum):
    ANNEX = "annex"
    TEMPLATE = "template"


@dataclass(frozen=True, slots=True)
class PlanSection:
    key: int
    parent: int | None
    level: SectionLevel
    title: str
    row: int


@dataclass(frozen=True, slots=True)
class PlanMeasure:
    section: int | None
    number: str | None
    title: str | None
    sub_goals: tuple[str, ...]
    row: int


@dataclass(frozen=True, slots=True)
class PlanDocument:
    layout: PlanLayout
    sheet: str
    sections: tuple[PlanSection, ...]
    measures: tuple[PlanMeasure, ...]
    # Measures the revised plan has dropped, by label: not part of the plan read.
    left_out: tuple[str, ...] = ()


def read_plan(data: bytes, filename: str) -> PlanDocument:
    """Read a plan from .xlsx bytes; a file that is not a plan raises FileFormatError."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise FileFormatError(
            f"{filename} er ikke et regneark (.xlsx), Høring kan læse."
        ) from error
    memo_seen = False
    try:
        names = sorted(book.sheetnames, key=lambda name: name != PLAN_SHEET)
        for name in names:
            rows = book[name].iter_rows(values_only=True)
            found = _find_header(rows)
            if found is None:
                continue
            layout, columns, header_row = found
            # A memo has the same first columns as the template, and the assessments.
            if "assessment" in columns:
                memo_seen = True
                continue
            return _Reader(filename, name, layout, columns).read(rows, header_row)
    finally:
        book.close()
    if memo_seen:
        raise FileFormatError(
            f"{filename} er et høringsnotat, ikke en plan (importér det med: hoering import notat)."
        )
    raise FileFormatError(
        f"{filename} er ikke en plan: intet ark har kolonnerne Klimatiltag og Delmål "
        f"(skabelonen) eller arket »{PLAN_SHEET}« fra et eksporteret bilag."
    )


def _find_header(
    rows: Iterator[tuple[Any, ...]],
) -> tuple[PlanLayout, dict[str, int], int] | None:
    for number, values in enumerate(rows, 1):
        if number > HEADER_SEARCH_ROWS:
            return None
        columns: dict[str, int] = {}
        for index, value in enumerate(values):
            key = _HEADINGS.get(_text(value).lower())
            if key is not None and key not in columns:
                columns[key] = index
        if "title" in columns and "revised" in columns:
            return PlanLayout.ANNEX, columns, number
        if "title" in columns and "sub_goal" in columns:
            return PlanLayout.TEMPLATE, columns, number
    return None


def _text(value: object) -> str:
    """A cell as text: numbers as written (12, not 12.0), nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass
class _OpenMeasure:
    section: int | None
    number: str | None
    title: str | None
    row: int
    sub_goals: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)


class _Reader:
    def __init__(
        self, filename: str, sheet: str, layout: PlanLayout, columns: dict[str, int]
    ) -> None:
        self.filename, self.sheet, self.layout, self.columns = filename, sheet, layout, columns
        self.sections: list[PlanSection] = []
        self.path: list[PlanSection] = []  # theme, sub-theme, group currently open
        self.measures: list[PlanMeasure] = []
        self.left_out: list[str] = []
        self.current: _OpenMeasure | None = None
        self.numbers: dict[str, int] = {}

    def read(self, rows: Iterator[tuple[Any, ...]], header_row: int) -> PlanDocument:
        for number, values in enumerate(rows, header_row + 1):
            self._row(number, values)
        self._close_measure()
        if not self.measures:
            raise FileFormatError(f"{self.filename} har ingen klimatiltag under overskrifterne.")
        return PlanDocument(
            self.layout,
            self.sheet,
            tuple(self.sections),
            tuple(self.measures),
            tuple(self.left_out),
        )

    def _cell(self, values: Sequence[Any], key: str) -> str:
        index = self.columns.get(key)
        return _text(values[index]) if index is not None and index < len(values) else ""

    def _raw(self, values: Sequence[Any], key: str) -> str:
        """A text cell exactly as written, for texts continued over several rows."""
        index = self.columns.get(key)
        value = values[index] if index is not None and index < len(values) else None
        return "" if value is None else str(value)

    def _row(self, row: int, values: Sequence[Any]) -> None:
        number, title = self._cell(values, "number"), self._cell(values, "title")
        text_key = "revised" if self.layout is PlanLayout.ANNEX else "sub_goal"
        text, status = self._raw(values, text_key), self._cell(values, "status").lower()
        if self.layout is PlanLayout.ANNEX and number in _LEVEL_OF_HEADING:
            self._close_measure()
            self._heading(_LEVEL_OF_HEADING[number], title, row)
            return
        if title == CONTINUED:
            if self.current is not None and self.current.sub_goals:
                self.current.sub_goals[-1] += text
            return
        starts_measure = bool(title) or bool(
            number and (self.current is None or number != self.current.number)
        )
        if self.layout is PlanLayout.TEMPLATE:
            titles = [self._cell(values, key) for key in ("theme", "sub_theme", "group")]
            # A measure's first row says where it belongs; a row with only a place declares it.
            if starts_measure or (any(titles) and not text.strip()):
                self._close_measure()
                self._place(titles, row)
        if starts_measure:
            self._close_measure()
            section = self.path[-1].key if self.path else None
            self.current = _OpenMeasure(section, number or None, title or None, row)
        if not (text.strip() or status):
            return
        if self.current is None:
            raise FileFormatError(
                f"{self.filename}, række {row}: et delmål uden et klimatiltag over sig."
            )
        self.current.statuses.append(status)
        if text.strip() and status != DROPPED:
            self.current.sub_goals.append(text)

    def _heading(self, level: SectionLevel, title: str, row: int) -> None:
        """A heading row of the annex always starts a new section at its level."""
        open_by_level = {s.level: s.title for s in self.path}
        titles = [open_by_level.get(level_above, "") for level_above in _LEVELS]
        position = _LEVELS.index(level)
        titles = [*titles[:position], title, *[""] * (len(_LEVELS) - position - 1)]
        self._place(titles, row, force=level)

    def _place(self, titles: list[str], row: int, force: SectionLevel | None = None) -> None:
        """Open the sections a row names, keeping those above that are unchanged."""
        kept: list[PlanSection] = []
        open_by_level = {s.level: s for s in self.path}
        changed = False
        for level, title in zip(_LEVELS, titles, strict=True):
            if not title:
                continue
            current = open_by_level.get(level)
            changed = changed or current is None or current.title != title or level is force
            if changed:
                parent = kept[-1].key if kept else None
                current = PlanSection(len(self.sections), parent, level, title, row)
                self.sections.append(current)
            assert current is not None
            kept.append(current)
        self.path = kept

    def _close_measure(self) -> None:
        measure, self.current = self.current, None
        if measure is None:
            return
        if measure.statuses and all(s == DROPPED for s in measure.statuses):
            self.left_out.append(" ".join(part for part in (measure.number, measure.title) if part))
            return
        if measure.number is not None:
            if measure.number in self.numbers:
                raise FileFormatError(
                    f"{self.filename}: klimatiltag nr. {measure.number} står to gange "
                    f"(række {self.numbers[measure.number]} og {measure.row})."
                )
            self.numbers[measure.number] = measure.row
        self.measures.append(
            PlanMeasure(
                measure.section,
                measure.number,
                measure.title,
                tuple(text.strip() for text in measure.sub_goals),
                measure.row,
            )
        )
