"""What arrived, before it is logged: mails, SMS rows and typed entries as one shape.

Conversions never raise on bad input: a file that cannot be read becomes an
UNREADABLE response that keeps it, and anything a person must decide about
carries a ``problem`` and is set aside.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.domain.enums import Channel, ResponseStatus
from hoering.domain.errors import HoeringError
from hoering.domain.sms import KeywordMatch, normalise_phone, strip_keyword
from hoering.exchange.mail import IncomingMail, read_email
from hoering.exchange.outlook import read_outlook_msg
from hoering.exchange.sms_export import SmsRow
from hoering.services.files import sha256


@dataclass(frozen=True, slots=True)
class OriginalFile:
    """Bytes as received, with their digest computed once (an SMS export is shared by
    all its messages)."""

    data: bytes
    sha256: str

    @classmethod
    def of(cls, data: bytes) -> "OriginalFile":
        return cls(data, sha256(data))


@dataclass(frozen=True, slots=True)
class IncomingAttachment:
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class IncomingResponse:
    channel: Channel
    received_at: datetime
    body: str
    sender_name: str | None = None
    # An e-mail address, or a phone number in +45XXXXXXXX form.
    sender_address: str | None = None
    subject: str | None = None
    original: OriginalFile | None = None
    original_filename: str | None = None
    # Where in the original the message is ("linje 12", "besked 3").
    original_location: str | None = None
    # Identity of the message itself; the original's digest when not given.
    digest: str | None = None
    external_id: str | None = None
    attachments: tuple[IncomingAttachment, ...] = ()
    # Set when a person must decide about the response (wrong keyword, guessed time …).
    problem: str | None = None
    unreadable: bool = False
    # A known respondent chosen by the case handler (manual entry).
    respondent_id: int | None = None
    # A forwarded mail's original sender and date, offered for confirmation.
    suggested_sender_name: str | None = None
    suggested_sender_address: str | None = None
    suggested_received_at: datetime | None = None

    @property
    def identity(self) -> str | None:
        return self.digest or (self.original.sha256 if self.original else None)

    @property
    def status(self) -> ResponseStatus:
        if self.unreadable:
            return ResponseStatus.UNREADABLE
        return ResponseStatus.SET_ASIDE if self.problem else ResponseStatus.RECEIVED


def incoming_from_mail(
    data: bytes,
    filename: str,
    *,
    time_zone: str = DEFAULT_TIME_ZONE,
    outlook: bool = False,
    fallback_time: datetime | None = None,
    location: str | None = None,
) -> IncomingResponse:
    """A saved mail (.eml, or .msg with ``outlook``) as a response; never raises.

    It was received when it was sent (its Date), else when the receiving server
    took it (Received); without either it gets ``fallback_time`` (the file's time)
    and is set aside to have its time checked. A file that is no mail at all is
    kept as UNREADABLE with the reason.
    """
    original = OriginalFile.of(data)
    fallback = fallback_time or datetime.now(UTC)
    try:
        mail = read_outlook_msg(data, time_zone) if outlook else read_email(data, time_zone)
    except HoeringError as error:
        return unreadable(original, filename, error.message, fallback, location)
    except Exception as error:  # the mail library's own failures on mangled input
        reason = f"E-mailen kan ikke læses ({type(error).__name__}: {error})."
        return unreadable(original, filename, reason, fallback, location)
    if not _looks_like_mail(mail):
        return unreadable(original, filename, "Filen er ikke en e-mail.", fallback, location)
    received_at = mail.sent_at or mail.server_received_at
    problem = None
    if received_at is None:
        received_at = fallback
        problem = (
            "E-mailen har intet brugbart tidspunkt; modtagelsestidspunktet er sat til "
            f"{fallback.astimezone(ZoneInfo(time_zone)):%d-%m-%Y %H:%M}. Ret det."
        )
    forwarded = mail.forwarded
    return IncomingResponse(
        channel=Channel.EMAIL,
        received_at=received_at,
        body=mail.body,
        sender_name=_fit(mail.sender_name, 300),
        sender_address=_fit(mail.sender_address, 320),
        subject=mail.subject,
        original=original,
        original_filename=_fit(filename, 500),
        original_location=location,
        external_id=_fit(mail.message_id, 500),
        attachments=tuple(
            IncomingAttachment(
                _fit(a.filename, 500) or "bilag", _fit(a.media_type, 200) or "", a.data
            )
            for a in mail.attachments
        ),
        problem=problem,
        suggested_sender_name=_fit(forwarded.sender_name, 300) if forwarded else None,
        suggested_sender_address=_fit(forwarded.sender_address, 320) if forwarded else None,
        suggested_received_at=forwarded.sent_at if forwarded else None,
    )


def unreadable(
    original: OriginalFile,
    filename: str,
    reason: str,
    received_at: datetime,
    location: str | None = None,
) -> IncomingResponse:
    """A file that could not be read, kept whole for manual handling."""
    return IncomingResponse(
        channel=Channel.EMAIL,
        received_at=received_at,
        body="",
        original=original,
        original_filename=_fit(filename, 500),
        original_location=location,
        problem=reason,
        unreadable=True,
    )


def incoming_from_sms(
    row: SmsRow,
    keyword: str | None,
    *,
    original: OriginalFile | None = None,
    filename: str | None = None,
    fallback_time: datetime | None = None,
) -> IncomingResponse:
    """An SMS as a response; a wrong or empty keyword sets it aside for a decision.

    ``original`` is the export file the row came from (kept once for all its rows);
    the message's own identity is its id, sender, time and text, so the same
    message in a later export is recognised even if the export looks different.
    """
    text, keyword_problem = sms_text(row.text, keyword)
    problems = [keyword_problem, row.problem]
    phone = normalise_phone(row.sender)
    if phone is None:
        problems.append(
            f"Afsenderens nummer »{row.sender}« kan ikke læses (fx ødelagt af Excel); ret det."
        )
    received_at = row.received_at
    if received_at is None:
        received_at = fallback_time or datetime.now(UTC)
        problems.append(
            f"SMS'ens tidspunkt »{row.received_text}« kan ikke læses; "
            "vælg datoformatet eller ret tidspunktet."
        )
    when = row.received_at.astimezone(UTC).isoformat() if row.received_at else row.received_text
    identity = "\x1f".join((row.external_id or "", phone or row.sender, when, row.text))
    return IncomingResponse(
        channel=Channel.SMS,
        received_at=received_at,
        body=text,
        sender_address=phone,
        original=original,
        original_filename=filename,
        original_location=row.location,
        digest=sha256(identity.encode("utf-8")),
        external_id=_fit(row.external_id, 500),
        problem=" ".join(p for p in problems if p) or None,
    )


def sms_text(message: str, keyword: str | None) -> tuple[str, str | None]:
    """An SMS's text without the consultation's keyword, and why it must be set aside
    (keyword only, another keyword, no keyword), if it must."""
    found = strip_keyword(message, keyword or "")
    problem = {
        KeywordMatch.EMPTY: "SMS'en har kodeordet, men ingen tekst.",
        KeywordMatch.OTHER: "SMS'en har et andet kodeord end høringens.",
        KeywordMatch.MISSING: "SMS'en mangler høringens kodeord." if keyword else None,
    }.get(found.match)
    return found.text, problem


def _looks_like_mail(mail: IncomingMail) -> bool:
    """Any bytes parse as a mail without headers; a real one has at least a sender, a
    date, a Message-ID or a subject."""
    return bool(mail.sender_address or mail.sent_at or mail.message_id or mail.subject)


def _fit(text: str | None, length: int) -> str | None:
    """Cut what a sender controls to the column's size (PostgreSQL refuses longer text)."""
    return text[:length] if text else text
