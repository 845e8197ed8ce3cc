"""Reading an Outlook message saved as .msg (a Compound File of MAPI properties).

python-oxmsg (MIT) reads the properties. What comes out is the same
:class:`IncomingMail` a saved .eml gives, so the rest of intake does not care
which client saved the mail.
"""

from datetime import UTC, datetime

from oxmsg import Message
from oxmsg.domain import constants

from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.domain.errors import FileFormatError
from hoering.exchange.forwarded import find_inline_forward, parse_sender
from hoering.exchange.html_text import html_to_text
from hoering.exchange.mail import IncomingMail, MailAttachment

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# MAPI leaves a time at its zero (1 January 1601) when it was never set, e.g. in a draft.
_NO_TIME = datetime(1700, 1, 1, tzinfo=UTC)


def read_outlook_msg(data: bytes, time_zone: str = DEFAULT_TIME_ZONE) -> IncomingMail:
    """Sender, time, subject, text and attachments of a .msg; FileFormatError if it is none."""
    if not data.startswith(OLE_SIGNATURE):
        raise FileFormatError("Filen er ikke en Outlook-meddelelse (.msg).")
    try:
        message = Message.load(data)
        return _read(message, time_zone)
    except FileFormatError:
        raise
    except Exception as error:  # a damaged compound file fails in many ways inside the library
        raise FileFormatError(f"Outlook-meddelelsen kan ikke læses ({error}).") from error


def _read(message: Message, time_zone: str) -> IncomingMail:
    problems: list[str] = []
    name, address = parse_sender(message.sender) if message.sender else (None, None)
    if name is None and address is None:
        problems.append("Afsenderen mangler.")
    sent_at = message.sent_date
    if sent_at is None or sent_at < _NO_TIME:
        problems.append("Afsendelsestidspunktet mangler.")
        sent_at = None
    body = _body(message)
    if not body:
        problems.append("E-mailen har ingen tekst.")
    received = message.properties.date_prop_value(constants.PID_MESSAGE_DELIVERY_TIME)
    return IncomingMail(
        sender_name=name,
        sender_address=address,
        sent_at=sent_at,
        subject=message.subject or None,
        body=body,
        message_id=message.properties.str_prop_value(constants.PID_INTERNET_MESSAGE_ID) or None,
        attachments=tuple(_attachments(message, problems)),
        problems=tuple(problems),
        server_received_at=received if received is not None and received > _NO_TIME else None,
        forwarded=find_inline_forward(body, time_zone),
    )


def _body(message: Message) -> str:
    text = (message.body or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if text:
        return text
    return html_to_text(message.html_body or "")


def _attachments(message: Message, problems: list[str]) -> list[MailAttachment]:
    found = []
    for number, attachment in enumerate(message.attachments, 1):
        filename = attachment.file_name or f"bilag-{number}"
        data = attachment.file_bytes or b""
        if not data:
            problems.append(
                f"Bilaget {filename} kan ikke læses her (fx en vedhæftet Outlook-meddelelse); "
                "det findes i den originale fil."
            )
            continue
        found.append(MailAttachment(filename, attachment.mime_type or "", data))
    return found
