"""Memo files as users have them (.txt, .docx, .xlsx), and files that are not memos."""

import pytest

from hoering.domain.errors import FileFormatError
from hoering.exchange.memo.model import NoteKind, ParsedMemo
from hoering.exchange.memo.parser import parse_memo
from hoering.exchange.memo.rows import MemoRow, MemoTable, parse_memo_bytes
from tests.support.memo_files import memo_as_docx, memo_as_xlsx
from tests.support.seeds import MEMO_CODES, MEMO_PATH, SHORT_PLAN_PATH, memo_bytes


def parse(data: bytes, name: str, codes: frozenset[str] = MEMO_CODES) -> ParsedMemo:
    return parse_memo(parse_memo_bytes(data, name), known_codes=codes)


def content(memo: ParsedMemo) -> tuple[object, ...]:
    """What the memo says, without where in the file it stood."""
    sections = [(s.level, s.title, s.parent) for s in memo.sections]
    measures = [(m.number, m.title, m.sub_goals, m.assessment, m.section) for m in memo.measures]
    comments = [(c.source_code, c.text, c.reply, c.measure, c.section) for c in memo.comments]
    return sections, measures, comments


@pytest.fixture(scope="module")
def text_memo() -> ParsedMemo:
    return parse(memo_bytes(), MEMO_PATH.name)


@pytest.mark.parametrize(
    ("build", "name"), [(memo_as_docx, "notat.docx"), (memo_as_xlsx, "notat.xlsx")]
)
def test_word_and_excel_copies_give_the_same_memo(text_memo: ParsedMemo, build, name: str) -> None:
    table = parse_memo_bytes(memo_bytes(), MEMO_PATH.name)
    office = parse(build(table), name)
    assert content(office) == content(text_memo)
    assert office.location_word == "række"
    # In the real table measure 1's assessment is in its own cell: nothing to assume.
    assert [n.kind for n in office.notes] == [NoteKind.ASSUMPTION]


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(FileFormatError, match="er tom"):
        parse_memo_bytes(b"  \n\n", "tom.txt")


def test_a_text_that_is_not_a_memo_is_refused() -> None:
    with pytest.raises(FileFormatError, match="ligner ikke et høringsnotat"):
        parse(SHORT_PLAN_PATH.read_bytes(), "kort-udgave.txt")


@pytest.mark.parametrize(
    "cut_before",
    [
        "flere delecykler</p>",  # inside a <p> of measure 33's sub-goal cell
        "Senest i 2030 kører alle lokale busser",  # measure 34's row before its sub-goals
        "\tSenest i 2025 kører Ballerup",  # measure 35's row after its title
    ],
)
def test_a_truncated_text_memo_is_refused(cut_before: str) -> None:
    data = memo_bytes()
    cut = data[: data.index(cut_before.encode())]
    with pytest.raises(FileFormatError, match="afkortet"):
        parse(cut, "notat.txt")


def test_a_text_memo_cut_inside_a_character_is_refused() -> None:
    data = memo_bytes()
    cut = data[: data.index("FÆLLESSKABER".encode()) + 2]  # the first byte of Æ
    with pytest.raises(FileFormatError, match="afkortet"):
        parse_memo_bytes(cut, "notat.txt")


