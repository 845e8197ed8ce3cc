"""The editor's services on the demo: pages, outcomes, revisions, phrases, search, progress."""

import pytest
from sqlalchemy import select

from hoering.domain.enums import (
    AssessmentCategory,
    Channel,
    MeasureStatus,
    Outcome,
    ResponseStatus,
    RevisionKind,
    SectionLevel,
    TargetLevel,
)
from hoering.domain.errors import ConflictError, InvalidInputError
from hoering.services import phrases, revisions
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.consultations import list_consultations
from hoering.services.pages import measure_page, other_target_page, section_page
from hoering.services.progress import next_measure_needing_work, overview
from hoering.services.revisions import NewMeasure, Why
from hoering.services.search import search
from hoering.store.database import Database
from hoering.store.models import Measure, Response, Section


def ids(db: Database) -> tuple[int, dict[str, int]]:
    consultation = list_consultations(db.unit_of_work(write=False))[0].id
    with db.unit_of_work(write=False) as uow:
        rows = uow.session.execute(select(Measure.number, Measure.id)).all()
    return consultation, {row.number: row.id for row in rows if row.number}


def page(db: Database, number: str):
    consultation, measures = ids(db)
    return measure_page(db.unit_of_work(write=False), consultation, measures[number])


def test_measure_12_shows_everything_the_editor_needs(demo_db: Database) -> None:
    found = page(demo_db, "12")
    assert found.label == "12. Vej- og gadebelysning, trafikregulering og lys på springvandsanlæg"
    assert found.path == (
        "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM",
        "Energibesparelser",
        "Det vi gør selv",
    )
    (goal,) = found.sub_goals
    assert goal.status is MeasureStatus.CHANGED
    assert goal.revised_text.startswith("Senest i 2025 er al belysning skiftet")
    assert [(c.source, c.channel) for c in found.comments[:4]] == [
        ("UGO", None),
        ("KMB", None),
        ("KMB", None),
        ("GR", None),
    ]
    citizen = found.comments[4]
    assert citizen.source.startswith("Borger ")
    assert citizen.channel is Channel.SMS
    assert citizen.text == "Sluk ikke gadelyset helt om natten."
    assert citizen.received_at is not None and citizen.response_id is not None
    assert found.assessment.category is AssessmentCategory.SUB_GOAL_CHANGED
    assert found.status is MeasureStatus.CHANGED


def test_a_comment_on_several_measures_says_which_others(demo_db: Database) -> None:
    found = page(demo_db, "7")
    ranged = next(c for c in found.comments if c.text.startswith("punkt 7-11"))
    assert ranged.also_measures == ("8", "9", "10", "11")
    on_nine = page(demo_db, "9")
    assert any(c.id == ranged.id and c.also_measures[0] == "7" for c in on_nine.comments)


def test_comments_on_sections_the_policy_and_proposals(demo_db: Database) -> None:
    consultation, _ = ids(demo_db)
    with demo_db.unit_of_work(write=False) as uow:
        theme = uow.session.scalars(
            select(Section.id).where(Section.title == "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT")
        ).one()
    leadership = section_page(demo_db.unit_of_work(write=False), consultation, theme)
    assert leadership.section_level is SectionLevel.THEME
    assert (leadership.comments[0].source, leadership.comments[0].reply) == (
        "KMB",
        "Er også politisk vedtaget i Ballerup Kommune",
    )
    policy = other_target_page(demo_db.unit_of_work(write=False), consultation, TargetLevel.POLICY)
    proposals = other_target_page(
        demo_db.unit_of_work(write=False), consultation, TargetLevel.NEW_MEASURE
    )
    assert len(policy.comments) == 1 and len(proposals.comments) == 1
    assert proposals.comments[0].proposes_new_measure


def test_outcomes_and_replies_are_saved_together_or_not_at_all(demo_db: Database) -> None:
    consultation, _ = ids(demo_db)
    first, second, third = page(demo_db, "38").comments[:3]
    saved = edit_comments(
        demo_db.unit_of_work(),
        consultation,
        [
            CommentEdit(first.id, first.version, outcome=Outcome.MET),
            CommentEdit(second.id, second.version, outcome=Outcome.NOTED, reply="Tak for input"),
        ],
    )
    assert [(c.outcome, c.reply) for c in saved] == [
        (Outcome.MET, None),
        (Outcome.NOTED, "Tak for input"),
    ]
    with pytest.raises(ConflictError, match="intet er gemt"):
        edit_comments(
            demo_db.unit_of_work(),
            consultation,
            [
                CommentEdit(third.id, third.version, outcome=Outcome.NOT_MET),
                CommentEdit(first.id, first.version, outcome=Outcome.NOT_MET),  # stale
            ],
        )
    after = {c.id: c.outcome for c in page(demo_db, "38").comments}
    assert after[third.id] is None and after[first.id] is Outcome.MET


