"""The respondent register: editing bodies and merging respondents (both backends)."""

import pytest
from sqlalchemy import select

from hoering.domain.enums import ContactKind, RespondentKind
from hoering.domain.errors import ConflictError, InvalidInputError, PermissionDeniedError
from hoering.domain.roles import Role
from hoering.services.consultations import find_consultation, list_consultations
from hoering.services.inbox import InboxRow, inbox_page, response_detail
from hoering.services.register import (
    BodyChange,
    RegisterEntry,
    change_body,
    list_register,
    merge_respondents,
)
from hoering.services.users import add_user
from hoering.store.database import Database
from hoering.store.models import AuditEntry
from tests.conftest import ACTOR

pytestmark = pytest.mark.usefixtures("backend")
EMAIL, PHONE = ContactKind.EMAIL, ContactKind.PHONE


def register(db: Database, *, citizens: str | None = None) -> dict[str, RegisterEntry]:
    """The register by code, and citizens by their e-mail address or phone number."""
    entries = list_register(db.unit_of_work(write=False), citizens=citizens)
    return {e.code or e.contacts[0][1]: e for e in entries}


def inbox(db: Database) -> list[InboxRow]:
    consultation = find_consultation(db.unit_of_work(write=False), None).id
    return list(inbox_page(db.unit_of_work(write=False), consultation, limit=1000).rows)


def test_the_register_lists_the_bodies_with_what_they_said(demo_db: Database) -> None:
    bodies = register(demo_db)
    assert list(bodies) == ["GR", "KMB", "UGO", "VMU"]
    assert sum(b.comments for b in bodies.values()) == 160
    assert all(b.kind is not RespondentKind.CITIZEN for b in bodies.values())
    everyone = register(demo_db, citizens="")
    citizens = [e for e in everyone.values() if e.kind is RespondentKind.CITIZEN]
    assert len(citizens) == len({row.sender for row in inbox(demo_db)})
    assert all(c.responses >= 1 and c.contacts for c in citizens)


def test_a_body_is_renamed_recoded_and_given_its_addresses(demo_db: Database) -> None:
    gr = register(demo_db)["GR"]
    change = BodyChange(
        "GRR",
        "Grønt Råd Ballerup",
        gr.kind,
        ((EMAIL, " Groent.Raad@Example.DK "), (PHONE, "20 30 40 50")),
    )
    change_body(demo_db.unit_of_work(), gr.id, change, expected_version=gr.version)
    renamed = register(demo_db)["GRR"]
    assert renamed.name == "Grønt Råd Ballerup"
    assert renamed.contacts == ((EMAIL, "groent.raad@example.dk"), (PHONE, "+4520304050"))
    assert renamed.comments == gr.comments
    with pytest.raises(ConflictError):  # the version the user saw is gone
        change_body(demo_db.unit_of_work(), gr.id, change, expected_version=gr.version)
    fewer = BodyChange("GRR", "Grønt Råd Ballerup", gr.kind, ((PHONE, "+4520304050"),))
    change_body(demo_db.unit_of_work(), gr.id, fewer, expected_version=renamed.version)
    assert register(demo_db)["GRR"].contacts == ((PHONE, "+4520304050"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            BodyChange("UGO", "Grønt Råd", RespondentKind.COUNCIL),
            "Afsenderkoden UGO er allerede i brug.",
        ),
        (BodyChange("G R", "Grønt Råd", RespondentKind.COUNCIL), "Ugyldig afsenderkode"),
        (
            BodyChange("GR", "Grønt Råd", RespondentKind.CITIZEN),
            "Borgere registreres ved modtagelse",
        ),
        (
            BodyChange(
                "GR", "Grønt Råd", RespondentKind.COUNCIL, ((EMAIL, "lone.demosen@example.org"),)
            ),
            "»lone.demosen@example.org« hører allerede til en anden afsender.",
        ),
    ],
)
def test_a_bad_change_is_refused_and_nothing_saved(
    demo_db: Database, change: BodyChange, message: str
) -> None:
    gr = register(demo_db)["GR"]
    with pytest.raises(InvalidInputError, match=message):
        change_body(demo_db.unit_of_work(), gr.id, change, expected_version=gr.version)
    assert register(demo_db)["GR"] == gr


def test_two_citizens_merged_keep_every_response_and_comment(demo_db: Database) -> None:
    everyone = register(demo_db, citizens="")
    kept, merged = everyone["lone.demosen@example.org"], everyone["+4520123456"]
    before = senders_by_respondent(demo_db)
    [kept_label], [merged_label] = before[kept.id], before[merged.id]
    merge_respondents(
        demo_db.unit_of_work(), kept.id, merged.id, expected_versions=(kept.version, merged.version)
    )
    after = register(demo_db, citizens="")
    one = after["lone.demosen@example.org"]
    assert "+4520123456" not in after
    assert (one.responses, one.comments) == (
        kept.responses + merged.responses,
        kept.comments + merged.comments,
    )
    assert set(one.contacts) == set(kept.contacts) | set(merged.contacts)
    # Every response now shows the kept citizen's pseudonym; the other number is gone.
    assert senders_by_respondent(demo_db)[kept.id] == {kept_label}
    assert merged_label not in {row.sender for row in inbox(demo_db)}
    with demo_db.unit_of_work(write=False) as uow:
        deleted = uow.session.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "respondent", AuditEntry.action == "delete"
            )
        )
        assert list(deleted) == [merged.id]


