"""Writing a batch of incoming responses with one statement per table.

The ORM would flush each response with its respondent, contacts, pseudonym,
stored files, attachments and audit entries one by one; a batch here costs a
handful of queries whatever its size. The rules are the same as for one
response: a message known by its digest or its channel id is a duplicate (also
within the batch), a sender is recognised by a registered address or number,
an unknown one becomes a citizen with a pseudonym in this consultation.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, tuple_
from sqlalchemy.orm import Session

from hoering.domain.enums import Channel, ContactKind, RespondentKind, ResponseStatus
from hoering.services.consultations import period_of
from hoering.services.files import sha256
from hoering.services.incoming import IncomingResponse
from hoering.store import audit
from hoering.store.models import (
    Attachment,
    Consultation,
    Pseudonym,
    Respondent,
    RespondentContact,
    Response,
    StoredFile,
)


@dataclass(frozen=True, slots=True)
class Written:
    response_id: int
    duplicate: bool
    # The status it was logged with; None for a duplicate.
    status: ResponseStatus | None


def contact_kind(channel: Channel) -> ContactKind:
    return ContactKind.PHONE if channel is Channel.SMS else ContactKind.EMAIL


def write_responses(
    session: Session, consultation: Consultation, batch: Sequence[IncomingResponse]
) -> list[Written]:
    """Log a batch in the open transaction (no commit), in order; duplicates are not stored."""
    known = _known_messages(session, consultation.id, batch)
    fresh: list[IncomingResponse] = []
    first_of: dict[tuple[str, str], int] = {}
    # Per message: a response logged before (its id), or the number of a fresh one.
    plan: list[tuple[int | None, int | None]] = []
    for incoming in batch:
        keys = _message_keys(incoming)
        existing = next((known[k] for k in keys if k in known), None)
        earlier = next((first_of[k] for k in keys if k in first_of), None)
        if existing is None and earlier is None:
            first_of.update(dict.fromkeys(keys, len(fresh)))
            fresh.append(incoming)
            plan.append((None, len(fresh) - 1))
        else:
            plan.append((existing, earlier))
    ids = _insert(session, consultation, fresh)
    written = []
    for (existing, number), incoming in zip(plan, batch, strict=True):
        if existing is not None:
            written.append(Written(existing, True, None))
        else:
            assert number is not None
            is_first = fresh[number] is incoming
            written.append(
                Written(ids[number], not is_first, incoming.status if is_first else None)
            )
    return written


def _message_keys(incoming: IncomingResponse) -> list[tuple[str, str]]:
    keys = []
    if incoming.identity:
        keys.append(("digest", incoming.identity))
    if incoming.external_id:
        keys.append((incoming.channel.value, incoming.external_id))
    return keys


def _known_messages(
    session: Session, consultation_id: int, batch: Sequence[IncomingResponse]
) -> dict[tuple[str, str], int]:
    """Messages of the batch logged before in this consultation, by digest and channel id."""
    known: dict[tuple[str, str], int] = {}
    digests = {i.identity for i in batch if i.identity}
    if digests:
        by_digest = session.execute(
            select(Response.original_sha256, Response.id).where(
                Response.consultation_id == consultation_id,
                Response.original_sha256.in_(digests),
            )
        )
        for digest, response_id in by_digest:
            known.setdefault(("digest", str(digest)), response_id)
    channel_ids = {(i.channel, i.external_id) for i in batch if i.external_id}
    if channel_ids:
        by_id = session.execute(
            select(Response.channel, Response.external_id, Response.id).where(
                Response.consultation_id == consultation_id,
                tuple_(Response.channel, Response.external_id).in_(channel_ids),
            )
        )
        for channel, external_id, response_id in by_id:
            known.setdefault((channel.value, str(external_id)), response_id)
    return known


def _insert(
    session: Session, consultation: Consultation, fresh: list[IncomingResponse]
) -> list[int]:
    if not fresh:
        return []
    respondents = _respondents(session, fresh)
    pseudonyms = _pseudonyms(session, consultation.id, respondents)
    files = _stored_files(
        session,
        [i.original.data for i in fresh if i.original]
        + [a.data for i in fresh for a in i.attachments],
    )
    period = period_of(consultation)
    rows = [
        {
            "consultation_id": consultation.id,
            "respondent_id": respondent_id,
            "channel": incoming.channel,
            "received_at": incoming.received_at,
            "sender_name": incoming.sender_name,
            "sender_address": incoming.sender_address,
            "subject": incoming.subject,
            "body": incoming.body,
            "external_id": incoming.external_id,
            "original_file_id": files[incoming.original.sha256] if incoming.original else None,
            "original_filename": incoming.original_filename,
            "original_location": incoming.original_location,
            "original_sha256": incoming.identity,
            "timeliness": period.timeliness(incoming.received_at),
            "status": incoming.status,
            "problem": incoming.problem,
            "suggested_sender_name": incoming.suggested_sender_name,
            "suggested_sender_address": incoming.suggested_sender_address,
            "suggested_received_at": incoming.suggested_received_at,
        }
        for incoming, respondent_id in zip(fresh, respondents, strict=True)
    ]
    ids = _insert_rows(session, Response, rows)
    attachments = [
        {
            "response_id": response_id,
            "position": position,
            "filename": attachment.filename,
            "media_type": attachment.media_type,
            "file_id": files[sha256(attachment.data)],
        }
        for incoming, response_id in zip(fresh, ids, strict=True)
        for position, attachment in enumerate(incoming.attachments)
    ]
    _insert_rows(session, Attachment, attachments)
    _insert_rows(session, Pseudonym, pseudonyms)
    return ids


def _respondents(session: Session, fresh: list[IncomingResponse]) -> list[int]:
    """The respondent of each response: chosen, recognised by contact, or a new citizen."""
    wanted = {
        (contact_kind(i.channel), i.sender_address.lower())
        for i in fresh
        if i.sender_address and i.respondent_id is None
    }
    found = _by_contact(session, wanted)
    new_for: dict[tuple[ContactKind, str] | int, int] = {}
    for number, incoming in enumerate(fresh):
        key = _contact_key(incoming, number)
        if incoming.respondent_id is None and key not in found and key not in new_for:
            new_for[key] = number
    created = _insert_rows(session, Respondent, [{"kind": RespondentKind.CITIZEN} for _ in new_for])
    contacts = []
    for respondent_id, (key, number) in zip(created, new_for.items(), strict=True):
        found[key] = respondent_id
        if isinstance(key, tuple):
            contacts.append({"respondent_id": respondent_id, "kind": key[0], "value": key[1]})
        if fresh[number].sender_name:
            contacts.append(
                {
                    "respondent_id": respondent_id,
                    "kind": ContactKind.NAME,
                    "value": fresh[number].sender_name,
                }
            )
    _insert_rows(session, RespondentContact, contacts)
    return [
        incoming.respondent_id or found[_contact_key(incoming, number)]
        for number, incoming in enumerate(fresh)
    ]


def _contact_key(incoming: IncomingResponse, number: int) -> tuple[ContactKind, str] | int:
    """How senders are told apart: by address or number, else each response on its own."""
    if incoming.sender_address:
        return contact_kind(incoming.channel), incoming.sender_address.lower()
    return number


def _by_contact(
    session: Session, wanted: set[tuple[ContactKind, str]]
) -> dict[tuple[ContactKind, str] | int, int]:
    """Respondents registered with these addresses or numbers (the first one registered).

    Contacts are stored normalised (addresses in lower case, numbers as +45…), so
    the index on the value is used."""
    found: dict[tuple[ContactKind, str] | int, int] = {}
    if not wanted:
        return found
    rows = session.execute(
        select(RespondentContact.kind, RespondentContact.value, RespondentContact.respondent_id)
        .where(RespondentContact.value.in_({value for _, value in wanted}))
        .order_by(RespondentContact.respondent_id)
    )
    for kind, value, respondent_id in rows:
        if (kind, value) in wanted:
            found.setdefault((kind, value), respondent_id)
    return found


def _pseudonyms(
    session: Session, consultation_id: int, respondents: list[int]
) -> list[dict[str, Any]]:
    """New pseudonyms for citizens met for the first time in this consultation, in order."""
    unique = list(dict.fromkeys(respondents))
    citizens = set(
        session.scalars(
            select(Respondent.id).where(
                Respondent.id.in_(unique), Respondent.kind == RespondentKind.CITIZEN
            )
        )
    )
    numbered = set(
        session.scalars(
            select(Pseudonym.respondent_id).where(
                Pseudonym.consultation_id == consultation_id, Pseudonym.respondent_id.in_(unique)
            )
        )
    )
    highest = session.scalar(
        select(func.max(Pseudonym.number)).where(Pseudonym.consultation_id == consultation_id)
    )
    new = [r for r in unique if r in citizens and r not in numbered]
    return [
        {"consultation_id": consultation_id, "respondent_id": r, "number": number}
        for number, r in enumerate(new, (highest or 0) + 1)
    ]


def _stored_files(session: Session, contents: Iterable[bytes]) -> dict[str, int]:
    """The stored copy of each content (by digest), adding the new ones."""
    by_digest = {sha256(data): data for data in contents}
    if not by_digest:
        return {}
    query = select(StoredFile.sha256, StoredFile.id).where(StoredFile.sha256.in_(by_digest))
    found: dict[str, int] = dict(session.execute(query).all())
    missing = [d for d in by_digest if d not in found]
    rows = [{"sha256": d, "size": len(by_digest[d]), "content": by_digest[d]} for d in missing]
    for digest, file_id in zip(missing, _insert_rows(session, StoredFile, rows), strict=True):
        found[digest] = file_id
    return found


def _insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one statement, returning their ids in order, and audit them."""
    if not rows:
        return []
    ids = list(
        session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows)
    )
    if model is not StoredFile:  # content-addressed bytes are not audited (store/audit.py)
        audit.record(session, "create", model.__tablename__, zip(ids, rows, strict=True))
    return ids
