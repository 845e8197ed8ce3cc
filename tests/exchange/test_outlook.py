"""Outlook .msg files: built ones with Danish content, and a real one from Outlook."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from hoering.domain.errors import FileFormatError
from hoering.exchange.outlook import read_outlook_msg
from tests.support.msg_files import MsgAttachment, build_msg

REAL_MSG = Path(__file__).parents[1] / "data" / "msg" / "no-attachments.msg"


def citizen_msg(**changes: object) -> bytes:
    fields: dict[str, object] = {
        "subject": "Høringssvar om cykelstier i Måløv",
        "body": "Kære Ballerup Kommune\r\n\r\nFlere cykelstier i Måløv, tak.\r\n\r\nKaren",
        "sender_name": "Karen Ærbødig",
        "sender_address": "Karen@Example.org",
        "sent_at": datetime(2023, 4, 30, 21, 58, tzinfo=UTC),
        "message_id": "<outlook-1@example.org>",
    }
    fields.update(changes)
    return build_msg(**fields)  # type: ignore[arg-type]


def test_an_outlook_message_reads_like_an_eml() -> None:
    mail = read_outlook_msg(citizen_msg())
    assert (mail.sender_name, mail.sender_address) == ("Karen Ærbødig", "karen@example.org")
    assert mail.subject == "Høringssvar om cykelstier i Måløv"
    assert mail.sent_at == datetime(2023, 4, 30, 21, 58, tzinfo=UTC)
    assert mail.body == "Kære Ballerup Kommune\n\nFlere cykelstier i Måløv, tak.\n\nKaren"
    assert mail.message_id == "<outlook-1@example.org>"
    assert mail.problems == ()


def test_attachments_small_and_large_are_kept_whole() -> None:
    big = bytes(range(256)) * 40  # over 4096 bytes: stored outside the mini stream
    mail = read_outlook_msg(
        citizen_msg(
            attachments=(
                MsgAttachment("skitse.png", big, "image/png"),
                MsgAttachment("noter.txt", "Ønsker\n".encode(), "text/plain"),
            )
        )
    )
    assert [(a.filename, a.media_type, a.data) for a in mail.attachments] == [
        ("skitse.png", "image/png", big),
        ("noter.txt", "text/plain", "Ønsker\n".encode()),
    ]


def test_html_only_message_becomes_text() -> None:
    mail = read_outlook_msg(
        citizen_msg(body=None, html="<html><body><p>Plant <b>flere</b> træer</p></body></html>")
    )
    assert mail.body == "Plant flere træer"


def test_inline_forward_in_an_outlook_message_is_offered() -> None:
    body = "Fra: Anne <anne@example.net>\r\nSendt: 30. april 2023 23:59\r\nEmne: Svar\r\n\r\nTekst"
    mail = read_outlook_msg(citizen_msg(body=body))
    assert mail.forwarded is not None
    assert mail.forwarded.sender_address == "anne@example.net"


def test_the_real_outlook_sample_has_an_unset_time() -> None:
    mail = read_outlook_msg(REAL_MSG.read_bytes())
    assert mail.subject == "This is the subject"
    assert mail.sender_address == "peterpan@neverland.com"
    assert mail.body == "This is a message"
    assert mail.sent_at is None  # MAPI's zero time, 1 January 1601
    assert "Afsendelsestidspunktet mangler." in mail.problems


@pytest.mark.parametrize(
    "data",
    [b"", b"From: x\r\n\r\nnot outlook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600],
    ids=["empty", "eml", "broken-compound-file"],
)
def test_what_is_no_outlook_message_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(FileFormatError) as raised:
        read_outlook_msg(data)
    assert "Outlook" in raised.value.message
