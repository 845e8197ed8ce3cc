"""Importing many responses at once: mail files and folders, mailboxes, SMS exports.

Made to run off the window's thread: the caller passes a factory of units of
work, a progress callback and a cancel check. Messages are written in groups,
each group its own transaction; a group the database refuses is written again
message by message, each in its own transaction, so one bad file or row fails
alone. A cancelled import keeps what it finished, and importing the same input
again completes it without duplicates. The summary accounts for every message
given: imported + duplicates + set aside + failed = given.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from hoering.domain.enums import ResponseStatus, Timeliness
from hoering.domain.errors import HoeringError
from hoering.domain.freeing import free_in_pieces
from hoering.domain.roles import Permission
from hoering.exchange.mail_files import MailFileKind, find_mail_files, mbox_messages
from hoering.exchange.sms_export import SmsLayout, join_sms_parts, read_sms_export
from hoering.services.access import require
from hoering.services.campaigns import regroup_campaigns_into
from hoering.services.consultations import resolve
from hoering.services.incoming import (
    IncomingResponse,
    OriginalFile,
    incoming_from_mail,
    incoming_from_sms,
    unreadable,
)
from hoering.services.intake_writer import IntakeTarget, write_responses
from hoering.services.memory import full_collections_paused
from hoering.store.database import UnitOfWork

# Messages per transaction from a mailbox, SMS per transaction from an export, and
# mail files per transaction. An SMS is small: 5 000 to a transaction import
# 100 000 a fifth faster than 1 000 (fewer commits rewriting the same index pages)
# and still cancel within a second.
BATCH_SIZE = 1000
SMS_BATCH_SIZE = 5000
FILES_PER_TRANSACTION = 50


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Where an import is: for a progress bar and a line of text under it."""

    done: int
    # What ``done`` counts towards: files for mail, messages for an SMS export.
    total: int
    current: str


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ImportFailure:
    source: str
    reason: str
    # The UNREADABLE response that keeps the original, when it could be stored.
    response_id: int | None


@dataclass(frozen=True, slots=True)
class ImportSummary:
    consultation_id: int
    given: int = 0
    imported: int = 0
    duplicates: int = 0
    set_aside: int = 0
    failed: tuple[ImportFailure, ...] = ()
    late: int = 0
    # Files in the given folders that are not mail (listed, not imported).
    skipped_files: tuple[str, ...] = ()
    cancelled: bool = False
    campaigns: int = 0
    # The ids of the responses this import stored (not the duplicates).
    response_ids: tuple[int, ...] = field(default=(), repr=False)


class _Tally:
    def __init__(self, consultation_id: int) -> None:
        self.consultation_id = consultation_id
        self.given = self.imported = self.duplicates = self.set_aside = self.late = 0
        self.failed: list[ImportFailure] = []
        self.ids: list[int] = []

    def summary(
        self, *, cancelled: bool, campaigns: int, skipped_files: tuple[str, ...] = ()
    ) -> ImportSummary:
        return ImportSummary(
            consultation_id=self.consultation_id,
            given=self.given,
            imported=self.imported,
            duplicates=self.duplicates,
            set_aside=self.set_aside,
            failed=tuple(self.failed),
            late=self.late,
            skipped_files=skipped_files,
            cancelled=cancelled,
            campaigns=campaigns,
            response_ids=tuple(self.ids),
        )


@dataclass(frozen=True, slots=True)
class _Target:
    id: int
    time_zone: str
    keyword: str | None
    intake: IntakeTarget


@full_collections_paused()
def import_mail(
    units: Callable[[], UnitOfWork],
    consultation: str | int | None,
    paths: Sequence[Path],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    files_per_transaction: int = FILES_PER_TRANSACTION,
    regroup: bool = True,
) -> ImportSummary:
    """Import .eml, .msg and .mbox files, and folders of them (searched recursively).

    With ``regroup`` (the default) campaigns are grouped again at the end (see
    :func:`import_sms`).
    """
    target = _target(units, consultation)
    found = find_mail_files(paths)
    tally = _Tally(target.id)
    pending = _Pending(units, target, tally, files_per_transaction)
    cancelled = False
    for number, (path, kind) in enumerate(found.mail):
        if cancel is not None and cancel():
            cancelled = True
            break
        if progress is not None:
            progress(ImportProgress(number, len(found.mail), str(path)))
        if kind is MailFileKind.MBOX:
            pending.flush()
            cancelled = _import_mailbox(units, target, path, tally, cancel)
        elif (incoming := _read_mail_file(target, path, kind, tally)) is not None:
            pending.add(incoming, str(path))
        if cancelled:
            break
    pending.flush()
    if progress is not None and not cancelled:
        progress(ImportProgress(len(found.mail), len(found.mail), ""))
    return tally.summary(
        skipped_files=tuple(str(p) for p in found.skipped),
        cancelled=cancelled,
        campaigns=_regroup(units, target.id) if regroup else 0,
    )


