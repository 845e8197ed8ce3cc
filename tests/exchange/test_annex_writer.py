"""The annex writer on its own: safe cells, long texts, print settings, read back with openpyxl."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from hoering.domain.enums import Channel, MeasureStatus, Outcome, ResponseStatus, Timeliness
from hoering.exchange.annex.model import (
    AnnexComment,
    AnnexDocument,
    ContactDetails,
    Heading,
    HeadingKind,
    MeasureEntry,
    OverviewTable,
    PlanEntry,
    ResponseEntry,
    SubGoalRow,
)
from hoering.exchange.annex.sheet import LINE_HEIGHT, MAX_CELL_CHARS
from hoering.exchange.annex.writer import (
    MEMO_SHEET,
    OVERVIEW_SHEET,
    PLAN_SHEET,
    RESPONSES_SHEET,
    write_annex,
)

GOAL = "Senest i 2025 er der etableret delemobilitetsløsninger på S-togstationer."


def measure(number: str = "33", **changes: object) -> MeasureEntry:
    fields: dict[str, object] = {
        "number": number,
        "title": "Delemobilitetsløsninger",
        "status": MeasureStatus.CHANGED,
        "sub_goals": (
            SubGoalRow(GOAL, GOAL.replace("2025", "2024"), MeasureStatus.CHANGED),
            SubGoalRow(None, "Nyt delmål", MeasureStatus.NEW),
        ),
        "comments": (AnnexComment("UGO", "det skal være i 2024", outcome=Outcome.MET),),
        "assessment": "Målsætning ændret til 2024",
    }
    fields.update(changes)
    return MeasureEntry(**fields)  # type: ignore[arg-type]


def document(
    entries: list[PlanEntry], responses: list[ResponseEntry] = (), **options: object
) -> AnnexDocument:
    return AnnexDocument(
        title="Klima & miljø 2023",
        time_zone="Europe/Copenhagen",
        exported_on=date(2023, 5, 15),
        memo=entries,
        plan=entries,
        responses=list(responses),
        overview=(OverviewTable("Pr. udfald", ("Bemærkninger",), (("imødekommet", (1,)),), (1,)),),
        organisation="Ballerup Kommune",
        **options,  # type: ignore[arg-type]
    )


def written(tmp_path: Path, annex: AnnexDocument) -> Workbook:
    path = tmp_path / "bilag.xlsx"
    with path.open("wb") as stream:
        write_annex(annex, stream)
    return load_workbook(path, rich_text=True)


def test_four_sheets_with_short_names_and_no_person_in_the_properties(tmp_path: Path) -> None:
    book = written(tmp_path, document([measure()]))
    assert book.sheetnames == [MEMO_SHEET, PLAN_SHEET, RESPONSES_SHEET, OVERVIEW_SHEET]
    assert all(len(name) <= 31 for name in book.sheetnames)
    assert book.properties.creator == "Ballerup Kommune"
    assert book.properties.lastModifiedBy is None
    assert book.properties.title == "Klima & miljø 2023 – bilag"


def test_every_sheet_prints_a4_landscape_one_page_wide_with_footer(tmp_path: Path) -> None:
    book = written(tmp_path, document([measure()], draft=True, addressee="UGO"))
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
            "landscape",
            9,
            1,
            0,
        )
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.oddFooter.center.text == "Side &P af &N"
        assert sheet.oddFooter.left.text == "Klima && miljø 2023"  # & escaped for the header
        assert sheet.oddFooter.right.text == "Eksporteret 15-05-2023"
        assert sheet.oddHeader.left.text == "UDKAST"
        assert sheet.oddHeader.right.text == "Til UGO"
    for name in (MEMO_SHEET, PLAN_SHEET, RESPONSES_SHEET):
        sheet = book[name]
        assert sheet.freeze_panes == "A3"
        assert sheet.print_title_rows == "$2:$2"
        assert sheet.auto_filter.ref.startswith("A2:")
        assert sheet.cell(1, 1).value.endswith("– UDKAST")


def test_an_internal_annex_says_so_on_every_page_and_has_contact_columns(tmp_path: Path) -> None:
    response = ResponseEntry(
        datetime(2023, 4, 30, 21, 58, tzinfo=UTC),
        Channel.EMAIL,
        "Borger 1",
        Timeliness.ON_TIME,
        ResponseStatus.SPLIT,
        1,
        ("33",),
        contact=ContactDetails("Karen Eksempel", "karen@example.org", "", "Eksempelvej 1"),
    )
    book = written(tmp_path, document([measure()], [response], internal=True))
    for sheet in book.worksheets:
        assert sheet.oddHeader.left.text == "INTERN – indeholder personoplysninger"
    sheet = book[RESPONSES_SHEET]
    assert [c.value for c in sheet[2]][-4:] == ["Navn", "E-mail", "Telefon", "Adresse"]
    row = [c.value for c in sheet[3]]
    # Received in local time: 21:58 UTC is 23:58 in Copenhagen (summer time).
    assert row[:8] == [
        1,
        datetime(2023, 4, 30, 23, 58),
        "e-mail",
        "Borger 1",
        "rettidig",
        "opdelt",
        1,
        "33",
    ]
    assert row[8:] == ["Karen Eksempel", "karen@example.org", None, "Eksempelvej 1"]


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://example.org";"klik")',
        "+45 20 12 34 56",
        "-2+3",
        "@SUM(A1)",
        "\tTAB",
        "#N/A",
    ],
)
def test_outside_text_is_text_never_a_formula_or_an_error(tmp_path: Path, text: str) -> None:
    entry = measure(title=text, assessment=text)
    book = written(tmp_path, document([entry]))
    cell = book[MEMO_SHEET]["B3"]
    assert (cell.value, cell.data_type) == (text, "s")
    assert book[MEMO_SHEET]["E3"].data_type == "s"
    assert cell.quotePrefix is (text[0] in "=+-@\t")


def test_characters_xml_forbids_are_removed_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "bilag.xlsx"
    with path.open("wb") as stream:
        report = write_annex(
            document([measure(title="Bell\x07 og\x00 NUL\x1b", assessment="ok\ufffe")]), stream
        )
    book = load_workbook(path)
    assert book[MEMO_SHEET]["B3"].value == "Bell og NUL"
    assert book[MEMO_SHEET]["E3"].value == "ok"
    # Each appears in the memo and the plan sheet.
    assert report.removed_characters == 2 * 3 + 1


def test_a_text_longer_than_a_cell_continues_in_the_rows_below(tmp_path: Path) -> None:
    paragraph = "Cykelstien langs Ballerup Boulevard er smal og hullet. " * 20
    comments = tuple(AnnexComment("Borger 3", f"{i}: {paragraph}") for i in range(40))
    entries: list[PlanEntry] = [measure(comments=comments)]
    path = tmp_path / "bilag.xlsx"
    with path.open("wb") as stream:
        report = write_annex(document(entries), stream)
    sheet = load_workbook(path)[MEMO_SHEET]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) > 2 and report.continued_cells == 1
    assert all(row[:2] == (33, "(fortsat)") for row in rows[1:])
    pieces = [row[3] for row in rows]
    assert all(len(piece) <= MAX_CELL_CHARS for piece in pieces)
    expected = "\n\n".join(f"Borger 3: {c.text}" for c in comments)
    assert "".join(pieces) == expected, "nothing may be cut or repeated"
    # Each row is tall enough for its text, and never taller than a page.
    for number, piece in enumerate(pieces, 3):
        height = sheet.row_dimensions[number].height
        assert LINE_HEIGHT * (piece.count("\n") + 1) < height <= 409


def test_the_redline_strikes_the_old_and_underlines_the_new(tmp_path: Path) -> None:
    book = written(tmp_path, document([Heading(HeadingKind.THEME, "TRANSPORT"), measure()]))
    sheet = book[PLAN_SHEET]
    rows = list(sheet.iter_rows(min_row=3))
    assert [c.value for c in rows[0][:2]] == ["Tema", "TRANSPORT"]
    first, new = rows[1], rows[2]
    assert [first[0].value, first[1].value, first[4].value, first[5].value] == [
        33,
        "Delemobilitetsløsninger",
        GOAL.replace("2025", "2024"),
        "ændret",
    ]
    redline = first[3].value
    assert isinstance(redline, CellRichText)
    blocks = [b for b in redline if isinstance(b, TextBlock)]
    struck = [b.text for b in blocks if b.font.strike]
    underlined = [b.text for b in blocks if b.font.u == "single"]
    assert (struck, underlined) == (["2025"], ["2024"])
    assert "".join(b.text for b in blocks) == GOAL.replace("2025", "2025 2024")
    assert [new[0].value, new[1].value, new[2].value, new[4].value, new[5].value] == [
        33,
        None,
        None,
        "Nyt delmål",
        "nyt",
    ]
    assert [b.font.u for b in new[3].value] == ["single"]


def test_a_dropped_measure_has_no_revised_text(tmp_path: Path) -> None:
    dropped = measure(
        status=MeasureStatus.DROPPED,
        sub_goals=(SubGoalRow(GOAL, GOAL, MeasureStatus.DROPPED),),
    )
    row = next(written(tmp_path, document([dropped]))[PLAN_SHEET].iter_rows(min_row=3))
    assert (row[4].value, row[5].value) == (None, "udgår")
    assert all(b.font.strike for b in row[3].value)
