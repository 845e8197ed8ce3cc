"""Exporting the committee annex: a preview of what goes in, the completeness check, the file.

The preview reads only counts, so a window can show it at once; the export
writes the file (next to the target first, then moved into place) and records
who exported what, with which options and whether it holds personal data.
A failed or cancelled export leaves neither a file nor a record.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from sqlalchemy import ColumnElement, and_, distinct, false, func, or_, select
from sqlalchemy.orm import Session

from hoering.domain import labels
from hoering.domain.deadline import zone
from hoering.domain.enums import (
    ExportKind,
    PersonalDataReview,
    RespondentKind,
    ResponseStatus,
    TargetLevel,
    Timeliness,
)
from hoering.domain.errors import HoeringError, InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.exchange.annex.model import AnnexDocument
from hoering.exchange.annex.writer import (
    MEMO_SHEET,
    OVERVIEW_SHEET,
    PLAN_SHEET,
    RESPONSES_SHEET,
    write_annex,
)
from hoering.services.access import require
from hoering.services.annex_content import AnnexContent, Node, PlanStructure
from hoering.services.annex_overview import commented_measures, overview_tables
from hoering.services.consultations import resolve, summarise
from hoering.services.dto import ConsultationSummary, RespondentSummary
from hoering.services.exports import (
    WrittenFile,
    file_beside,
    hash_file,
    move_into_place,
    output_path,
    record_export,
)
from hoering.services.respondents import ensure_pseudonyms
from hoering.services.respondents import summarise as summarise_respondent
from hoering.services.snapshot import SnapshotWriter
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    AnnexExport,
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    Respondent,
    Response,
    Section,
)

SHEETS = (MEMO_SHEET, PLAN_SHEET, RESPONSES_SHEET, OVERVIEW_SHEET)
# How many places a finding names before it says "… and N more".
LISTED = 10


@dataclass(frozen=True, slots=True)
class AnnexOptions:
    # The code of the committee the annex is for (e.g. UGO): printed in every page
    # header and registered with the package sent to it.
    committee: str | None = None
    changed_only: bool = False
    # Contact details of every respondent, and the mark on every page that says so.
    internal: bool = False


class FindingKind(StrEnum):
    MEASURE_WITHOUT_ASSESSMENT = "measure_without_assessment"
    COMMENT_WITHOUT_OUTCOME = "comment_without_outcome"
    RESPONSE_NOT_SPLIT = "response_not_split"
    RESPONSE_SET_ASIDE = "response_set_aside"
    LATE_WITHOUT_DECISION = "late_without_decision"
    PERSONAL_DATA_UNREVIEWED = "personal_data_unreviewed"


# Work that must be done before the annex is final; the others are for information.
_UNFINISHED = {
    FindingKind.MEASURE_WITHOUT_ASSESSMENT,
    FindingKind.COMMENT_WITHOUT_OUTCOME,
    FindingKind.RESPONSE_NOT_SPLIT,
}
_FINDING_TEXT = {
    FindingKind.MEASURE_WITHOUT_ASSESSMENT: "klimatiltag har bemærkninger, men ingen vurdering",
    FindingKind.COMMENT_WITHOUT_OUTCOME: "bemærkninger har intet udfald",
    FindingKind.RESPONSE_NOT_SPLIT: "høringssvar er ikke delt op i bemærkninger",
    FindingKind.RESPONSE_SET_ASIDE: "høringssvar er lagt til side og venter på en beslutning",
    FindingKind.LATE_WITHOUT_DECISION: "høringssvar kom for sent og er ikke accepteret",
    FindingKind.PERSONAL_DATA_UNREVIEWED: "bemærkninger har personoplysninger, som ingen har "
    "gennemgået (et offentligt bilag kan først eksporteres, når de er gennemgået)",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the completeness check found: how many, and where (the first few)."""

    kind: FindingKind
    count: int
    where: tuple[str, ...]

    @property
    def makes_draft(self) -> bool:
        return self.kind in _UNFINISHED

    @property
    def text(self) -> str:
        return f"{self.count} {_FINDING_TEXT[self.kind]}"