@full_collections_paused()
def import_sms(
    units: Callable[[], UnitOfWork],
    consultation: str | int | None,
    data: bytes,
    filename: str,
    *,
    layout: SmsLayout | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    regroup: bool = True,
) -> ImportSummary:
    """Import a gateway's SMS export (CSV or JSON) with the detected or chosen layout.

    A file that cannot be read at all raises FileFormatError and changes nothing;
    the user corrects the layout and tries again. With ``regroup`` (the default)
    the consultation's campaigns are grouped again at the end; a window may pass
    False and run :func:`hoering.services.campaigns.detect_campaigns` as its own task.
    """
    target = _target(units, consultation)
    rows = join_sms_parts(read_sms_export(data, target.time_zone, layout))
    original = OriginalFile.of(data)
    now = datetime.now(UTC)
    incoming = [
        incoming_from_sms(
            r, target.keyword, original=original, filename=filename, fallback_time=now
        )
        for r in rows
    ]
    tally = _Tally(target.id)
    cancelled = False
    for start in range(0, len(incoming), SMS_BATCH_SIZE):
        if cancel is not None and cancel():
            cancelled = True
            break
        if progress is not None:
            progress(ImportProgress(start, len(incoming), f"{filename}, {rows[start].location}"))
        batch = incoming[start : start + SMS_BATCH_SIZE]
        names = [f"{filename}, {row.location}" for row in rows[start : start + SMS_BATCH_SIZE]]
        _write(units, target, batch, names, tally)
    if progress is not None and not cancelled:
        progress(ImportProgress(len(incoming), len(incoming), ""))
    free_in_pieces(incoming, rows)  # all at once, 100 000 messages would hold the window
    campaigns = _regroup(units, target.id) if regroup else 0
    return tally.summary(cancelled=cancelled, campaigns=campaigns)


def _target(units: Callable[[], UnitOfWork], consultation: str | int | None) -> _Target:
    with units() as uow:
        require(uow, Permission.INTAKE)
        found = resolve(uow.session, None if consultation is None else str(consultation))
        return _Target(found.id, found.time_zone, found.sms_keyword, IntakeTarget.of(found))


class _Pending:
    """Mail files read and waiting to be written together.

    Writing each file in its own transaction would cost more than reading it (ten
    statements and a commit per file), so files are written in groups; a group the
    database refuses is written again file by file, each in its own transaction,
    so a bad file fails alone. Nothing waits longer than the group.
    """

    def __init__(
        self, units: Callable[[], UnitOfWork], target: _Target, tally: _Tally, size: int
    ) -> None:
        self.units, self.target, self.tally, self.size = units, target, tally, max(1, size)
        self.items: list[IncomingResponse] = []
        self.names: list[str] = []

    def add(self, incoming: IncomingResponse, name: str) -> None:
        self.items.append(incoming)
        self.names.append(name)
        if len(self.items) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.items:
            _write(self.units, self.target, self.items, self.names, self.tally)
        self.items, self.names = [], []


def _read_mail_file(
    target: _Target, path: Path, kind: MailFileKind, tally: _Tally
) -> IncomingResponse | None:
    """The file as a response (UNREADABLE if it is no mail); None if the file cannot be read
    at all, which is counted as failed with the reason (the file stays where it is)."""
    try:
        data = path.read_bytes()
        saved_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as error:
        tally.given += 1
        reason = f"Filen kan ikke læses ({error.strerror}); den er ikke importeret."
        tally.failed.append(ImportFailure(str(path), reason, None))
        return None
    return incoming_from_mail(
        data,
        path.name,
        time_zone=target.time_zone,
        outlook=kind is MailFileKind.MSG,
        fallback_time=saved_at,
    )