def test_a_response_is_done_when_all_its_comments_have_an_outcome(demo_db: Database) -> None:
    consultation, _ = ids(demo_db)
    citizen = page(demo_db, "12").comments[4]
    edit_comments(
        demo_db.unit_of_work(),
        consultation,
        [CommentEdit(citizen.id, citizen.version, outcome=Outcome.PARTLY_MET)],
    )
    with demo_db.unit_of_work(write=False) as uow:
        assert uow.session.get(Response, citizen.response_id).status is ResponseStatus.DONE


def test_revising_a_sub_goal_is_kept_in_the_history_and_can_be_undone(demo_db: Database) -> None:
    before = page(demo_db, "13")
    (goal,) = before.sub_goals
    motivating = [c.id for c in before.comments[:2]]
    revision = revisions.revise_sub_goal(
        demo_db.unit_of_work(),
        goal.id,
        "I 2024 er der gennemført energimærkning på alle kommunens bygninger.",
        expected_version=goal.version,
        why=Why("Fremrykket efter høringen", motivating),
    )
    assert revision.kind is RevisionKind.SUB_GOAL_CHANGED
    assert revision.old_text == goal.consulted_text
    assert [m.source for m in revision.motivations] == ["UGO", "KMB"]
    assert revision.author == demo_db.actor
    after = page(demo_db, "13")
    assert after.status is MeasureStatus.CHANGED
    assert after.sub_goals[0].revised_text.startswith("I 2024")
    assert [r.reason for r in revisions.history(demo_db.unit_of_work(write=False), after.id)] == [
        "Fremrykket efter høringen"
    ]
    with pytest.raises(ConflictError):
        revisions.revise_sub_goal(
            demo_db.unit_of_work(),
            goal.id,
            "Gammel version",
            expected_version=goal.version,
            why=Why(),
        )
    revisions.undo_revision(demo_db.unit_of_work(), revision.id)
    undone = page(demo_db, "13")
    assert undone.sub_goals[0].revised_text == goal.consulted_text
    assert undone.status is MeasureStatus.UNCHANGED
    assert revisions.history(demo_db.unit_of_work(write=False), undone.id) == ()


def test_only_the_newest_revision_can_be_undone(demo_db: Database) -> None:
    measure = page(demo_db, "14")
    added = revisions.add_sub_goal(
        demo_db.unit_of_work(), measure.id, "Senest i 2027 er forbruget reduceret 25 %.", why=Why()
    )
    dropped = revisions.drop_measure(
        demo_db.unit_of_work(), measure.id, expected_version=page(demo_db, "14").version, why=Why()
    )
    assert page(demo_db, "14").status is MeasureStatus.DROPPED
    with pytest.raises(ConflictError, match="nyere ændringer"):
        revisions.undo_revision(demo_db.unit_of_work(), added.id)
    revisions.undo_revision(demo_db.unit_of_work(), dropped.id)
    assert page(demo_db, "14").status is MeasureStatus.CHANGED  # the new sub-goal remains
    revisions.undo_revision(demo_db.unit_of_work(), added.id)
    restored = page(demo_db, "14")
    assert restored.status is MeasureStatus.UNCHANGED and len(restored.sub_goals) == 1


def test_a_dropped_measure_can_be_reinstated(demo_db: Database) -> None:
    platform = page(demo_db, "11")
    assert platform.status is MeasureStatus.DROPPED
    revisions.reinstate_measure(
        demo_db.unit_of_work(), platform.id, expected_version=platform.version, why=Why("Fortrudt")
    )
    assert page(demo_db, "11").status is MeasureStatus.UNCHANGED
    with pytest.raises(InvalidInputError, match="ikke taget ud"):
        revisions.reinstate_measure(
            demo_db.unit_of_work(),
            platform.id,
            expected_version=page(demo_db, "11").version,
            why=Why(),
        )


