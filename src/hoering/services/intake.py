"""Logging responses and splitting them into comments.

Every response keeps the bytes it arrived as. A message logged before (the
same bytes, or the same Message-ID or gateway id) is recognised and not stored
twice. One response goes through the same writer as a batch of an import
(services/intake_writer.py), so the rules are the same for both.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.domain.enums import Channel, ResponseStatus, TargetLevel, Timeliness
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.consultations import resolve
from hoering.services.incoming import IncomingResponse, sms_text
from hoering.services.intake_writer import IntakeTarget, contact_kind, write_responses
from hoering.services.personal_review import known_details, screen
from hoering.services.respondents import normalise_contact
from hoering.store.database import UnitOfWork
from hoering.store.models import Comment, CommentTarget, Consultation, Pseudonym, Response


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
        require(uow, Permission.INTAKE)
        target = resolve(uow.session, None if consultation is None else str(consultation))
        response, duplicate = log_response_into(uow.session, target, incoming)
        logged = summarise_logged(uow.session, response, duplicate)
        uow.commit()
        return logged


def log_response_into(
    session: Session, consultation: Consultation, incoming: IncomingResponse
) -> tuple[Response, bool]:
    """Add a response to an open session (no commit); returns it and whether it existed."""
    [written] = write_responses(session, IntakeTarget.of(consultation), [incoming])
    response = session.get(Response, written.response_id)
    assert response is not None
    return response, written.duplicate


def add_comment_into(
    session: Session,
    response: Response,
    text: str,
    targets: Sequence[TargetSpec],
    *,
    campaign_id: int | None = None,
) -> Comment:
    """Make a comment of (part of) a response, pointing at its targets (no commit)."""
    text = text.strip()
    if not text:
        raise InvalidInputError("En bemærkning skal have en tekst.")
    if not targets:
        raise InvalidInputError("Vælg mindst ét klimatiltag eller afsnit, bemærkningen handler om.")
    if response.respondent_id is None:
        raise NotFoundError("Høringssvaret har ingen afsender endnu.")
    position = max((c.position for c in response.comments), default=-1) + 1
    assert response.respondent is not None
    known = known_details(session, response.respondent)
    comment = Comment(
        consultation_id=response.consultation_id,
        respondent_id=response.respondent_id,
        response=response,
        position=position,
        text=text,
        campaign_id=campaign_id,
        targets=[
            CommentTarget(level=t.level, measure_id=t.measure_id, section_id=t.section_id)
            for t in dict.fromkeys(targets)
        ],
    )
    screen(comment, known)
    session.add(comment)
    if response.status in (ResponseStatus.RECEIVED, ResponseStatus.DONE):
        response.status = ResponseStatus.SPLIT  # a new comment has no outcome yet
    session.flush()
    return comment


def summarise_logged(session: Session, response: Response, duplicate: bool) -> LoggedResponse:
    pseudonym = session.scalar(
        select(Pseudonym.number).where(
            Pseudonym.consultation_id == response.consultation_id,
            Pseudonym.respondent_id == response.respondent_id,
        )
    )
    return LoggedResponse(response.id, duplicate, response.timeliness, response.status, pseudonym)


@dataclass(frozen=True, slots=True)
class ManualEntry:
    """A letter, meeting note, phone call or pasted text typed in by the case handler.

    A time without a zone is the consultation's local time (what a form gives). A
    pasted SMS loses the consultation's keyword and is set aside as an imported
    one would be (keyword only, another keyword).
    ``respondent_id`` chooses a known sender (a committee); otherwise the address
    or number finds an earlier sender, or a new citizen is made.
    """

    channel: Channel
    received_at: datetime
    text: str
    sender_name: str | None = None
    sender_address: str | None = None
    subject: str | None = None
    respondent_id: int | None = None


def log_manual(
    uow: UnitOfWork, consultation: str | int | None, entry: ManualEntry
) -> LoggedResponse:
    """Log a response typed in from a letter, a meeting or a phone call, or pasted."""
    text = entry.text.strip()
    if not text:
        raise InvalidInputError("Skriv høringssvarets tekst.")
    with uow:
        require(uow, Permission.INTAKE)
        target = resolve(uow.session, None if consultation is None else str(consultation))
        received_at = entry.received_at
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=ZoneInfo(target.time_zone))
        kind = contact_kind(entry.channel)
        address = normalise_contact(kind, entry.sender_address) if entry.sender_address else None
        problem = None
        if entry.channel is Channel.SMS:
            text, problem = sms_text(text, target.sms_keyword)
        incoming = IncomingResponse(
            channel=entry.channel,
            received_at=received_at,
            body=text,
            problem=problem,
            sender_name=(entry.sender_name or "").strip() or None,
            sender_address=address,
            subject=(entry.subject or "").strip() or None,
            respondent_id=entry.respondent_id,
        )
        response, duplicate = log_response_into(uow.session, target, incoming)
        logged = summarise_logged(uow.session, response, duplicate)
        uow.commit()
        return logged
