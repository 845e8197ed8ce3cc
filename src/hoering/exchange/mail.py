"""Reading a saved e-mail (.eml): sender, time, subject, plain-text body and attachments.

Broken mail is read as far as it goes: each part that could not be read is
named in ``problems`` instead of failing the whole message (ECOSYSTEM.md lists
the traps: unknown charsets, raw 8-bit headers, missing or naive dates). A
forwarded mail also yields its original sender and date, as an attached
message or as an inline header block, for the case handler to confirm.
"""

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.exchange.forwarded import ForwardedOrigin, find_inline_forward, parse_sender
from hoering.exchange.html_text import html_to_text
from hoering.exchange.tnef import is_tnef, unpack_tnef


@dataclass(frozen=True, slots=True)
class MailAttachment:
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class IncomingMail:
    sender_name: str | None
    sender_address: str | None
    # None when the mail has no usable Date header (aware otherwise).
    sent_at: datetime | None
    subject: str | None
    body: str
    message_id: str | None
    attachments: tuple[MailAttachment, ...]
    problems: tuple[str, ...]
    # When the receiving server got it (the newest Received header), if it says.
    server_received_at: datetime | None = None
    forwarded: ForwardedOrigin | None = None


class _Message(EmailMessage):
    """A message (and each of its parts) that reads its Content-Type once.

    The email package parses the header again whenever it is asked for the type,
    a dozen times per mail (finding the body, the attachments, decoding), which
    was most of the time spent reading one. The answer is kept until the headers
    or the default type change.
    """

    def get_content_type(self) -> str:
        key = (len(self.keys()), self.get_default_type())
        cached: tuple[tuple[int, str], str] | None = self.__dict__.get("_content_type")
        if cached is None or cached[0] != key:
            cached = (key, super().get_content_type())
            self.__dict__["_content_type"] = cached
        return cached[1]


_POLICY = policy.default.clone(message_factory=_Message)


def read_email(data: bytes, time_zone: str = DEFAULT_TIME_ZONE) -> IncomingMail:
    """Everything a case handler needs from a saved mail; never raises on a broken one."""
    message = BytesParser(policy=_POLICY).parsebytes(data)
    assert isinstance(message, EmailMessage)
    problems: list[str] = []
    name, address = _sender(message, problems)
    attachments, wrapped_text = _unwrap_winmail(_attachments(message, problems), problems)
    body = _body_text(message, problems, wrapped_text)
    return IncomingMail(
        sender_name=name,
        sender_address=address,
        sent_at=_sent_at(message, problems),
        subject=_header(message, "subject", problems),
        body=body,
        message_id=_header(message, "message-id", problems),
        attachments=tuple(attachments),
        problems=tuple(problems),
        server_received_at=_server_received_at(message),
        forwarded=_attached_original(attachments) or find_inline_forward(body, time_zone),
    )


def _header(message: EmailMessage, name: str, problems: list[str]) -> str | None:
    try:
        value = message[name]
    except Exception as error:  # a malformed header raises while it is parsed
        problems.append(f"Feltet {name} kan ikke læses ({error}).")
        return _raw_header(message, name)
    if value is None:
        return None
    text = str(value).strip()
    if "\ufffd" in text:  # raw 8-bit bytes: recover them from the source
        return _raw_header(message, name) or text
    return text or None


