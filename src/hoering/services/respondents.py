"""Respondents: registered bodies (committees, councils …) and citizens met at intake."""

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import ContactKind, RespondentKind
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.labels import sender_label, source_label
from hoering.domain.roles import Permission
from hoering.domain.sms import normalise_phone
from hoering.services.access import require
from hoering.services.dto import RespondentSummary
from hoering.store.database import UnitOfWork
from hoering.store.models import Pseudonym, Respondent, RespondentContact, Response

# Ids per IN (…) list: well under SQLite's limit of bound values.
_IN_CHUNK = 10_000
_BODY_KINDS = (
    RespondentKind.COMMITTEE,
    RespondentKind.COUNCIL,
    RespondentKind.ORGANISATION,
    RespondentKind.COMPANY,
    RespondentKind.INTERNAL,
)


@dataclass(frozen=True, slots=True)
class NewBody:
    """A body to register: its code (UGO), name and kind."""

    code: str
    name: str
    kind: RespondentKind = RespondentKind.COMMITTEE


def register_body(
    uow: UnitOfWork, code: str, name: str, kind: RespondentKind = RespondentKind.COMMITTEE
) -> RespondentSummary:
    """Register a committee, council, organisation or company by its code (e.g. UGO)."""
    with uow:
        require(uow, Permission.MANAGE_RESPONDENTS)
        respondent = add_body(uow.session, code, name, kind)
        uow.commit()
        return summarise(respondent)


def add_body(session: Session, code: str, name: str, kind: RespondentKind) -> Respondent:
    code = check_body_code(session, code, kind)
    respondent = Respondent(kind=kind, code=code, name=name.strip() or code)
    session.add(respondent)
    session.flush()
    return respondent


def check_body_code(
    session: Session, code: str, kind: RespondentKind, own_id: int | None = None
) -> str:
    """The code as stored (upper case), if it is valid and free for a body of this kind."""
    code = code.strip().upper()
    if not code or not code.replace("Æ", "").replace("Ø", "").replace("Å", "").isalnum():
        raise InvalidInputError(f"Ugyldig afsenderkode: »{code}« (brug bogstaver og tal).")
    if kind not in _BODY_KINDS:
        raise InvalidInputError("Borgere registreres ved modtagelse, ikke med en kode.")
    owner = session.scalar(select(Respondent.id).where(Respondent.code == code))
    if owner is not None and owner != own_id:
        raise InvalidInputError(f"Afsenderkoden {code} er allerede i brug.")
    return code


def list_bodies(uow: UnitOfWork) -> list[RespondentSummary]:
    with uow:
        rows = uow.session.scalars(
            select(Respondent).where(Respondent.code.is_not(None)).order_by(Respondent.code)
        )
        return [summarise(r) for r in rows]


def known_codes(session: Session) -> dict[str, Respondent]:
    rows = session.scalars(select(Respondent).where(Respondent.code.is_not(None)))
    return {r.code: r for r in rows if r.code}


def find_by_contact(session: Session, kind: ContactKind, value: str) -> Respondent | None:
    """An earlier respondent with this e-mail address or phone number, if any."""
    return session.scalars(
        select(Respondent)
        .join(RespondentContact)
        .where(
            RespondentContact.kind == kind,
            RespondentContact.value == normalise_contact(kind, value),
        )
        .order_by(Respondent.id)
    ).first()


def add_citizen(session: Session, contacts: dict[ContactKind, str]) -> Respondent:
    citizen = Respondent(kind=RespondentKind.CITIZEN)
    citizen.contacts = [
        RespondentContact(kind=kind, value=value) for kind, value in contacts.items() if value
    ]
    session.add(citizen)
    session.flush()
    return citizen


def ensure_pseudonym(session: Session, consultation_id: int, respondent: Respondent) -> int:
    """The citizen's number in this consultation, assigned at their first response."""
    existing = session.scalar(
        select(Pseudonym.number).where(
            Pseudonym.consultation_id == consultation_id,
            Pseudonym.respondent_id == respondent.id,
        )
    )
    if existing is not None:
        return existing
    highest = session.scalar(
        select(func.max(Pseudonym.number)).where(Pseudonym.consultation_id == consultation_id)
    )
    number = (highest or 0) + 1
    session.add(
        Pseudonym(consultation_id=consultation_id, respondent_id=respondent.id, number=number)
    )
    session.flush()
    return number


