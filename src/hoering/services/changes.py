"""What colleagues have changed: the audit log read as a feed, so every window on a
shared database shows their work within seconds."""

from dataclasses import dataclass

from sqlalchemy import func, select

from hoering.store.database import UnitOfWork
from hoering.store.models import AuditEntry


@dataclass(frozen=True, slots=True)
class ChangeMark:
    # The newest audit entry seen; the next look starts after it.
    last_id: int
    by_others: bool


def look_for_changes(uow: UnitOfWork, after_id: int | None) -> ChangeMark:
    """Whether anyone but this user has changed something since ``after_id``
    (None: the first look, which only finds where the log stands)."""
    with uow:
        session = uow.session
        last = session.scalar(select(func.max(AuditEntry.id))) or 0
        if after_id is None or last <= after_id:
            return ChangeMark(last, False)
        others = session.scalar(
            select(AuditEntry.id)
            .where(AuditEntry.id > after_id, AuditEntry.actor != uow.actor)
            .limit(1)
        )
        return ChangeMark(last, others is not None)