@dataclass(frozen=True, slots=True)
class AnnexPreview:
    """What an export with these options will hold, without writing anything."""

    consultation: ConsultationSummary
    committee: RespondentSummary | None
    options: AnnexOptions
    sheets: tuple[str, ...]
    headings: int
    measures: int
    measures_in_plan: int
    changed_measures: int
    sub_goals: int
    comments: int
    responses: int
    citizens: int
    findings: tuple[Finding, ...]

    @property
    def draft(self) -> bool:
        """While work remains, every page says UDKAST."""
        return any(f.makes_draft for f in self.findings)

    @property
    def personal_data(self) -> bool:
        return self.options.internal

    @property
    def addressee(self) -> str | None:
        """The committee as printed at the top of every page: »Name (CODE)«."""
        committee = self.committee
        if committee is None:
            return None
        if committee.name and committee.name != committee.code:
            return f"{committee.name} ({committee.code})"
        return committee.code


@dataclass(frozen=True, slots=True)
class AnnexExportResult:
    export_id: int
    path: Path
    sha256: str
    size: int
    preview: AnnexPreview
    rows: Mapping[str, int] = field(default_factory=dict)
    continued_cells: int = 0
    removed_characters: int = 0


class PersonalDataUnreviewedError(InvalidInputError):
    def __init__(self, count: int) -> None:
        super().__init__(
            f"Det offentlige bilag er ikke gemt: {count} bemærkninger har personoplysninger, "
            "som ingen har gennemgået. Gennemgå dem først (hoering personal review); et "
            "udkast eller et internt bilag kan godt eksporteres."
        )


class ExportCancelledError(HoeringError):
    def __init__(self) -> None:
        super().__init__("Eksporten er afbrudt; der er ikke gemt nogen fil.")


Progress = Callable[[int, int], None]


def describe_preview(preview: AnnexPreview) -> str:
    """What the annex holds and what the completeness check found, as a user reads it."""
    consultation = preview.consultation
    lines = [f"Bilag for {consultation.title} (nr. {consultation.id})"]
    if preview.addressee is not None:
        lines.append(f"  Til:                  {preview.addressee}")
    scope = f"{preview.measures} af {preview.measures_in_plan} klimatiltag"
    if preview.options.changed_only:
        scope += " (kun ændrede)"
    lines += [
        f"  Høringsnotat:         {scope} under {preview.headings} overskrifter, "
        f"{preview.comments} bemærkninger",
        f"  Revideret handleplan: {preview.sub_goals} delmål; høringen har ændret "
        f"{preview.changed_measures} klimatiltag",
        f"  Høringssvar:          {preview.responses} rækker; {preview.citizens} borgere "
        "vist som »Borger N«",
        "  Overblik:             pr. tema, afsender, kanal, udfald og status",
        "  Personoplysninger:    "
        + (
            "MED kontaktoplysninger – hver side er mærket INTERN"
            if preview.personal_data
            else "ingen (offentligt bilag)"
        ),
    ]
    unfinished = [f for f in preview.findings if f.makes_draft]
    informative = [f for f in preview.findings if not f.makes_draft]
    if unfinished:
        lines.append("Fuldstændighed: UDKAST – hver side er mærket »UDKAST«, fordi")
        lines += [f"  - {f.text}: {', '.join(f.where)}" for f in unfinished]
    else:
        lines.append("Fuldstændighed: alle bemærkninger har udfald og alle klimatiltag vurdering.")
    if informative:
        lines.append("Til orientering:")
        lines += [f"  - {f.text}: {', '.join(f.where)}" for f in informative]
    return "\n".join(lines)


def preview_annex(
    uow: UnitOfWork, consultation: str | int | None, options: AnnexOptions = AnnexOptions()
) -> AnnexPreview:
    """What the annex will include and what the completeness check finds; writes nothing."""
    with uow:
        found = resolve(uow.session, None if consultation is None else str(consultation))
        committee = find_committee(uow.session, options.committee)
        return _preview(uow.session, found, PlanStructure(uow.session, found), committee, options)


