"""Purging personal data from the working copy: a consultation's after its retention
date, and one person's on request.

Municipalities may not delete journalised records at will; what is purged is
the program's working copy. The comments stay, anonymised, so the memo still
adds up; the person stays as their pseudonym ("Borger 17"). Gone are their
contact details, the sender details of their responses, the raw messages and
attachments (a file that also holds other people's messages, such as an SMS
export, is kept and counted), and their data in response and comment texts,
in annex snapshots, in assessments and the export register that name them, and
in the audit log, which recorded it as it changed. The audit log gets one entry
saying what was purged, never the data itself.
"""

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, or_, select, true, update
from sqlalchemy.orm import Session, selectinload

from hoering.domain.deadline import zone
from hoering.domain.enums import (
    PUBLIC_RESPONDENT_KINDS,
    ContactKind,
    PersonalDataReview,
    RespondentKind,
)
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.personal_data import REDACTED, redact
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.consultations import resolve
from hoering.services.respondents import display_names, find_by_contact
from hoering.services.snapshot import scrub_snapshot
from hoering.store import audit
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    AnnexExport,
    Assessment,
    Attachment,
    AuditEntry,
    Campaign,
    Comment,
    CommitteePackage,
    Consultation,
    DocumentImport,
    FileExport,
    Respondent,
    RespondentContact,
    Response,
    StoredFile,
    file_export_subject,
    utc_now,
)