def _raw_header(message: Message, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name:
            raw = str(value).encode("utf-8", "surrogateescape")
            for charset in ("utf-8", "cp1252"):
                try:
                    return raw.decode(charset).strip()
                except UnicodeDecodeError:
                    continue
    return None


def _sender(message: EmailMessage, problems: list[str]) -> tuple[str | None, str | None]:
    value = _header(message, "from", problems)
    if not value:
        problems.append("Afsenderen mangler.")
        return None, None
    name, address = parseaddr(value)
    return (name.strip() or None), (address.strip().lower() or None)


def _server_received_at(message: EmailMessage) -> datetime | None:
    """The date of the topmost Received header: when the last server took the mail."""
    for key, value in message.raw_items():
        if key.lower() == "received" and ";" in str(value):
            try:
                received = parsedate_to_datetime(str(value).rsplit(";", 1)[1].strip())
            except (TypeError, ValueError, IndexError):
                return None
            return received if received.tzinfo is not None else None
    return None


def _attached_original(attachments: list[MailAttachment]) -> ForwardedOrigin | None:
    """Sender and date of a forwarded mail attached whole (message/rfc822)."""
    for attachment in attachments:
        if attachment.media_type != "message/rfc822" or not attachment.data:
            continue
        inner = BytesParser(policy=_POLICY).parsebytes(attachment.data, headersonly=True)
        assert isinstance(inner, EmailMessage)
        ignored: list[str] = []
        sender = _header(inner, "from", ignored)
        name, address = parse_sender(sender) if sender else (None, None)
        return ForwardedOrigin(
            sender_name=name,
            sender_address=address,
            sent_at=_sent_at(inner, ignored),
            subject=_header(inner, "subject", ignored),
        )
    return None


def _sent_at(message: EmailMessage, problems: list[str]) -> datetime | None:
    value = _header(message, "date", problems)
    if not value:
        problems.append("Afsendelsestidspunktet mangler.")
        return None
    try:
        sent = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        problems.append(f"Afsendelsestidspunktet »{value}« kan ikke læses.")
        return None
    if sent.tzinfo is None:
        problems.append(f"Afsendelsestidspunktet »{value}« har ingen tidszone.")
        return None
    return sent


def _body_text(message: EmailMessage, problems: list[str], wrapped_text: str) -> str:
    """The preferred body (plain, then HTML); if that is empty, any other text part,
    then the text of a winmail.dat."""
    preferred = message.get_body(preferencelist=("plain", "html"))
    if preferred is not None and (text := _part_text(preferred, problems)):
        return text
    for candidate in _text_parts(message):
        if candidate is not preferred and (text := _part_text(candidate, problems)):
            return text
    if wrapped_text:
        return wrapped_text
    problems.append("E-mailen har ingen tekst.")
    return ""


def _part_text(part: MIMEPart, problems: list[str]) -> str:
    text = _decoded_text(part, problems)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _text_parts(message: EmailMessage) -> list[MIMEPart]:
    return [
        part
        for part in message.walk()
        if isinstance(part, MIMEPart)
        and part.get_content_maintype() == "text"
        and not part.is_attachment()
    ]


def _decoded_text(part: MIMEPart, problems: list[str]) -> str:
    """The text as its declared charset says; if that fails or garbles it, UTF-8, then
    Windows-1252 (what Danish mail clients send undeclared)."""
    try:
        content = part.get_content()
        if isinstance(content, str) and "\ufffd" not in content:
            return content
    except (LookupError, UnicodeDecodeError, AssertionError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(
            "Tegnsættet i e-mailens tekst er ukendt eller forkert angivet; "
            "teksten er læst som Windows-1252."
        )
        return payload.decode("cp1252", errors="replace")


def _attachments(message: EmailMessage, problems: list[str]) -> list[MailAttachment]:
    found = []
    for number, part in enumerate(message.iter_attachments(), 1):
        if not isinstance(part, MIMEPart):
            continue
        filename = part.get_filename() or f"bilag-{number}"
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
            data = inner.as_bytes() if isinstance(inner, Message) else b""
            filename = part.get_filename() or f"videresendt-{number}.eml"
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        if not data:
            problems.append(f"Bilaget {filename} er tomt eller kan ikke læses.")
        found.append(MailAttachment(filename, part.get_content_type(), data))
    return found


def _unwrap_winmail(
    attachments: list[MailAttachment], problems: list[str]
) -> tuple[list[MailAttachment], str]:
    """Each winmail.dat replaced by the files it holds; and the text it holds."""
    unwrapped: list[MailAttachment] = []
    texts = []
    for attachment in attachments:
        if not is_tnef(attachment.filename, attachment.media_type):
            unwrapped.append(attachment)
            continue
        try:
            content = unpack_tnef(attachment.data)
        except ValueError:
            problems.append(f"Outlook-bilaget {attachment.filename} kan ikke pakkes ud.")
            unwrapped.append(attachment)
            continue
        unwrapped += (MailAttachment(f.filename, f.media_type, f.data) for f in content.files)
        texts.append(content.text)
    return unwrapped, "\n\n".join(t for t in texts if t)