def export_annex(
    uow: UnitOfWork,
    consultation: str | int | None,
    out: Path,
    options: AnnexOptions = AnnexOptions(),
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AnnexExportResult:
    """Write the annex to ``out`` (.xlsx) and record the export.

    ``progress(done, total)`` is called as entries are written; when
    ``cancelled()`` returns true the export stops and nothing is kept.
    """
    target = _output_path(out)
    with uow:
        require(uow, Permission.EXPORT)
        session = uow.session
        found = resolve(session, None if consultation is None else str(consultation))
        committee = find_committee(session, options.committee)
        ensure_pseudonyms(session, found.id)
        content = AnnexContent(
            session, found, changed_only=options.changed_only, internal=options.internal
        )
        preview = _preview(session, found, content.plan, committee, options)
        _refuse_unreviewed(preview)
        snapshot = SnapshotWriter({"consultation": found.id, "title": found.title})
        ticker = _Ticker(2 * len(content.items) + preview.responses, progress, cancelled)
        document = AnnexDocument(
            title=found.title,
            time_zone=found.time_zone,
            exported_on=datetime.now(zone(found.time_zone)).date(),
            memo=(_tee(node, snapshot).entry for node in ticker.count(content.memo_nodes())),
            plan=ticker.count(content.plan_entries()),
            responses=ticker.count(content.responses()),
            overview=overview_tables(session, found, content.plan),
            addressee=preview.addressee,
            organisation=found.plan_version.plan.organisation,
            draft=preview.draft,
            internal=options.internal,
            changed_only=options.changed_only,
        )
        with file_beside(target) as temporary:
            with temporary.open("wb") as stream:
                report = write_annex(document, stream)
            digest, size = hash_file(temporary)
            export = AnnexExport(
                consultation_id=found.id,
                exported_by=uow.actor,
                filename=target.name,
                sha256=digest,
                size=size,
                committee=session.get(Respondent, committee.id) if committee else None,
                personal_data=options.internal,
                changed_only=options.changed_only,
                draft=preview.draft,
                summary=_summary(preview, report.rows),
                snapshot=snapshot.finish(),
            )
            session.add(export)
            record_export(
                session,
                kind=ExportKind.ANNEX,
                written=WrittenFile(target, digest, size),
                actor=uow.actor,
                description=_description(preview),
                consultation_id=found.id,
                personal_data=options.internal,
                subjects=_people_in_internal_annex(session, found.id) if options.internal else (),
            )
            uow.flush()
            move_into_place(temporary, target)
        try:
            uow.commit()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return AnnexExportResult(
            export_id=export.id,
            path=target,
            sha256=digest,
            size=size,
            preview=preview,
            rows=report.rows,
            continued_cells=report.continued_cells,
            removed_characters=report.removed_characters,
        )


def _refuse_unreviewed(preview: AnnexPreview) -> None:
    """A final public annex waits for the review of personal data; a draft does not."""
    if preview.options.internal or preview.draft:
        return
    unreviewed = next(
        (f for f in preview.findings if f.kind is FindingKind.PERSONAL_DATA_UNREVIEWED), None
    )
    if unreviewed is not None:
        raise PersonalDataUnreviewedError(unreviewed.count)


def _people_in_internal_annex(session: Session, consultation_id: int) -> list[int]:
    """Whose contact details an internal annex lists: citizens, and any sender whose name
    or address came with their response."""
    return list(
        session.scalars(
            select(Response.respondent_id)
            .distinct()
            .join(Respondent, Respondent.id == Response.respondent_id)
            .where(
                Response.consultation_id == consultation_id,
                or_(
                    Respondent.kind == RespondentKind.CITIZEN,
                    Response.sender_name.is_not(None),
                    Response.sender_address.is_not(None),
                ),
            )
        )
    )


def _description(preview: AnnexPreview) -> str:
    parts = ["internt, med kontaktoplysninger" if preview.options.internal else "offentligt"]
    if preview.draft:
        parts.append("udkast")
    if preview.options.changed_only:
        parts.append("kun ændrede")
    if preview.addressee:
        parts.append(f"til {preview.addressee}")
    return f"Bilag for {preview.consultation.title} ({', '.join(parts)})"


def find_committee(session: Session, code: str | None) -> RespondentSummary | None:
    """The registered body with this code; an unknown code is refused with the known ones."""
    if code is None or not code.strip():
        return None
    found = session.scalars(
        select(Respondent).where(
            func.upper(Respondent.code) == code.strip().upper(),
            Respondent.kind != RespondentKind.CITIZEN,
        )
    ).first()
    if found is None:
        known = session.scalars(
            select(Respondent.code).where(Respondent.code.is_not(None)).order_by(Respondent.code)
        )
        listed = ", ".join(c for c in known if c) or "ingen"
        raise NotFoundError(f"Intet udvalg har koden »{code.strip()}« (kendte koder: {listed}).")
    return summarise_respondent(found)


# The preview and the completeness check


def _preview(
    session: Session,
    consultation: Consultation,
    plan: PlanStructure,
    committee: RespondentSummary | None,
    options: AnnexOptions,
) -> AnnexPreview:
    items = plan.included(options.changed_only)
    measures = [m for m in items if isinstance(m, Measure)]
    sections = [s.id for s in items if isinstance(s, Section)]
    shown = _shown_comments(consultation.id, [m.id for m in measures], sections, options)
    responses, memo_bodies, citizens = _response_counts(session, consultation.id)
    return AnnexPreview(
        consultation=summarise(consultation),
        committee=committee,
        options=options,
        sheets=SHEETS,
        headings=len(sections),
        measures=len(measures),
        measures_in_plan=len(plan.measures),
        changed_measures=sum(1 for m in plan.measures if plan.changed(m)),
        sub_goals=sum(len(plan.sub_goals[m.id]) for m in measures),
        comments=session.scalar(select(func.count(distinct(Comment.id))).where(shown)) or 0,
        responses=responses + memo_bodies,
        citizens=citizens,
        findings=tuple(
            f
            for f in (
                _unassessed(session, consultation.id, plan, measures),
                _without_outcome(session, items, shown, outside_plan=not options.changed_only),
                *_response_findings(session, consultation),
                _unreviewed(session, items, shown, outside_plan=not options.changed_only),
            )
            if f.count
        ),
    )


def _shown_comments(
    consultation_id: int, measures: list[int], sections: list[int], options: AnnexOptions
) -> ColumnElement[bool]:
    """The condition on Comment (joined with its targets) for the comments the memo shows."""
    levels = [] if options.changed_only else [TargetLevel.POLICY, TargetLevel.NEW_MEASURE]
    return and_(
        Comment.consultation_id == consultation_id,
        Comment.id.in_(
            select(CommentTarget.comment_id).where(
                or_(
                    CommentTarget.measure_id.in_(measures) if measures else false(),
                    CommentTarget.section_id.in_(sections) if sections else false(),
                    CommentTarget.level.in_(levels) if levels else false(),
                )
            )
        ),
    )


def _unassessed(
    session: Session, consultation_id: int, plan: PlanStructure, measures: list[Measure]
) -> Finding:
    commented = commented_measures(session, consultation_id)
    missing = [
        labels.measure_label(m.number, m.title)
        for m in measures
        if m.id in commented and m.id not in plan.assessments
    ]
    return Finding(FindingKind.MEASURE_WITHOUT_ASSESSMENT, len(missing), _first(missing))


def _without_outcome(
    session: Session,
    items: list[Section | Measure],
    shown: ColumnElement[bool],
    *,
    outside_plan: bool,
) -> Finding:
    without = and_(shown, Comment.outcome.is_(None))
    return _comment_finding(
        session, FindingKind.COMMENT_WITHOUT_OUTCOME, without, items, outside_plan=outside_plan
    )


def _unreviewed(
    session: Session,
    items: list[Section | Measure],
    shown: ColumnElement[bool],
    *,
    outside_plan: bool,
) -> Finding:
    pending = and_(shown, Comment.personal_data_review == PersonalDataReview.PENDING)
    return _comment_finding(
        session, FindingKind.PERSONAL_DATA_UNREVIEWED, pending, items, outside_plan=outside_plan
    )


def _comment_finding(
    session: Session,
    kind: FindingKind,
    where: ColumnElement[bool],
    items: list[Section | Measure],
    *,
    outside_plan: bool,
) -> Finding:
    """How many shown comments meet ``where``, and the places they are on, in memo order."""
    count = session.scalar(select(func.count(distinct(Comment.id))).where(where)) or 0
    places = session.execute(
        select(CommentTarget.measure_id, CommentTarget.section_id, CommentTarget.level)
        .join(Comment, Comment.id == CommentTarget.comment_id)
        .where(where)
        .distinct()
    )
    keys = {_place_key(m, s, level) for m, s, level in places}
    return Finding(
        kind,
        count,
        _first([name for key, name in _places(items, outside_plan=outside_plan) if key in keys]),
    )


def _place_key(measure_id: int | None, section_id: int | None, level: TargetLevel) -> str:
    if measure_id is not None:
        return f"m{measure_id}"
    return f"s{section_id}" if section_id is not None else level.value


def _places(items: list[Section | Measure], *, outside_plan: bool) -> Iterator[tuple[str, str]]:
    """The places the memo shows comments on, in its order, with their names."""
    if outside_plan:
        yield TargetLevel.POLICY.value, labels.TARGET_LEVEL[TargetLevel.POLICY]
    for item in items:
        if isinstance(item, Measure):
            yield f"m{item.id}", labels.measure_label(item.number, item.title)
        else:
            yield f"s{item.id}", item.title
    if outside_plan:
        yield TargetLevel.NEW_MEASURE.value, labels.TARGET_LEVEL[TargetLevel.NEW_MEASURE]


def _response_counts(session: Session, consultation_id: int) -> tuple[int, int, int]:
    """Responses, bodies with comments but no response (memo rows), and citizens."""
    responses = session.scalar(
        select(func.count(Response.id)).where(Response.consultation_id == consultation_id)
    )
    memo_bodies = session.scalar(
        select(func.count(distinct(Comment.respondent_id))).where(
            Comment.consultation_id == consultation_id, Comment.response_id.is_(None)
        )
    )
    citizens = session.scalar(
        select(func.count(distinct(Response.respondent_id)))
        .join(Respondent, Respondent.id == Response.respondent_id)
        .where(
            Response.consultation_id == consultation_id,
            Respondent.kind == RespondentKind.CITIZEN,
        )
    )
    return responses or 0, memo_bodies or 0, citizens or 0


def _response_findings(session: Session, consultation: Consultation) -> Iterator[Finding]:
    without_comments = ~Response.comments.any()
    conditions = (
        (
            FindingKind.RESPONSE_NOT_SPLIT,
            (Response.status == ResponseStatus.RECEIVED) & without_comments,
        ),
        (FindingKind.RESPONSE_SET_ASIDE, Response.status == ResponseStatus.SET_ASIDE),
        (
            FindingKind.LATE_WITHOUT_DECISION,
            (Response.timeliness == Timeliness.LATE)
            & Response.accepted_late_reason.is_(None)
            & without_comments,
        ),
    )
    local = zone(consultation.time_zone)
    for kind, condition in conditions:
        query = select(Response).where(Response.consultation_id == consultation.id, condition)
        count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        first = session.scalars(query.order_by(Response.received_at).limit(LISTED))
        where = tuple(
            f"{r.received_at.astimezone(local):%d-%m-%Y %H:%M} {labels.CHANNEL[r.channel]}"
            for r in first
        )
        yield Finding(kind, count, where)


def _first(places: list[str]) -> tuple[str, ...]:
    if len(places) <= LISTED:
        return tuple(places)
    return (*places[:LISTED], f"… og {len(places) - LISTED} flere")


def _summary(preview: AnnexPreview, rows: Mapping[str, int]) -> dict[str, object]:
    return {
        "options": asdict(preview.options),
        "measures": preview.measures,
        "headings": preview.headings,
        "comments": preview.comments,
        "responses": preview.responses,
        "citizens": preview.citizens,
        "findings": {f.kind.value: f.count for f in preview.findings},
        "rows": dict(rows),
    }


# Writing the file safely


def _output_path(out: Path) -> Path:
    """The file to write, checked before any work: an .xlsx in a folder that exists."""
    return output_path(
        out, (".xlsx",), f"Bilaget gemmes som regneark: giv filen endelsen .xlsx ({out})."
    )


T = TypeVar("T")


def _tee(node: Node, snapshot: SnapshotWriter) -> Node:
    snapshot.add(node)
    return node


class _Ticker:
    """Reports progress as entries are written, and stops the export when asked to."""

    def __init__(
        self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.done, self.total = 0, max(total, 1)
        self.progress, self.cancelled = progress, cancelled

    def count(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelledError
            yield item
            self.done += 1
            if self.progress is not None:
                self.progress(min(self.done, self.total), self.total)
