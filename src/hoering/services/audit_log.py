"""Exporting the audit log: every change, who made it and when, as .xlsx or .csv.

The log holds personal data (a citizen's address as it was logged, the text of
a response), so only an administrator exports it, and the export is entered in
the register of exported files with the respondents it names.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session

from hoering.domain.audit_labels import ACTION, changed_fields, entity_label
from hoering.domain.deadline import DEFAULT_TIME_ZONE, zone
from hoering.domain.enums import PUBLIC_RESPONDENT_KINDS, ExportKind
from hoering.domain.errors import HoeringError
from hoering.domain.roles import Permission
from hoering.exchange.audit_log import AuditRow, write_audit_csv, write_audit_xlsx
from hoering.services.access import require
from hoering.services.exports import (
    WrittenFile,
    file_beside,
    hash_file,
    move_into_place,
    output_path,
    record_export,
)
from hoering.store.database import UnitOfWork
from hoering.store.models import AuditEntry, Respondent

# Entries read per round trip.
BATCH = 2000
# Entries that name a respondent: by their own id, or by the respondent_id they record.
_ABOUT_RESPONDENTS = frozenset({"respondent_contact", "response", "comment", "pseudonym"})

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class AuditExportResult:
    export_id: int
    path: Path
    sha256: str
    size: int
    entries: int
    # How many people's personal data the file holds.
    subjects: int


class AuditExportCancelledError(HoeringError):
    def __init__(self) -> None:
        super().__init__("Eksporten af ændringsloggen er afbrudt; der er ikke gemt nogen fil.")


def export_audit_log(
    uow: UnitOfWork,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    time_zone: str = DEFAULT_TIME_ZONE,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AuditExportResult:
    """Write the entries from ``since`` to ``until`` (whole local days, both included) to
    ``out``: .xlsx for a spreadsheet, .csv for anything else. The file is registered."""
    target = output_path(
        out, (".xlsx", ".csv"), f"Ændringsloggen gemmes som .xlsx eller .csv ({out})."
    )
    local = zone(time_zone)
    with uow:
        require(uow, Permission.EXPORT_AUDIT_LOG)
        session = uow.session
        period = _period(since, until, local)
        total = session.scalar(select(func.count(AuditEntry.id)).where(period)) or 0
        named: set[int] = set()
        rows = _rows(session, period, local, named, _Ticker(total, progress, cancelled))
        write = write_audit_xlsx if target.suffix.lower() == ".xlsx" else write_audit_csv
        with file_beside(target) as temporary:
            with temporary.open("wb") as stream:
                written = write(rows, stream)
            digest, size = hash_file(temporary)
            subjects = _people(session, named)
            export = record_export(
                session,
                kind=ExportKind.AUDIT_LOG,
                written=WrittenFile(target, digest, size),
                actor=uow.actor,
                description=f"Ændringslog, {_describe(since, until)}, {written} ændringer",
                personal_data=bool(subjects),
                subjects=subjects,
            )
            move_into_place(temporary, target)
        try:
            uow.commit()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return AuditExportResult(export.id, target, digest, size, written, len(subjects))


def _period(since: date | None, until: date | None, local: ZoneInfo) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(AuditEntry.at >= datetime.combine(since, time(), local))
    if until is not None:
        end = datetime.combine(until + timedelta(days=1), time(), local)
        conditions.append(AuditEntry.at < end)
    return and_(true(), *conditions)


def _rows(
    session: Session,
    period: ColumnElement[bool],
    local: ZoneInfo,
    named: set[int],
    ticker: "_Ticker",
) -> Iterator[AuditRow]:
    """The entries in order, read a batch at a time; the respondents they name go to
    ``named`` as they pass."""
    last = 0
    while True:
        batch = session.scalars(
            select(AuditEntry)
            .where(period, AuditEntry.id > last)
            .order_by(AuditEntry.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        for entry in batch:
            named.update(_respondents_named(entry))
            ticker.tick()
            yield _row(entry, local)
        last = batch[-1].id
        session.expunge_all()


def _row(entry: AuditEntry, local: ZoneInfo) -> AuditRow:
    changes = changed_fields(entry.entity, entry.action, entry.changes, local)
    return AuditRow(
        number=entry.id,
        at=entry.at.astimezone(local).replace(tzinfo=None),
        actor=entry.actor,
        action=ACTION.get(entry.action, entry.action),
        what=entity_label(entry.entity),
        record_id=entry.entity_id,
        changes="; ".join(_change_text(*change) for change in changes),
    )


def _change_text(field: str, old: str | None, new: str | None) -> str:
    if old is not None and new is not None:
        return f"{field}: {old} → {new}"
    return f"{field}: {new if new is not None else old}"


def _respondents_named(entry: AuditEntry) -> set[int]:
    if entry.entity == "respondent":
        return {entry.entity_id}
    if entry.entity not in _ABOUT_RESPONDENTS:
        return set()
    value = entry.changes.get("respondent_id")
    values = value if isinstance(value, list) else [value]
    return {v for v in values if isinstance(v, int)}


def _people(session: Session, named: set[int]) -> list[int]:
    """The respondents among ``named`` whose data is personal (not committees')."""
    found: list[int] = []
    ordered = sorted(named)
    for start in range(0, len(ordered), BATCH):
        found += session.scalars(
            select(Respondent.id).where(
                Respondent.id.in_(ordered[start : start + BATCH]),
                Respondent.kind.not_in(PUBLIC_RESPONDENT_KINDS),
            )
        )
    return found


def _describe(since: date | None, until: date | None) -> str:
    if since is None and until is None:
        return "hele loggen"
    start = f"{since:%d-%m-%Y}" if since else "begyndelsen"
    end = f"{until:%d-%m-%Y}" if until else "i dag"
    return f"{start} til {end}"


class _Ticker:
    def __init__(
        self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise AuditExportCancelledError
        self.done += 1
        if self.progress is not None and (self.done % BATCH == 0 or self.done == self.total):
            self.progress(self.done, self.total)
