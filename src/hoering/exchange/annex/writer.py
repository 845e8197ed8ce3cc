"""The committee annex as one workbook: the memo, the revised plan, the responses, an overview.

The memo sheet keeps the layout users know from the Word memo (seed 003):
heading rows for themes, sub-themes and groups with the comments made on them,
then one row per measure with its sub-goals, comments and the administration's
assessment. The plan sheet is also the layout ``hoering import plan`` reads.
"""

from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from hoering.domain import labels
from hoering.domain.deadline import zone
from hoering.domain.enums import MeasureStatus, Timeliness
from hoering.domain.textdiff import Change, Piece, redline
from hoering.exchange.annex.model import (
    AnnexComment,
    AnnexDocument,
    Heading,
    HeadingKind,
    MeasureEntry,
    OverviewTable,
    ResponseEntry,
    SubGoalRow,
    WriteReport,
)
from hoering.exchange.annex.sheet import (
    ADDED_RUN,
    CONTINUED,
    DELETED_RUN,
    PLAIN_RUN,
    CellValue,
    Column,
    PageText,
    PrintSheet,
    RowStyle,
    header_text,
)

MEMO_SHEET = "Høringsnotat"
PLAN_SHEET = "Revideret handleplan"
RESPONSES_SHEET = "Høringssvar"
OVERVIEW_SHEET = "Overblik"

MEMO_COLUMNS = (
    Column("Nr.", 11, centred=True),
    Column("Klimatiltag", 26),
    Column("Delmål", 42),
    Column("Bemærkninger", 70),
    Column("Administrationens vurdering af bemærkninger", 42),
)
PLAN_COLUMNS = (
    Column("Nr.", 11, centred=True),
    Column("Klimatiltag", 24),
    Column("Delmål som sendt i høring", 34),
    Column("Ændring", 34),
    Column("Revideret delmål", 34),
    Column("Status", 10, centred=True),
    Column("Begrundende bemærkninger", 40),
)
RESPONSE_COLUMNS = (
    Column("Nr.", 6, centred=True),
    Column("Modtaget", 16, centred=True),
    Column("Kanal", 12),
    Column("Afsender", 30),
    Column("Rettidighed", 18),
    Column("Status", 12),
    Column("Bemærkninger", 13, centred=True),
    Column("Klimatiltag og afsnit", 40),
)
CONTACT_COLUMNS = (
    Column("Navn", 22),
    Column("E-mail", 28),
    Column("Telefon", 14),
    Column("Adresse", 28),
)

TOTAL = "I alt"
HEADING_LABEL = {
    HeadingKind.THEME: "Tema",
    HeadingKind.SUB_THEME: "Undertema",
    HeadingKind.GROUP: "Gruppe",
    HeadingKind.POLICY: "Politik",
    HeadingKind.NEW_MEASURES: "Nye tiltag",
}
_HEADING_STYLE = {
    HeadingKind.THEME: RowStyle.THEME,
    HeadingKind.SUB_THEME: RowStyle.SUB_THEME,
    HeadingKind.GROUP: RowStyle.GROUP,
    HeadingKind.POLICY: RowStyle.THEME,
    HeadingKind.NEW_MEASURES: RowStyle.THEME,
}
MEMO_CHANNEL = "høringsnotat"
DRAFT = "UDKAST"
INTERNAL = "INTERN – indeholder personoplysninger"


def write_annex(document: AnnexDocument, target: BinaryIO) -> WriteReport:
    """Write the four sheets to ``target``; the document's iterables are consumed once."""
    book = Workbook(write_only=True)
    # Document properties are published with the file: no person's name in them.
    book.properties.creator = document.organisation or "Høring"
    book.properties.lastModifiedBy = None
    book.properties.title = f"{document.title} – bilag"
    try:
        sheets = [
            _write_memo(book, document),
            _write_plan(book, document),
            _write_responses(book, document),
            _write_overview(book, document),
        ]
    except BaseException:
        _abandon(book)
        raise
    book.save(target)
    return WriteReport(
        rows={name: sheet.rows for name, sheet in sheets},
        continued_cells=sum(sheet.continued_cells for _, sheet in sheets),
        removed_characters=sum(sheet.removed_characters for _, sheet in sheets),
    )