def _import_mailbox(
    units: Callable[[], UnitOfWork],
    target: _Target,
    path: Path,
    tally: _Tally,
    cancel: CancelCheck | None,
) -> bool:
    """Import an mbox in batches; True if cancelled. An mbox that cannot be opened is
    kept whole as one UNREADABLE response."""
    try:
        saved_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        messages = list(_mailbox_incoming(path, target, saved_at))
    except (OSError, UnicodeError) as error:
        _keep_whole(units, target, path, f"Postkassen kan ikke læses ({error}).", tally)
        return False
    if not messages and path.stat().st_size:
        reason = "Filen indeholder ingen beskeder i mbox-format."
        _keep_whole(units, target, path, reason, tally)
        return False
    for start in range(0, len(messages), BATCH_SIZE):
        if cancel is not None and start and cancel():
            return True
        batch = messages[start : start + BATCH_SIZE]
        names = [f"{path}, {m.original_location}" for m in batch]
        _write(units, target, batch, names, tally)
    return False


def _keep_whole(
    units: Callable[[], UnitOfWork], target: _Target, path: Path, reason: str, tally: _Tally
) -> None:
    """A mailbox that yields no messages is kept whole, as one UNREADABLE response."""
    try:
        data = path.read_bytes()
    except OSError:
        tally.given += 1
        tally.failed.append(ImportFailure(str(path), reason, None))
        return
    whole = unreadable(OriginalFile.of(data), path.name, reason, datetime.now(UTC))
    _write(units, target, [whole], [str(path)], tally)


def _mailbox_incoming(
    path: Path, target: _Target, saved_at: datetime
) -> Iterator[IncomingResponse]:
    for number, data in enumerate(mbox_messages(path), 1):
        yield incoming_from_mail(
            data,
            path.name,
            time_zone=target.time_zone,
            fallback_time=saved_at,
            location=f"besked {number}",
        )


def _write(
    units: Callable[[], UnitOfWork],
    target: _Target,
    batch: Sequence[IncomingResponse],
    names: Sequence[str],
    tally: _Tally,
) -> None:
    """Write a batch in its own transaction and count it; if the database refuses it,
    keep each message on its own, as UNREADABLE with the reason where need be."""
    tally.given += len(batch)
    try:
        with units() as uow:
            written = write_responses(uow.session, target.intake, batch)
            uow.commit()
    except (HoeringError, SQLAlchemyError) as error:
        tally.given -= len(batch)
        if len(batch) > 1:
            for incoming, name in zip(batch, names, strict=True):
                _write(units, target, [incoming], [name], tally)
        else:
            _keep_failed(units, target, batch[0], names[0], reason=_reason(error), tally=tally)
        return
    for incoming, outcome, name in zip(batch, written, names, strict=True):
        if outcome.duplicate:
            tally.duplicates += 1
            continue
        tally.ids.append(outcome.response_id)
        if outcome.status is ResponseStatus.UNREADABLE:
            tally.failed.append(ImportFailure(name, incoming.problem or "", outcome.response_id))
        elif outcome.status is ResponseStatus.SET_ASIDE:
            tally.set_aside += 1
        else:
            tally.imported += 1
        if outcome.timeliness is Timeliness.LATE:
            tally.late += 1


def _keep_failed(
    units: Callable[[], UnitOfWork],
    target: _Target,
    incoming: IncomingResponse,
    name: str,
    *,
    reason: str,
    tally: _Tally,
) -> None:
    """A message the database refused: keep its original alone, as UNREADABLE."""
    tally.given += 1
    kept = None
    if incoming.original is not None and not incoming.unreadable:
        bare = unreadable(
            incoming.original,
            incoming.original_filename or name,
            f"Kunne ikke gemmes ({reason}).",
            incoming.received_at,
            incoming.original_location,
        )
        try:
            with units() as uow:
                [written] = write_responses(uow.session, target.intake, [bare])
                uow.commit()
                kept = written.response_id
        except (HoeringError, SQLAlchemyError):
            kept = None
    tally.failed.append(ImportFailure(name, reason, kept))


def _reason(error: Exception) -> str:
    if isinstance(error, HoeringError):
        return error.message
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]


def _regroup(units: Callable[[], UnitOfWork], consultation_id: int) -> int:
    with units() as uow:
        count = regroup_campaigns_into(uow.session, consultation_id)
        uow.commit()
        return count
