"""Committee packages: an exported annex as sent to a committee meeting, frozen.

A package is registered from the file itself: its SHA-256 must be that of an
annex exported from the consultation, so what is registered is exactly what
was exported, unchanged. The file's bytes are kept, and the export's snapshot
(see :mod:`hoering.services.snapshot`) lets two packages be compared measure
by measure whatever has happened to the data since.
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.domain import labels
from hoering.domain.enums import ExportKind, MeasureStatus, Outcome
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.annex import find_committee
from hoering.services.consultations import resolve
from hoering.services.dto import RespondentSummary
from hoering.services.exports import record_export, saved_file
from hoering.services.files import sha256, store_file
from hoering.services.respondents import summarise as summarise_respondent
from hoering.services.snapshot import SnapshotComment, SnapshotNode, read_snapshot
from hoering.store.database import UnitOfWork
from hoering.store.models import AnnexExport, CommitteePackage, FileExport, Respondent


@dataclass(frozen=True, slots=True)
class PackageSummary:
    id: int
    consultation_id: int
    committee: RespondentSummary
    meeting_on: date
    filename: str
    sha256: str
    size: int
    exported_at: datetime
    exported_by: str
    registered_at: datetime
    registered_by: str
    draft: bool
    personal_data: bool
    changed_only: bool


def register_package(
    uow: UnitOfWork,
    consultation: str | int | None,
    filename: str,
    data: bytes,
    *,
    meeting_on: date,
    committee: str | None = None,
) -> PackageSummary:
    """Freeze an exported annex as the package for a committee's meeting.

    The committee defaults to the one the annex was exported for. A file that
    is not an unchanged export of this consultation is refused; nothing is saved.
    """
    digest = sha256(data)
    with uow:
        require(uow, Permission.EXPORT)
        session = uow.session
        found = resolve(session, None if consultation is None else str(consultation))
        export = session.scalars(
            select(AnnexExport)
            .where(AnnexExport.consultation_id == found.id, AnnexExport.sha256 == digest)
            .order_by(AnnexExport.exported_at.desc())
        ).first()
        if export is None:
            raise InvalidInputError(
                f"{filename} er ikke et bilag eksporteret fra høringen »{found.title}«, "
                "eller filen er ændret efter eksporten; intet er registreret."
            )
        addressee = _committee_for(session, committee, export)
        duplicate = session.scalar(
            select(CommitteePackage.id).where(
                CommitteePackage.export_id == export.id,
                CommitteePackage.committee_id == addressee.id,
                CommitteePackage.meeting_on == meeting_on,
            )
        )
        if duplicate is not None:
            raise InvalidInputError(
                f"Filen er allerede registreret som pakke nr. {duplicate} til "
                f"{addressee.code} den {meeting_on:%d-%m-%Y}."
            )
        package = CommitteePackage(
            consultation_id=found.id,
            export=export,
            committee=addressee,
            meeting_on=meeting_on,
            file=store_file(session, data),
            registered_by=uow.actor,
        )
        session.add(package)
        uow.flush()
        summary = _summarise(package)
        uow.commit()
        return summary


def _committee_for(session: Session, code: str | None, export: AnnexExport) -> Respondent:
    if code:
        found = find_committee(session, code)
        assert found is not None
        return session.get_one(Respondent, found.id)
    if export.committee is None:
        raise InvalidInputError(
            "Bilaget blev eksporteret uden udvalg: angiv udvalget med --committee KODE."
        )
    return export.committee


def list_packages(uow: UnitOfWork, consultation: str | int | None) -> list[PackageSummary]:
    """The consultation's packages, by meeting date."""
    with uow:
        found = resolve(uow.session, None if consultation is None else str(consultation))
        packages = uow.session.scalars(
            select(CommitteePackage)
            .where(CommitteePackage.consultation_id == found.id)
            .order_by(CommitteePackage.meeting_on, CommitteePackage.id)
        )
        return [_summarise(p) for p in packages]


def package_file(uow: UnitOfWork, package_id: int) -> tuple[PackageSummary, bytes]:
    """The package and the bytes of its file, exactly as registered."""
    with uow:
        package = _get(uow.session, package_id)
        return _summarise(package), package.file.content


def save_package_file(uow: UnitOfWork, package_id: int, out: Path) -> PackageSummary:
    """Save a package's file exactly as it was sent, and register the export: an internal
    package holds the personal data of the same people as the annex it froze."""
    with uow:
        require(uow, Permission.EXPORT)
        session = uow.session
        package = _get(session, package_id)
        frozen = session.scalars(
            select(FileExport)
            .where(FileExport.kind == ExportKind.ANNEX, FileExport.sha256 == package.file.sha256)
            .order_by(FileExport.id)
        ).first()
        with saved_file(out, package.file.content) as written:
            record_export(
                session,
                kind=ExportKind.PACKAGE,
                written=written,
                actor=uow.actor,
                description=f"Udvalgspakke nr. {package.id} til {package.committee.code} "
                f"({package.meeting_on:%d-%m-%Y})",
                consultation_id=package.consultation_id,
                personal_data=package.export.personal_data,
                subjects=[r.id for r in frozen.subjects] if frozen else (),
            )
            summary = _summarise(package)
            uow.commit()
        return summary


