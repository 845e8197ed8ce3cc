"""Importing the memo into a consultation: what lands in the database, on both backends."""

from datetime import date

import pytest
from sqlalchemy import func, select

from hoering.domain.enums import (
    AssessmentCategory,
    MeasureStatus,
    RespondentKind,
    RevisionKind,
    SectionLevel,
    TargetLevel,
)
from hoering.domain.errors import FileFormatError, InvalidInputError
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.memo_import import SourceConfirmation, UnknownSourceCodesError, import_memo
from hoering.services.respondents import register_body
from hoering.store.database import Database
from hoering.store.models import (
    Assessment,
    AuditEntry,
    Comment,
    CommentTarget,
    DocumentImport,
    Measure,
    Respondent,
    Revision,
    Section,
    StoredFile,
)
from tests.support.seeds import MEMO_PATH, memo_bytes

BODIES = [
    ("UGO", "Udvalget for Grøn Omstilling", RespondentKind.COMMITTEE),
    ("KMB", "KMB", RespondentKind.COMMITTEE),
    ("GR", "Grønt Råd", RespondentKind.COUNCIL),
    ("VMU", "VMU", RespondentKind.COMMITTEE),
]


def new_consultation(db: Database, title: str = "Klimahandleplan 2023") -> int:
    spec = NewConsultation(
        title, date(2023, 3, 28), date(2023, 4, 30), plan_title="Klimahandleplan"
    )
    return create_consultation(db.unit_of_work(), spec).id


def register_bodies(db: Database) -> None:
    for code, name, kind in BODIES:
        register_body(db.unit_of_work(), code, name, kind)


def row_counts(db: Database) -> dict[str, int]:
    with db.unit_of_work(write=False) as uow:
        return {
            model.__tablename__: uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Measure, Section, Comment, Assessment, Respondent, StoredFile, AuditEntry)
        }


def test_the_memo_becomes_a_plan_with_comments_and_assessments(db: Database) -> None:
    register_bodies(db)
    consultation = new_consultation(db)
    report = import_memo(db.unit_of_work(), consultation, MEMO_PATH.name, memo_bytes())
    assert (report.measures, report.sections, report.comments) == (64, 38, 160)
    assert report.sub_goals == 78
    assert report.assessments == 46
    assert [n.location for n in report.notes] == ["linje 7", "linje 140"]
    with db.unit_of_work(write=False) as uow:
        session = uow.session
        themes = session.scalar(
            select(func.count(Section.id)).where(Section.level == SectionLevel.THEME)
        )
        assert themes == 7
        ranged = session.scalars(select(Comment).where(Comment.text.startswith("punkt 7-11"))).one()
        assert sorted(int(t.measure.number) for t in ranged.targets) == [7, 8, 9, 10, 11]
        assert ranged.respondent.code == "UGO"
        assert ranged.source_location == "linje 18"
        theme_comments = session.scalars(
            select(Comment)
            .join(CommentTarget)
            .join(Section, Section.id == CommentTarget.section_id)
            .where(Section.title == "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT")
            .order_by(Comment.position)
        ).all()
        assert [(c.respondent.code, c.reply) for c in theme_comments] == [
            ("KMB", "Er også politisk vedtaget i Ballerup Kommune"),
            ("KMB", "Er også politisk vedtaget i Ballerup Kommune"),
            ("GR", None),
        ]


