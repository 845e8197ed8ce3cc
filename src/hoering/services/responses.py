"""A response as received: what the editor opens behind a comment."""

from dataclasses import dataclass
from datetime import datetime

from hoering.domain.enums import Channel, ResponseStatus, Timeliness
from hoering.domain.errors import NotFoundError
from hoering.services.respondents import pseudonyms, source_of
from hoering.store.database import UnitOfWork
from hoering.store.models import Attachment, Response


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True, slots=True)
class ResponseView:
    id: int
    consultation_id: int
    source: str
    channel: Channel
    received_at: datetime
    timeliness: Timeliness
    accepted_late_reason: str | None
    status: ResponseStatus
    problem: str | None
    # Personal data: shown to staff, never exported publicly.
    sender_name: str | None
    sender_address: str | None
    subject: str | None
    body: str
    original_filename: str | None
    attachments: tuple[AttachmentView, ...]
    comments: int


def response_view(uow: UnitOfWork, response_id: int) -> ResponseView:
    with uow:
        session = uow.session
        response = session.get(Response, response_id)
        if response is None:
            raise NotFoundError("Høringssvaret findes ikke (længere).")
        numbers = pseudonyms(session, response.consultation_id)
        return ResponseView(
            id=response.id,
            consultation_id=response.consultation_id,
            source=source_of(response.respondent, numbers) if response.respondent else "?",
            channel=response.channel,
            received_at=response.received_at,
            timeliness=response.timeliness,
            accepted_late_reason=response.accepted_late_reason,
            status=response.status,
            problem=response.problem,
            sender_name=response.sender_name,
            sender_address=response.sender_address,
            subject=response.subject,
            body=response.body,
            original_filename=response.original_filename,
            attachments=tuple(
                AttachmentView(a.id, a.filename, a.media_type, a.file.size)
                for a in response.attachments
            ),
            comments=len(response.comments),
        )


def attachment_content(uow: UnitOfWork, attachment_id: int) -> tuple[str, bytes]:
    """An attachment's file name and its bytes as received."""
    with uow:
        attachment = uow.session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFoundError("Bilaget findes ikke (længere).")
        return attachment.filename, attachment.file.content
