"""A consultation of one's own: settings, parties, a plan of another shape, the next round."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from hoering.domain.enums import RespondentKind, SectionLevel, Timeliness
from hoering.domain.errors import ConflictError, InvalidInputError
from hoering.services import plan_editing
from hoering.services.consultations import (
    ConsultationSettings,
    NewConsultation,
    copy_consultation,
    create_consultation,
    list_consultations,
    update_consultation,
)
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.pages import measure_page
from hoering.services.plan import plan_tree
from hoering.services.plan_editing import DraftMeasure
from hoering.services.respondents import register_body
from hoering.store.database import Database
from hoering.store.models import AuditEntry, Consultation, Response

SOON = date.today() + timedelta(days=30)


def new(db: Database, title: str = "Trafikplan 2027", **settings: object) -> int:
    spec = NewConsultation(
        title,
        SOON,
        SOON + timedelta(days=28),
        plan_title="Trafikplan",
        **settings,  # type: ignore[arg-type]
    )
    return create_consultation(db.unit_of_work(), spec).id


def counts(db: Database) -> tuple[int, int]:
    with db.unit_of_work(write=False) as uow:
        return (
            uow.session.scalar(select(func.count(Consultation.id))) or 0,
            uow.session.scalar(select(func.count(AuditEntry.id))) or 0,
        )


def test_a_plan_of_five_themes_and_twenty_unnumbered_measures(db: Database) -> None:
    council = register_body(db.unit_of_work(), "ÆR", "Ældrerådet", RespondentKind.COUNCIL)
    committee = register_body(db.unit_of_work(), "TMU", "Teknik- og Miljøudvalget")
    consultation = new(
        db,
        email_address="Trafik@Kommune.example",
        sms_number="1919",
        sms_keyword="  trafik  plan ",
        parties=[council.id, committee.id],
    )
    themes = [
        plan_editing.add_section(
            db.unit_of_work(), consultation, SectionLevel.THEME, f"Tema {n}", parent_id=None
        )
        for n in range(1, 6)
    ]
    for n in range(20):
        plan_editing.add_draft_measure(
            db.unit_of_work(),
            consultation,
            DraftMeasure(themes[n % 5], f"Tiltag {n + 1}", [f"I 2030 er mål {n + 1} nået."]),
        )
    tree = plan_tree(db.unit_of_work(write=False), consultation)
    assert [t.title for t in tree.roots] == [f"Tema {n}" for n in range(1, 6)]
    first = tree.roots[0]
    assert isinstance(first, SectionNode)
    assert [(m.number, m.title) for m in first.children if isinstance(m, MeasureNode)] == [
        (None, "Tiltag 1"),
        (None, "Tiltag 6"),
        (None, "Tiltag 11"),
        (None, "Tiltag 16"),
    ]
    (summary,) = list_consultations(db.unit_of_work(write=False))
    assert (summary.email_address, summary.sms_keyword) == ("trafik@kommune.example", "TRAFIK PLAN")
    assert set(summary.parties) == {council.id, committee.id}


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"closes_on": SOON - timedelta(days=1)}, "ligger før åbningsdatoen"),
        ({"sms_number": "1919", "sms_keyword": "  "}, "kræver et kodeord"),
        ({"title": "  "}, "skal have en titel"),
        ({"time_zone": "Europe/Atlantis"}, "Ukendt tidszone"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_saved(db: Database, settings, message) -> None:
    before = counts(db)
    values = {
        "title": "Ny høring",
        "opens_on": SOON,
        "closes_on": SOON + timedelta(days=10),
    } | settings
    with pytest.raises(InvalidInputError, match=message):
        create_consultation(db.unit_of_work(), NewConsultation(**values))
    assert counts(db) == before


def test_titles_and_codes_are_unique(db: Database) -> None:
    new(db)
    with pytest.raises(InvalidInputError, match="findes allerede en høring"):
        new(db, "trafikplan 2027")
    register_body(db.unit_of_work(), "TMU", "Teknik- og Miljøudvalget")
    with pytest.raises(InvalidInputError, match="allerede i brug"):
        register_body(db.unit_of_work(), "tmu", "Et andet udvalg")


def test_the_plan_structure_can_be_edited_while_it_is_a_draft(db: Database) -> None:
    consultation = new(db)
    theme = plan_editing.add_section(
        db.unit_of_work(), consultation, SectionLevel.THEME, "Cykler", parent_id=None
    )
    other = plan_editing.add_section(
        db.unit_of_work(), consultation, SectionLevel.THEME, "Busser", parent_id=None
    )
    group = plan_editing.add_section(
        db.unit_of_work(), consultation, SectionLevel.GROUP, "Det vi gør selv", parent_id=theme
    )
    with pytest.raises(InvalidInputError, match="Et undertema står under et tema"):
        plan_editing.add_section(
            db.unit_of_work(), consultation, SectionLevel.SUB_THEME, "X", parent_id=group
        )
    measure = plan_editing.add_draft_measure(
        db.unit_of_work(), consultation, DraftMeasure(group, "Cykelstier", ["I 2028 …"], "4.8.1")
    )
    with pytest.raises(InvalidInputError, match=r"Nummer 4\.8\.1 er allerede brugt"):
        plan_editing.add_draft_measure(
            db.unit_of_work(), consultation, DraftMeasure(other, "Andet", [], "4.8.1")
        )
    assert plan_editing.move_item(db.unit_of_work(), consultation, "section", other, -1)
    assert not plan_editing.move_item(db.unit_of_work(), consultation, "section", other, -1)
    tree = plan_tree(db.unit_of_work(write=False), consultation)
    assert [t.title for t in tree.roots] == ["Busser", "Cykler"]
    with pytest.raises(InvalidInputError, match="indeholder 1 afsnit eller klimatiltag"):
        plan_editing.delete_section(db.unit_of_work(), theme, expected_version=1)
    page = measure_page(db.unit_of_work(write=False), consultation, measure)
    plan_editing.edit_draft_measure(
        db.unit_of_work(),
        measure,
        DraftMeasure(
            other, "Cykelstier langs Ring 4", ["I 2028 er der 10 km.", "I 2030 er der 20 km."]
        ),
        expected_version=page.version,
    )
    edited = measure_page(db.unit_of_work(write=False), consultation, measure)
    assert (edited.number, edited.title, edited.path) == (
        None,
        "Cykelstier langs Ring 4",
        ("Busser",),
    )
    assert [g.consulted_text for g in edited.sub_goals] == [
        "I 2028 er der 10 km.",
        "I 2030 er der 20 km.",
    ]
    plan_editing.delete_section(db.unit_of_work(), group, expected_version=1)
    plan_editing.delete_draft_measure(db.unit_of_work(), measure, expected_version=edited.version)
    tree = plan_tree(db.unit_of_work(write=False), consultation)
    assert [(t.title, len(t.children)) for t in tree.roots] == [("Busser", 0), ("Cykler", 0)]  # type: ignore[union-attr]


def test_an_open_consultations_measures_change_by_revision_only(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    state = plan_editing.plan_state(demo_db.unit_of_work(write=False), consultation)
    assert not state.draft
    with pytest.raises(InvalidInputError, match="revisioner"):
        plan_editing.add_draft_measure(
            demo_db.unit_of_work(), consultation, DraftMeasure(None, "Nyt", [])
        )


def test_extending_the_deadline_recomputes_late_flags(demo_db: Database) -> None:
    (summary,) = list_consultations(demo_db.unit_of_work(write=False))
    settings = ConsultationSettings(
        summary.title,
        summary.opens_on,
        summary.closes_on + timedelta(days=1),
        email_address=summary.email_address,
        sms_number=summary.sms_number,
        sms_keyword=summary.sms_keyword,
        parties=summary.parties,
    )
    updated = update_consultation(
        demo_db.unit_of_work(), summary.id, settings, expected_version=summary.version
    )
    assert updated.closes_on == date(2023, 5, 1)
    with demo_db.unit_of_work(write=False) as uow:
        late = uow.session.scalar(
            select(func.count(Response.id)).where(Response.timeliness == Timeliness.LATE)
        )
        changes = uow.session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "consultation", AuditEntry.action == "update"
            )
        ).all()
    assert late == 0
    assert {"closes_on": ["2023-04-30", "2023-05-01"]} in changes
    with pytest.raises(ConflictError):
        update_consultation(
            demo_db.unit_of_work(), summary.id, settings, expected_version=summary.version
        )


def test_the_next_round_starts_from_the_revised_plan(demo_db: Database) -> None:
    source = list_consultations(demo_db.unit_of_work(write=False))[0]
    spec = NewConsultation(
        "Klimahandleplan 2024",
        date(2024, 3, 1),
        date(2024, 3, 31),
        plan_title="Klimahandleplan 2024",
        email_address=source.email_address,
        parties=source.parties,
    )
    copied = copy_consultation(demo_db.unit_of_work(), source.id, spec)
    tree = plan_tree(demo_db.unit_of_work(write=False), copied.id)
    measures = {}

    def walk(nodes) -> None:  # type: ignore[no-untyped-def]
        for node in nodes:
            if isinstance(node, SectionNode):
                walk(node.children)
            else:
                measures[node.number] = node

    walk(tree.roots)
    assert len(measures) == 63 and "11" not in measures  # measure 11 was dropped
    assert tree.counts.comments == 0
    lighting = measure_page(demo_db.unit_of_work(write=False), copied.id, measures["12"].id)
    (goal,) = lighting.sub_goals
    assert goal.consulted_text.startswith("Senest i 2025 er al belysning skiftet")
    assert (
        len(measure_page(demo_db.unit_of_work(write=False), copied.id, measures["40"].id).sub_goals)
        == 3
    )
    assert copied.parties == source.parties


def test_setting_up_with_new_bodies_and_a_plan_file_is_all_or_nothing(db: Database) -> None:
    from hoering.services.respondents import NewBody, list_bodies
    from hoering.services.setup import PlanFile, set_up_consultation
    from tests.support.seeds import MEMO_PATH, memo_bytes

    spec = NewConsultation("Klima 2027", SOON, SOON + timedelta(days=20))
    bodies = [NewBody("UGO", "Udvalget for Grøn Omstilling"), NewBody("KMB", "KMB")]
    before = counts(db)
    with pytest.raises(InvalidInputError, match="afsenderkoder"):  # GR and VMU are unknown
        set_up_consultation(
            db.unit_of_work(),
            spec,
            new_bodies=bodies,
            plan_file=PlanFile(MEMO_PATH.name, memo_bytes()),
        )
    assert counts(db) == before
    assert list_bodies(db.unit_of_work(write=False)) == []
    bodies += [NewBody("GR", "Grønt Råd", RespondentKind.COUNCIL), NewBody("VMU", "VMU")]
    result = set_up_consultation(
        db.unit_of_work(), spec, new_bodies=bodies, plan_file=PlanFile(MEMO_PATH.name, memo_bytes())
    )
    assert result.plan_report is not None and result.plan_report.measures == 64
    assert len(result.consultation.parties) == 4