def pseudonyms(
    session: Session, consultation_id: int, respondent_ids: Iterable[int]
) -> dict[int, int]:
    """The citizens' numbers in a consultation, by respondent id, of the respondents
    given (never all: a consultation may have hundreds of thousands)."""
    query = select(Pseudonym.respondent_id, Pseudonym.number).where(
        Pseudonym.consultation_id == consultation_id
    )
    wanted = list(set(respondent_ids))
    found: dict[int, int] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        found.update(
            (r, n) for r, n in session.execute(query.where(Pseudonym.respondent_id.in_(chunk)))
        )
    return found


def source_of(respondent: Respondent, numbers: dict[int, int]) -> str:
    return source_label(
        respondent.kind, respondent.code, respondent.name, numbers.get(respondent.id)
    )


def summarise(respondent: Respondent) -> RespondentSummary:
    return RespondentSummary(respondent.id, respondent.kind, respondent.code, respondent.name)


def ensure_pseudonyms(session: Session, consultation_id: int) -> int:
    """Give every citizen who wrote to the consultation a number; returns how many were new.

    Numbers follow the order the citizens first wrote in, after those given before.
    """
    numbered = select(Pseudonym.respondent_id).where(Pseudonym.consultation_id == consultation_id)
    first_seen = (
        select(Response.respondent_id, func.min(Response.received_at).label("first"))
        .join(Respondent, Respondent.id == Response.respondent_id)
        .where(
            Response.consultation_id == consultation_id,
            Respondent.kind == RespondentKind.CITIZEN,
            Response.respondent_id.not_in(numbered),
        )
        .group_by(Response.respondent_id)
        .order_by("first", Response.respondent_id)
    )
    missing = [respondent_id for respondent_id, _ in session.execute(first_seen)]
    highest = session.scalar(
        select(func.max(Pseudonym.number)).where(Pseudonym.consultation_id == consultation_id)
    )
    session.add_all(
        Pseudonym(consultation_id=consultation_id, respondent_id=respondent_id, number=number)
        for number, respondent_id in enumerate(missing, (highest or 0) + 1)
    )
    session.flush()
    return len(missing)


def display_names(
    session: Session, consultation_id: int, respondent_ids: Iterable[int | None]
) -> dict[int, str]:
    """How each respondent may be shown: a body's name or code, a citizen's pseudonym."""
    wanted = {r for r in respondent_ids if r is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Respondent.id, Respondent.kind, Respondent.code, Respondent.name, Pseudonym.number)
        .outerjoin(
            Pseudonym,
            (Pseudonym.respondent_id == Respondent.id)
            & (Pseudonym.consultation_id == consultation_id),
        )
        .where(Respondent.id.in_(wanted))
    )
    return {
        respondent_id: sender_label(kind, code, name, number)
        for respondent_id, kind, code, name, number in rows
    }


def normalise_contact(kind: ContactKind, value: str) -> str:
    """Contacts are stored normalised so that a sender is found by an exact match:
    addresses in lower case, Danish numbers as +45XXXXXXXX."""
    value = value.strip()
    if kind is ContactKind.EMAIL:
        return value.lower()
    if kind is ContactKind.PHONE:
        return normalise_phone(value) or value
    return value


def add_contact(
    uow: UnitOfWork, respondent: str | int, kind: ContactKind, value: str
) -> RespondentSummary:
    """Register an address or number of a body (by code or id): its mail and SMS are
    then recognised as the body's at intake."""
    with uow:
        require(uow, Permission.MANAGE_RESPONDENTS)
        found = _find(uow.session, respondent)
        normalised = normalise_contact(kind, value)
        if not normalised:
            raise InvalidInputError("Skriv en adresse eller et nummer.")
        taken = find_by_contact(uow.session, kind, normalised)
        if taken is not None and taken.id != found.id:
            raise InvalidInputError(f"»{normalised}« hører allerede til en anden afsender.")
        if taken is None:
            found.contacts.append(RespondentContact(kind=kind, value=normalised))
        uow.flush()
        summary = summarise(found)
        uow.commit()
        return summary


def _find(session: Session, respondent: str | int) -> Respondent:
    reference = str(respondent).strip()
    query = select(Respondent).where(
        Respondent.id == int(reference)
        if reference.isdigit()
        else Respondent.code == reference.upper()
    )
    found = session.scalars(query).first()
    if found is None:
        raise NotFoundError(f"Ingen afsender med koden »{reference}«.")
    return found
