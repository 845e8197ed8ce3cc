"""Finding the mail in what a user gives: .eml, .msg and .mbox files, and folders of them.

Folders are searched recursively in name order, so a second import meets the
files in the same order. An .mbox yields each message's own bytes, as stored
in the mailbox, so each is kept and recognised again on its own.
"""

import mailbox
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hoering.exchange.outlook import OLE_SIGNATURE


class MailFileKind(StrEnum):
    EML = "eml"
    MSG = "msg"
    MBOX = "mbox"


_EXTENSIONS = {
    ".eml": MailFileKind.EML,
    ".msg": MailFileKind.MSG,
    ".mbox": MailFileKind.MBOX,
    ".mbx": MailFileKind.MBOX,
}


@dataclass(frozen=True, slots=True)
class FoundFiles:
    mail: tuple[tuple[Path, MailFileKind], ...]
    # Files in the given folders that are not mail (Thumbs.db …): listed, not imported.
    skipped: tuple[Path, ...]


def find_mail_files(paths: Iterable[Path]) -> FoundFiles:
    """The mail files among the paths; a file named directly is always taken."""
    mail: list[tuple[Path, MailFileKind]] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                kind = _EXTENSIONS.get(found.suffix.lower())
                if kind is None:
                    skipped.append(found)
                else:
                    mail.append((found, kind))
        else:
            mail.append((path, _EXTENSIONS.get(path.suffix.lower()) or sniff_kind(path)))
    return FoundFiles(tuple(mail), tuple(skipped))


def sniff_kind(path: Path) -> MailFileKind:
    """The kind of a mail file without a known extension, from its first bytes."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError:
        return MailFileKind.EML  # reading it fails again later, with the reason
    if head.startswith(OLE_SIGNATURE):
        return MailFileKind.MSG
    if head.startswith(b"From "):
        return MailFileKind.MBOX
    return MailFileKind.EML


def mbox_messages(path: Path) -> Iterator[bytes]:
    """Each message of an mbox file, as its own bytes (the "From " separator line excluded)."""
    box = mailbox.mbox(path, create=False)  # get_bytes() never builds a message object
    try:
        for key in box.iterkeys():
            yield box.get_bytes(key)
    finally:
        box.close()
