"""Who changed what: the histories of a measure, a comment and a response, and the audit
log exported to a spreadsheet and a CSV file (both backends)."""

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from hoering.domain.enums import ExportKind, Outcome, TargetLevel
from hoering.domain.errors import InvalidInputError
from hoering.domain.roles import Role
from hoering.exchange.audit_log import HEADINGS
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.audit_log import export_audit_log
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.exports import list_exports
from hoering.services.history import (
    FieldChange,
    HistoryEntry,
    comment_history,
    find_measure,
    measure_history,
    response_history,
)
from hoering.services.intake import TargetSpec
from hoering.services.responses import accept_late
from hoering.services.revisions import Why, add_sub_goal, revise_sub_goal, undo_revision
from hoering.services.splitting import make_comment
from hoering.services.users import add_user
from hoering.store.database import Database
from hoering.store.models import AuditEntry, Comment, Response, SubGoal


@pytest.fixture
def karen(demo_db: Database) -> Iterator[Database]:
    """An editor registered with the name colleagues know her by."""
    add_user(demo_db.unit_of_work(), "testbruger", Role.ADMINISTRATOR, "Test Bruger")
    add_user(demo_db.unit_of_work(), "karen", Role.EDITOR, "Karen Jensen")
    db = Database(demo_db.url, actor="karen")
    yield db
    db.dispose()


def by(entries: tuple[HistoryEntry, ...], subject: str, action: str) -> list[HistoryEntry]:
    return [e for e in entries if e.subject == subject and e.action == action]


def test_a_measures_history_shows_its_assessment_sub_goals_and_revisions(
    karen: Database,
) -> None:
    ref = find_measure(karen.unit_of_work(write=False), None, "32")
    before = get_assessment(karen.unit_of_work(write=False), ref.consultation_id, ref.measure_id)
    save_assessment(
        karen.unit_of_work(),
        ref.consultation_id,
        ref.measure_id,
        "Cykelhandlingerne indgår i trafiksikkerhedsplanen.",
        expected_version=before.version,
    )
    with karen.unit_of_work(write=False) as uow:
        first_goal = uow.session.scalars(
            select(SubGoal).where(SubGoal.measure_id == ref.measure_id).order_by(SubGoal.position)
        ).first()
        assert first_goal is not None
        goal_id, old_goal = first_goal.id, first_goal.revised_text
    revise_sub_goal(
        karen.unit_of_work(), goal_id, "Senest i 2024 …", expected_version=None, why=Why("UGO")
    )
    added = add_sub_goal(karen.unit_of_work(), ref.measure_id, "Et nyt delmål", why=Why())
    undo_revision(karen.unit_of_work(), added.id)

    entries = measure_history(karen.unit_of_work(write=False), ref.consultation_id, ref.measure_id)

    [assessed] = by(entries, "vurdering", "ændret")
    assert assessed.actor == "karen" and assessed.actor_name == "Karen Jensen"
    assert FieldChange(
        "tekst", before.text, "Cykelhandlingerne indgår i trafiksikkerhedsplanen."
    ) in (assessed.changes)
    [revised] = by(entries, "delmål 1", "ændret")
    assert revised.changes == (FieldChange("revideret tekst", old_goal, "Senest i 2024 …"),)
    [created] = by(entries, "klimatiltag", "oprettet")
    assert FieldChange("afsnit", None, "Det vi gør selv") in created.changes
    assert created.actor_name == "testopsætning"  # made with the demo, before any users
    # The sub-goal that was added and taken back again is in the history, and so is its
    # revision, though neither row exists any more.
    assert [e.action for e in entries if e.subject == "delmål 3"] == ["oprettet", "slettet"]
    revisions = [e.action for e in entries if e.subject == "ændring af planen"]
    assert revisions == ["oprettet", "oprettet", "slettet"]
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    # Another measure's sub-goals are not mixed in.
    assert [e.subject for e in entries if e.action == "oprettet" and "delmål" in e.subject] == [
        "delmål 1",
        "delmål 2",
        "delmål 3",
    ]