def _abandon(book: Workbook) -> None:
    """End the half-written sheets' streams cleanly when writing stops (cancelled, failed)."""
    for sheet in book.worksheets:
        with suppress(Exception):
            sheet.close()


def _page(document: AnnexDocument, sheet_name: str) -> PageText:
    flags = ((document.draft, DRAFT), (document.internal, INTERNAL))
    warnings = [text for flag, text in flags if flag]
    return PageText(
        header_left=" · ".join(warnings),
        header_centre=header_text(sheet_name),
        header_right=header_text(f"Til {document.addressee}") if document.addressee else "",
        footer_left=header_text(document.title),
        footer_right=f"Eksporteret {document.exported_on:%d-%m-%Y}",
        warning=bool(warnings),
    )


def _title(document: AnnexDocument, sheet_name: str, *, plan_part: bool = False) -> str:
    title = f"{document.title} – {sheet_name.lower()}"
    if plan_part and document.changed_only:
        title += " (kun ændrede klimatiltag)"
    return f"{title} – {DRAFT}" if document.draft else title


def _write_memo(book: Workbook, document: AnnexDocument) -> tuple[str, PrintSheet]:
    sheet = PrintSheet(
        book,
        MEMO_SHEET,
        _title(document, "Høringsnotat", plan_part=True),
        MEMO_COLUMNS,
        _page(document, MEMO_SHEET),
    )
    for entry in document.memo:
        if isinstance(entry, Heading):
            label = HEADING_LABEL[entry.kind]
            sheet.add(
                [label, entry.title, None, comments_text(entry.comments), None],
                _HEADING_STYLE[entry.kind],
                repeat=[label, f"{entry.title} {CONTINUED}"],
            )
        else:
            number = number_value(entry.number)
            sheet.add(
                [
                    number,
                    entry.title,
                    "\n\n".join(g.consulted for g in entry.sub_goals if g.consulted),
                    comments_text(entry.comments),
                    entry.assessment,
                ],
                repeat=[number, CONTINUED],
            )
    sheet.close()
    return MEMO_SHEET, sheet


def _write_plan(book: Workbook, document: AnnexDocument) -> tuple[str, PrintSheet]:
    sheet = PrintSheet(
        book,
        PLAN_SHEET,
        _title(document, "Revideret handleplan", plan_part=True),
        PLAN_COLUMNS,
        _page(document, PLAN_SHEET),
    )
    for entry in document.plan:
        if isinstance(entry, Heading):
            sheet.add([HEADING_LABEL[entry.kind], entry.title], _HEADING_STYLE[entry.kind])
        else:
            for values in plan_rows(entry):
                sheet.add(values, repeat=[values[0], CONTINUED])
    sheet.close()
    return PLAN_SHEET, sheet


def plan_rows(measure: MeasureEntry) -> Iterable[list[CellValue]]:
    """One row per sub-goal (one row for a measure without any); the title on the first."""
    goals: list[SubGoalRow | None] = list(measure.sub_goals) or [None]
    for index, goal in enumerate(goals):
        motivation = goal.motivation if goal is not None else ()
        if index == 0:
            motivation = measure.motivation + motivation
        status = goal.status if goal is not None else measure.status
        yield [
            number_value(measure.number),
            measure.title if index == 0 else None,
            goal.consulted if goal is not None else None,
            redline_text(goal) if goal is not None else None,
            revised_text(goal),
            labels.MEASURE_STATUS[status],
            comments_text(motivation),
        ]


def revised_text(goal: SubGoalRow | None) -> str | None:
    """The sub-goal as it stands after the consultation; nothing once it is dropped."""
    if goal is None or goal.status is MeasureStatus.DROPPED:
        return None
    return goal.revised


def number_value(number: str | None) -> int | str | None:
    """A plain measure number as a number, so the column sorts 2 before 10; codes stay text."""
    if number and number.isdigit() and not number.startswith("0"):
        return int(number)
    return number