@pytest.mark.parametrize(
    ("build", "name"), [(memo_as_docx, "notat.docx"), (memo_as_xlsx, "notat.xlsx")]
)
def test_a_truncated_office_file_is_refused(build, name: str) -> None:
    data = build(parse_memo_bytes(memo_bytes(), MEMO_PATH.name))
    with pytest.raises(FileFormatError, match="beskadiget eller afkortet"):
        parse_memo_bytes(data[: len(data) // 2], name)


def test_a_zip_that_is_no_office_document_is_refused() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hej")
    with pytest.raises(FileFormatError, match="hverken et Word-dokument eller et regneark"):
        parse_memo_bytes(buffer.getvalue(), "pakke.docx")


def test_unknown_source_codes_are_reported_not_guessed() -> None:
    table = MemoTable(
        (
            MemoRow(1, ("KLIMATILTAG", "DELMÅL", "Administrationens vurdering")),
            MemoRow(2, ("TRANSPORT", "", "", "")),
            MemoRow(
                3,
                ("1.", "Cykelstier", "Senest i 2025 er der 10 km nye stier. ABC: Flere stier", ""),
            ),
            MemoRow(
                4,
                ("2.", "Busser", "Senest i 2030 kører alle busser på el. ABC: Ja tak UGO: Nej", ""),
            ),
        ),
        "linje",
    )
    memo = parse_memo(table, known_codes={"UGO"})
    assert [(u.code, u.rows) for u in memo.unknown_codes] == [("ABC", (3, 4))]
    # Unconfirmed, the prefix stays part of the text it stands in: nothing is lost.
    assert memo.measures[0].sub_goals == ("Senest i 2025 er der 10 km nye stier. ABC: Flere stier",)
    confirmed = parse_memo(table, known_codes={"UGO", "ABC"})
    assert [(c.source_code, c.text) for c in confirmed.comments] == [
        ("ABC", "Flere stier"),
        ("ABC", "Ja tak"),
        ("UGO", "Nej"),
    ]
    rejected = parse_memo(table, known_codes={"UGO"}, not_codes={"ABC"})
    assert rejected.unknown_codes == ()


def test_a_plan_without_numbers_sub_themes_or_groups() -> None:
    """Another municipality: themes and unnumbered measures in three columns."""
    table = MemoTable(
        (
            MemoRow(1, ("Indsats", "Mål", "Vurdering")),
            MemoRow(2, ("MOBILITET", "", "")),
            MemoRow(
                3,
                (
                    "Flere cykelstier",
                    "Senest i 2026 er der 20 km nye stier. RÅD: Hurtigere",
                    "Fastholdt",
                ),
            ),
            MemoRow(4, ("Elbusser", "I 2030 kører alle busser på el", "")),
            MemoRow(5, ("ENERGI", "", "")),
            MemoRow(6, ("RÅD: Husk solceller", "", "")),
            MemoRow(
                7, ("Solceller på skoler", "Fra 2025 har alle skoler solceller", "Indarbejdet")
            ),
        ),
        "linje",
    )
    memo = parse_memo(table, known_codes={"RÅD"})
    assert [(m.number, m.title) for m in memo.measures] == [
        (None, "Flere cykelstier"),
        (None, "Elbusser"),
        (None, "Solceller på skoler"),
    ]
    assert [s.title for s in memo.sections] == ["MOBILITET", "ENERGI"]
    assert [(c.text, c.measure, c.section) for c in memo.comments] == [
        ("Hurtigere", 0, None),
        ("Husk solceller", None, 1),
    ]
    assert memo.notes == ()


def test_text_that_fits_nowhere_is_listed_with_its_row() -> None:
    table = MemoTable(
        (
            MemoRow(1, ("TRANSPORT", "", "", "")),
            MemoRow(2, ("1.", "Cykelstier", "Senest i 2025 er der 10 km nye stier.", "Fint")),
            MemoRow(
                3,
                (
                    "Denne lange sætning står helt for sig selv og passer ikke ind nogen "
                    "steder i tabellen.",
                    "",
                    "",
                    "",
                ),
            ),
        ),
        "linje",
    )
    memo = parse_memo(table, known_codes=set())
    assert [(n.row, n.kind) for n in memo.notes] == [(3, NoteKind.UNPLACED)]
    assert memo.notes[0].text.startswith("Denne lange sætning")


def test_gaps_and_repeats_in_the_numbering_are_reported() -> None:
    table = MemoTable(
        (
            MemoRow(1, ("TRANSPORT", "", "", "")),
            MemoRow(2, ("1.", "A", "Senest i 2025 a.", "")),
            MemoRow(3, ("3.", "B", "Senest i 2025 b.", "")),
            MemoRow(4, ("3.", "C", "Senest i 2025 c.", "")),
        ),
        "linje",
    )
    memo = parse_memo(table, known_codes=set())
    assert [m.number for m in memo.measures] == ["1", "3", None]
    texts = [n.text for n in memo.notes if n.kind is NoteKind.NUMBERING]
    assert any("nr. 2 mangler" in t for t in texts)
    assert any("Nummer 3 er brugt før" in t for t in texts)
