"""The inbox: every response of a consultation, filtered and counted in the database.

Pages are fetched by keyset (after the last row's received time and id), so
the hundredth page costs what the first does, also with 100 000 responses. Rows
show the sender as a body's name or a citizen's pseudonym; the full sender is
only in the response's detail, which is the case handler's working view.
"""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from hoering.domain.enums import Channel, ExportKind, RespondentKind, ResponseStatus, Timeliness
from hoering.domain.errors import NotFoundError
from hoering.domain.labels import measure_label, other_target_label, section_label
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.exports import record_export, saved_file
from hoering.services.respondents import display_names
from hoering.store.database import UnitOfWork
from hoering.store.models import Attachment, Comment, CommentTarget, Response, StoredFile

PAGE_SIZE = 100
_EXCERPT = 200


@dataclass(frozen=True, slots=True)
class InboxFilter:
    statuses: frozenset[ResponseStatus] = frozenset()
    channels: frozenset[Channel] = frozenset()
    # True: only late ones; False: only the others; None: all.
    late: bool | None = None
    campaign_id: int | None = None
    # True: only members of a campaign; False: only the others; None: all.
    in_campaign: bool | None = None
    # Part of the text, subject or sender name (case-insensitive for a-z).
    text: str = ""


@dataclass(frozen=True, slots=True)
class InboxCursor:
    """Where the next page starts: after this row."""

    received_at: datetime
    response_id: int


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    status: ResponseStatus
    channel: Channel
    # A body's name or a citizen's pseudonym ("Borger 17"): safe to show.
    sender: str
    received_at: datetime
    timeliness: Timeliness
    accepted_late: bool
    subject: str | None
    excerpt: str
    comments: int
    campaign_id: int | None
    problem: str | None
    # Pass back when editing the response (optimistic concurrency).
    version: int

    @property
    def late(self) -> bool:
        return self.timeliness is Timeliness.LATE


@dataclass(frozen=True, slots=True)
class InboxPage:
    rows: tuple[InboxRow, ...]
    # None on the last page.
    next: InboxCursor | None


@dataclass(frozen=True, slots=True)
class InboxCounts:
    total: int
    by_status: dict[ResponseStatus, int] = field(default_factory=dict)
    by_channel: dict[Channel, int] = field(default_factory=dict)
    late: int = 0
    in_campaigns: int = 0


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True, slots=True)
class CommentInfo:
    id: int
    position: int
    text: str
    campaign_id: int | None
    # (level, measure id, section id) of each target.
    targets: tuple[tuple[str, int | None, int | None], ...]
    # "7. Cykelstier", "Tema: TRANSPORT" … in the order of ``targets``.
    target_labels: tuple[str, ...]
    version: int


@dataclass(frozen=True, slots=True)
class ResponseDetail:
    """Everything the splitting view shows. Contains personal data (the sender)."""

    row: InboxRow
    body: str
    sender_name: str | None
    sender_address: str | None
    respondent_id: int | None
    respondent_kind: RespondentKind | None
    original_filename: str | None
    original_location: str | None
    original_size: int | None
    attachments: tuple[AttachmentInfo, ...]
    comments: tuple[CommentInfo, ...]
    accepted_late_reason: str | None
    # A forwarded mail's original sender and date, waiting for confirmation.
    suggested_sender_name: str | None
    suggested_sender_address: str | None
    suggested_received_at: datetime | None


def inbox_page(
    uow: UnitOfWork,
    consultation_id: int,
    filters: InboxFilter = InboxFilter(),
    after: InboxCursor | None = None,
    limit: int = PAGE_SIZE,
) -> InboxPage:
    """One page of the inbox in order of arrival."""
    with uow:
        query = select(Response).where(*_conditions(consultation_id, filters))
        if after is not None:
            query = query.where(
                or_(
                    Response.received_at > after.received_at,
                    and_(
                        Response.received_at == after.received_at, Response.id > after.response_id
                    ),
                )
            )
        found = list(
            uow.session.scalars(query.order_by(Response.received_at, Response.id).limit(limit + 1))
        )
        rows = _rows(uow.session, consultation_id, found[:limit])
        last = rows[-1] if len(found) > limit else None
        return InboxPage(rows, InboxCursor(last.received_at, last.id) if last else None)


