"""Bytes kept exactly as received: e-mails, SMS exports, memos, attachments."""

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.store.models import StoredFile


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_file(session: Session, data: bytes) -> StoredFile:
    """The stored copy of these bytes, added if they are new (content-addressed)."""
    digest = sha256(data)
    existing = session.scalars(select(StoredFile).where(StoredFile.sha256 == digest)).first()
    if existing is not None:
        return existing
    stored = StoredFile(sha256=digest, size=len(data), content=data)
    session.add(stored)
    session.flush()
    return stored
