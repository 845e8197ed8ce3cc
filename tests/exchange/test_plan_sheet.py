"""Reading a plan from the template and refusing files that are not plans."""

import io

import pytest
from openpyxl import Workbook

from hoering.domain.enums import SectionLevel
from hoering.domain.errors import FileFormatError
from hoering.exchange.plan_sheet import PlanLayout, read_plan

TEMPLATE_HEADINGS = ["Tema", "Undertema", "Ansvarsgruppe", "Nr.", "Klimatiltag", "Delmål"]


def workbook_bytes(rows: list[list[object]], title: str = "Plan") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_the_template_gives_sections_measures_and_sub_goals_in_order() -> None:
    data = workbook_bytes(
        [
            ["Klimaplan for Eksempel Kommune"],
            TEMPLATE_HEADINGS,
            ["TRANSPORT", None, None, 1, "Cykelstier", "Senest i 2025 er der 10 km nye cykelstier"],
            [None, None, None, None, None, "Senest i 2030 er der 30 km"],
            [
                "TRANSPORT",
                "Kollektiv trafik",
                "Det vi gør selv",
                "4.8.1",
                "Elbusser",
                "I 2026 kører alle busser på el",
            ],
            ["TRANSPORT", "Kollektiv trafik", "Det vi gør i fællesskab", None, "Samkørsel", None],
            ["ENERGI", None, None, None, "Solceller", "Solceller på alle skoler"],
        ]
    )
    plan = read_plan(data, "plan.xlsx")
    assert plan.layout is PlanLayout.TEMPLATE
    assert [(s.level, s.title) for s in plan.sections] == [
        (SectionLevel.THEME, "TRANSPORT"),
        (SectionLevel.SUB_THEME, "Kollektiv trafik"),
        (SectionLevel.GROUP, "Det vi gør selv"),
        (SectionLevel.GROUP, "Det vi gør i fællesskab"),
        (SectionLevel.THEME, "ENERGI"),
    ]
    by_key = {s.key: s for s in plan.sections}
    assert by_key[plan.sections[3].parent].title == "Kollektiv trafik"  # type: ignore[index]
    assert [(m.number, m.title, m.sub_goals) for m in plan.measures] == [
        (
            "1",
            "Cykelstier",
            ("Senest i 2025 er der 10 km nye cykelstier", "Senest i 2030 er der 30 km"),
        ),
        ("4.8.1", "Elbusser", ("I 2026 kører alle busser på el",)),
        (None, "Samkørsel", ()),
        (None, "Solceller", ("Solceller på alle skoler",)),
    ]
    assert [by_key[m.section].title for m in plan.measures] == [  # type: ignore[index]
        "TRANSPORT",
        "Det vi gør selv",
        "Det vi gør i fællesskab",
        "ENERGI",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "ikke et regneark"),
        (b"PK\x03\x04 not really a zip", "ikke et regneark"),
        (b"Nr.\tKlimatiltag\n1\tCykler\n", "ikke et regneark"),
        (workbook_bytes([["Navn", "Adresse"], ["Karen", "Eksempelvej 1"]]), "ikke en plan"),
        (workbook_bytes([TEMPLATE_HEADINGS]), "ingen klimatiltag"),
        (
            workbook_bytes(
                [
                    TEMPLATE_HEADINGS,
                    ["T", None, None, 2, "A", "x"],
                    ["T", None, None, 3, "B", "y"],
                    ["T", None, None, 2, "C", "z"],
                ]
            ),
            "nr. 2 står to gange",
        ),
        (
            workbook_bytes([TEMPLATE_HEADINGS, [None, None, None, None, None, "et delmål"]]),
            "uden et klimatiltag",
        ),
    ],
    ids=[
        "empty",
        "broken zip",
        "text",
        "other table",
        "no measures",
        "repeated number",
        "orphan goal",
    ],
)
def test_a_file_that_is_not_a_plan_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(FileFormatError, match=message):
        read_plan(data, "fil.xlsx")