def _get(session: Session, package_id: int) -> CommitteePackage:
    package = session.get(CommitteePackage, package_id)
    if package is None:
        raise NotFoundError(f"Der findes ingen pakke nr. {package_id} (se: hoering package list).")
    return package


def _summarise(package: CommitteePackage) -> PackageSummary:
    export = package.export
    return PackageSummary(
        id=package.id,
        consultation_id=package.consultation_id,
        committee=summarise_respondent(package.committee),
        meeting_on=package.meeting_on,
        filename=export.filename,
        sha256=export.sha256,
        size=export.size,
        exported_at=export.exported_at,
        exported_by=export.exported_by,
        registered_at=package.registered_at,
        registered_by=package.registered_by,
        draft=export.draft,
        personal_data=export.personal_data,
        changed_only=export.changed_only,
    )


# Comparing two packages


class Presence(StrEnum):
    BOTH = "both"
    ONLY_FIRST = "only_first"
    ONLY_SECOND = "only_second"


class CommentChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    OUTCOME = "outcome"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class CommentChange:
    kind: CommentChangeKind
    source: str
    excerpt: str
    outcome_before: Outcome | None = None
    outcome_after: Outcome | None = None


@dataclass(frozen=True, slots=True)
class SubGoalChange:
    number: int
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class NodeDifference:
    """What differs for one measure or heading between the first and the second package."""

    label: str
    presence: Presence
    status: tuple[MeasureStatus | None, MeasureStatus | None] | None = None
    sub_goals: tuple[SubGoalChange, ...] = ()
    assessment: tuple[str, str] | None = None
    comments: tuple[CommentChange, ...] = ()


@dataclass(frozen=True, slots=True)
class PackageComparison:
    first: PackageSummary
    second: PackageSummary
    differences: tuple[NodeDifference, ...]
    unchanged: int


def compare_packages(uow: UnitOfWork, first_id: int, second_id: int) -> PackageComparison:
    """Measure by measure: how sub-goals, assessment and comments changed from first to second."""
    with uow:
        first, second = _get(uow.session, first_id), _get(uow.session, second_id)
        if first.consultation_id != second.consultation_id:
            raise InvalidInputError("Pakker kan kun sammenlignes inden for samme høring.")
        before = {n.key: n for n in read_snapshot(first.export.snapshot)}
        after = list(read_snapshot(second.export.snapshot))
        differences: list[NodeDifference] = []
        unchanged = 0
        for node in after:
            found = _difference(before.pop(node.key, None), node)
            if found is None:
                unchanged += 1
            else:
                differences.append(found)
        differences.extend(NodeDifference(n.label, Presence.ONLY_FIRST) for n in before.values())
        return PackageComparison(
            _summarise(first), _summarise(second), tuple(differences), unchanged
        )


def _difference(old: SnapshotNode | None, new: SnapshotNode) -> NodeDifference | None:
    if old is None:
        return NodeDifference(new.label, Presence.ONLY_SECOND)
    status = None
    if old.status != new.status:
        status = (_status(old.status), _status(new.status))
    assessment = None
    if (old.assessment or "") != (new.assessment or ""):
        assessment = (old.assessment or "", new.assessment or "")
    found = NodeDifference(
        new.label,
        Presence.BOTH,
        status=status,
        sub_goals=_sub_goal_changes(old, new),
        assessment=assessment,
        comments=_comment_changes(old.comments, new.comments),
    )
    if found.status or found.sub_goals or found.assessment or found.comments:
        return found
    return None


def _status(value: str | None) -> MeasureStatus | None:
    return MeasureStatus(value) if value else None


def _sub_goal_changes(old: SnapshotNode, new: SnapshotNode) -> tuple[SubGoalChange, ...]:
    """Sub-goals by position, compared as revised (the consulted text does not change)."""
    count = max(len(old.sub_goals), len(new.sub_goals))
    changes = []
    for index in range(count):
        before = old.sub_goals[index][1] if index < len(old.sub_goals) else None
        after = new.sub_goals[index][1] if index < len(new.sub_goals) else None
        if before != after:
            changes.append(SubGoalChange(index + 1, before, after))
    return tuple(changes)


def _comment_changes(
    old: tuple[SnapshotComment, ...], new: tuple[SnapshotComment, ...]
) -> tuple[CommentChange, ...]:
    before = {c.id: c for c in old}
    changes: list[CommentChange] = []
    for comment in new:
        earlier = before.pop(comment.id, None)
        if earlier is None:
            changes.append(_change(CommentChangeKind.ADDED, comment))
        elif earlier.digest != comment.digest:
            changes.append(_change(CommentChangeKind.TEXT, comment))
        elif earlier.outcome != comment.outcome:
            changes.append(_change(CommentChangeKind.OUTCOME, comment, _outcome(earlier.outcome)))
    changes.extend(_change(CommentChangeKind.REMOVED, c) for c in before.values())
    return tuple(changes)


def _change(
    kind: CommentChangeKind, comment: SnapshotComment, before: Outcome | None = None
) -> CommentChange:
    return CommentChange(kind, comment.source, comment.excerpt, before, _outcome(comment.outcome))


def _outcome(value: str | None) -> Outcome | None:
    return Outcome(value) if value else None


def outcome_name(outcome: Outcome | None) -> str:
    return labels.OUTCOME[outcome] if outcome else "uden udfald"
