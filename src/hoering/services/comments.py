"""Editing comments: the outcome and the administration's reply, one or many at once,
and the text itself (a case handler correcting a split)."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.domain.enums import Outcome, ResponseStatus
from hoering.domain.errors import ConflictError, InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.pages import CommentView, comment_views
from hoering.services.personal_review import known_details, screen
from hoering.store.database import UnitOfWork
from hoering.store.models import Comment, Consultation, Response


class Keep(Enum):
    """Leave this field as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class CommentEdit:
    comment_id: int
    # The version the user saw; a newer one in the database means a colleague edited it.
    expected_version: int
    outcome: Outcome | Keep | None = KEEP
    reply: str | Keep | None = KEEP
    # A corrected text is screened for personal data again.
    text: str | Keep = KEEP


def edit_comments(
    uow: UnitOfWork, consultation_id: int, edits: Sequence[CommentEdit]
) -> tuple[CommentView, ...]:
    """Save outcome, reply and text edits together: all of them, or — on a conflict — none.

    Outcomes and replies are the editor's; texts the case handler's.
    """
    with uow:
        if any(e.outcome is not KEEP or e.reply is not KEEP for e in edits):
            require(uow, Permission.ASSESS)
        if any(e.text is not KEEP for e in edits):
            require(uow, Permission.INTAKE)
        session = uow.session
        consultation = session.get(Consultation, consultation_id)
        comments = {
            c.id: c
            for c in session.scalars(
                select(Comment).where(
                    Comment.consultation_id == consultation_id,
                    Comment.id.in_([e.comment_id for e in edits]),
                )
            )
        }
        if consultation is None or len(comments) != len({e.comment_id for e in edits}):
            raise NotFoundError("En af bemærkningerne findes ikke (længere).")
        for edit in edits:
            comment = comments[edit.comment_id]
            if comment.version != edit.expected_version:
                raise ConflictError(
                    "En anden har ændret en af bemærkningerne imens; intet er gemt. "
                    "Se den nye udgave og prøv igen."
                )
            if edit.outcome is not KEEP:
                comment.outcome = edit.outcome
            if edit.reply is not KEEP:
                comment.reply = (edit.reply or "").strip() or None
            if edit.text is not KEEP and edit.text.strip() != comment.text:
                if not edit.text.strip():
                    raise InvalidInputError("En bemærkning skal have en tekst.")
                comment.text = edit.text.strip()
                screen(comment, known_details(session, comment.respondent))
        uow.flush()
        _mark_done_responses(session, {c.response_id for c in comments.values()})
        uow.flush()
        views = comment_views(session, consultation, list(comments))
        uow.commit()
        return views


def _mark_done_responses(session: Session, response_ids: set[int | None]) -> None:
    """A response is split while comments lack an outcome; it is done when all have one."""
    for response_id in response_ids - {None}:
        response = session.get(Response, response_id)
        if response is None or response.status not in (ResponseStatus.SPLIT, ResponseStatus.DONE):
            continue
        done = all(c.outcome is not None for c in response.comments)
        response.status = ResponseStatus.DONE if done else ResponseStatus.SPLIT
