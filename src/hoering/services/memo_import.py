"""Importing a consultation memo: the plan, its comments and the assessments, in one go."""

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from hoering.domain.assessment import categorise, stated_revision
from hoering.domain.enums import (
    AssessmentCategory,
    MeasureStatus,
    RespondentKind,
    RevisionKind,
    TargetLevel,
)
from hoering.domain.errors import InvalidInputError
from hoering.domain.roles import Permission
from hoering.exchange.memo.model import MemoComment, MemoMeasure, NoteKind, ParsedMemo, UnknownCode
from hoering.exchange.memo.parser import parse_memo
from hoering.exchange.memo.rows import MemoTable, parse_memo_bytes
from hoering.services.access import require
from hoering.services.consultations import require_empty_plan, resolve
from hoering.services.dto import ImportNote, MemoImportReport
from hoering.services.files import store_file
from hoering.services.personal_review import screen
from hoering.services.respondents import add_body, known_codes
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Assessment,
    Comment,
    CommentTarget,
    Consultation,
    DocumentImport,
    Measure,
    Respondent,
    Revision,
    Section,
    SubGoal,
)


@dataclass(frozen=True, slots=True)
class SourceConfirmation:
    """The user's word that an unknown ``CODE:`` in a memo is a respondent."""

    code: str
    name: str
    kind: RespondentKind = RespondentKind.COMMITTEE


class UnknownSourceCodesError(InvalidInputError):
    def __init__(self, codes: Sequence[UnknownCode], location_word: str) -> None:
        listed = ", ".join(
            f"{c.code} ({location_word} {', '.join(map(str, c.rows[:5]))})" for c in codes
        )
        super().__init__(
            f"Notatet har afsenderkoder, som Høring ikke kender: {listed}. "
            "Bekræft dem som afsendere eller afvis dem, og importér igen; intet er gemt."
        )
        self.codes = tuple(codes)


def import_memo(
    uow: UnitOfWork,
    consultation: str | int | None,
    filename: str,
    data: bytes,
    *,
    confirm: Sequence[SourceConfirmation] = (),
    not_sources: Iterable[str] = (),
) -> MemoImportReport:
    """Import a memo (.txt as copied from Word, .docx or .xlsx) into a consultation.

    The consultation's plan must still be empty. Nothing is saved if the file
    cannot be read, is not a memo, or names sources the user has not confirmed.
    """
    table = parse_memo_bytes(data, filename)
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        target = resolve(uow.session, None if consultation is None else str(consultation))
        report = import_memo_into(
            uow.session,
            target,
            filename,
            data,
            table=table,
            confirm=confirm,
            not_sources=not_sources,
            actor=uow.actor,
        )
        uow.commit()
        return report


def import_memo_into(
    session: Session,
    consultation: Consultation,
    filename: str,
    data: bytes,
    *,
    table: MemoTable,
    confirm: Sequence[SourceConfirmation],
    not_sources: Iterable[str],
    actor: str,
) -> MemoImportReport:
    """Add a memo's content to a consultation in an open session (no commit)."""
    bodies = known_codes(session)
    confirmed = {c.code.strip().upper(): c for c in confirm}
    parsed = parse_memo(
        table,
        known_codes=set(bodies) | set(confirmed),
        not_codes={c.strip().upper() for c in not_sources},
    )
    if parsed.unknown_codes:
        raise UnknownSourceCodesError(parsed.unknown_codes, parsed.location_word)
    require_empty_plan(session, consultation, "et notat")
    created = [
        add_body(session, c.code, c.name, c.kind)
        for code, c in confirmed.items()
        if code not in bodies
    ]
    bodies.update({r.code: r for r in created if r.code})
    writer = _MemoWriter(session, consultation, parsed, bodies, actor)
    writer.write()
    # The bodies whose comments the memo records were evidently consulted.
    used = {bodies[c.source_code] for c in parsed.comments}
    consultation.parties = sorted(set(consultation.parties) | used, key=lambda r: r.code or "")
    report = writer.report(filename, tuple(r.code or "" for r in created))
    _keep_document(
        session,
        consultation=consultation,
        filename=filename,
        data=data,
        actor=actor,
        report=report,
    )
    return report