def inbox_counts(
    uow: UnitOfWork, consultation_id: int, filters: InboxFilter = InboxFilter()
) -> InboxCounts:
    """How many responses the filter shows, by status and channel, late, in campaigns."""
    with uow:
        session = uow.session
        base = (
            select(Response.status, Response.channel, Response.timeliness, Response.campaign_id)
            .where(*_conditions(consultation_id, filters))
            .subquery()
        )
        by_status: dict[ResponseStatus, int] = dict(
            session.execute(select(base.c.status, func.count()).group_by(base.c.status)).all()
        )
        by_channel: dict[Channel, int] = dict(
            session.execute(select(base.c.channel, func.count()).group_by(base.c.channel)).all()
        )
        late = session.scalar(
            select(func.count()).select_from(base).where(base.c.timeliness == Timeliness.LATE)
        )
        in_campaigns = session.scalar(
            select(func.count()).select_from(base).where(base.c.campaign_id.is_not(None))
        )
        return InboxCounts(
            total=sum(by_status.values()),
            by_status=by_status,
            by_channel=by_channel,
            late=late or 0,
            in_campaigns=in_campaigns or 0,
        )


def response_detail(uow: UnitOfWork, response_id: int) -> ResponseDetail:
    """One response as the splitting view shows it."""
    with uow:
        session = uow.session
        response = session.get(Response, response_id)
        if response is None:
            raise NotFoundError("Høringssvaret findes ikke (længere).")
        [row] = _rows(session, response.consultation_id, [response])
        original_size = (
            session.scalar(
                select(StoredFile.size).where(StoredFile.id == response.original_file_id)
            )
            if response.original_file_id
            else None
        )
        return ResponseDetail(
            row=row,
            body=response.body,
            sender_name=response.sender_name,
            sender_address=response.sender_address,
            respondent_id=response.respondent_id,
            respondent_kind=response.respondent.kind if response.respondent else None,
            original_filename=response.original_filename,
            original_location=response.original_location,
            original_size=original_size,
            attachments=_attachments(session, response.id),
            comments=_comments(session, response.id),
            accepted_late_reason=response.accepted_late_reason,
            suggested_sender_name=response.suggested_sender_name,
            suggested_sender_address=response.suggested_sender_address,
            suggested_received_at=response.suggested_received_at,
        )


def original_bytes(uow: UnitOfWork, response_id: int) -> tuple[str, bytes]:
    """The file a response arrived as, unchanged (to open or save it)."""
    with uow:
        response = uow.session.get(Response, response_id)
        if response is None or response.original_file is None:
            raise NotFoundError("Høringssvaret har ingen original fil.")
        return response.original_filename or f"svar-{response.id}", response.original_file.content


def attachment_bytes(uow: UnitOfWork, attachment_id: int) -> tuple[str, bytes]:
    """An attachment's name and bytes (to open or save it)."""
    with uow:
        attachment = uow.session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFoundError("Bilaget findes ikke.")
        return attachment.filename, attachment.file.content


def save_original(uow: UnitOfWork, response_id: int, out: Path) -> Path:
    """Save the file a response arrived as, registered as an export of its sender's data."""
    with uow:
        require(uow, Permission.INTAKE)
        response = uow.session.get(Response, response_id)
        if response is None or response.original_file is None:
            raise NotFoundError("Høringssvaret har ingen original fil.")
        what = f"Originalt høringssvar nr. {response.id} ({response.original_filename or ''})"
        _save(
            uow,
            ExportKind.ORIGINAL,
            out,
            response.original_file.content,
            response=response,
            what=what,
        )
        return out