def test_assessments_that_state_a_revision_are_carried_out(db: Database) -> None:
    register_bodies(db)
    import_memo(db.unit_of_work(), new_consultation(db), MEMO_PATH.name, memo_bytes())
    with db.unit_of_work(write=False) as uow:
        session = uow.session

        def measure(number: str) -> Measure:
            return session.scalars(select(Measure).where(Measure.number == number)).one()

        lighting = measure("12")
        assert lighting.status is MeasureStatus.CHANGED
        goal = lighting.sub_goals[0]
        assert goal.consulted_text == (
            "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug."
        )
        assert goal.revised_text == (
            "Senest i 2025 er al belysning skiftet til nyeste LED, og der ses på muligheden "
            "for intelligent belysning."
        )
        platform = measure("11")
        assert platform.status is MeasureStatus.DROPPED
        food = measure("40")
        assert [g.consulted_text is None for g in food.sub_goals] == [False, False, True]
        assert food.sub_goals[2].revised_text.startswith("Senest i 2025 er CO₂-udledningen")
        revisions = session.scalars(select(Revision).order_by(Revision.id)).all()
        assert {r.kind for r in revisions} == {
            RevisionKind.SUB_GOAL_CHANGED,
            RevisionKind.SUB_GOAL_ADDED,
            RevisionKind.MEASURE_DROPPED,
        }
        lighting_revision = next(r for r in revisions if r.measure_id == lighting.id)
        assert len(lighting_revision.motivating_comments) == 4
        assert "høringsnotatet (linje 36)" in lighting_revision.reason
        category = session.scalar(
            select(Assessment.category).where(Assessment.measure_id == measure("1").id)
        )
        assert category is AssessmentCategory.GOAL_KEPT
        assert measure("5").id not in set(session.scalars(select(Assessment.measure_id)))


def test_the_imported_file_is_kept_with_the_report(db: Database) -> None:
    register_bodies(db)
    import_memo(db.unit_of_work(), new_consultation(db), MEMO_PATH.name, memo_bytes())
    with db.unit_of_work(write=False) as uow:
        kept = uow.session.scalars(select(DocumentImport)).one()
        assert kept.filename == MEMO_PATH.name
        assert kept.report["measures"] == 64
        assert uow.session.get(StoredFile, kept.file_id).content == memo_bytes()


def test_unknown_sources_stop_the_import_until_confirmed(db: Database) -> None:
    consultation = new_consultation(db)
    before = row_counts(db)
    with pytest.raises(UnknownSourceCodesError) as raised:
        import_memo(db.unit_of_work(), consultation, MEMO_PATH.name, memo_bytes())
    assert [c.code for c in raised.value.codes] == ["GR", "KMB", "UGO", "VMU"]
    assert "GR (linje 4, 6" in raised.value.message
    assert row_counts(db) == before
    confirm = [SourceConfirmation(code, name, kind) for code, name, kind in BODIES]
    report = import_memo(
        db.unit_of_work(), consultation, MEMO_PATH.name, memo_bytes(), confirm=confirm
    )
    assert report.created_respondents == ("UGO", "KMB", "GR", "VMU")
    with db.unit_of_work(write=False) as uow:
        council = uow.session.scalars(select(Respondent).where(Respondent.code == "GR")).one()
        assert (council.name, council.kind) == ("Grønt Råd", RespondentKind.COUNCIL)


def test_a_plan_is_imported_only_once(db: Database) -> None:
    register_bodies(db)
    consultation = new_consultation(db)
    import_memo(db.unit_of_work(), consultation, MEMO_PATH.name, memo_bytes())
    before = row_counts(db)
    with pytest.raises(InvalidInputError, match="har allerede en plan med 64 klimatiltag"):
        import_memo(db.unit_of_work(), consultation, MEMO_PATH.name, memo_bytes())
    assert row_counts(db) == before


def test_a_bad_file_changes_nothing(db: Database) -> None:
    register_bodies(db)
    consultation = new_consultation(db)
    before = row_counts(db)
    with pytest.raises(FileFormatError, match="afkortet"):
        import_memo(db.unit_of_work(), consultation, "notat.txt", memo_bytes()[:5000])
    with pytest.raises(FileFormatError, match="ligner ikke et høringsnotat"):
        import_memo(db.unit_of_work(), consultation, "brev.txt", "Kære kommune\n\nHilsen".encode())
    assert row_counts(db) == before


def test_comments_on_a_proposal_or_the_policy_have_no_measure(db: Database) -> None:
    """The target check: a section target names a section, a measure target a measure."""
    register_bodies(db)
    import_memo(db.unit_of_work(), new_consultation(db), MEMO_PATH.name, memo_bytes())
    with db.unit_of_work(write=False) as uow:
        targets = uow.session.scalars(select(CommentTarget)).all()
        for target in targets:
            assert (target.level is TargetLevel.MEASURE) == (target.measure_id is not None)
            assert (target.level is TargetLevel.SECTION) == (target.section_id is not None)