class _MemoWriter:
    """Turns a parsed memo into rows: sections, measures, comments, assessments, revisions."""

    def __init__(
        self,
        session: Session,
        consultation: Consultation,
        parsed: ParsedMemo,
        bodies: dict[str, Respondent],
        actor: str,
    ) -> None:
        self.session = session
        self.consultation = consultation
        self.parsed = parsed
        self.bodies = bodies
        self.actor = actor
        self.sections: dict[int, Section] = {}
        self.measures: dict[int, Measure] = {}
        self.by_number: dict[str, Measure] = {}
        self.comments_on: dict[int, list[Comment]] = {}
        self.notes = [
            ImportNote(parsed.where(n.row) if n.row else "", n.kind.value, n.text)
            for n in parsed.notes
        ]
        self.revisions = 0
        self.assessments = 0

    def write(self) -> None:
        self._write_sections()
        self._write_measures()
        self.session.flush()
        for position, comment in enumerate(self.parsed.comments):
            self._write_comment(position, comment)
        for memo_measure in self.parsed.measures:
            self._write_assessment(memo_measure)
        self.session.flush()

    def _write_sections(self) -> None:
        version = self.consultation.plan_version
        for memo_section in self.parsed.sections:
            section = Section(
                plan_version=version,
                parent=None if memo_section.parent is None else self.sections[memo_section.parent],
                level=memo_section.level,
                group_kind=memo_section.group_kind,
                title=memo_section.title,
                position=memo_section.row,
            )
            self.sections[memo_section.key] = section
            self.session.add(section)

    def _write_measures(self) -> None:
        version = self.consultation.plan_version
        for memo_measure in self.parsed.measures:
            measure = Measure(
                plan_version=version,
                section=None
                if memo_measure.section is None
                else self.sections[memo_measure.section],
                number=memo_measure.number,
                title=memo_measure.title,
                position=memo_measure.row,
                status=MeasureStatus.UNCHANGED,
                sub_goals=[
                    SubGoal(position=i, consulted_text=text, revised_text=text)
                    for i, text in enumerate(memo_measure.sub_goals)
                ],
            )
            self.measures[memo_measure.key] = measure
            if memo_measure.number:
                self.by_number[memo_measure.number] = measure
            self.session.add(measure)

    def _write_comment(self, position: int, memo_comment: MemoComment) -> None:
        comment = Comment(
            consultation_id=self.consultation.id,
            respondent=self.bodies[memo_comment.source_code],
            position=position,
            text=memo_comment.text,
            reply=memo_comment.reply,
            source_location=self.parsed.where(memo_comment.row),
        )
        screen(comment, known=())  # the memo's sources are bodies, named in public
        if memo_comment.measure is not None:
            measure = self.measures[memo_comment.measure]
            comment.targets.append(CommentTarget(level=TargetLevel.MEASURE, measure=measure))
            self.comments_on.setdefault(memo_comment.measure, []).append(comment)
        else:
            assert memo_comment.section is not None
            section = self.sections[memo_comment.section]
            comment.targets.append(CommentTarget(level=TargetLevel.SECTION, section=section))
        for number in memo_comment.references:
            referenced = self.by_number.get(number)
            if referenced is None:
                self._note(
                    memo_comment.row, f"Bemærkningen nævner punkt {number}, som ikke findes."
                )
            elif all(t.measure is not referenced for t in comment.targets):
                comment.targets.append(CommentTarget(level=TargetLevel.MEASURE, measure=referenced))
        self.session.add(comment)

    def _write_assessment(self, memo_measure: MemoMeasure) -> None:
        if not memo_measure.assessment:
            return
        measure = self.measures[memo_measure.key]
        category = categorise(memo_measure.assessment)
        self.session.add(
            Assessment(
                consultation_id=self.consultation.id,
                measure=measure,
                text=memo_measure.assessment,
                category=category,
            )
        )
        self.assessments += 1
        self._apply_stated_revision(memo_measure, measure)

    def _apply_stated_revision(self, memo_measure: MemoMeasure, measure: Measure) -> None:
        """Carry out "Mål ændret til: …", "Nyt mål: …" and "Mål udgår" as revisions."""
        stated = stated_revision(memo_measure.assessment)
        if stated is None:
            return
        revision = Revision(
            measure=measure,
            author=self.actor,
            reason="Administrationens vurdering i høringsnotatet "
            f"({self.parsed.where(memo_measure.row)})",
            motivating_comments=self.comments_on.get(memo_measure.key, []),
        )
        if stated.category is AssessmentCategory.MEASURE_DROPPED:
            revision.kind = RevisionKind.MEASURE_DROPPED
            measure.status = MeasureStatus.DROPPED
        elif stated.category is AssessmentCategory.SUB_GOAL_ADDED:
            goal = SubGoal(position=len(measure.sub_goals), revised_text=stated.text)
            measure.sub_goals.append(goal)
            revision.kind, revision.sub_goal, revision.new_text = (
                RevisionKind.SUB_GOAL_ADDED,
                goal,
                stated.text,
            )
            measure.status = MeasureStatus.CHANGED
        elif len(measure.sub_goals) == 1:
            goal = measure.sub_goals[0]
            revision.kind, revision.sub_goal = RevisionKind.SUB_GOAL_CHANGED, goal
            revision.old_text, revision.new_text = goal.consulted_text, stated.text
            goal.revised_text = stated.text
            measure.status = MeasureStatus.CHANGED
        else:
            self._note(
                memo_measure.row,
                f"Vurderingen ændrer et delmål, men klimatiltag {memo_measure.number} har "
                f"{len(measure.sub_goals)} delmål; ændringen er ikke udført.",
            )
            return
        self.session.add(revision)
        self.revisions += 1

    def _note(self, row: int, text: str) -> None:
        self.notes.append(ImportNote(self.parsed.where(row), NoteKind.ASSUMPTION.value, text))

    def report(self, filename: str, created: tuple[str, ...]) -> MemoImportReport:
        return MemoImportReport(
            consultation_id=self.consultation.id,
            filename=filename,
            sections=len(self.sections),
            measures=len(self.measures),
            sub_goals=sum(len(m.sub_goals) for m in self.parsed.measures),
            comments=len(self.parsed.comments),
            assessments=self.assessments,
            revisions=self.revisions,
            created_respondents=created,
            notes=tuple(self.notes),
        )


def _keep_document(
    session: Session,
    *,
    consultation: Consultation,
    filename: str,
    data: bytes,
    actor: str,
    report: MemoImportReport,
) -> None:
    """Keep the imported file and the importer's report beside the consultation."""
    stored = store_file(session, data)
    summary = asdict(report)
    summary["notes"] = [asdict(note) for note in report.notes]
    session.add(
        DocumentImport(
            consultation_id=consultation.id,
            kind="memo",
            filename=filename,
            file_id=stored.id,
            imported_by=actor,
            report=summary,
        )
    )
