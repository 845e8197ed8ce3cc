"""Writing a batch of incoming responses with one statement per table.

The ORM would flush each response with its respondent, contacts, pseudonym,
stored files, attachments and audit entries one by one; a batch here costs
about ten statements whatever its size (store/bulk.py; the audit log follows
bulk inserts as it follows flushes). The rules are those of one
response: a message known by its digest or its channel id is a duplicate (also
within the batch), a sender is recognised by a registered address or number,
an unknown one becomes a citizen with a pseudonym in this consultation.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, and_, func, select
from sqlalchemy.orm import Session

from hoering.domain.deadline import PeriodBounds
from hoering.domain.enums import Channel, ContactKind, RespondentKind, ResponseStatus, Timeliness
from hoering.services.consultations import period_of
from hoering.services.files import sha256
from hoering.services.incoming import IncomingResponse
from hoering.store.bulk import insert_with_ids
from hoering.store.models import (
    Attachment,
    Consultation,
    Pseudonym,
    Respondent,
    RespondentContact,
    Response,
    StoredFile,
)

_RESPONSE: Table = Response.__table__  # type: ignore[assignment]
_RESPONDENT: Table = Respondent.__table__  # type: ignore[assignment]
_CONTACT: Table = RespondentContact.__table__  # type: ignore[assignment]
_PSEUDONYM: Table = Pseudonym.__table__  # type: ignore[assignment]
_FILE: Table = StoredFile.__table__  # type: ignore[assignment]
_ATTACHMENT: Table = Attachment.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class IntakeTarget:
    """What writing needs to know of a consultation (loaded once for a whole import)."""

    id: int
    period: PeriodBounds

    @classmethod
    def of(cls, consultation: Consultation) -> "IntakeTarget":
        return cls(consultation.id, period_of(consultation).bounds())


@dataclass(frozen=True, slots=True)
class Written:
    response_id: int
    duplicate: bool
    # The status and timeliness it was logged with; None for a duplicate.
    status: ResponseStatus | None
    timeliness: Timeliness | None = None


def contact_kind(channel: Channel) -> ContactKind:
    return ContactKind.PHONE if channel is Channel.SMS else ContactKind.EMAIL


def write_responses(
    session: Session, target: IntakeTarget, batch: Sequence[IncomingResponse]
) -> list[Written]:
    """Log a batch in the open transaction (no commit), in order; duplicates are not stored."""
    writer = _Writer(session, target)
    known = writer.known_messages(batch)
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
    ids = writer.insert(fresh)
    written = []
    for (existing, number), incoming in zip(plan, batch, strict=True):
        if existing is not None:
            written.append(Written(existing, True, None))
        else:
            assert number is not None
            if fresh[number] is incoming:
                timeliness = target.period.timeliness(incoming.received_at)
                written.append(Written(ids[number], False, incoming.status, timeliness))
            else:
                written.append(Written(ids[number], True, None))
    return written


def _message_keys(incoming: IncomingResponse) -> list[tuple[str, str]]:
    keys = []
    if incoming.identity:
        keys.append(("digest", incoming.identity))
    if incoming.external_id:
        keys.append((incoming.channel.value, incoming.external_id))
    return keys


def _contact_key(incoming: IncomingResponse, number: int) -> tuple[ContactKind, str] | int:
    """How senders are told apart: by address or number, else each response on its own."""
    if incoming.sender_address:
        return contact_kind(incoming.channel), incoming.sender_address.lower()
    return number


class _Writer:
    def __init__(self, session: Session, target: IntakeTarget) -> None:
        self.session = session
        self.connection: Connection = session.connection()
        self.target = target

    def known_messages(self, batch: Sequence[IncomingResponse]) -> dict[tuple[str, str], int]:
        """Messages of the batch logged before in this consultation, by digest or channel id.

        Each query asks only for the indexed column and the consultation is checked
        here: given the consultation too, SQLite chose its index and read every
        response of the consultation for every batch.
        """
        column = _RESPONSE.c
        known: dict[tuple[str, str], int] = {}
        digests = {i.identity for i in batch if i.identity}
        if digests:
            rows = self.connection.execute(
                select(column.consultation_id, column.original_sha256, column.id).where(
                    column.original_sha256.in_(digests)
                )
            )
            for consultation_id, digest, response_id in sorted(rows, key=lambda r: r.id):
                if consultation_id == self.target.id:
                    known.setdefault(("digest", digest), response_id)
        channel_ids = {(i.channel, i.external_id) for i in batch if i.external_id}
        if channel_ids:
            by_id = self.connection.execute(
                select(column.consultation_id, column.channel, column.external_id, column.id).where(
                    column.external_id.in_({e for _, e in channel_ids})
                )
            )
            for consultation_id, channel, external_id, response_id in sorted(
                by_id, key=lambda r: r.id
            ):
                if consultation_id == self.target.id and (channel, external_id) in channel_ids:
                    known.setdefault((channel.value, external_id), response_id)
        return known

    def insert(self, fresh: list[IncomingResponse]) -> list[int]:
        if not fresh:
            return []
        respondents, created = self.respondents(fresh)
        pseudonyms = self.pseudonyms(respondents, created)
        files = self.stored_files(
            [(i.original.sha256, i.original.data) for i in fresh if i.original]
            + [(sha256(a.data), a.data) for i in fresh for a in i.attachments]
        )
        ids = self.rows(
            _RESPONSE,
            [
                _response_row(self.target, i, r, files)
                for i, r in zip(fresh, respondents, strict=True)
            ],
        )
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
        self.rows(_ATTACHMENT, attachments)
        self.rows(_PSEUDONYM, pseudonyms)
        return ids

    def respondents(self, fresh: list[IncomingResponse]) -> tuple[list[int], set[int]]:
        """The respondent of each response (chosen, recognised by contact, or a new citizen),
        and the new citizens' ids."""
        wanted = {
            (contact_kind(i.channel), i.sender_address.lower())
            for i in fresh
            if i.sender_address and i.respondent_id is None
        }
        found = self.by_contact(wanted)
        new_for: dict[tuple[ContactKind, str] | int, int] = {}
        for number, incoming in enumerate(fresh):
            key = _contact_key(incoming, number)
            if incoming.respondent_id is None and key not in found and key not in new_for:
                new_for[key] = number
        created = self.rows(_RESPONDENT, [{"kind": RespondentKind.CITIZEN} for _ in new_for])
        contacts = []
        for respondent_id, (key, number) in zip(created, new_for.items(), strict=True):
            found[key] = respondent_id
            if isinstance(key, tuple):
                contacts.append({"respondent_id": respondent_id, "kind": key[0], "value": key[1]})
            if fresh[number].sender_name:
                name = fresh[number].sender_name
                contacts.append(
                    {"respondent_id": respondent_id, "kind": ContactKind.NAME, "value": name}
                )
        self.rows(_CONTACT, contacts)
        chosen = [
            incoming.respondent_id or found[_contact_key(incoming, number)]
            for number, incoming in enumerate(fresh)
        ]
        return chosen, set(created)

    def by_contact(
        self, wanted: set[tuple[ContactKind, str]]
    ) -> dict[tuple[ContactKind, str] | int, int]:
        """Respondents registered with these addresses or numbers (the first one registered).
        Contacts are stored normalised, so the index on the value is used."""
        found: dict[tuple[ContactKind, str] | int, int] = {}
        if not wanted:
            return found
        rows = self.connection.execute(
            select(_CONTACT.c.kind, _CONTACT.c.value, _CONTACT.c.respondent_id)
            .where(_CONTACT.c.value.in_({value for _, value in wanted}))
            .order_by(_CONTACT.c.respondent_id)
        )
        for kind, value, respondent_id in rows:
            if (kind, value) in wanted:
                found.setdefault((kind, value), respondent_id)
        return found

    def pseudonyms(self, respondents: list[int], created: set[int]) -> list[dict[str, Any]]:
        """New pseudonyms for citizens met for the first time in this consultation, in order."""
        earlier = [r for r in dict.fromkeys(respondents) if r not in created]
        citizens = set(created)
        if earlier:
            rows = self.connection.execute(
                select(_RESPONDENT.c.id, _PSEUDONYM.c.number)
                .outerjoin(
                    _PSEUDONYM,
                    and_(
                        _PSEUDONYM.c.respondent_id == _RESPONDENT.c.id,
                        _PSEUDONYM.c.consultation_id == self.target.id,
                    ),
                )
                .where(_RESPONDENT.c.id.in_(earlier), _RESPONDENT.c.kind == RespondentKind.CITIZEN)
            )
            citizens |= {r for r, number in rows if number is None}
        new = [r for r in dict.fromkeys(respondents) if r in citizens]
        if not new:
            return []
        highest = self.connection.scalar(
            select(func.max(_PSEUDONYM.c.number)).where(
                _PSEUDONYM.c.consultation_id == self.target.id
            )
        )
        return [
            {"consultation_id": self.target.id, "respondent_id": r, "number": number}
            for number, r in enumerate(new, (highest or 0) + 1)
        ]

    def stored_files(self, contents: Iterable[tuple[str, bytes]]) -> dict[str, int]:
        """The stored copy of each content (by digest), adding the new ones. The digests
        come along: an SMS export's digest is computed once, not once per message."""
        by_digest = dict(contents)
        if not by_digest:
            return {}
        found: dict[str, int] = dict(
            self.connection.execute(
                select(_FILE.c.sha256, _FILE.c.id).where(_FILE.c.sha256.in_(by_digest))
            ).all()
        )
        missing = [d for d in by_digest if d not in found]
        rows = [{"sha256": d, "size": len(by_digest[d]), "content": by_digest[d]} for d in missing]
        found.update(zip(missing, self.rows(_FILE, rows), strict=True))
        return found

    def rows(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows in one statement; their ids in order (audited by store/audit.py)."""
        return insert_with_ids(self.session, table, rows)


def _response_row(
    target: IntakeTarget, incoming: IncomingResponse, respondent_id: int, files: dict[str, int]
) -> dict[str, Any]:
    return {
        "consultation_id": target.id,
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
        "timeliness": target.period.timeliness(incoming.received_at),
        "status": incoming.status,
        "problem": incoming.problem,
        "suggested_sender_name": incoming.suggested_sender_name,
        "suggested_sender_address": incoming.suggested_sender_address,
        "suggested_received_at": incoming.suggested_received_at,
    }
