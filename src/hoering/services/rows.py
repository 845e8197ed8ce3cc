"""Reading the row an edit is about: it must exist, and be as the user last saw it."""

from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from hoering.domain.errors import ConflictError, NotFoundError
from hoering.store.models import Consultation


class _HasVersion(Protocol):
    version: int


_Row = TypeVar("_Row", bound=_HasVersion)


def current(row: _Row | None, expected_version: int | None, what: str) -> _Row:
    """The row, if it exists and still has the version the user saw (None: no check,
    used when redoing a change the user has just undone)."""
    if row is None:
        raise NotFoundError(f"{what} findes ikke (længere).")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(f"En anden har ændret {what.lower()} imens; din ændring er ikke gemt.")
    return row


def consultation_by_id(session: Session, consultation_id: int) -> Consultation:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFoundError("Høringen findes ikke (længere).")
    return consultation
