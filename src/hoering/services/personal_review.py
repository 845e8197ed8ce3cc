"""The review of personal data in comments before anything is published.

Each comment is screened when it is made and whenever its text changes: the
CPR numbers, phone numbers, e-mail and street addresses in it, and its citizen
writer's registered name and contacts, are found (domain/personal_data.py). A
comment with hits gets a public text with them redacted and waits for a
person, who approves that text or writes a better one. A public annex is not
written while comments wait (services/annex.py); a draft may be.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import PersonalDataReview, RespondentKind
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.personal_data import KIND_LABEL, find_personal_data, replace_hits
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.respondents import display_names
from hoering.services.rows import current
from hoering.store.database import UnitOfWork
from hoering.store.models import Comment, Respondent, RespondentContact, utc_now


@dataclass(frozen=True, slots=True)
class FoundData:
    # "CPR-nummer", "adresse" …
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class ReviewItem:
    comment_id: int
    # A body's code or a citizen's pseudonym.
    source: str
    text: str
    public_text: str
    found: tuple[FoundData, ...]
    review: PersonalDataReview
    reviewed_by: str | None
    reviewed_at: datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class ReviewCounts:
    pending: int
    approved: int
    nothing_found: int


def screen(comment: Comment, known: Sequence[str]) -> None:
    """Look for personal data in a new or changed comment text (no commit)."""
    hits = find_personal_data(comment.text, known)
    comment.public_text = replace_hits(comment.text, hits) if hits else None
    comment.personal_data_review = (
        PersonalDataReview.PENDING if hits else PersonalDataReview.NOTHING_FOUND
    )
    comment.reviewed_by = comment.reviewed_at = None


def known_details(session: Session, respondent: Respondent) -> tuple[str, ...]:
    """A citizen's registered name, addresses and numbers; bodies' contacts are public."""
    if respondent.kind is not RespondentKind.CITIZEN or respondent.id is None:
        return ()
    return tuple(
        session.scalars(
            select(RespondentContact.value).where(RespondentContact.respondent_id == respondent.id)
        )
    )


def review_counts(uow: UnitOfWork, consultation_id: int) -> ReviewCounts:
    with uow:
        counts = dict(
            uow.session.execute(
                select(Comment.personal_data_review, func.count(Comment.id))
                .where(Comment.consultation_id == consultation_id)
                .group_by(Comment.personal_data_review)
            ).all()
        )
        return ReviewCounts(
            counts.get(PersonalDataReview.PENDING, 0),
            counts.get(PersonalDataReview.APPROVED, 0),
            counts.get(PersonalDataReview.NOTHING_FOUND, 0),
        )


def comments_to_review(
    uow: UnitOfWork, consultation_id: int, *, after_id: int = 0, limit: int = 100
) -> list[ReviewItem]:
    """Comments whose personal data nobody has reviewed yet, oldest first, a page at a time
    (pass the last ``comment_id`` as ``after_id`` for the next page)."""
    with uow:
        session = uow.session
        comments = session.scalars(
            select(Comment)
            .where(
                Comment.consultation_id == consultation_id,
                Comment.personal_data_review == PersonalDataReview.PENDING,
                Comment.id > after_id,
            )
            .order_by(Comment.id)
            .limit(limit)
        ).all()
        names = display_names(session, consultation_id, (c.respondent_id for c in comments))
        return [_item(session, c, names) for c in comments]


def review_item(uow: UnitOfWork, comment_id: int) -> ReviewItem:
    with uow:
        comment = _comment(uow.session, comment_id)
        names = display_names(uow.session, comment.consultation_id, [comment.respondent_id])
        return _item(uow.session, comment, names)


def approve_public_text(
    uow: UnitOfWork,
    comment_id: int,
    *,
    expected_version: int,
    public_text: str | None = None,
) -> ReviewItem:
    """Approve the comment's public text as it is, or as the reviewer rewrote it."""
    with uow:
        require(uow, Permission.REVIEW_PERSONAL_DATA)
        session = uow.session
        comment = current(_comment(session, comment_id), expected_version, "Bemærkningen")
        if public_text is not None:
            if not public_text.strip():
                raise InvalidInputError("Den offentlige tekst må ikke være tom.")
            comment.public_text = public_text.strip()
        elif comment.public_text is None:
            comment.public_text = comment.text
        comment.personal_data_review = PersonalDataReview.APPROVED
        comment.reviewed_by, comment.reviewed_at = uow.actor, utc_now()
        uow.flush()
        names = display_names(session, comment.consultation_id, [comment.respondent_id])
        item = _item(session, comment, names)
        uow.commit()
        return item


def _comment(session: Session, comment_id: int) -> Comment:
    comment = session.get(Comment, comment_id)
    if comment is None:
        raise NotFoundError("Bemærkningen findes ikke (længere).")
    return comment


def _item(session: Session, comment: Comment, names: dict[int, str]) -> ReviewItem:
    hits = find_personal_data(comment.text, known_details(session, comment.respondent))
    return ReviewItem(
        comment_id=comment.id,
        source=names.get(comment.respondent_id, ""),
        text=comment.text,
        public_text=comment.public_text or comment.text,
        found=tuple(FoundData(KIND_LABEL[h.kind], h.text) for h in hits),
        review=comment.personal_data_review,
        reviewed_by=comment.reviewed_by,
        reviewed_at=comment.reviewed_at,
        version=comment.version,
    )