def save_attachment(uow: UnitOfWork, attachment_id: int, out: Path) -> Path:
    """Save an attachment of a response, registered as an export of its sender's data."""
    with uow:
        require(uow, Permission.INTAKE)
        attachment = uow.session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFoundError("Bilaget findes ikke.")
        what = f"Bilag »{attachment.filename}« til høringssvar nr. {attachment.response_id}"
        _save(
            uow,
            ExportKind.ATTACHMENT,
            out,
            attachment.file.content,
            response=attachment.response,
            what=what,
        )
        return out


def _save(
    uow: UnitOfWork, kind: ExportKind, out: Path, data: bytes, *, response: Response, what: str
) -> None:
    with saved_file(out, data) as written:
        record_export(
            uow.session,
            kind=kind,
            written=written,
            actor=uow.actor,
            description=what,
            consultation_id=response.consultation_id,
            personal_data=True,
            subjects=[response.respondent_id] if response.respondent_id else (),
        )
        uow.commit()


def _conditions(consultation_id: int, f: InboxFilter) -> list[ColumnElement[bool]]:
    conditions = [Response.consultation_id == consultation_id]
    if f.statuses:
        conditions.append(Response.status.in_(f.statuses))
    if f.channels:
        conditions.append(Response.channel.in_(f.channels))
    if f.late is not None:
        late = Response.timeliness == Timeliness.LATE
        conditions.append(late if f.late else ~late)
    if f.campaign_id is not None:
        conditions.append(Response.campaign_id == f.campaign_id)
    if f.in_campaign is not None:
        member = Response.campaign_id.is_not(None)
        conditions.append(member if f.in_campaign else ~member)
    if f.text.strip():
        escaped = f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        conditions.append(
            or_(
                Response.body.ilike(pattern, escape="\\"),
                Response.subject.ilike(pattern, escape="\\"),
                Response.sender_name.ilike(pattern, escape="\\"),
            )
        )
    return conditions


def _rows(
    session: Session, consultation_id: int, responses: list[Response]
) -> tuple[InboxRow, ...]:
    ids = [r.id for r in responses]
    counts: dict[int | None, int] = dict(
        session.execute(
            select(Comment.response_id, func.count(Comment.id))
            .where(Comment.response_id.in_(ids))
            .group_by(Comment.response_id)
        ).all()
    )
    names = display_names(session, consultation_id, (r.respondent_id for r in responses))
    return tuple(
        InboxRow(
            id=r.id,
            status=r.status,
            channel=r.channel,
            sender=names.get(r.respondent_id or 0, ""),
            received_at=r.received_at,
            timeliness=r.timeliness,
            accepted_late=r.accepted_late_reason is not None,
            subject=r.subject,
            excerpt=_excerpt(r.body),
            comments=counts.get(r.id, 0),
            campaign_id=r.campaign_id,
            problem=r.problem,
            version=r.version,
        )
        for r in responses
    )


def _excerpt(body: str) -> str:
    flat = " ".join(body.split())
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1] + "…"


def _attachments(session: Session, response_id: int) -> tuple[AttachmentInfo, ...]:
    rows = session.execute(
        select(Attachment.id, Attachment.filename, Attachment.media_type, StoredFile.size)
        .join(StoredFile, StoredFile.id == Attachment.file_id)
        .where(Attachment.response_id == response_id)
        .order_by(Attachment.position)
    )
    return tuple(AttachmentInfo(*row) for row in rows)


def _comments(session: Session, response_id: int) -> tuple[CommentInfo, ...]:
    comments = session.scalars(
        select(Comment).where(Comment.response_id == response_id).order_by(Comment.position)
    )
    return tuple(
        CommentInfo(
            id=c.id,
            position=c.position,
            text=c.text,
            campaign_id=c.campaign_id,
            targets=tuple(_target(t) for t in c.targets),
            target_labels=tuple(_target_label(t) for t in c.targets),
            version=c.version,
        )
        for c in comments
    )


def _target(target: CommentTarget) -> tuple[str, int | None, int | None]:
    return target.level.value, target.measure_id, target.section_id


def _target_label(target: CommentTarget) -> str:
    if target.measure is not None:
        return measure_label(target.measure.number, target.measure.title)
    if target.section is not None:
        return section_label(target.section.level, target.section.title)
    return other_target_label(target.level)