# Rows handled per statement.
CHUNK = 500
# Beyond this many details (a consultation's purge) every text is read instead.
_MENTION_QUERY_LIMIT = 50
_WORD = re.compile(r"\w+")
# Fields that only ever hold who someone is (or name a file of theirs that is gone):
# replaced whole in the entries of the rows purged.
_IDENTIFYING = frozenset(
    {
        "name",
        "filename",
        "sender_name",
        "sender_address",
        "suggested_sender_name",
        "suggested_sender_address",
        "external_id",
        "value",
    }
)


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What was purged: counts only, fit for the audit log."""

    # People whose contact details were removed.
    people: int
    contacts: int
    # Responses cleared of sender details, raw message and attachments.
    responses: int
    comments: int
    files_removed: int
    # Files that also hold other people's messages (an SMS export): kept.
    files_kept: int
    audit_entries: int
    annex_snapshots: int
    # Assessments and registered exports that named the people.
    assessments: int
    exports: int
    # Campaign texts and other senders' comments and replies that named the people.
    texts: int = 0


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """Someone whose data may be erased, as an administrator identifies them."""

    respondent_id: int
    kind: RespondentKind
    # »Borger 17 i Klimahandleplan 2023« or a body's name, per consultation written to.
    known_as: tuple[str, ...]
    responses: int
    erased: bool


def find_person(
    uow: UnitOfWork, *, respondent_id: int | None = None, contact: str | None = None
) -> PersonSummary:
    """The respondent with this id, or registered with this e-mail address or phone number."""
    with uow:
        session = uow.session
        found: Respondent | None = None
        if respondent_id is not None:
            found = session.get(Respondent, respondent_id)
        elif contact:
            kind = ContactKind.EMAIL if "@" in contact else ContactKind.PHONE
            found = find_by_contact(session, kind, contact)
        if found is None:
            raise NotFoundError("Der er ingen afsender med de oplysninger.")
        return _summary(session, found)


def find_people(uow: UnitOfWork, text: str) -> list[PersonSummary]:
    """Who an administrator means by ``text``: the person registered with this e-mail
    address or phone number, else every person whose registered name holds it."""
    text = text.strip()
    if not text:
        return []
    if "@" in text or any(c.isdigit() for c in text):
        try:
            return [find_person(uow, contact=text)]
        except NotFoundError:
            return []
    with uow:
        session = uow.session
        named = session.scalars(
            select(Respondent)
            .join(RespondentContact)
            .where(
                RespondentContact.kind == ContactKind.NAME,
                func.lower(RespondentContact.value).contains(text.lower(), autoescape=True),
                Respondent.kind.not_in(PUBLIC_RESPONDENT_KINDS),
            )
            .distinct()
            .order_by(Respondent.id)
        )
        return [_summary(session, person) for person in list(named)]


def _summary(session: Session, found: Respondent) -> PersonSummary:
    consultations = session.execute(
        select(Consultation.id, Consultation.title)
        .join(Response, Response.consultation_id == Consultation.id)
        .where(Response.respondent_id == found.id)
        .distinct()
        .order_by(Consultation.id)
    ).all()
    names = [
        f"{display_names(session, c_id, [found.id]).get(found.id, '?')} i {title}"
        for c_id, title in consultations
    ]
    responses = session.scalar(
        select(func.count(Response.id)).where(Response.respondent_id == found.id)
    )
    return PersonSummary(
        found.id,
        found.kind,
        tuple(names),
        responses or 0,
        found.personal_data_erased_at is not None,
    )


def purge_personal_data(
    uow: UnitOfWork, consultation: str | int | None, *, today: date | None = None
) -> PurgeReport:
    """Purge a consultation's personal data once its retention date has passed.

    Citizens who also wrote to a consultation whose data is still kept keep
    their contact details until that one is purged too.
    """
    with uow:
        require(uow, Permission.ERASE_PERSONAL_DATA)
        session = uow.session
        found = resolve(session, None if consultation is None else str(consultation))
        _check_retention(found, today or datetime.now(zone(found.time_zone)).date())
        responses = list(
            session.scalars(select(Response.id).where(Response.consultation_id == found.id))
        )
        comments = list(
            session.scalars(
                select(Comment.id)
                .join(Respondent, Respondent.id == Comment.respondent_id)
                .where(
                    Comment.consultation_id == found.id,
                    Respondent.kind.not_in(PUBLIC_RESPONDENT_KINDS),
                )
            )
        )
        report = _Purge(session).run(
            responses, comments, _people_only_in(session, found), [found.id]
        )
        with audit.unrecorded(session):
            found.personal_data_purged_at = utc_now()
            session.flush()
        audit.record(session, "purge", "consultation", [(found.id, asdict(report))])
        uow.commit()
        return report


def erase_person(uow: UnitOfWork, respondent_id: int, *, reason: str = "") -> PurgeReport:
    """Erase one person's personal data on request, in every consultation.

    ``reason`` goes into the audit log (a case number, not the person's name).
    """
    with uow:
        require(uow, Permission.ERASE_PERSONAL_DATA)
        session = uow.session
        respondent = session.get(Respondent, respondent_id)
        if respondent is None:
            raise NotFoundError(f"Der findes ingen afsender nr. {respondent_id}.")
        if respondent.kind in PUBLIC_RESPONDENT_KINDS:
            raise InvalidInputError(
                "Udvalg og råd optræder offentligt; deres oplysninger slettes ikke som "
                "personoplysninger."
            )
        responses = list(
            session.scalars(select(Response.id).where(Response.respondent_id == respondent_id))
        )
        comments = list(
            session.scalars(select(Comment.id).where(Comment.respondent_id == respondent_id))
        )
        consultations = set(
            session.scalars(
                select(Response.consultation_id).where(Response.respondent_id == respondent_id)
            )
        )
        report = _Purge(session).run(responses, comments, [respondent_id], sorted(consultations))
        summary: dict[str, Any] = asdict(report)
        if reason.strip():
            summary["reason"] = reason.strip()
        audit.record(session, "purge", "respondent", [(respondent_id, summary)])
        uow.commit()
        return report


def _check_retention(consultation: Consultation, today: date) -> None:
    until = consultation.retention_until
    if until is None:
        raise InvalidInputError(
            f"Høringen »{consultation.title}« har ingen opbevaringsfrist; sæt den først "
            "(hoering personal retention)."
        )
    if today <= until:
        raise InvalidInputError(
            f"Personoplysningerne i »{consultation.title}« opbevares til og med "
            f"{until:%d-%m-%Y}; de kan slettes fra dagen efter."
        )


def _people_only_in(session: Session, consultation: Consultation) -> list[int]:
    """Citizens of the consultation with no response to a consultation still keeping data."""
    elsewhere = (
        select(Response.respondent_id)
        .join(Consultation, Consultation.id == Response.consultation_id)
        .where(Consultation.id != consultation.id, Consultation.personal_data_purged_at.is_(None))
    )
    return list(
        session.scalars(
            select(Response.respondent_id)
            .distinct()
            .join(Respondent, Respondent.id == Response.respondent_id)
            .where(
                Response.consultation_id == consultation.id,
                Respondent.kind == RespondentKind.CITIZEN,
                Response.respondent_id.not_in(elsewhere),
            )
        )
    )


class _Purge:
    """One purge, in the caller's transaction. Its own changes write no audit entries:
    they would copy the data being purged into the log."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # A respondent's registered details, to be removed from their texts.
        self.known: dict[int, list[str]] = {}
        # What each purged response's texts were cleared of: its sender's details too.
        self.response_known: dict[int, list[str]] = {}
        self.attachments: list[int] = []

    def run(
        self,
        responses: Sequence[int],
        comments: Sequence[int],
        people: Sequence[int],
        consultations: Sequence[int],
    ) -> PurgeReport:
        self._learn_contacts(responses, people)
        with audit.unrecorded(self.session):
            files = self._clear_responses(responses)
            comment_respondents = self._anonymise_comments(comments)
            contacts = self._remove_contacts(people)
            self.session.flush()
            removed, kept = self._remove_unused(files)
        scrubbed = self._scrub_log(responses, comment_respondents, people, contacts)
        values = sorted({v for p in people for v in self.known.get(p, ())})
        scrubbed |= self._scrub_mentions(values, exclude=scrubbed)
        snapshots = self._scrub_snapshots(consultations, comment_respondents, values)
        assessments = self._forget_names(
            select(Assessment).where(Assessment.consultation_id.in_(consultations)),
            ("text",),
            values,
        )
        texts = self._forget_names(
            select(Campaign).where(Campaign.consultation_id.in_(consultations)),
            ("common_text",),
            values,
        ) + self._forget_names(
            select(Comment).where(
                Comment.consultation_id.in_(consultations),
                _mentioning((Comment.text, Comment.public_text, Comment.reply), values),
            ),
            ("text", "public_text", "reply"),
            values,
        )
        exports = self._forget_names(
            select(FileExport)
            .join(file_export_subject)
            .where(file_export_subject.c.respondent_id.in_(people))
            .distinct(),
            ("filename", "description"),
            values,
        )
        return PurgeReport(
            people=len(people),
            contacts=len(contacts),
            responses=len(responses),
            comments=len(comment_respondents),
            files_removed=removed,
            files_kept=kept,
            audit_entries=len(scrubbed),
            annex_snapshots=snapshots,
            assessments=assessments,
            exports=exports,
            texts=texts,
        )

    def _learn_contacts(self, responses: Sequence[int], people: Sequence[int]) -> None:
        respondents = set(people)
        for chunk in _chunks(responses):
            respondents |= {
                r
                for r in self.session.scalars(
                    select(Response.respondent_id).where(Response.id.in_(chunk))
                )
                if r is not None
            }
        for chunk in _chunks(sorted(respondents)):
            for respondent_id, value in self.session.execute(
                select(RespondentContact.respondent_id, RespondentContact.value).where(
                    RespondentContact.respondent_id.in_(chunk)
                )
            ):
                self.known.setdefault(respondent_id, []).append(value)

    def _clear_responses(self, response_ids: Sequence[int]) -> set[int]:
        """Sender details, raw message and attachments go; the texts lose personal data.
        The digest of the raw message stays, so importing it again finds a duplicate."""
        files: set[int] = set()
        for chunk in _chunks(response_ids):
            for response in self.session.scalars(
                select(Response)
                .where(Response.id.in_(chunk))
                .options(selectinload(Response.attachments))
            ):
                known = self._known_for(response.respondent_id) + [
                    v
                    for v in (
                        response.sender_name,
                        response.sender_address,
                        response.suggested_sender_name,
                        response.suggested_sender_address,
                    )
                    if v
                ]
                self.response_known[response.id] = known
                response.body = redact(response.body, known)
                response.subject = _redacted(response.subject, known)
                response.problem = _redacted(response.problem, known)
                response.original_filename = _redacted(response.original_filename, known)
                response.sender_name = response.sender_address = None
                response.suggested_sender_name = response.suggested_sender_address = None
                response.external_id = None
                if response.original_file_id is not None:
                    files.add(response.original_file_id)
                    response.original_file_id = None
                for attachment in response.attachments:
                    files.add(attachment.file_id)
                    self.attachments.append(attachment.id)
                    self.session.delete(attachment)
            self.session.flush()
        return files

    def _anonymise_comments(self, comment_ids: Sequence[int]) -> dict[int, int]:
        """The approved public text becomes the text; otherwise what is found is redacted."""
        respondents: dict[int, int] = {}
        for chunk in _chunks(comment_ids):
            for comment in self.session.scalars(select(Comment).where(Comment.id.in_(chunk))):
                known = self._known_for(comment.respondent_id)
                respondents[comment.id] = comment.respondent_id
                if comment.personal_data_review is PersonalDataReview.APPROVED:
                    comment.text = comment.public_text or comment.text
                else:
                    comment.text = redact(comment.public_text or comment.text, known)
                    comment.personal_data_review = PersonalDataReview.NOTHING_FOUND
                comment.reply = _redacted(comment.reply, known)
                comment.public_text = None
            self.session.flush()
        return respondents

    def _remove_contacts(self, people: Sequence[int]) -> list[int]:
        contacts: list[int] = []
        now = utc_now()
        for chunk in _chunks(people):
            contacts += self.session.scalars(
                select(RespondentContact.id).where(RespondentContact.respondent_id.in_(chunk))
            )
            self.session.execute(
                delete(RespondentContact).where(RespondentContact.respondent_id.in_(chunk))
            )
            for respondent in self.session.scalars(
                select(Respondent).where(Respondent.id.in_(chunk))
            ):
                respondent.personal_data_erased_at = now
                if respondent.kind is RespondentKind.CITIZEN:
                    respondent.name = None
        return contacts

    def _remove_unused(self, files: set[int]) -> tuple[int, int]:
        """Delete the stored files nothing refers to any more; (removed, kept)."""
        if not files:
            return 0, 0
        candidates = sorted(files)
        used: set[int] = set()
        for column in (
            Response.original_file_id,
            Attachment.file_id,
            DocumentImport.file_id,
            CommitteePackage.file_id,
        ):
            for chunk in _chunks(candidates):
                found = self.session.scalars(select(column).where(column.in_(chunk)))
                used |= {f for f in found if f is not None}
        unused = [f for f in candidates if f not in used]
        for chunk in _chunks(unused):
            self.session.execute(delete(StoredFile).where(StoredFile.id.in_(chunk)))
        return len(unused), len(used)

    def _scrub_log(
        self,
        responses: Sequence[int],
        comments: dict[int, int],
        people: Sequence[int],
        contacts: Sequence[int],
    ) -> set[int]:
        """Remove the data from the entries of the rows purged; the ids of changed entries."""
        session = self.session
        changed: set[int] = set()

        def scrub(condition: ColumnElement[bool], known: dict[int, list[str]]) -> None:
            for entries in _batches(session, condition):
                changed.update(_rewrite(session, entries, lambda e: known.get(e.entity_id, [])))

        for chunk in _chunks(responses):
            scrub(_of("response", chunk), {r: self.response_known[r] for r in chunk})
        for chunk in _chunks(self.attachments):
            scrub(_of("attachment", chunk), {})
        for chunk in _chunks(list(comments)):
            scrub(_of("comment", chunk), {c: self._known_for(comments[c]) for c in chunk})
        for chunk in _chunks(people):
            scrub(_of("respondent", chunk), {})
            scrub(
                and_(
                    AuditEntry.entity == "respondent_contact",
                    audit.refers_to(session, "respondent_id", chunk),
                ),
                {},
            )
        for chunk in _chunks(contacts):
            scrub(_of("respondent_contact", chunk), {})
        return changed

    def _scrub_mentions(self, values: Sequence[str], *, exclude: set[int]) -> set[int]:
        """The people's details wherever else the log has them (an assessment quoting a
        name); only those values are replaced there.

        The log is read once however many people are purged (a search per person
        would read it thousands of times): an entry is searched only for the values
        whose first word it contains.
        """
        by_first_word: dict[str, list[str]] = {}
        for value in values:
            words = _WORD.findall(value.lower())
            if words and len(value.strip()) >= 3:
                by_first_word.setdefault(words[0], []).append(value)
        changed: set[int] = set()
        if not by_first_word:
            return changed
        for entries in _batches(self.session, true()):
            fresh = [e for e in entries if e.id not in exclude]
            changed.update(_rewrite_mentions(self.session, fresh, by_first_word))
            for entry in entries:  # a log of millions of entries is not kept in memory
                self.session.expunge(entry)
        return changed

    def _scrub_snapshots(
        self, consultations: Sequence[int], comments: dict[int, int], values: Sequence[str]
    ) -> int:
        exports = self.session.scalars(
            select(AnnexExport).where(AnnexExport.consultation_id.in_(consultations))
        ).all()

        def excerpt(comment_id: int, text: str) -> str:
            if comment_id not in comments:
                return text
            return redact(text, self._known_for(comments[comment_id]))

        changed = 0
        with audit.unrecorded(self.session):
            for export in exports:
                scrubbed = scrub_snapshot(
                    export.snapshot, excerpt, lambda text: redact(text, values, patterns=False)
                )
                if scrubbed != export.snapshot:
                    export.snapshot = scrubbed
                    changed += 1
            self.session.flush()
        return changed

    def _forget_names(self, rows: Select[Any], fields: Sequence[str], values: Sequence[str]) -> int:
        """Remove the people's details from the texts colleagues wrote about them (an
        assessment quoting a name, an export named after a sender); how many rows."""
        changed = 0
        with audit.unrecorded(self.session):
            for row in self.session.scalars(rows):
                texts = {f: _without(getattr(row, f), values) for f in fields}
                if any(texts[f] != getattr(row, f) for f in fields):
                    for field, text in texts.items():
                        setattr(row, field, text)
                    changed += 1
            self.session.flush()
        return changed

    def _known_for(self, respondent_id: int | None) -> list[str]:
        return self.known.get(respondent_id, []) if respondent_id is not None else []


def _mentioning(columns: Sequence[Any], values: Sequence[str]) -> ColumnElement[bool]:
    """Rows whose texts may hold one of the values: asked of the database for one
    person, so that erasing them does not read every comment of a large consultation."""
    if len(values) > _MENTION_QUERY_LIMIT:
        return true()
    lowered = [v.lower() for v in values]
    return or_(*(func.lower(c).contains(v, autoescape=True) for c in columns for v in lowered))


def _without(text: str | None, values: Sequence[str]) -> str | None:
    """The text without the people's registered details (no pattern search: a
    colleague's text keeps the numbers and addresses of others)."""
    return redact(text, values, patterns=False) if text else text


def _redacted(text: str | None, known: list[str]) -> str | None:
    return redact(text, known) if text else text


def _of(entity: str, ids: Sequence[int]) -> ColumnElement[bool]:
    return and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))


