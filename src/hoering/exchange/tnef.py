"""Outlook's winmail.dat (TNEF, application/ms-tnef): the files and text it wraps.

Outlook sends rich-text mail to other clients as an ordinary mail with one
winmail.dat attachment; the real attachments, and sometimes the only copy of
the text, are inside it. The mail's original bytes are kept anyway, so the
winmail.dat itself is replaced by what it holds.
"""

import mimetypes
from dataclasses import dataclass

from tnefparse import TNEF, TNEFAttachment  # type: ignore[import-untyped]

from hoering.exchange.html_text import html_to_text

_MEDIA_TYPE = "application/ms-tnef"


@dataclass(frozen=True, slots=True)
class TnefFile:
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class TnefContent:
    text: str
    files: tuple[TnefFile, ...]


def is_tnef(filename: str, media_type: str) -> bool:
    return media_type == _MEDIA_TYPE or filename.lower() == "winmail.dat"


def unpack_tnef(data: bytes) -> TnefContent:
    """The text and files of a winmail.dat; ValueError when it cannot be read."""
    try:
        tnef = TNEF(data, do_checksum=False)
        files = tuple(_file(item, number) for number, item in enumerate(tnef.attachments, 1))
        return TnefContent(_text(tnef), files)
    except Exception as error:  # tnefparse raises whatever a corrupt stream makes it hit
        raise ValueError(f"not a readable TNEF stream: {error}") from error


def _file(item: TNEFAttachment, number: int) -> TnefFile:
    name = _decoded(item.long_filename() or "").strip() or f"bilag-{number}"
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return TnefFile(name, media_type, bytes(item.data))


def _text(tnef: TNEF) -> str:
    """The plain body, else the HTML body as text (the RTF body is left: it needs
    a decompressor and an RTF reader, and Outlook writes one of the others too)."""
    if tnef.body:
        return _decoded(tnef.body).strip()
    if tnef.htmlbody:
        return html_to_text(_decoded(tnef.htmlbody)).strip()
    return ""


def _decoded(value: str | bytes) -> str:
    if isinstance(value, str):
        return value.strip("\x00")
    try:
        return value.decode("utf-8").strip("\x00")
    except UnicodeDecodeError:
        return value.decode("cp1252", errors="replace").strip("\x00")
