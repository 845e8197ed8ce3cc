"""The case handler's work after logging: inbox, campaigns, decisions, splitting (both backends)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from hoering.domain.enums import (
    Channel,
    RespondentKind,
    ResponseStatus,
    TargetLevel,
    Timeliness,
)
from hoering.domain.errors import ConflictError, InvalidInputError
from hoering.domain.suggestions import SuggestionReason
from hoering.services.campaigns import (
    add_campaign_comment,
    campaign_detail,
    comment_weights,
    detect_campaigns,
)
from hoering.services.consultations import find_consultation
from hoering.services.inbox import InboxFilter, InboxRow, inbox_counts, inbox_page, response_detail
from hoering.services.intake import ManualEntry, TargetSpec, log_manual
from hoering.services.respondents import register_body
from hoering.services.responses import (
    accept_late,
    assign_respondent,
    decide_set_aside,
    reclassify_respondent,
)
from hoering.services.splitting import (
    make_comment,
    remove_comment,
    suggest_targets,
    whole_as_one_comment,
)
from hoering.store.database import Database
from hoering.store.models import AuditEntry, Comment, Measure
from tests.services.test_mail_import import consultation

__all__ = ["consultation"]

CEST = timezone(timedelta(hours=2))
TEMPLATE = (
    "Vi kræver en sammenhængende og belyst cykelsti langs Ballerup Boulevard fra Skovlunde "
    "til stationen, så børn og pendlere kan cykle sikkert hele året rundt."
)


def demo_id(db: Database) -> int:
    return find_consultation(db.unit_of_work(write=False), None).id


def all_rows(db: Database, consultation: int, filters: InboxFilter | None = None) -> list[InboxRow]:
    page = inbox_page(
        db.unit_of_work(write=False), consultation, filters or InboxFilter(), limit=9999
    )
    return list(page.rows)


SET_ASIDE = InboxFilter(statuses=frozenset({ResponseStatus.SET_ASIDE}))


def letter(db: Database, consultation: int, text: str, sender: str, day: int = 20) -> int:
    return log_manual(
        db.unit_of_work(),
        consultation,
        ManualEntry(
            channel=Channel.LETTER,
            received_at=datetime(2023, 4, day, 12, 0),
            text=text,
            sender_name=sender.title(),
            sender_address=f"{sender}@example.org",
        ),
    ).id


def measure_ids(db: Database, *numbers: str) -> list[int]:
    with db.unit_of_work(write=False) as uow:
        found = dict(uow.session.execute(select(Measure.number, Measure.id)).all())
    return [found[n] for n in numbers]


# --- Manual entry -------------------------------------------------------------------


def test_a_typed_letter_gets_local_time_and_a_pseudonym(db: Database, consultation: int) -> None:
    logged = log_manual(
        db.unit_of_work(),
        consultation,
        ManualEntry(Channel.LETTER, datetime(2023, 4, 30, 23, 59), "Brev om busser", "Ole Brev"),
    )
    assert logged.timeliness is Timeliness.ON_TIME  # 23:59 Copenhagen, not UTC
    assert logged.pseudonym == 1
    detail = response_detail(db.unit_of_work(write=False), logged.id)
    assert detail.row.received_at == datetime(2023, 4, 30, 23, 59, tzinfo=CEST)
    assert detail.row.channel is Channel.LETTER
    assert detail.original_filename is None


def test_a_meeting_note_for_a_committee(db: Database, consultation: int) -> None:
    ugo = register_body(db.unit_of_work(), "UGO", "Udvalget for Grøn Omstilling")
    logged = log_manual(
        db.unit_of_work(),
        consultation,
        ManualEntry(
            Channel.MEETING,
            datetime(2023, 4, 25, 17, 0, tzinfo=UTC),
            "Udvalget ønsker flere delebiler.",
            respondent_id=ugo.id,
        ),
    )
    assert logged.pseudonym is None
    [row] = all_rows(db, consultation)
    assert row.sender == "UGO – Udvalget for Grøn Omstilling"


def test_an_empty_entry_is_refused(db: Database, consultation: int) -> None:
    with pytest.raises(InvalidInputError):
        log_manual(
            db.unit_of_work(), consultation, ManualEntry(Channel.OTHER, datetime.now(UTC), "  ")
        )


# --- Inbox --------------------------------------------------------------------------


def test_inbox_pages_by_keyset_without_gaps_or_repeats(db: Database, consultation: int) -> None:
    for n in range(7):
        letter(db, consultation, f"Brev nummer {n}", f"afsender{n}", day=10 + n % 3)
    seen: list[int] = []
    page = inbox_page(db.unit_of_work(write=False), consultation, limit=3)
    while True:
        seen += [r.id for r in page.rows]
        if page.next is None:
            break
        page = inbox_page(db.unit_of_work(write=False), consultation, after=page.next, limit=3)
    assert len(seen) == len(set(seen)) == 7
    received = [r.received_at for r in all_rows(db, consultation)]
    assert received == sorted(received)


def test_inbox_filters_and_counts(demo_db: Database) -> None:
    consultation = demo_id(demo_db)
    unit = demo_db.unit_of_work
    everything = inbox_counts(unit(write=False), consultation)
    assert everything.total == 23
    assert everything.by_channel == {Channel.EMAIL: 13, Channel.SMS: 10}
    assert everything.late == 2
    assert everything.by_status[ResponseStatus.SET_ASIDE] == 2
    assert everything.in_campaigns == 2  # the demo's campaign pair
    late = all_rows(demo_db, consultation, InboxFilter(late=True))
    assert {r.channel for r in late} == {Channel.EMAIL, Channel.SMS}
    assert all(r.late for r in late)
    sms_new = InboxFilter(
        channels=frozenset({Channel.SMS}), statuses=frozenset({ResponseStatus.RECEIVED})
    )
    assert inbox_counts(unit(write=False), consultation, sms_new).total == 1  # SMS 10, late
    found = all_rows(demo_db, consultation, InboxFilter(text="hyperlink"))
    assert [r.excerpt[:10] for r in found] == ["=HYPERLINK"]
    campaign = all_rows(demo_db, consultation, InboxFilter(in_campaign=True))
    assert len({r.campaign_id for r in campaign}) == 1
    assert all(r.sender.startswith("Borger ") for r in all_rows(demo_db, consultation))


# --- Campaigns ----------------------------------------------------------------------


def test_a_campaign_is_split_once_and_counts_for_every_member(
    db: Database, consultation: int
) -> None:
    ids = [
        letter(db, consultation, TEMPLATE, "a"),
        letter(db, consultation, TEMPLATE, "b"),
        letter(db, consultation, "Hej! " + TEMPLATE + " Og lav en skolevej i Måløv.", "c"),
        letter(db, consultation, "Noget helt andet: flere træer i parkerne tak.", "d"),
    ]
    [summary] = detect_campaigns(db.unit_of_work(), consultation)
    assert (summary.members, summary.comments) == (3, 0)
    detail = campaign_detail(db.unit_of_work(write=False), summary.id)
    assert detail.common_text == TEMPLATE
    assert [m.response_id for m in detail.members] == ids[:3]
    assert [m.additions for m in detail.members] == [
        (),
        (),
        ("Hej!", "Og lav en skolevej i Måløv."),
    ]
    assert [m.sender for m in detail.members] == ["Borger 1", "Borger 2", "Borger 3"]
    comment = add_campaign_comment(
        db.unit_of_work(),
        summary.id,
        "sammenhængende og belyst cykelsti langs Ballerup Boulevard",
        [TargetSpec(TargetLevel.POLICY)],
    )
    statuses = {r.id: r.status for r in all_rows(db, consultation)}
    assert [statuses[i] for i in ids] == [ResponseStatus.SPLIT] * 3 + [ResponseStatus.RECEIVED]
    with db.unit_of_work(write=False) as uow:
        assert comment_weights(uow.session, consultation) == {comment: 3}
        stored = uow.session.get(Comment, comment)
        assert stored is not None
        assert stored.response_id == ids[0]
    # A member's own addition is split as any response is.
    make_comment(
        db.unit_of_work(), ids[2], "lav en skolevej i Måløv", [TargetSpec(TargetLevel.NEW_MEASURE)]
    )
    # A later import regroups; the split campaign keeps its id and members.
    later = letter(db, consultation, TEMPLATE, "e", day=21)
    [again] = detect_campaigns(db.unit_of_work(), consultation)
    assert (again.id, again.members, again.comments) == (summary.id, 4, 1)
    assert (
        next(r for r in all_rows(db, consultation) if r.id == later).status is ResponseStatus.SPLIT
    )


# --- Decisions ----------------------------------------------------------------------


def late_mail(db: Database) -> InboxRow:
    consultation = demo_id(db)
    return next(
        r for r in all_rows(db, consultation, InboxFilter(late=True)) if r.channel is Channel.EMAIL
    )


def test_accepting_a_late_response_needs_a_reason_and_is_audited(demo_db: Database) -> None:
    row = late_mail(demo_db)
    with pytest.raises(InvalidInputError):
        accept_late(demo_db.unit_of_work(), row.id, "   ", expected_version=row.version)
    state = accept_late(
        demo_db.unit_of_work(),
        row.id,
        "Sendt til forkert adresse i tide",
        expected_version=row.version,
    )
    assert state.timeliness is Timeliness.LATE
    after = response_detail(demo_db.unit_of_work(write=False), row.id)
    assert after.row.accepted_late
    assert after.accepted_late_reason == "Sendt til forkert adresse i tide"
    with demo_db.unit_of_work(write=False) as uow:
        entry = uow.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "response", AuditEntry.entity_id == row.id)
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        assert entry.changes["accepted_late_reason"] == [None, "Sendt til forkert adresse i tide"]
        assert entry.actor == "testbruger"


def test_a_stale_decision_is_refused(demo_db: Database) -> None:
    row = late_mail(demo_db)
    accept_late(demo_db.unit_of_work(), row.id, "Første", expected_version=row.version)
    with pytest.raises(ConflictError):
        accept_late(demo_db.unit_of_work(), row.id, "Anden", expected_version=row.version)


def test_accepting_an_on_time_response_as_late_is_refused(demo_db: Database) -> None:
    row = next(r for r in all_rows(demo_db, demo_id(demo_db)) if not r.late)
    with pytest.raises(InvalidInputError):
        accept_late(demo_db.unit_of_work(), row.id, "Grund", expected_version=row.version)


def test_set_aside_sms_is_taken_in_with_corrected_text_or_dismissed(demo_db: Database) -> None:
    consultation = demo_id(demo_db)
    aside = all_rows(
        demo_db, consultation, InboxFilter(statuses=frozenset({ResponseStatus.SET_ASIDE}))
    )
    other = next(r for r in aside if r.excerpt.startswith("BALK SKOLE"))
    empty = next(r for r in aside if r.excerpt == "")
    taken = decide_set_aside(
        demo_db.unit_of_work(),
        other.id,
        accept=True,
        body="Mere frugt og grønt i skolens kantine",
        expected_version=other.version,
    )
    assert taken.status is ResponseStatus.RECEIVED
    with pytest.raises(InvalidInputError):
        decide_set_aside(
            demo_db.unit_of_work(), empty.id, accept=True, expected_version=empty.version
        )
    dismissed = decide_set_aside(
        demo_db.unit_of_work(), empty.id, accept=False, expected_version=empty.version
    )
    assert dismissed.status is ResponseStatus.DISMISSED
    assert inbox_counts(demo_db.unit_of_work(write=False), consultation).total == 23


def test_a_sender_is_reclassified_and_comments_follow_a_new_respondent(
    db: Database, consultation: int
) -> None:
    response = letter(db, consultation, "Foreningen ønsker flere stier.", "forening")
    [row] = all_rows(db, consultation)
    made = make_comment(
        db.unit_of_work(), response, "flere stier", [TargetSpec(TargetLevel.POLICY)]
    )
    state = reclassify_respondent(
        db.unit_of_work(),
        response,
        RespondentKind.ORGANISATION,
        "Cyklistforeningen Ballerup",
        expected_version=made.response.version,
    )
    [row] = all_rows(db, consultation)
    assert row.sender == "Cyklistforeningen Ballerup"
    kmb = register_body(db.unit_of_work(), "KMB", "KMB")
    moved = assign_respondent(db.unit_of_work(), response, kmb.id, expected_version=state.version)
    assert moved.respondent_id == kmb.id
    with db.unit_of_work(write=False) as uow:
        comment = uow.session.get(Comment, made.comment_id)
        assert comment is not None
        assert comment.respondent_id == kmb.id  # the comment follows its response
    # The address it came from now belongs to KMB: the next letter is recognised.
    again = letter(db, consultation, "Endnu et brev.", "forening", day=22)
    assert response_detail(db.unit_of_work(write=False), again).respondent_id == kmb.id


def test_an_organisation_needs_a_name(db: Database, consultation: int) -> None:
    response = letter(db, consultation, "Tekst", "x")
    with pytest.raises(InvalidInputError):
        reclassify_respondent(
            db.unit_of_work(), response, RespondentKind.COMPANY, " ", expected_version=1
        )


# --- Splitting ----------------------------------------------------------------------


def test_suggestions_for_references_titles_and_similar_text(demo_db: Database) -> None:
    consultation = demo_id(demo_db)

    def suggested(text: str) -> list[tuple[str, SuggestionReason]]:
        return [
            (s.label.split(".")[0], s.reason)
            for s in suggest_targets(demo_db.unit_of_work(write=False), consultation, text)
        ]

    assert suggested("Punkt 7-11 er for vage.")[:5] == [
        (n, SuggestionReason.REFERENCE) for n in ("7", "8", "9", "10", "11")
    ]
    assert suggested("Jeg er enig i handling 38.")[0] == ("38", SuggestionReason.REFERENCE)
    assert suggested("Direkte genbrug burde være gratis.")[0] == ("43", SuggestionReason.TITLE)
    similar = suggested("Flere ladestandere til elbiler ved kommunens bygninger")
    assert similar
    assert similar[0][1] is SuggestionReason.SIMILAR


def test_split_a_response_into_two_comments_on_7_11_and_38(demo_db: Database) -> None:
    consultation = demo_id(demo_db)
    row = next(
        r
        for r in all_rows(demo_db, consultation)
        if r.comments == 0 and r.channel is Channel.EMAIL and not r.late
    )
    body = response_detail(demo_db.unit_of_work(write=False), row.id).body
    first, second = body[:40], body[40:90]
    seven_to_eleven = [
        TargetSpec(TargetLevel.MEASURE, measure_id=m)
        for m in measure_ids(demo_db, "7", "8", "9", "10", "11")
    ]
    [thirty_eight] = measure_ids(demo_db, "38")
    a = make_comment(demo_db.unit_of_work(), row.id, first, seven_to_eleven)
    b = make_comment(
        demo_db.unit_of_work(),
        row.id,
        second,
        [TargetSpec(TargetLevel.MEASURE, measure_id=thirty_eight)],
    )
    assert b.response.status is ResponseStatus.SPLIT
    detail = response_detail(demo_db.unit_of_work(write=False), row.id)
    assert [c.text for c in detail.comments] == [first.strip(), second.strip()]
    assert [len(c.targets) for c in detail.comments] == [5, 1]
    assert detail.comments[1].target_labels[0].startswith("38. ")
    assert detail.row.comments == 2
    state = remove_comment(demo_db.unit_of_work(), a.comment_id, expected_version=1)
    assert state.status is ResponseStatus.SPLIT
    with pytest.raises(InvalidInputError):  # split already: not the whole text again
        whole_as_one_comment(
            demo_db.unit_of_work(), row.id, seven_to_eleven, expected_version=state.version
        )


def test_a_response_not_split_becomes_one_comment(demo_db: Database) -> None:
    consultation = demo_id(demo_db)
    row = next(r for r in all_rows(demo_db, consultation) if r.comments == 0 and not r.problem)
    made = whole_as_one_comment(
        demo_db.unit_of_work(),
        row.id,
        [TargetSpec(TargetLevel.POLICY)],
        expected_version=row.version,
    )
    assert made.response.status is ResponseStatus.SPLIT
    detail = response_detail(demo_db.unit_of_work(write=False), row.id)
    [comment] = detail.comments
    assert comment.text == detail.body.strip()
    assert comment.targets == (("policy", None, None),)
    assert comment.target_labels == ("Politikken",)


def test_no_split_of_a_response_waiting_for_a_decision(demo_db: Database) -> None:
    consultation = demo_id(demo_db)
    aside = all_rows(
        demo_db, consultation, InboxFilter(statuses=frozenset({ResponseStatus.SET_ASIDE}))
    )
    with pytest.raises(InvalidInputError):
        make_comment(demo_db.unit_of_work(), aside[0].id, "x", [TargetSpec(TargetLevel.POLICY)])


def test_a_pasted_sms_loses_its_keyword_or_is_set_aside(demo_db: Database) -> None:
    consultation = demo_id(demo_db)

    def paste(text: str) -> InboxRow:
        logged = log_manual(
            demo_db.unit_of_work(),
            consultation,
            ManualEntry(
                Channel.SMS, datetime(2023, 4, 20, 9, 0), text, sender_address="20 12 34 99"
            ),
        )
        [row] = [r for r in all_rows(demo_db, consultation) if r.id == logged.id]
        return row

    kept = paste("balk klima: Flere bænke ved søen")
    assert (kept.excerpt, kept.status) == ("Flere bænke ved søen", ResponseStatus.RECEIVED)
    other = paste("BALK SKOLE Frugt")
    assert other.status is ResponseStatus.SET_ASIDE
    assert kept.sender == other.sender  # the number, normalised, is one sender


def test_a_pasted_table_of_sms_goes_through_the_export_reader(demo_db: Database) -> None:
    from hoering.services.imports import import_sms

    pasted = "Afsender\tBesked\tModtaget\n29876599\tBALK KLIMA Flere træer\t20-04-2023 10:00\n"
    summary = import_sms(demo_db.unit_of_work, demo_id(demo_db), pasted.encode(), "indsat tekst")
    assert (summary.given, summary.imported) == (1, 1)
