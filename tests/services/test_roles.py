"""Roles enforced in the services: each role against representative actions (both backends).

Every action is run as a user of each role. Allowed, it must succeed; refused, it
must raise PermissionDeniedError naming what was missing, and leave no trace.
"""

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoering.domain.enums import Channel, Outcome, RespondentKind, TargetLevel
from hoering.domain.errors import InvalidInputError, PermissionDeniedError
from hoering.domain.roles import PERMISSIONS, Permission, Role, allows
from hoering.services.access import current_user
from hoering.services.annex import AnnexOptions, export_annex
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.audit_log import export_audit_log
from hoering.services.backups import back_up
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.erasure import erase_person
from hoering.services.intake import ManualEntry, TargetSpec, log_manual
from hoering.services.personal_review import approve_public_text, comments_to_review
from hoering.services.phrases import add_phrase
from hoering.services.respondents import register_body
from hoering.services.responses import accept_late
from hoering.services.revisions import Why, revise_sub_goal
from hoering.services.splitting import make_comment
from hoering.services.users import add_user, list_users, remove_user, set_role
from hoering.store.database import Database
from hoering.store.models import AuditEntry, Comment, Measure, Respondent, Response, SubGoal

ADMIN = "testbruger"  # the demo database's own actor becomes its administrator
CITIZEN_TEXT = "Jeg bor på Eksempelvej 12, 2750 Ballerup, og vil have en cykelsti."


def measure_32(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == "32")).one()


def consultation_id(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Response.consultation_id)).first() or 0


def letter(db: Database, text: str = "Flere busser, tak.") -> int:
    return log_manual(
        db.unit_of_work(),
        None,
        ManualEntry(Channel.LETTER, datetime(2023, 4, 20, 12, 0), text, "Ida Brev"),
    ).id


# Each action does one thing a user would, with what it needs looked up as a reader can.
def _log(db: Database, folder: Path) -> object:
    return letter(db)


def _split(db: Database, folder: Path) -> object:
    with db.unit_of_work(write=False) as uow:
        response = uow.session.scalars(
            select(Response.id).where(Response.sender_name == "Ida Brev")
        ).first()
    assert response is not None
    target = TargetSpec(TargetLevel.MEASURE, measure_id=measure_32(db))
    return make_comment(db.unit_of_work(), response, "Flere busser", [target])


def _review(db: Database, folder: Path) -> object:
    [item] = comments_to_review(db.unit_of_work(write=False), consultation_id(db))
    return approve_public_text(db.unit_of_work(), item.comment_id, expected_version=item.version)


def _assess(db: Database, folder: Path) -> object:
    consultation, measure = consultation_id(db), measure_32(db)
    seen = get_assessment(db.unit_of_work(write=False), consultation, measure)
    return save_assessment(
        db.unit_of_work(), consultation, measure, "Ny vurdering", expected_version=seen.version
    )


def _outcome(db: Database, folder: Path) -> object:
    with db.unit_of_work(write=False) as uow:
        comment = uow.session.scalars(select(Comment).order_by(Comment.id)).first()
        assert comment is not None
        edit = CommentEdit(comment.id, comment.version, outcome=Outcome.MET)
        consultation = comment.consultation_id
    return edit_comments(db.unit_of_work(), consultation, [edit])


def _revise(db: Database, folder: Path) -> object:
    with db.unit_of_work(write=False) as uow:
        goal = uow.session.scalars(
            select(SubGoal.id).where(SubGoal.measure_id == measure_32(db))
        ).first()
    assert goal is not None
    return revise_sub_goal(
        db.unit_of_work(), goal, "Senest i 2030 …", expected_version=None, why=Why()
    )


def _phrase(db: Database, folder: Path) -> object:
    return add_phrase(db.unit_of_work(), "Efterretning", "Tages til efterretning.")


def _export(db: Database, folder: Path) -> object:
    return export_annex(db.unit_of_work(), None, folder / "bilag.xlsx", AnnexOptions())


def _new_consultation(db: Database, folder: Path) -> object:
    spec = NewConsultation(title="Ny høring", opens_on=date(2024, 1, 1), closes_on=date(2024, 2, 1))
    return create_consultation(db.unit_of_work(), spec)


