"""Importing a plan: an annex's revised plan starts the next consultation; a template works too."""

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from hoering.domain.enums import GroupKind, MeasureStatus, SectionLevel
from hoering.domain.errors import FileFormatError, InvalidInputError
from hoering.exchange.annex.writer import PLAN_SHEET
from hoering.services.annex import export_annex
from hoering.services.consultations import NewConsultation
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.plan import plan_tree
from hoering.services.plan_import import import_plan
from hoering.store.database import Database
from hoering.store.models import Consultation, DocumentImport, Measure, Section, SubGoal

NEXT_ROUND = NewConsultation(
    title="Klimahandleplan 2024",
    plan_title="Klimahandleplan 2024",
    opens_on=date(2024, 3, 1),
    closes_on=date(2024, 4, 1),
)


def revised_plan(db: Database, consultation: int) -> list[tuple[object, ...]]:
    """The plan as it stands after revision: the tree, numbers, titles, revised sub-goals."""
    with db.unit_of_work(write=False) as uow:
        goals: dict[int, list[str]] = {}
        for goal in uow.session.scalars(select(SubGoal).order_by(SubGoal.position)):
            if goal.revised_text is not None:
                goals.setdefault(goal.measure_id, []).append(goal.revised_text)
        kinds = dict(uow.session.execute(select(Section.id, Section.group_kind)).all())
    found: list[tuple[object, ...]] = []

    def walk(nodes: tuple[SectionNode | MeasureNode, ...], depth: int) -> None:
        for node in nodes:
            if isinstance(node, SectionNode):
                found.append((depth, node.level, node.title, kinds[node.id]))
                walk(node.children, depth + 1)
            elif node.status is not MeasureStatus.DROPPED:
                found.append((depth, node.number, node.title, tuple(goals.get(node.id, ()))))

    walk(plan_tree(db.unit_of_work(write=False), consultation).roots, 0)
    return found


def plan_columns(path: Path) -> list[tuple[object, ...]]:
    """Nr., Klimatiltag and Revideret delmål of the annex's plan sheet, below its headings."""
    sheet = load_workbook(path)[PLAN_SHEET]
    return [(r[0], r[1], r[4]) for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] != 11]


def test_the_exported_revised_plan_comes_back_as_the_next_plan(
    demo_db: Database, tmp_path: Path
) -> None:
    exported = tmp_path / "bilag-2023.xlsx"
    export_annex(demo_db.unit_of_work(), 1, exported)
    report = import_plan(
        demo_db.unit_of_work(), None, exported.name, exported.read_bytes(), new=NEXT_ROUND
    )
    assert (report.layout, report.sheet) == ("annex", PLAN_SHEET)
    assert (report.sections, report.measures, report.sub_goals) == (38, 63, 78)
    assert report.left_out == ("11 Platform for nye og innovative grønne netværk",)
    assert revised_plan(demo_db, report.consultation_id) == revised_plan(demo_db, 1)
    with demo_db.unit_of_work(write=False) as uow:
        imported = uow.session.scalars(
            select(Measure).where(Measure.number == "12", Measure.plan_version_id != 1)
        ).one()
        (goal,) = imported.sub_goals
        # The revised text of 2023 is the text consulted on in 2024.
        assert goal.consulted_text == goal.revised_text
        assert goal.consulted_text.startswith(
            "Senest i 2025 er al belysning skiftet til nyeste LED"
        )
        assert imported.status is MeasureStatus.UNCHANGED
        kept = uow.session.scalars(
            select(DocumentImport).where(DocumentImport.kind == "plan")
        ).one()
        assert kept.filename == exported.name and kept.report["measures"] == 63
    again = tmp_path / "bilag-2024.xlsx"
    export_annex(demo_db.unit_of_work(), report.consultation_id, again)
    assert plan_columns(again) == plan_columns(exported)


def template(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_a_plan_from_the_template(db: Database) -> None:
    data = template(
        [
            ["Tema", "Undertema", "Ansvarsgruppe", "Nr.", "Klimatiltag", "Delmål"],
            [
                "MOBILITET",
                None,
                "Det vi gør selv",
                1,
                "Elbiler",
                "Senest i 2026 er bilerne elbiler",
            ],
            ["MOBILITET", None, "Det vi gør i fællesskab", 2, "Samkørsel", "Samkørsel i 2025"],
            [None, None, None, None, None, "Og en app i 2026"],
            ["ENERGI", "Sol", None, None, "Solceller", None],
        ]
    )
    report = import_plan(db.unit_of_work(), None, "plan.xlsx", data, new=NEXT_ROUND)
    assert (report.layout, report.sections, report.measures, report.sub_goals) == (
        "template",
        5,
        3,
        3,
    )
    assert revised_plan(db, report.consultation_id) == [
        (0, SectionLevel.THEME, "MOBILITET", None),
        (1, SectionLevel.GROUP, "Det vi gør selv", GroupKind.OWN),
        (2, "1", "Elbiler", ("Senest i 2026 er bilerne elbiler",)),
        (1, SectionLevel.GROUP, "Det vi gør i fællesskab", GroupKind.TOGETHER),
        (2, "2", "Samkørsel", ("Samkørsel i 2025", "Og en app i 2026")),
        (0, SectionLevel.THEME, "ENERGI", None),
        (1, SectionLevel.SUB_THEME, "Sol", None),
        (2, None, "Solceller", ()),
    ]


def consultations(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count(Consultation.id))) or 0


def test_a_file_that_is_not_a_plan_saves_nothing_not_even_the_new_consultation(
    demo_db: Database, tmp_path: Path
) -> None:
    memo = template(
        [
            ["KLIMATILTAG", "DELMÅL", "Administrationens vurdering af bemærkninger"],
            ["1. Klimavurdering", "Senest i 2023 … UGO: vigtigt", "Fastholdt"],
        ]
    )
    with pytest.raises(FileFormatError, match="er et høringsnotat, ikke en plan"):
        import_plan(demo_db.unit_of_work(), None, "notat.xlsx", memo, new=NEXT_ROUND)
    assert consultations(demo_db) == 1
    exported = tmp_path / "bilag.xlsx"
    export_annex(demo_db.unit_of_work(), 1, exported)
    with pytest.raises(InvalidInputError, match="har allerede en plan med 64 klimatiltag"):
        import_plan(demo_db.unit_of_work(), 1, exported.name, exported.read_bytes())
    with demo_db.unit_of_work(write=False) as uow:
        assert uow.session.scalar(select(func.count(Measure.id))) == 64
