"""Splitting a response into comments, with target suggestions for the selected text.

The splitting view: select a passage, press one key, and it becomes a comment
on the targets chosen (suggested by :func:`suggest_targets`). A response that
is not split becomes one comment when the case handler says so
(:func:`whole_as_one_comment`): only then are its targets known, so it never
happens by itself at import.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import ResponseStatus, TargetLevel
from hoering.domain.errors import ConflictError, InvalidInputError, NotFoundError
from hoering.domain.labels import measure_label, section_label
from hoering.domain.roles import Permission
from hoering.domain.suggestions import SuggestionReason, TargetCandidate
from hoering.domain.suggestions import suggest_targets as suggest
from hoering.services.access import require
from hoering.services.intake import TargetSpec, add_comment_into
from hoering.services.responses import ResponseState
from hoering.store.database import UnitOfWork
from hoering.store.models import Comment, Consultation, Measure, Response, Section

# A done response (every comment has an outcome) may still get a comment it lacks.
_OPEN = (ResponseStatus.RECEIVED, ResponseStatus.SPLIT, ResponseStatus.DONE)


@dataclass(frozen=True, slots=True)
class TargetSuggestionView:
    target: TargetSpec
    # "12. Cykelstier" or "Tema: TRANSPORT".
    label: str
    reason: SuggestionReason
    score: float


@dataclass(frozen=True, slots=True)
class MadeComment:
    comment_id: int
    response: ResponseState


def suggest_targets(
    uow: UnitOfWork, consultation_id: int, text: str, limit: int = 8
) -> list[TargetSuggestionView]:
    """Likely targets for a passage: numbers it names, titles it names, similar measures."""
    with uow:
        session = uow.session
        consultation = session.get(Consultation, consultation_id)
        if consultation is None:
            raise NotFoundError("Høringen findes ikke.")
        measures = list(
            session.scalars(
                select(Measure).where(Measure.plan_version_id == consultation.plan_version_id)
            )
        )
        sections = list(
            session.scalars(
                select(Section).where(Section.plan_version_id == consultation.plan_version_id)
            )
        )
        # Measure and section ids may coincide: sections get negative keys.
        candidates = [
            TargetCandidate(
                m.id,
                m.title or "",
                m.number,
                tuple(g.consulted_text or g.revised_text or "" for g in m.sub_goals),
            )
            for m in measures
        ] + [TargetCandidate(-s.id, s.title) for s in sections]
        labels = {m.id: measure_label(m.number, m.title) for m in measures} | {
            -s.id: section_label(s.level, s.title) for s in sections
        }
        return [
            TargetSuggestionView(_spec(found.key), labels[found.key], found.reason, found.score)
            for found in suggest(text, candidates, limit)
        ]


def make_comment(
    uow: UnitOfWork, response_id: int, text: str, targets: Sequence[TargetSpec]
) -> MadeComment:
    """Make the selected passage a comment on its targets (the one-key action)."""
    with uow:
        require(uow, Permission.INTAKE)
        session = uow.session
        response = _open_response(session, response_id)
        comment = add_comment_into(session, response, text, targets)
        made = MadeComment(comment.id, _state(response))
        uow.commit()
        return made


def remove_comment(uow: UnitOfWork, comment_id: int, *, expected_version: int) -> ResponseState:
    """Undo a comment made while splitting; a response left without comments is new again."""
    with uow:
        require(uow, Permission.INTAKE)
        session = uow.session
        comment = session.get(Comment, comment_id)
        if comment is None or comment.response is None:
            raise NotFoundError("Bemærkningen findes ikke (længere).")
        if comment.version != expected_version:
            raise ConflictError("En anden har ændret bemærkningen imens.")
        response = comment.response
        session.delete(comment)
        session.flush()
        left = session.scalar(
            select(func.count(Comment.id)).where(Comment.response_id == response.id)
        )
        if not left and response.status is ResponseStatus.SPLIT and response.campaign_id is None:
            response.status = ResponseStatus.RECEIVED
        session.flush()
        state = _state(response)
        uow.commit()
        return state


def whole_as_one_comment(
    uow: UnitOfWork,
    response_id: int,
    targets: Sequence[TargetSpec],
    *,
    expected_version: int,
) -> MadeComment:
    """A response that needs no splitting becomes one comment with its whole text."""
    with uow:
        require(uow, Permission.INTAKE)
        session = uow.session
        response = _open_response(session, response_id)
        if response.version != expected_version:
            raise ConflictError("En anden har ændret høringssvaret imens; se det igen.")
        if _has_comments(session, response):
            raise InvalidInputError(
                "Høringssvaret er allerede delt op; markér resten som bemærkninger."
            )
        comment = add_comment_into(session, response, response.body, targets)
        made = MadeComment(comment.id, _state(response))
        uow.commit()
        return made


def _has_comments(session: Session, response: Response) -> bool:
    own = session.scalar(select(func.count(Comment.id)).where(Comment.response_id == response.id))
    through_campaign = response.campaign_id is not None and session.scalar(
        select(func.count(Comment.id)).where(Comment.campaign_id == response.campaign_id)
    )
    return bool(own or through_campaign)


def _open_response(session: Session, response_id: int) -> Response:
    response = session.get(Response, response_id)
    if response is None:
        raise NotFoundError("Høringssvaret findes ikke (længere).")
    if response.status not in _OPEN:
        raise InvalidInputError("Høringssvaret venter på en afgørelse og kan ikke deles op.")
    return response


def _state(response: Response) -> ResponseState:
    return ResponseState(
        response.id,
        response.status,
        response.timeliness,
        response.received_at,
        response.respondent_id,
        response.version,
    )


def _spec(key: int) -> TargetSpec:
    if key < 0:
        return TargetSpec(TargetLevel.SECTION, section_id=-key)
    return TargetSpec(TargetLevel.MEASURE, measure_id=key)
