"""The register of exported files: every file written out of the program is recorded
with who wrote it, when, what it holds and whose personal data it contained.

A citizen who asks what the municipality has passed on about them, or a data
protection officer after a lost laptop, gets the answer from here.
"""

import hashlib
import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hoering.domain.enums import ExportKind
from hoering.domain.errors import InvalidInputError
from hoering.store.database import UnitOfWork
from hoering.store.models import FileExport, Respondent, file_export_subject

KIND_LABEL = {
    ExportKind.ANNEX: "bilag",
    ExportKind.AUDIT_LOG: "ændringslog",
    ExportKind.PACKAGE: "udvalgspakke",
    ExportKind.ORIGINAL: "originalt høringssvar",
    ExportKind.ATTACHMENT: "bilag til høringssvar",
    ExportKind.BACKUP: "sikkerhedskopi",
}


@dataclass(frozen=True, slots=True)
class ExportView:
    id: int
    kind: ExportKind
    consultation_id: int | None
    exported_at: datetime
    exported_by: str
    filename: str
    sha256: str
    size: int
    personal_data: bool
    description: str
    # The respondents whose personal data the file held.
    subjects: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class WrittenFile:
    path: Path
    sha256: str
    size: int


def record_export(
    session: Session,
    *,
    kind: ExportKind,
    written: WrittenFile,
    actor: str,
    description: str,
    consultation_id: int | None = None,
    personal_data: bool = False,
    subjects: Iterable[int] = (),
) -> FileExport:
    """Register a file just written, in the open transaction (no commit)."""
    export = FileExport(
        kind=kind,
        consultation_id=consultation_id,
        exported_by=actor,
        filename=written.path.name,
        sha256=written.sha256,
        size=written.size,
        personal_data=personal_data,
        description=description,
    )
    wanted = sorted(set(subjects))
    if wanted:
        export.subjects = list(session.scalars(select(Respondent).where(Respondent.id.in_(wanted))))
    session.add(export)
    session.flush()
    return export


@contextmanager
def saved_file(path: Path, data: bytes) -> Iterator[WrittenFile]:
    """Save bytes the user asked for; the file is removed again if the block fails (the
    export could not be registered)."""
    try:
        path.write_bytes(data)
    except OSError as error:
        raise InvalidInputError(f"Kan ikke skrive {path} ({error.strerror}).") from error
    try:
        yield WrittenFile(path, hashlib.sha256(data).hexdigest(), len(data))
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def output_path(out: Path, suffixes: tuple[str, ...], wrong_suffix: str) -> Path:
    """The file to write, checked before any work: a known kind, in a folder that exists
    and may be written to."""
    target = out.expanduser()
    if target.suffix.lower() not in suffixes:
        raise InvalidInputError(wrong_suffix)
    if target.is_dir():
        raise InvalidInputError(f"{out} er en mappe; angiv et filnavn.")
    folder = target.parent.resolve()
    if not folder.is_dir():
        raise InvalidInputError(f"Mappen findes ikke: {folder}")
    if not os.access(folder, os.W_OK):
        raise InvalidInputError(f"Høring må ikke skrive i mappen {folder}.")
    return folder / target.name


@contextmanager
def file_beside(target: Path) -> Iterator[Path]:
    """A new file in the target's folder, removed unless it was moved into place.

    A half-written export is never left under the target's name. Made with
    ``open`` rather than ``mkstemp`` so the file gets the user's usual permissions,
    not owner-only ones.
    """
    path = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}")
    try:
        path.open("xb").close()
    except OSError as error:
        raise InvalidInputError(
            f"Kan ikke skrive i mappen {target.parent} ({error.strerror})."
        ) from error
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def move_into_place(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except OSError as error:
        raise InvalidInputError(
            f"Kan ikke gemme {target} ({error.strerror}); er filen åben i et andet program?"
        ) from error


def hash_file(path: Path) -> tuple[str, int]:
    """SHA-256 and size of a file."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def list_exports(
    uow: UnitOfWork, *, consultation_id: int | None = None, respondent_id: int | None = None
) -> list[ExportView]:
    """The register, newest first; only one consultation's files, or only the files that
    held one respondent's personal data, when asked."""
    with uow:
        query = (
            select(FileExport)
            .options(selectinload(FileExport.subjects))
            .order_by(FileExport.exported_at.desc(), FileExport.id.desc())
        )
        if consultation_id is not None:
            query = query.where(FileExport.consultation_id == consultation_id)
        if respondent_id is not None:
            query = query.where(
                FileExport.id.in_(
                    select(file_export_subject.c.file_export_id).where(
                        file_export_subject.c.respondent_id == respondent_id
                    )
                )
            )
        return [_view(e) for e in uow.session.scalars(query)]


def _view(export: FileExport) -> ExportView:
    return ExportView(
        id=export.id,
        kind=export.kind,
        consultation_id=export.consultation_id,
        exported_at=export.exported_at,
        exported_by=export.exported_by,
        filename=export.filename,
        sha256=export.sha256,
        size=export.size,
        personal_data=export.personal_data,
        description=export.description,
        subjects=tuple(r.id for r in export.subjects),
    )