def _batches(session: Session, condition: ColumnElement[bool]) -> Iterator[list[AuditEntry]]:
    last = 0
    while True:
        batch = list(
            session.scalars(
                select(AuditEntry)
                .where(condition, AuditEntry.id > last)
                .order_by(AuditEntry.id)
                .limit(CHUNK)
                # Entries rewritten by an earlier search are read as they now are.
                .execution_options(populate_existing=True)
            )
        )
        if not batch:
            return
        yield batch
        last = batch[-1].id


def _rewrite_mentions(
    session: Session, entries: list[AuditEntry], by_first_word: dict[str, list[str]]
) -> list[int]:
    """Replace the values an entry mentions, looking only for those whose first word it has."""
    found: dict[int, list[str]] = {}
    for entry in entries:
        text = json.dumps(entry.changes, ensure_ascii=False).lower()
        candidates = [v for w in set(_WORD.findall(text)) for v in by_first_word.get(w, ())]
        if any(v.lower() in text for v in candidates):
            found[entry.id] = candidates
    mentioning = [e for e in entries if e.id in found]
    return _rewrite(session, mentioning, lambda e: found[e.id], identifying=False)


def _rewrite(
    session: Session,
    entries: list[AuditEntry],
    known_of: Callable[[AuditEntry], list[str]],
    *,
    identifying: bool = True,
) -> list[int]:
    """Write back the entries whose recorded values held personal data; their ids.

    In the entries of the purged rows (``identifying``) the fields that only say who
    someone is are replaced whole and texts lose everything found; elsewhere only the
    known details are replaced."""
    rows: list[dict[str, Any]] = []
    changed: list[int] = []
    for entry in entries:
        known = known_of(entry)
        scrubbed = {
            key: _scrub_value(
                value, known, whole=identifying and key in _IDENTIFYING, patterns=identifying
            )
            for key, value in entry.changes.items()
        }
        if scrubbed != entry.changes:
            rows.append({"id": entry.id, "changes": scrubbed})
            changed.append(entry.id)
    if rows:
        session.execute(update(AuditEntry), rows)
    return changed


def _scrub_value(value: Any, known: list[str], *, whole: bool, patterns: bool) -> Any:
    if isinstance(value, list):
        return [_scrub_value(v, known, whole=whole, patterns=patterns) for v in value]
    if not isinstance(value, str) or not value:
        return value
    if whole:
        return REDACTED
    return redact(value, known, patterns=patterns)


def _chunks(items: Iterable[int]) -> Iterator[list[int]]:
    ordered = list(items)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]
