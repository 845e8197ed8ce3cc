"""The respondent register: bodies with the addresses and numbers that recognise them,
citizens met at intake, and merging two respondents that are the same."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from hoering.domain.enums import ContactKind, RespondentKind
from hoering.domain.errors import InvalidInputError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.dto import RespondentSummary
from hoering.services.respondents import (
    check_body_code,
    find_by_contact,
    normalise_contact,
    summarise,
)
from hoering.services.rows import current
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Comment,
    Consultation,
    Pseudonym,
    Respondent,
    RespondentContact,
    Response,
)


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """A respondent as the register lists it, with what refers to it."""

    id: int
    version: int
    kind: RespondentKind
    code: str | None
    name: str | None
    contacts: tuple[tuple[ContactKind, str], ...]
    responses: int
    comments: int


@dataclass(frozen=True, slots=True)
class BodyChange:
    """A body's code, name, kind and contacts as the user edited them."""

    code: str
    name: str
    kind: RespondentKind
    contacts: tuple[tuple[ContactKind, str], ...] = ()


# Citizens are listed by search and at most this many at a time: a national
# consultation meets hundreds of thousands of them.
CITIZEN_LIMIT = 200


def list_register(
    uow: UnitOfWork, *, citizens: str | None = None, limit: int = CITIZEN_LIMIT
) -> list[RegisterEntry]:
    """The registered bodies by code, then, when ``citizens`` is given, the first
    ``limit`` citizens (in the order met) whose address, number or name holds it;
    an empty text lists the first citizens met."""
    with uow:
        respondents = _bodies(uow.session)
        if citizens is not None:
            respondents += _citizens(uow.session, citizens, limit)
        listed = [r.id for r in respondents]
        responses = _counts(uow.session, Response, listed)
        comments = _counts(uow.session, Comment, listed)
        return [
            RegisterEntry(
                r.id,
                r.version,
                r.kind,
                r.code,
                r.name,
                tuple(sorted((c.kind, c.value) for c in r.contacts)),
                responses.get(r.id, 0),
                comments.get(r.id, 0),
            )
            for r in respondents
        ]


def _bodies(session: Session) -> list[Respondent]:
    query = (
        select(Respondent)
        .options(selectinload(Respondent.contacts))
        .where(Respondent.kind != RespondentKind.CITIZEN)
        .order_by(Respondent.code.is_(None), Respondent.code, Respondent.id)
    )
    return list(session.scalars(query))


def _citizens(session: Session, text: str, limit: int) -> list[Respondent]:
    query = select(Respondent).where(Respondent.kind == RespondentKind.CITIZEN)
    searched = _search_texts(text)
    if searched:
        value = func.lower(RespondentContact.value)
        matching = select(RespondentContact.respondent_id).where(
            or_(*(value.contains(t, autoescape=True) for t in searched))
        )
        query = query.where(Respondent.id.in_(matching))
    query = query.options(selectinload(Respondent.contacts)).order_by(Respondent.id).limit(limit)
    return list(session.scalars(query))


def _search_texts(text: str) -> list[str]:
    """What a typed search looks for: the text, and a phone number as it is stored
    (»20 12 34 56« finds +4520123456)."""
    typed = text.strip().lower()
    if not typed:
        return []
    digits = re.sub(r"[\s()-]", "", typed)
    number = digits != typed and re.fullmatch(r"\+?\d+", digits) is not None
    return [typed, digits] if number else [typed]


def change_body(
    uow: UnitOfWork, respondent_id: int, change: BodyChange, *, expected_version: int
) -> RespondentSummary:
    """Save a body's code, name, kind and its whole list of contacts."""
    with uow:
        require(uow, Permission.MANAGE_RESPONDENTS)
        body = current(uow.session.get(Respondent, respondent_id), expected_version, "Afsenderen")
        if body.kind is RespondentKind.CITIZEN:
            raise InvalidInputError(
                "En borger har ingen kode; slå borgeren sammen med en afsender."
            )
        code = check_body_code(uow.session, change.code, change.kind, respondent_id)
        body.code, body.name, body.kind = code, change.name.strip() or code, change.kind
        _replace_contacts(uow.session, body, change.contacts)
        uow.flush()
        summary = summarise(body)
        uow.commit()
        return summary