def senders_by_respondent(db: Database) -> dict[int | None, set[str]]:
    """How each respondent's responses are shown in the inbox."""
    shown: dict[int | None, set[str]] = {}
    for row in inbox(db):
        detail = response_detail(db.unit_of_work(write=False), row.id)
        shown.setdefault(detail.respondent_id, set()).add(row.sender)
    return shown


def test_a_citizen_who_is_a_body_is_merged_into_it(demo_db: Database) -> None:
    everyone = register(demo_db, citizens="")
    ugo, citizen = everyone["UGO"], everyone["lone.demosen@example.org"]
    merge_respondents(
        demo_db.unit_of_work(), ugo.id, citizen.id, expected_versions=(ugo.version, citizen.version)
    )
    merged = register(demo_db)["UGO"]
    assert merged.comments == ugo.comments + citizen.comments
    assert (EMAIL, "lone.demosen@example.org") in merged.contacts
    assert sum(row.sender.startswith("UGO") for row in inbox(demo_db)) == citizen.responses


def test_two_bodies_merged_are_one_party(demo_db: Database) -> None:
    bodies = register(demo_db)
    ugo, kmb = bodies["UGO"], bodies["KMB"]
    merge_respondents(
        demo_db.unit_of_work(), ugo.id, kmb.id, expected_versions=(ugo.version, kmb.version)
    )
    [consultation] = list_consultations(demo_db.unit_of_work(write=False))
    assert "KMB" not in register(demo_db)
    assert ugo.id in consultation.parties and kmb.id not in consultation.parties
    assert register(demo_db)["UGO"].comments == ugo.comments + kmb.comments


def test_merging_refuses_the_same_one_twice_and_a_stale_view(demo_db: Database) -> None:
    ugo, kmb = register(demo_db)["UGO"], register(demo_db)["KMB"]
    with pytest.raises(InvalidInputError, match="to forskellige"):
        merge_respondents(demo_db.unit_of_work(), ugo.id, ugo.id, expected_versions=(1, 1))
    with pytest.raises(ConflictError):
        merge_respondents(
            demo_db.unit_of_work(), ugo.id, kmb.id, expected_versions=(ugo.version, kmb.version + 1)
        )
    assert register(demo_db)["KMB"] == kmb


def test_a_case_handler_joins_citizens_but_only_an_administrator_bodies(
    demo_db: Database,
) -> None:
    add_user(demo_db.unit_of_work(), ACTOR, Role.ADMINISTRATOR)
    add_user(demo_db.unit_of_work(), "sagsbehandler", Role.CASE_HANDLER)
    handler = Database(demo_db.url, actor="sagsbehandler")
    try:
        everyone = register(handler, citizens="")
        ugo, kmb = everyone["UGO"], everyone["KMB"]
        versions = (ugo.version, kmb.version)
        with pytest.raises(PermissionDeniedError, match="administrator"):
            merge_respondents(handler.unit_of_work(), ugo.id, kmb.id, expected_versions=versions)
        change = BodyChange("UGO", "Udvalget", ugo.kind)
        with pytest.raises(PermissionDeniedError, match="administrator"):
            change_body(handler.unit_of_work(), ugo.id, change, expected_version=ugo.version)
        kept, merged = everyone["lone.demosen@example.org"], everyone["+4520123456"]
        versions = (kept.version, merged.version)
        merge_respondents(handler.unit_of_work(), kept.id, merged.id, expected_versions=versions)
        assert "+4520123456" not in register(handler, citizens="")
        assert register(handler)["UGO"] == ugo
    finally:
        handler.dispose()


def test_citizens_are_searched_by_address_number_or_name(demo_db: Database) -> None:
    def found(text: str, limit: int = 200) -> list[str]:
        entries = list_register(demo_db.unit_of_work(write=False), citizens=text, limit=limit)
        return [e.contacts[0][1] for e in entries if e.kind is RespondentKind.CITIZEN]

    assert found("DEMOSEN") == ["lone.demosen@example.org"]
    assert found("20 12 34") == ["+4520123456"]  # typed with spaces, stored without
    assert found("østergård") == ["soeren.eksempel@example.net"]  # Danish capitals fold
    assert found("%") == []  # a wildcard is a character like the others
    everyone = found("")
    assert len(everyone) == len({row.sender for row in inbox(demo_db)})
    assert found("", limit=3) == everyone[:3]  # the first met, never all of a flood
    assert list(register(demo_db, citizens="demosen"))[:4] == ["GR", "KMB", "UGO", "VMU"]