def _body(db: Database, folder: Path) -> object:
    return register_body(db.unit_of_work(), "ØKU", "Økonomiudvalget")


def _user(db: Database, folder: Path) -> object:
    return add_user(db.unit_of_work(), "ny", Role.READER)


def _audit_export(db: Database, folder: Path) -> object:
    return export_audit_log(db.unit_of_work(), folder / "log.csv")


def _erase(db: Database, folder: Path) -> object:
    with db.unit_of_work(write=False) as uow:
        citizen = uow.session.scalars(
            select(Respondent.id).where(Respondent.kind == RespondentKind.CITIZEN)
        ).first()
    assert citizen is not None
    return erase_person(db.unit_of_work(), citizen)


def _backup(db: Database, folder: Path) -> object:
    return back_up(db, folder / "kopi.backup")


ACTIONS: dict[str, tuple[Permission, Callable[[Database, Path], object]]] = {
    "log a response": (Permission.INTAKE, _log),
    "split a response": (Permission.INTAKE, _split),
    "review personal data": (Permission.REVIEW_PERSONAL_DATA, _review),
    "write an assessment": (Permission.ASSESS, _assess),
    "give an outcome": (Permission.ASSESS, _outcome),
    "revise a sub-goal": (Permission.REVISE_PLAN, _revise),
    "add a standard phrase": (Permission.MANAGE_PHRASES, _phrase),
    "export the annex": (Permission.EXPORT, _export),
    "create a consultation": (Permission.MANAGE_CONSULTATIONS, _new_consultation),
    "register a committee": (Permission.MANAGE_RESPONDENTS, _body),
    "add a user": (Permission.MANAGE_USERS, _user),
    "export the audit log": (Permission.EXPORT_AUDIT_LOG, _audit_export),
    "erase a person": (Permission.ERASE_PERSONAL_DATA, _erase),
    "back up the database": (Permission.MAINTAIN_DATABASE, _backup),
}


def test_every_permission_has_a_representative_action() -> None:
    assert {permission for permission, _ in ACTIONS.values()} == set(Permission)


@pytest.fixture
def team(demo_db: Database, pg_tools: None) -> Iterator[Callable[[Role], Database]]:
    """The demo with its actor as administrator, a letter logged and a comment with an
    address waiting for review; ``team(role)`` is a colleague with that role."""
    add_user(demo_db.unit_of_work(), ADMIN, Role.ADMINISTRATOR)
    logged = letter(demo_db)
    target = TargetSpec(TargetLevel.MEASURE, measure_id=measure_32(demo_db))
    make_comment(demo_db.unit_of_work(), logged, CITIZEN_TEXT, [target])
    opened: dict[Role, Database] = {}

    def colleague(role: Role) -> Database:
        if role not in opened:
            login = f"kollega-{role.value}"
            add_user(demo_db.unit_of_work(), login, role)
            opened[role] = Database(demo_db.url, actor=login)
        return opened[role]

    yield colleague
    for db in opened.values():
        db.dispose()


def audit_count(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count(AuditEntry.id))) or 0


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_role_does_what_it_may_and_nothing_else(
    team: Callable[[Role], Database], role: Role, action: str, tmp_path: Path
) -> None:
    permission, run = ACTIONS[action]
    db = team(role)
    before = audit_count(db)
    if allows(role, permission):
        run(db, tmp_path)
        assert audit_count(db) > before
    else:
        with pytest.raises(PermissionDeniedError, match="Du har ikke rettighed til at"):
            run(db, tmp_path)
        assert audit_count(db) == before
        assert not list(tmp_path.iterdir())


def test_each_role_holds_the_permissions_of_the_one_before() -> None:
    roles = list(Role)
    for lower, higher in itertools.pairwise(roles):
        assert PERMISSIONS[lower] < PERMISSIONS[higher]
    assert PERMISSIONS[Role.READER] == frozenset()
    assert PERMISSIONS[Role.ADMINISTRATOR] == frozenset(Permission)