def merge_respondents(
    uow: UnitOfWork, kept_id: int, merged_id: int, *, expected_versions: tuple[int, int]
) -> RespondentSummary:
    """Make two respondents one: the merged one's responses, comments, contacts,
    numbers and party memberships move to the kept one, which keeps its code, name
    and kind (a citizen merged with a body becomes that body)."""
    if kept_id == merged_id:
        raise InvalidInputError("Vælg to forskellige afsendere.")
    with uow:
        session = uow.session
        kept = current(session.get(Respondent, kept_id), expected_versions[0], "Afsenderen")
        merged = current(session.get(Respondent, merged_id), expected_versions[1], "Afsenderen")
        # The same citizen under two addresses is the case handler's to join; bodies
        # are the administrator's.
        citizens = RespondentKind.CITIZEN == kept.kind == merged.kind
        require(uow, Permission.INTAKE if citizens else Permission.MANAGE_RESPONDENTS)
        for response in session.scalars(select(Response).where(Response.respondent == merged)):
            response.respondent = kept
        for comment in session.scalars(select(Comment).where(Comment.respondent == merged)):
            comment.respondent = kept
        _move_parties(session, kept, merged)
        _move_contacts(kept, merged)
        kind, code, name = merged.kind, merged.code, merged.name
        if kept.kind is RespondentKind.CITIZEN and kind is not RespondentKind.CITIZEN:
            merged.code = None
            session.flush()  # frees the code for the kept one
            kept.kind, kept.code, kept.name = kind, code, name
        _move_pseudonyms(session, kept, merged_id)
        session.delete(merged)
        session.flush()
        summary = summarise(kept)
        uow.commit()
        return summary


def _counts(
    session: Session, model: type[Response] | type[Comment], listed: list[int]
) -> dict[int | None, int]:
    query = (
        select(model.respondent_id, func.count())
        .where(model.respondent_id.in_(listed))
        .group_by(model.respondent_id)
    )
    return dict(session.execute(query).all())


def _replace_contacts(
    session: Session, body: Respondent, contacts: Sequence[tuple[ContactKind, str]]
) -> None:
    wanted: dict[tuple[ContactKind, str], None] = {}
    for kind, value in contacts:
        normalised = normalise_contact(kind, value)
        if not normalised:
            continue
        owner = find_by_contact(session, kind, normalised)
        if owner is not None and owner.id != body.id:
            raise InvalidInputError(f"»{normalised}« hører allerede til en anden afsender.")
        wanted[(kind, normalised)] = None
    body.contacts = [c for c in body.contacts if (c.kind, c.value) in wanted]
    have = {(c.kind, c.value) for c in body.contacts}
    body.contacts += [RespondentContact(kind=k, value=v) for k, v in wanted if (k, v) not in have]


def _move_contacts(kept: Respondent, merged: Respondent) -> None:
    have = {(c.kind, c.value) for c in kept.contacts}
    kept.contacts += [
        RespondentContact(kind=c.kind, value=c.value)
        for c in merged.contacts
        if (c.kind, c.value) not in have
    ]
    merged.contacts = []


def _move_pseudonyms(session: Session, kept: Respondent, merged_id: int) -> None:
    """Citizens' numbers: where only the merged one had a number, the kept one takes
    it; where both had one, the kept one's stays. A body needs none."""
    query = select(Pseudonym).where(Pseudonym.respondent_id.in_((kept.id, merged_id)))
    pseudonyms = list(session.scalars(query))
    numbered = {p.consultation_id for p in pseudonyms if p.respondent_id == kept.id}
    for pseudonym in pseudonyms:
        moved = pseudonym.respondent_id == merged_id
        if kept.kind is not RespondentKind.CITIZEN or (
            moved and pseudonym.consultation_id in numbered
        ):
            session.delete(pseudonym)
        elif moved:
            pseudonym.respondent_id = kept.id


def _move_parties(session: Session, kept: Respondent, merged: Respondent) -> None:
    consulted = select(Consultation).join(Consultation.parties).where(Respondent.id == merged.id)
    for consultation in session.scalars(consulted):
        consultation.parties.remove(merged)
        if kept not in consultation.parties:
            consultation.parties.append(kept)
