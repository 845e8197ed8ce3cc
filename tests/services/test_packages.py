"""Committee packages: registered from the exported file, listed, fetched and compared."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoering.domain.enums import Channel, MeasureStatus, Outcome, TargetLevel
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.services.annex import AnnexOptions, export_annex
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.consultations import NewConsultation
from hoering.services.intake import IncomingResponse, TargetSpec, add_comment_into, log_response
from hoering.services.packages import (
    CommentChangeKind,
    Presence,
    SubGoalChange,
    compare_packages,
    list_packages,
    package_file,
    register_package,
)
from hoering.services.plan_import import import_plan
from hoering.store.database import Database
from hoering.store.models import (
    Comment,
    CommentTarget,
    CommitteePackage,
    Measure,
    Response,
    SubGoal,
)

MAY, JUNE = date(2023, 5, 15), date(2023, 6, 12)


def exported(db: Database, path: Path, committee: str | None = "UGO") -> bytes:
    export_annex(db.unit_of_work(), 1, path, AnnexOptions(committee=committee))
    return path.read_bytes()


def register(db: Database, data: bytes, meeting: date, committee: str | None = None) -> int:
    return register_package(
        db.unit_of_work(), 1, "bilag.xlsx", data, meeting_on=meeting, committee=committee
    ).id


def measure_id(db: Database, number: str) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == number)).one()


def packages(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count(CommitteePackage.id))) or 0


def test_an_exported_annex_becomes_a_frozen_package(demo_db: Database, tmp_path: Path) -> None:
    data = exported(demo_db, tmp_path / "bilag.xlsx")
    package = register(demo_db, data, MAY)
    (listed,) = list_packages(demo_db.unit_of_work(write=False), None)
    assert listed.id == package
    assert (listed.committee.code, listed.meeting_on, listed.draft, listed.personal_data) == (
        "UGO",
        MAY,
        True,
        False,
    )
    (tmp_path / "bilag.xlsx").write_bytes(b"overwritten later")
    summary, kept = package_file(demo_db.unit_of_work(write=False), package)
    assert kept == data and summary.sha256 == listed.sha256


def test_a_changed_file_or_another_consultations_file_is_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    data = exported(demo_db, tmp_path / "bilag.xlsx")
    with pytest.raises(InvalidInputError, match="ændret efter eksporten; intet er registreret"):
        register(demo_db, data + b"\0", MAY)
    with pytest.raises(NotFoundError, match="kendte koder"):
        register(demo_db, data, MAY, committee="XYZ")
    register(demo_db, data, MAY)
    with pytest.raises(InvalidInputError, match=r"allerede registreret som pakke nr\. 1"):
        register(demo_db, data, MAY)
    assert packages(demo_db) == 1


def test_an_annex_without_committee_needs_one_named(demo_db: Database, tmp_path: Path) -> None:
    data = exported(demo_db, tmp_path / "bilag.xlsx", committee=None)
    with pytest.raises(InvalidInputError, match="--committee"):
        register(demo_db, data, MAY)
    assert packages(demo_db) == 0
    package = register(demo_db, data, MAY, committee="KMB")
    summary, _ = package_file(demo_db.unit_of_work(write=False), package)
    assert summary.committee.code == "KMB"


def change_the_data(db: Database) -> None:
    """A month of work between two meetings."""
    twelve, two, five = measure_id(db, "12"), measure_id(db, "2"), measure_id(db, "5")
    current = get_assessment(db.unit_of_work(write=False), 1, two)
    save_assessment(
        db.unit_of_work(), 1, two, "Indarbejdet i lokalplanerne.", expected_version=current.version
    )
    with db.unit_of_work() as uow:
        session = uow.session
        comment = session.scalars(
            select(Comment)
            .join(CommentTarget)
            .where(CommentTarget.measure_id == twelve, Comment.text.startswith("Fortsat slukket"))
        ).one()
        comment.outcome = Outcome.NOT_MET
        goal = session.scalars(select(SubGoal).join(Measure).where(Measure.number == "3")).one()
        goal.revised_text = "Fra skoleåret 2023/24 indgår klima i undervisningen på alle skoler."
        session.get_one(Measure, goal.measure_id).status = MeasureStatus.CHANGED
        uow.commit()
    logged = log_response(
        db.unit_of_work(),
        None,
        IncomingResponse(
            channel=Channel.SMS,
            received_at=datetime(2023, 4, 29, 12, 0, tzinfo=UTC),
            body="Mere cirkulær økonomi i kommunen",
            sender_address="+4599887766",
        ),
    )
    with db.unit_of_work() as uow:
        response = uow.session.get_one(Response, logged.id)
        add_comment_into(
            uow.session, response, response.body, [TargetSpec(TargetLevel.MEASURE, measure_id=five)]
        )
        uow.commit()


def test_two_packages_compare_measure_by_measure(demo_db: Database, tmp_path: Path) -> None:
    first = register(demo_db, exported(demo_db, tmp_path / "maj.xlsx"), MAY)
    change_the_data(demo_db)
    second = register(demo_db, exported(demo_db, tmp_path / "juni.xlsx"), JUNE)
    comparison = compare_packages(demo_db.unit_of_work(write=False), first, second)
    by_label = {d.label.split(".")[0]: d for d in comparison.differences}
    assert sorted(by_label) == ["12", "2", "3", "5"]
    assert comparison.unchanged == 64 + 38 + 2 - 4
    assert by_label["2"].assessment == (
        "Der vil være en kommunikationsindsatsen i alle relevante klimatiltag",
        "Indarbejdet i lokalplanerne.",
    )
    three = by_label["3"]
    assert three.status == (MeasureStatus.UNCHANGED, MeasureStatus.CHANGED)
    assert three.sub_goals == (
        SubGoalChange(
            1,
            "Senest i 2025 har Ballerup Kommune sikret, at klima, klimatilpasning, cirkulær "
            "økonomi og klimavenlig adfærd indgår i planlægningen af undervisningen på de "
            "enkelte skoler.",
            "Fra skoleåret 2023/24 indgår klima i undervisningen på alle skoler.",
        ),
    )
    (outcome,) = by_label["12"].comments
    assert (outcome.kind, outcome.source, outcome.outcome_before, outcome.outcome_after) == (
        CommentChangeKind.OUTCOME,
        "KMB",
        None,
        Outcome.NOT_MET,
    )
    (added,) = by_label["5"].comments
    assert (added.kind, added.excerpt) == (
        CommentChangeKind.ADDED,
        "Mere cirkulær økonomi i kommunen",
    )
    assert added.source.startswith("Borger ")
    assert all(d.presence is Presence.BOTH for d in comparison.differences)

    # The comparison rests on what each package held, not on today's data.
    with demo_db.unit_of_work() as uow:
        uow.session.execute(
            Comment.__table__.delete().where(Comment.text.startswith("Mere cirkulær"))
        )
        uow.commit()
    again = compare_packages(demo_db.unit_of_work(write=False), first, second)
    assert again == comparison


def test_only_packages_of_one_consultation_compare(demo_db: Database, tmp_path: Path) -> None:
    first = register(demo_db, exported(demo_db, tmp_path / "maj.xlsx"), MAY)
    with pytest.raises(NotFoundError, match=r"ingen pakke nr\. 7"):
        compare_packages(demo_db.unit_of_work(write=False), first, 7)
    next_round = NewConsultation(
        title="Klimahandleplan 2024",
        plan_title="Klimahandleplan 2024",
        opens_on=MAY,
        closes_on=JUNE,
    )
    created = import_plan(
        demo_db.unit_of_work(),
        None,
        "maj.xlsx",
        (tmp_path / "maj.xlsx").read_bytes(),
        new=next_round,
    ).consultation_id
    path = tmp_path / "2024.xlsx"
    export_annex(demo_db.unit_of_work(), created, path, AnnexOptions(committee="UGO"))
    other = register_package(
        demo_db.unit_of_work(), created, path.name, path.read_bytes(), meeting_on=JUNE
    ).id
    with pytest.raises(InvalidInputError, match="samme høring"):
        compare_packages(demo_db.unit_of_work(write=False), first, other)
    # A file is only a package of the consultation it was exported from.
    with pytest.raises(InvalidInputError, match="Klimahandleplan 2023"):
        register_package(
            demo_db.unit_of_work(),
            "Klimahandleplan 2023",
            path.name,
            path.read_bytes(),
            meeting_on=JUNE,
        )
