"""The case handler's decisions about a logged response.

Each takes the version the user saw; if a colleague changed the response in
between, nothing is saved (ConflictError). Every change is audited with the
old and new values, so "accepted although late" keeps who, when and why.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.domain.enums import ContactKind, RespondentKind, ResponseStatus, Timeliness
from hoering.domain.errors import ConflictError, InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.consultations import period_of
from hoering.services.intake_writer import contact_kind
from hoering.services.respondents import ensure_pseudonym, find_by_contact, normalise_contact
from hoering.store.database import UnitOfWork
from hoering.store.models import Consultation, Respondent, RespondentContact, Response

_BODY_KINDS = frozenset(RespondentKind) - {RespondentKind.CITIZEN}


@dataclass(frozen=True, slots=True)
class ResponseState:
    id: int
    status: ResponseStatus
    timeliness: Timeliness
    received_at: datetime
    respondent_id: int | None
    version: int


def accept_late(
    uow: UnitOfWork, response_id: int, reason: str, *, expected_version: int
) -> ResponseState:
    """Accept a late response with the reason (stays flagged late, counted as accepted)."""
    reason = reason.strip()
    if not reason:
        raise InvalidInputError("Skriv hvorfor det sene høringssvar alligevel tages med.")

    def change(session: Session, response: Response) -> None:
        if response.timeliness is not Timeliness.LATE:
            raise InvalidInputError("Høringssvaret kom ikke for sent.")
        response.accepted_late_reason = reason

    return _edit(uow, response_id, expected_version, change)


def correct_received_at(
    uow: UnitOfWork, response_id: int, received_at: datetime, *, expected_version: int
) -> ResponseState:
    """Set the time a response was received (e.g. a mail without a date); re-checks the deadline."""
    _require_aware(received_at)

    def change(session: Session, response: Response) -> None:
        _set_received_at(session, response, received_at)

    return _edit(uow, response_id, expected_version, change)


def confirm_forwarded_origin(
    uow: UnitOfWork, response_id: int, *, accept: bool, expected_version: int
) -> ResponseState:
    """Take (or refuse) the original sender and date a forwarded mail offered.

    Accepting makes the original sender the respondent (recognised by address, or
    a new citizen) and the original date the received time, with the deadline
    checked again; the forwarding colleague is then no longer the sender.
    """

    def change(session: Session, response: Response) -> None:
        suggestion = (
            response.suggested_sender_name,
            response.suggested_sender_address,
            response.suggested_received_at,
        )
        if all(value is None for value in suggestion):
            raise InvalidInputError("Høringssvaret har intet videresendt ophav at bekræfte.")
        if accept:
            response.sender_name = response.suggested_sender_name
            response.sender_address = response.suggested_sender_address
            if response.suggested_received_at is not None:
                _set_received_at(session, response, response.suggested_received_at)
            _move_to(session, response, _sender_respondent(session, response))
        response.suggested_sender_name = None
        response.suggested_sender_address = None
        response.suggested_received_at = None

    return _edit(uow, response_id, expected_version, change)


def decide_set_aside(
    uow: UnitOfWork,
    response_id: int,
    *,
    accept: bool,
    expected_version: int,
    body: str | None = None,
) -> ResponseState:
    """Decide about a set-aside response: take it in (with the text corrected, e.g. an
    SMS's other keyword removed) or dismiss it: a dismissed one is kept, shown as
    dismissed, and left out of campaigns."""

    def change(session: Session, response: Response) -> None:
        if response.status not in (ResponseStatus.SET_ASIDE, ResponseStatus.UNREADABLE):
            raise InvalidInputError("Høringssvaret venter ikke på en afgørelse.")
        if body is not None:
            response.body = body.strip()
        if accept:
            if not response.body.strip():
                raise InvalidInputError("Et høringssvar uden tekst kan ikke tages med.")
            response.status = ResponseStatus.RECEIVED
            response.problem = None
        else:
            response.status = ResponseStatus.DISMISSED

    return _edit(uow, response_id, expected_version, change)


def reclassify_respondent(
    uow: UnitOfWork,
    response_id: int,
    kind: RespondentKind,
    name: str | None,
    *,
    expected_version: int,
) -> ResponseState:
    """Say what the sender is (an organisation, a company …, or a citizen after all).

    The sender's other responses follow, as they are the same sender. A body's name
    is public (it may appear in the annex); a citizen has none.
    """
    name = (name or "").strip() or None
    if kind in _BODY_KINDS and name is None:
        raise InvalidInputError("Skriv organisationens, virksomhedens eller udvalgets navn.")

    def change(session: Session, response: Response) -> None:
        respondent = response.respondent
        if respondent is None:
            raise NotFoundError("Høringssvaret har ingen afsender.")
        if respondent.code is not None and kind is RespondentKind.CITIZEN:
            raise InvalidInputError(
                f"{respondent.code} er en registreret afsender, ikke en borger."
            )
        respondent.kind = kind
        respondent.name = name if kind in _BODY_KINDS else None
        if kind is RespondentKind.CITIZEN:
            ensure_pseudonym(session, response.consultation_id, respondent)

    return _edit(uow, response_id, expected_version, change)


def assign_respondent(
    uow: UnitOfWork,
    response_id: int,
    respondent_id: int,
    *,
    expected_version: int,
    remember_contact: bool = True,
) -> ResponseState:
    """Make a known respondent (a committee, an earlier sender) the response's sender.

    The response's comments follow. With ``remember_contact`` the address or number
    it came from becomes that respondent's (taken from whoever had it: the case
    handler's decision is the newest knowledge), so the next one is recognised.
    """

    def change(session: Session, response: Response) -> None:
        respondent = session.get(Respondent, respondent_id)
        if respondent is None:
            raise NotFoundError("Afsenderen findes ikke.")
        _move_to(session, response, respondent)
        if remember_contact and response.sender_address:
            _take_contact(session, respondent, response)

    return _edit(uow, response_id, expected_version, change)


def _take_contact(session: Session, respondent: Respondent, response: Response) -> None:
    kind = contact_kind(response.channel)
    value = normalise_contact(kind, response.sender_address or "")
    holders = session.scalars(
        select(RespondentContact).where(
            RespondentContact.kind == kind, RespondentContact.value == value
        )
    ).all()
    for holder in holders:
        if holder.respondent_id != respondent.id:
            session.delete(holder)
    if all(h.respondent_id != respondent.id for h in holders):
        respondent.contacts.append(RespondentContact(kind=kind, value=value))
    session.flush()


def _edit(
    uow: UnitOfWork,
    response_id: int,
    expected_version: int,
    change: Callable[[Session, Response], None],
) -> ResponseState:
    with uow:
        require(uow, Permission.INTAKE)
        session = uow.session
        response = session.get(Response, response_id)
        if response is None:
            raise NotFoundError("Høringssvaret findes ikke (længere).")
        if response.version != expected_version:
            raise ConflictError(
                "En anden har ændret høringssvaret imens; se det igen, før du ændrer det."
            )
        change(session, response)
        uow.flush()
        state = ResponseState(
            response.id,
            response.status,
            response.timeliness,
            response.received_at,
            response.respondent_id,
            response.version,
        )
        uow.commit()
        return state


def _set_received_at(session: Session, response: Response, received_at: datetime) -> None:
    _require_aware(received_at)
    consultation = session.get(Consultation, response.consultation_id)
    assert consultation is not None
    response.received_at = received_at
    response.timeliness = period_of(consultation).timeliness(received_at)
    if response.timeliness is not Timeliness.LATE:
        response.accepted_late_reason = None


def _sender_respondent(session: Session, response: Response) -> Respondent:
    """The respondent the response's (corrected) sender address belongs to, or a new citizen."""
    if response.sender_address:
        kind = contact_kind(response.channel)
        known = find_by_contact(session, kind, response.sender_address)
        if known is not None:
            return known
    citizen = Respondent(kind=RespondentKind.CITIZEN)
    if response.sender_address:
        kind = contact_kind(response.channel)
        value = normalise_contact(kind, response.sender_address)
        citizen.contacts.append(RespondentContact(kind=kind, value=value))
    if response.sender_name:
        citizen.contacts.append(
            RespondentContact(kind=ContactKind.NAME, value=response.sender_name)
        )
    session.add(citizen)
    session.flush()
    return citizen


def _move_to(session: Session, response: Response, respondent: Respondent) -> None:
    """Make ``respondent`` the response's sender; its comments follow (same respondent)."""
    response.respondent = respondent
    for comment in response.comments:
        comment.respondent = respondent
    if respondent.kind is RespondentKind.CITIZEN:
        ensure_pseudonym(session, response.consultation_id, respondent)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None:
        raise InvalidInputError("Tidspunktet mangler en tidszone.")