def test_a_proposal_becomes_a_new_measure(demo_db: Database) -> None:
    consultation, _ = ids(demo_db)
    proposal = other_target_page(
        demo_db.unit_of_work(write=False), consultation, TargetLevel.NEW_MEASURE
    ).comments[0]
    section = page(demo_db, "32")
    with demo_db.unit_of_work(write=False) as uow:
        transport_own = uow.session.get(Measure, section.id).section_id
    revision = revisions.add_measure(
        demo_db.unit_of_work(),
        consultation,
        NewMeasure(transport_own, "Skolegader", "Senest i 2025 er der skolegader ved tre skoler."),
        why=Why("Forslag fra høringen", [proposal.id]),
    )
    created = measure_page(demo_db.unit_of_work(write=False), consultation, revision.measure_id)
    assert (created.number, created.status) == ("65", MeasureStatus.NEW)
    assert created.path == ("TRANSPORT", "Det vi gør selv")
    assert [c.id for c in created.comments] == [proposal.id]
    assert created.sub_goals[0].status is MeasureStatus.NEW
    revisions.undo_revision(demo_db.unit_of_work(), revision.id)
    with demo_db.unit_of_work(write=False) as uow:
        assert uow.session.get(Measure, revision.measure_id) is None


def test_standard_phrases(demo_db: Database) -> None:
    phrase = phrases.add_phrase(
        demo_db.unit_of_work(), "Videre arbejde", "Input der arbejdes videre med", Outcome.NOTED
    )
    changed = phrases.update_phrase(
        demo_db.unit_of_work(),
        phrase.id,
        "Videre arbejde",
        "Input der arbejdes videre med i indsatsen",
        Outcome.NOTED,
        expected_version=phrase.version,
    )
    with pytest.raises(ConflictError):
        phrases.delete_phrase(demo_db.unit_of_work(), phrase.id, expected_version=phrase.version)
    assert [p.text for p in phrases.list_phrases(demo_db.unit_of_work(write=False))] == [
        "Input der arbejdes videre med i indsatsen"
    ]
    phrases.delete_phrase(demo_db.unit_of_work(), phrase.id, expected_version=changed.version)
    assert phrases.list_phrases(demo_db.unit_of_work(write=False)) == ()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("delecykler", {"comment", "response"}),
        ("DELECYKLER", {"comment", "response"}),
        ("CO2 fangst", {"measure"}),  # measure 21: "CO ₂ -fangst" in the memo
        ("oekonomi", {"measure", "comment", "response"}),
        ("Økonomi", {"measure", "comment", "response"}),
        ("klimaangst", {"comment"}),
        ("Borupgaaard", {"comment"}),
        ("findes-ikke-nogen-steder", set()),
    ],
)
def test_search_is_tolerant_of_case_accents_and_co2(demo_db: Database, query, expected) -> None:
    hits = search(demo_db.unit_of_work(write=False), None, query)
    assert {h.kind for h in hits} == expected


def test_search_hits_open_where_they_belong(demo_db: Database) -> None:
    hits = search(demo_db.unit_of_work(write=False), None, "blafferstoppested")
    (hit,) = hits
    assert (hit.kind, hit.title) == ("comment", "VMU")
    assert hit.measure_id == page(demo_db, "33").id


def test_next_measure_needing_work_and_the_overview(demo_db: Database) -> None:
    consultation, measures = ids(demo_db)
    assert (
        next_measure_needing_work(demo_db.unit_of_work(write=False), consultation, None)
        == measures["1"]
    )
    assert (
        next_measure_needing_work(demo_db.unit_of_work(write=False), consultation, measures["4"])
        == measures["6"]
    )  # 5 has neither comments nor assessment
    figures = overview(demo_db.unit_of_work(write=False), consultation)
    assert figures.measures == 64
    assert figures.comments == 193 and figures.comments_with_outcome == 0
    assert figures.measures_assessed <= figures.measures_with_comments
    assert dict(figures.responses_per_channel) == {"email": 13, "sms": 10}
    assert figures.comments_per_source[0] == ("KMB", 56)
    assert figures.comments_per_outcome == ((None, 193),)


def test_imported_responses_are_searchable(demo_db: Database) -> None:
    from hoering.services.imports import import_sms

    export = (
        "id;afsender;modtager;besked;modtaget\r\n"
        "901;4599887766;1910;BALK KLIMA Vandrestop ved Harrestrup Å er vigtigt;"
        "29-04-2023 10:00:00\r\n"
    ).encode()
    summary = import_sms(demo_db.unit_of_work, None, export, "ny.csv")
    assert summary.imported == 1
    hits = search(demo_db.unit_of_work(write=False), None, "vandrestop")
    assert [h.kind for h in hits] == ["response"]
