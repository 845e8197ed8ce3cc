"""Logging responses and splitting them into comments.

Every response keeps the bytes it arrived as. A response whose original was
logged before is recognised and not stored twice.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.domain.enums import (
    Channel,
    ContactKind,
    RespondentKind,
    ResponseStatus,
    TargetLevel,
    Timeliness,
)
from hoering.domain.errors import FileFormatError, InvalidInputError, NotFoundError
from hoering.domain.sms import KeywordMatch, normalise_phone, strip_keyword
from hoering.exchange.mail import read_email
from hoering.exchange.sms_export import SmsRow
from hoering.services.consultations import period_of, resolve
from hoering.services.files import sha256, store_file
from hoering.services.respondents import add_citizen, ensure_pseudonym, find_by_contact
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Attachment,
    Comment,
    CommentTarget,
    Consultation,
    Pseudonym,
    Respondent,
    Response,
    StoredFile,
)


@dataclass(frozen=True, slots=True)
class IncomingAttachment:
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class IncomingResponse:
    channel: Channel
    received_at: datetime
    body: str
    sender_name: str | None = None
    # An e-mail address, or a phone number in +45XXXXXXXX form.
    sender_address: str | None = None
    subject: str | None = None
    original: bytes | None = None
    original_filename: str | None = None
    external_id: str | None = None
    attachments: tuple[IncomingAttachment, ...] = ()
    # Set when a person must decide about the response (wrong keyword, unreadable …).
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class LoggedResponse:
    id: int
    duplicate: bool
    timeliness: Timeliness
    status: ResponseStatus
    pseudonym: int | None


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """Where a new comment points: a measure, a section, the policy or a new measure."""

    level: TargetLevel
    measure_id: int | None = None
    section_id: int | None = None


def log_response(
    uow: UnitOfWork, consultation: str | int | None, incoming: IncomingResponse
) -> LoggedResponse:
    """Log one response; a response logged before is returned, not stored again."""
    with uow:
        target = resolve(uow.session, None if consultation is None else str(consultation))
        response, duplicate = log_response_into(uow.session, target, incoming)
        logged = _summarise(uow.session, response, duplicate)
        uow.commit()
        return logged


def log_response_into(
    session: Session, consultation: Consultation, incoming: IncomingResponse
) -> tuple[Response, bool]:
    """Add a response to an open session (no commit); returns it and whether it existed."""
    if incoming.received_at.tzinfo is None:
        raise InvalidInputError("Modtagelsestidspunktet mangler en tidszone.")
    earlier = _earlier_copy(session, consultation, incoming)
    if earlier is not None:
        return earlier, True
    respondent = _respondent_for(session, incoming)
    original = store_file(session, incoming.original) if incoming.original is not None else None
    response = Response(
        consultation_id=consultation.id,
        respondent=respondent,
        channel=incoming.channel,
        received_at=incoming.received_at,
        sender_name=incoming.sender_name,
        sender_address=incoming.sender_address,
        subject=incoming.subject,
        body=incoming.body,
        external_id=incoming.external_id,
        original_file=original,
        original_filename=incoming.original_filename,
        timeliness=period_of(consultation).timeliness(incoming.received_at),
        status=ResponseStatus.SET_ASIDE if incoming.problem else ResponseStatus.RECEIVED,
        problem=incoming.problem,
        attachments=[
            Attachment(
                position=i,
                filename=a.filename,
                media_type=a.media_type,
                file=store_file(session, a.data),
            )
            for i, a in enumerate(incoming.attachments)
        ],
    )
    session.add(response)
    session.flush()
    if respondent.kind is RespondentKind.CITIZEN:
        ensure_pseudonym(session, consultation.id, respondent)
    return response, False


def _earlier_copy(
    session: Session, consultation: Consultation, incoming: IncomingResponse
) -> Response | None:
    """The same file, or the same message id, logged before in this consultation."""
    query = select(Response).where(Response.consultation_id == consultation.id)
    if incoming.original is not None:
        digest = sha256(incoming.original)
        same_bytes = query.join(StoredFile, Response.original_file).where(
            StoredFile.sha256 == digest
        )
        if found := session.scalars(same_bytes).first():
            return found
    if incoming.external_id:
        same_id = query.where(
            Response.external_id == incoming.external_id, Response.channel == incoming.channel
        )
        return session.scalars(same_id).first()
    return None


def _respondent_for(session: Session, incoming: IncomingResponse) -> Respondent:
    kind = ContactKind.PHONE if incoming.channel is Channel.SMS else ContactKind.EMAIL
    if incoming.sender_address:
        known = find_by_contact(session, kind, incoming.sender_address)
        if known is not None:
            return known
    contacts = {kind: incoming.sender_address or ""}
    if incoming.sender_name:
        contacts[ContactKind.NAME] = incoming.sender_name
    return add_citizen(session, contacts)


def incoming_from_mail(data: bytes, filename: str) -> IncomingResponse:
    """An e-mail as a response, received when it was sent (its Date header)."""
    mail = read_email(data)
    if mail.sent_at is None:
        raise FileFormatError(f"E-mailen {filename} har intet brugbart tidspunkt.")
    return IncomingResponse(
        channel=Channel.EMAIL,
        received_at=mail.sent_at,
        body=mail.body,
        sender_name=mail.sender_name,
        sender_address=mail.sender_address,
        subject=mail.subject,
        original=data,
        original_filename=filename,
        external_id=mail.message_id,
        attachments=tuple(
            IncomingAttachment(a.filename, a.media_type, a.data) for a in mail.attachments
        ),
    )


def incoming_from_sms(row: SmsRow, keyword: str | None) -> IncomingResponse:
    """An SMS as a response; a wrong or empty keyword sets it aside for a decision."""
    found = strip_keyword(row.text, keyword or "")
    problem = {
        KeywordMatch.EMPTY: "SMS'en har kodeordet, men ingen tekst.",
        KeywordMatch.OTHER: "SMS'en har et andet kodeord end høringens.",
        KeywordMatch.MISSING: "SMS'en mangler høringens kodeord.",
    }.get(found.match)
    if row.received_at is None:
        raise FileFormatError(f"SMS'en i linje {row.line} har intet brugbart tidspunkt.")
    return IncomingResponse(
        channel=Channel.SMS,
        received_at=row.received_at,
        body=found.text,
        sender_address=normalise_phone(row.sender) or row.sender,
        original=row.raw.encode("utf-8"),
        external_id=row.external_id,
        problem=problem,
    )


def add_comment_into(
    session: Session,
    response: Response,
    text: str,
    targets: Sequence[TargetSpec],
) -> Comment:
    """Make a comment of (part of) a response, pointing at its targets (no commit)."""
    text = text.strip()
    if not text:
        raise InvalidInputError("En bemærkning skal have en tekst.")
    if not targets:
        raise InvalidInputError("Vælg mindst ét klimatiltag eller afsnit, bemærkningen handler om.")
    if response.respondent_id is None:
        raise NotFoundError("Høringssvaret har ingen afsender endnu.")
    position = len(response.comments)
    comment = Comment(
        consultation_id=response.consultation_id,
        respondent_id=response.respondent_id,
        response=response,
        position=position,
        text=text,
        targets=[
            CommentTarget(level=t.level, measure_id=t.measure_id, section_id=t.section_id)
            for t in targets
        ],
    )
    session.add(comment)
    response.status = ResponseStatus.SPLIT
    session.flush()
    return comment


def _summarise(session: Session, response: Response, duplicate: bool) -> LoggedResponse:
    pseudonym = None
    if response.respondent is not None and response.respondent.kind is RespondentKind.CITIZEN:
        pseudonym = session.scalar(
            select(Pseudonym.number).where(
                Pseudonym.consultation_id == response.consultation_id,
                Pseudonym.respondent_id == response.respondent_id,
            )
        )
    return LoggedResponse(response.id, duplicate, response.timeliness, response.status, pseudonym)