def test_an_editor_may_not_change_a_comment_text_nor_a_reader_its_outcome(
    team: Callable[[Role], Database],
) -> None:
    reader = team(Role.READER)
    with reader.unit_of_work(write=False) as uow:
        comment = uow.session.scalars(select(Comment).order_by(Comment.id)).first()
        assert comment is not None
        comment_id, version, consultation = comment.id, comment.version, comment.consultation_id
    # Correcting a text is the case handler's, giving an outcome the editor's.
    [edited] = edit_comments(
        team(Role.CASE_HANDLER).unit_of_work(),
        consultation,
        [CommentEdit(comment_id, version, text="Rettet tekst")],
    )
    assert edited.text == "Rettet tekst"
    with pytest.raises(PermissionDeniedError, match="redaktør"):
        edit_comments(
            team(Role.CASE_HANDLER).unit_of_work(),
            consultation,
            [CommentEdit(comment_id, edited.version, outcome=Outcome.MET)],
        )
    with pytest.raises(PermissionDeniedError, match="sagsbehandler"):
        edit_comments(
            team(Role.READER).unit_of_work(),
            consultation,
            [CommentEdit(comment_id, edited.version, text="Læserens tekst")],
        )


def test_a_database_without_users_treats_everyone_as_administrator(db: Database) -> None:
    me = current_user(db.unit_of_work(write=False))
    assert me.role is Role.ADMINISTRATOR and not me.registered
    assert me.permissions == frozenset(Permission)


def test_the_first_user_must_be_an_administrator(db: Database) -> None:
    with pytest.raises(InvalidInputError, match="første bruger skal være administrator"):
        add_user(db.unit_of_work(), "karen", Role.EDITOR)
    assert list_users(db.unit_of_work(write=False)) == []
    add_user(db.unit_of_work(), "karen", Role.ADMINISTRATOR, "Karen Jensen")
    # Now the database has users: someone unknown may only read.
    stranger = Database(db.url, actor="ukendt-person")
    try:
        assert current_user(stranger.unit_of_work(write=False)).role is Role.READER
        with pytest.raises(PermissionDeniedError, match="ukendt-person er læser"):
            add_phrase(stranger.unit_of_work(), "Titel", "Tekst")
    finally:
        stranger.dispose()


def test_the_last_administrator_can_be_neither_demoted_nor_removed(db: Database) -> None:
    add_user(db.unit_of_work(), "testbruger", Role.ADMINISTRATOR)
    with pytest.raises(InvalidInputError, match="eneste administrator"):
        set_role(db.unit_of_work(), "testbruger", Role.EDITOR)
    with pytest.raises(InvalidInputError, match="eneste administrator"):
        remove_user(db.unit_of_work(), "testbruger")
    add_user(db.unit_of_work(), "Karen", Role.ADMINISTRATOR)
    remove_user(db.unit_of_work(), "testbruger")
    # The actor is no longer registered and may only read now.
    assert current_user(db.unit_of_work(write=False)).role is Role.READER
    assert [u.login for u in list_users(db.unit_of_work(write=False))] == ["Karen"]


def test_logins_are_matched_whatever_the_case(db: Database) -> None:
    karen = Database(db.url, actor="karen")
    try:
        add_user(karen.unit_of_work(), "KAREN", Role.ADMINISTRATOR)
        assert current_user(karen.unit_of_work(write=False)).role is Role.ADMINISTRATOR
        with pytest.raises(InvalidInputError, match="findes allerede"):
            add_user(karen.unit_of_work(), "Karen", Role.READER)
    finally:
        karen.dispose()


def test_a_late_response_decision_is_the_case_handlers(
    team: Callable[[Role], Database],
) -> None:
    with team(Role.READER).unit_of_work(write=False) as uow:
        late = uow.session.scalars(
            select(Response).where(Response.received_at > datetime(2023, 5, 1, tzinfo=UTC))
        ).first()
        assert late is not None
        response_id, version = late.id, late.version
    with pytest.raises(PermissionDeniedError):
        accept_late(
            team(Role.READER).unit_of_work(), response_id, "Aftalt", expected_version=version
        )
    state = accept_late(
        team(Role.CASE_HANDLER).unit_of_work(), response_id, "Aftalt", expected_version=version
    )
    assert state.version == version + 1