def redline_text(goal: SubGoalRow) -> CellRichText | None:
    """The revision as rich text: deleted words struck through, added words underlined."""
    if goal.status is MeasureStatus.UNCHANGED:
        return None
    fonts = {Change.SAME: PLAIN_RUN, Change.DELETED: DELETED_RUN, Change.ADDED: ADDED_RUN}
    revised = None if goal.status is MeasureStatus.DROPPED else goal.revised
    runs: list[TextBlock] = []
    previous: Piece | None = None
    for segment in redline(goal.consulted, revised):
        if _needs_gap(previous, segment):
            runs.append(TextBlock(PLAIN_RUN, " "))
        runs.append(TextBlock(fonts[segment.change], segment.text))
        previous = segment
    return CellRichText(*runs) if runs else None


def _needs_gap(previous: Piece | None, segment: Piece) -> bool:
    """A replaced text directly followed by its replacement reads better with a space between."""
    return (
        previous is not None
        and previous.change is Change.DELETED
        and segment.change is Change.ADDED
        and not previous.text[-1:].isspace()
        and not segment.text[:1].isspace()
    )


def comment_text(comment: AnnexComment) -> str:
    """``UGO [imødekommet]: … (også klimatiltag 8, 9)`` and the reply on its own line.

    A comment without an outcome yet has no brackets: the draft mark and the
    completeness check say that work remains.
    """
    outcome = f" [{labels.OUTCOME[comment.outcome]}]" if comment.outcome else ""
    text = f"{comment.source}{outcome}: {comment.text}"
    if comment.also_on:
        text += f" (også klimatiltag {', '.join(comment.also_on)})"
    if comment.reply:
        text += f"\nSvar: {comment.reply}"
    return text


def comments_text(comments: Iterable[AnnexComment]) -> str:
    return "\n\n".join(comment_text(c) for c in comments)


def _write_responses(book: Workbook, document: AnnexDocument) -> tuple[str, PrintSheet]:
    columns = RESPONSE_COLUMNS + (CONTACT_COLUMNS if document.internal else ())
    sheet = PrintSheet(
        book,
        RESPONSES_SHEET,
        _title(document, "Høringssvar"),
        columns,
        _page(document, RESPONSES_SHEET),
    )
    local = zone(document.time_zone)
    for number, response in enumerate(document.responses, 1):
        received = _local(response.received_at, local)
        values: list[CellValue] = [
            number,
            received,
            labels.CHANNEL[response.channel] if response.channel else MEMO_CHANNEL,
            response.sender,
            _timeliness(response),
            labels.RESPONSE_STATUS[response.status] if response.status else None,
            response.comments,
            ", ".join(response.targets),
        ]
        if document.internal and response.contact is not None:
            contact = response.contact
            values += [contact.name, contact.email, contact.phone, contact.address]
        sheet.add(values, repeat=[number])
    sheet.close()
    return RESPONSES_SHEET, sheet


def _local(moment: datetime | None, local: ZoneInfo) -> datetime | None:
    """A received time as the local wall-clock time a spreadsheet can hold (no zone)."""
    if moment is None:
        return None
    return moment.astimezone(local).replace(tzinfo=None)


def _timeliness(response: ResponseEntry) -> str | None:
    if response.timeliness is None:
        return None
    text = labels.TIMELINESS[response.timeliness]
    if response.timeliness is Timeliness.LATE and response.accepted_late_reason:
        text += f" (accepteret: {response.accepted_late_reason})"
    return text


def _write_overview(book: Workbook, document: AnnexDocument) -> tuple[str, PrintSheet]:
    widest = max((len(t.columns) for t in document.overview), default=1)
    columns = [Column("", 44)] + [Column("", 16, centred=True)] * widest
    sheet = PrintSheet(
        book,
        OVERVIEW_SHEET,
        _title(document, "Overblik"),
        columns,
        _page(document, OVERVIEW_SHEET),
        headings=False,
    )
    for table in document.overview:
        _write_table(sheet, table)
    sheet.close()
    return OVERVIEW_SHEET, sheet


def _write_table(sheet: PrintSheet, table: OverviewTable) -> None:
    sheet.add([table.title, *table.columns], RowStyle.COLUMN_HEADINGS)
    for label, counts in table.rows:
        sheet.add([label, *counts])
    if table.total is not None:
        sheet.add([TOTAL, *table.total], RowStyle.TOTAL)
    sheet.spacer()