def test_a_comments_history_shows_its_outcome_and_what_it_was_linked_to(
    karen: Database,
) -> None:
    with karen.unit_of_work(write=False) as uow:
        comment = uow.session.scalars(
            select(Comment).where(Comment.response_id.is_not(None)).order_by(Comment.id)
        ).first()
        assert comment is not None
        comment_id, version, consultation = comment.id, comment.version, comment.consultation_id
    edit_comments(
        karen.unit_of_work(), consultation, [CommentEdit(comment_id, version, outcome=Outcome.MET)]
    )
    entries = comment_history(karen.unit_of_work(write=False), comment_id)
    assert [e.subject for e in entries][:2] == ["bemærkning", "bemærkningens emne"]
    [outcome] = by(entries, "bemærkning", "ændret")
    assert outcome.changes == (FieldChange("udfald", None, "imødekommet"),)
    [link] = by(entries, "bemærkningens emne", "oprettet")[:1]
    assert FieldChange("niveau", None, "klimatiltag") in link.changes


def test_a_responses_history_shows_decisions_and_the_comments_made_of_it(
    karen: Database, demo_db: Database
) -> None:
    with karen.unit_of_work(write=False) as uow:
        late = uow.session.scalars(
            select(Response)
            .where(Response.accepted_late_reason.is_(None), ~Response.comments.any())
            .order_by(Response.received_at.desc())
        ).first()
        assert late is not None
        response_id, version = late.id, late.version
    state = accept_late(
        demo_db.unit_of_work(), response_id, "Aftalt med udvalget", expected_version=version
    )
    target = TargetSpec(TargetLevel.POLICY)
    made = make_comment(demo_db.unit_of_work(), response_id, "Et punkt", [target])
    assert state.version == version + 1
    entries = response_history(karen.unit_of_work(write=False), response_id)
    assert entries[0].subject == "høringssvar" and entries[0].action == "oprettet"
    [decided] = by(entries, "høringssvar", "ændret")[:1]
    assert decided.changes == (
        FieldChange("begrundelse for sen accept", None, "Aftalt med udvalget"),
    )
    assert decided.actor_name == "Test Bruger"
    [comment] = by(entries, "bemærkning", "oprettet")
    assert FieldChange("tekst", None, "Et punkt") in comment.changes
    assert made.comment_id


def entry_count(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count(AuditEntry.id))) or 0


def test_the_audit_log_exports_to_a_spreadsheet_and_the_export_is_registered(
    karen: Database, demo_db: Database, tmp_path: Path
) -> None:
    ref = find_measure(karen.unit_of_work(write=False), None, "32")
    seen = get_assessment(karen.unit_of_work(write=False), ref.consultation_id, ref.measure_id)
    save_assessment(
        karen.unit_of_work(),
        ref.consultation_id,
        ref.measure_id,
        "=1+1",
        expected_version=seen.version,
    )
    entries = entry_count(demo_db)
    result = export_audit_log(demo_db.unit_of_work(), tmp_path / "log.xlsx")
    assert result.entries == entries
    book = load_workbook(result.path)
    rows = [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADINGS
    assert len(rows) == entries + 1
    [assessed] = [r for r in rows if r[4] == "vurdering" and r[3] == "ændret"]
    assert assessed[2] == "karen"
    assert assessed[6] == f"tekst: {seen.text} → =1+1"
    cell = next(c for row in book.worksheets[0].iter_rows() for c in row if c.value == assessed[6])
    assert cell.data_type == "s"  # text from users is never a formula
    [registered] = list_exports(demo_db.unit_of_work(write=False))
    assert registered.kind is ExportKind.AUDIT_LOG and registered.personal_data
    assert len(registered.subjects) == result.subjects >= 20  # the demo's citizens
    assert registered.sha256 == result.sha256


def test_the_audit_log_exports_to_danish_csv_for_a_period(
    demo_db: Database, tmp_path: Path
) -> None:
    today = date.today()
    result = export_audit_log(
        demo_db.unit_of_work(), tmp_path / "log.csv", since=today - timedelta(days=1)
    )
    with result.path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert tuple(rows[0]) == HEADINGS and len(rows) == result.entries + 1 > 500
    assert any(r[4] == "høringssvar" and "afsenders adresse:" in r[6] for r in rows[1:])
    earlier = export_audit_log(
        demo_db.unit_of_work(), tmp_path / "før.csv", until=today - timedelta(days=2)
    )
    assert earlier.entries == 0 and earlier.subjects == 0
    assert [e.filename for e in list_exports(demo_db.unit_of_work(write=False))] == [
        "før.csv",
        "log.csv",
    ]


def test_an_audit_export_refuses_other_file_kinds(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"\.xlsx eller \.csv"):
        export_audit_log(demo_db.unit_of_work(), tmp_path / "log.pdf")
    assert list_exports(demo_db.unit_of_work(write=False)) == []
