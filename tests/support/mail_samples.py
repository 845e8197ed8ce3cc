"""E-mails in the shapes mail clients send them, written out byte for byte.

Each sample is what a case handler might save from Outlook, Gmail, Apple Mail
or a webmail: CRLF line ends, MIME structures, transfer encodings, charsets
and encoded headers as those clients write them. ``EXPECTED`` says what the
case handler must see for each.
"""

import base64
import hashlib
import quopri
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

CEST = timezone(timedelta(hours=2))
UTC0 = UTC


@dataclass(frozen=True)
class Expected:
    sender_name: str | None
    sender_address: str | None
    subject: str | None
    sent_at: datetime | None
    body_contains: tuple[str, ...]
    attachments: tuple[str, ...] = ()


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _message(headers: str, body: bytes) -> bytes:
    return _crlf(headers.strip("\n") + "\n\n").encode("utf-8") + body


def _qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(_crlf(text).encode(charset))


def _b64(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + b"\r\n"


def alternative_qp() -> bytes:
    """Outlook: multipart/alternative, quoted-printable UTF-8 plain and HTML parts."""
    plain = "Kære Ballerup Kommune\n\nJeg ønsker flere cykelstier langs Ballerup Boulevard.\n"
    html = "<html><body><p>Kære Ballerup Kommune</p><p>Jeg ønsker <b>flere</b> cykelstier.</p>"
    return _message(
        """
From: =?utf-8?Q?S=C3=B8ren_=C3=98stergaard?= <Soeren@Example.ORG>
To: klima@balk.dk
Subject: =?utf-8?Q?H=C3=B8ringssvar_om_cykelstier?=
Date: Sat, 29 Apr 2023 14:03:11 +0200
Message-ID: <alt-qp-1@example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_alt_"
""",
        b'--_000_alt_\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + _qp(plain, "utf-8")
        + b'\r\n--_000_alt_\r\nContent-Type: text/html; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + _qp(html, "utf-8")
        + b"\r\n--_000_alt_--\r\n",
    )


def html_only_base64() -> bytes:
    """A webmail that sends HTML only, base64-encoded, with entities and a style block."""
    html = (
        "<html><head><style>p{color:red}</style></head><body>"
        "<p>Hej&nbsp;kommune,</p><p>Plant flere tr&aelig;er &amp; lad gr&oslash;ftekanter gro.</p>"
        "<ul><li>Skov ved Egebjerg</li><li>Blomster i rabatterne</li></ul>"
        "<p>Hilsen<br>Lone</p></body></html>"
    )
    return _message(
        """
From: Lone Demosen <lone@example.net>
Subject: Natur
Date: Mon, 17 Apr 2023 09:00:00 +0200
Message-ID: <html-b64@example.net>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64
""",
        _b64(html.encode("utf-8")),
    )


def latin1_qp() -> bytes:
    """An older client: ISO-8859-1, quoted-printable, encoded-word subject in ISO-8859-1."""
    text = "Genbrugspladsen bør have en byttecentral for møbler og brædder.\n"
    return _message(
        """
From: Poul Testesen <poul@example.net>
Subject: =?iso-8859-1?Q?Genbrug_p=E5_pladsen?=
Date: Tue, 11 Apr 2023 16:20:00 +0200
Message-ID: <latin1@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable
""",
        _qp(text, "iso-8859-1"),
    )


def windows1252_8bit() -> bytes:
    """Windows-1252 8bit with typographic quotes and a euro sign; subject in base64 words."""
    text = "Solceller på alle skoletage – det betaler sig: “vi sparer 1 mio. €”.\n"
    return _message(
        """
From: "Jens, Prøvesen" <jens@example.com>
Subject: =?windows-1252?B?U29sY2VsbGVyIHDlIHNrb2xlcm5l?=
Date: Wed, 26 Apr 2023 22:15:00 +0200
Message-ID: <cp1252@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit
""".replace('"Jens, Prøvesen"', "=?windows-1252?Q?Jens_Pr=F8vesen?="),
        _crlf(text).encode("cp1252"),
    )


def with_pdf_attachment() -> bytes:
    """multipart/mixed: a short text and a PDF attachment with an encoded filename."""
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    return _message(
        """
From: Grundejerforeningen Eksempel <bestyrelsen@example.org>
Subject: Vores høringssvar (vedhæftet)
Date: Fri, 28 Apr 2023 12:00:00 +0200
Message-ID: <pdf-att@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mixed-1"
""".replace(
            "Vores høringssvar (vedhæftet)",
            "=?utf-8?Q?Vores_h=C3=B8ringssvar_=28vedh=C3=A6ftet=29?=",
        ),
        b"--mixed-1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Se vores h\xc3\xb8ringssvar i den vedh\xc3\xa6ftede fil.\r\n"
        b'--mixed-1\r\nContent-Type: application/pdf; name="=?utf-8?Q?h=C3=B8ringssvar.pdf?="\r\n'
        b"Content-Disposition: attachment; filename*=utf-8''h%C3%B8ringssvar.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + _b64(pdf) + b"--mixed-1--\r\n",
    )


def forwarded_as_attachment() -> bytes:
    """A colleague forwards a citizen's mail as an attachment (message/rfc822)."""
    inner = _message(
        """
From: Borger Eksempel <borger@example.com>
To: jens.kollega@balk.dk
Subject: Mit svar om busser
Date: Sun, 30 Apr 2023 21:30:00 +0200
Message-ID: <inner-1@example.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
""",
        "Busserne skal køre oftere om aftenen.\r\n".encode(),
    )
    return _message(
        """
From: Jens Kollega <jens.kollega@balk.dk>
To: klima@balk.dk
Subject: VS: Mit svar om busser
Date: Tue, 02 May 2023 08:10:00 +0200
Message-ID: <fwd-att@balk.dk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fwd"
""",
        b"--fwd\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Videresendt fra min indbakke, kom fredag.\r\n"
        b"--fwd\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
        + inner
        + b"\r\n--fwd--\r\n",
    )


def forwarded_inline_danish_outlook() -> bytes:
    """Danish Outlook's inline forward: "Fra:/Sendt:/Til:/Emne:" above the original."""
    text = (
        "Til rette vedkommende.\n\n"
        "Fra: Anne Borger <anne.borger@example.net>\n"
        "Sendt: 30. april 2023 23:59\n"
        "Til: Jens Kollega <jens.kollega@balk.dk>\n"
        "Emne: Høringssvar klimaplan\n\n"
        "Husk cyklisterne i Skovlunde.\n"
    )
    return _message(
        """
From: Jens Kollega <jens.kollega@balk.dk>
Subject: =?utf-8?Q?VS=3A_H=C3=B8ringssvar_klimaplan?=
Date: Wed, 03 May 2023 09:00:00 +0200
Message-ID: <fwd-inline-da@balk.dk>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
""",
        _qp(text, "utf-8"),
    )


def forwarded_inline_english_outlook() -> bytes:
    """English Outlook: "From:/Sent:/To:/Subject:" with a US-style date."""
    text = (
        "FYI\n\n"
        "-----Original Message-----\n"
        "From: Peter Citizen [mailto:peter@example.org]\n"
        "Sent: Sunday, April 30, 2023 11:45 PM\n"
        "To: Jens Kollega\n"
        "Subject: Climate plan\n\n"
        "More trees along the roads please.\n"
    )
    return _message(
        """
From: Jens Kollega <jens.kollega@balk.dk>
Subject: FW: Climate plan
Date: Tue, 02 May 2023 10:00:00 +0200
Message-ID: <fwd-inline-en@balk.dk>
Content-Type: text/plain; charset=us-ascii
""",
        _crlf(text).encode("ascii"),
    )


def missing_date_with_received() -> bytes:
    """No Date header, but the municipality's server stamped when it took the mail."""
    return _message(
        """
Received: from mx.example.org by mail.balk.dk; Sun, 30 Apr 2023 23:59:30 +0200
Received: from laptop by mx.example.org; Sun, 30 Apr 2023 23:59:10 +0200
From: Uden Dato <udendato@example.org>
Subject: Intet tidspunkt
Message-ID: <nodate@example.org>
Content-Type: text/plain; charset=utf-8
""",
        b"Klimaplanen er god.\r\n",
    )


def broken_date() -> bytes:
    """A Date nobody can read and no Received header: the time must be checked by hand."""
    return _message(
        """
From: Forkert Dato <forkert@example.org>
Subject: Dato i stykker
Date: på søndag
Message-ID: <baddate@example.org>
Content-Type: text/plain; charset=utf-8
""",
        b"Mere vedvarende energi.\r\n",
    )


def utc_offset() -> bytes:
    """Sent with a +0000 offset: 21:59:59 UTC is the last second of 30 April in Copenhagen."""
    return _message(
        """
From: Sidste Sekund <sidste@example.org>
Subject: Lige i tide
Date: Sun, 30 Apr 2023 21:59:59 +0000
Message-ID: <utc@example.org>
Content-Type: text/plain; charset=utf-8
""",
        b"Lige i tide.\r\n",
    )


def winmail_dat(body: str, files: dict[str, bytes]) -> bytes:
    """A TNEF stream as Outlook writes it (MS-OXTNEF): version, code page, the
    message body, then each attachment's rendering, title and data."""

    def attribute(level: int, kind: int, name: int, data: bytes) -> bytes:
        checksum = sum(data) % 0x10000
        return (
            struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)
        )

    message, attachment = 1, 2
    stream = struct.pack("<IH", 0x223E9F78, 0x0D01)
    stream += attribute(message, 0x0008, 0x9006, struct.pack("<I", 0x00010000))
    stream += attribute(message, 0x0006, 0x9007, struct.pack("<II", 1252, 0))
    stream += attribute(message, 0x0002, 0x800C, body.encode("cp1252") + b"\0")
    for filename, data in files.items():
        rendering = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0)
        stream += attribute(attachment, 0x0006, 0x9002, rendering)
        stream += attribute(attachment, 0x0001, 0x8010, filename.encode("ascii") + b"\0")
        stream += attribute(attachment, 0x0006, 0x800F, data)
        stream += attribute(attachment, 0x0006, 0x9005, struct.pack("<I", 0))  # no MAPI props
    return stream


_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
_WINMAIL_HEADERS = """
From: Outlook Bruger <outlook@example.dk>
Subject: {subject}
Date: Thu, 20 Apr 2023 10:00:00 +0200
Message-ID: <{message_id}@example.dk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="tnef-1"
"""


def with_winmail(text_part: bytes, winmail: bytes, subject: str = "Bilag fra Outlook") -> bytes:
    """A mail from Outlook: an optional text part, then the winmail.dat."""
    text = b"--tnef-1\r\n" + text_part if text_part else b""
    message_id = hashlib.sha256(winmail).hexdigest()[:16]
    return _message(
        _WINMAIL_HEADERS.format(subject=subject, message_id=message_id),
        text + b'--tnef-1\r\nContent-Type: application/ms-tnef; name="winmail.dat"\r\n'
        b'Content-Disposition: attachment; filename="winmail.dat"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + _b64(winmail) + b"--tnef-1--\r\n",
    )


def outlook_winmail() -> bytes:
    """Outlook's rich text to an outside client: a plain part and a winmail.dat
    holding the real attachments."""
    winmail = winmail_dat("Se bilagene.", {"forslag.pdf": _PDF, "kort.png": b"\x89PNG\r\n"})
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\nSe bilagene.\r\n"
    return with_winmail(text, winmail)


def outlook_winmail_only() -> bytes:
    """The text only inside the winmail.dat (a gateway dropped the plain part)."""
    winmail = winmail_dat("Vi ønsker flere ladestandere i Skovlunde.", {"bilag.pdf": _PDF})
    return with_winmail(b"", winmail, "Kun i winmail.dat")


SAMPLES = {
    "alternative-qp": alternative_qp,
    "html-only-base64": html_only_base64,
    "latin1-qp": latin1_qp,
    "windows1252-8bit": windows1252_8bit,
    "pdf-attachment": with_pdf_attachment,
    "forwarded-attachment": forwarded_as_attachment,
    "forwarded-inline-da": forwarded_inline_danish_outlook,
    "forwarded-inline-en": forwarded_inline_english_outlook,
    "missing-date-received": missing_date_with_received,
    "broken-date": broken_date,
    "utc-offset": utc_offset,
    "outlook-winmail": outlook_winmail,
    "outlook-winmail-only": outlook_winmail_only,
}

EXPECTED = {
    "alternative-qp": Expected(
        "Søren Østergaard",
        "soeren@example.org",
        "Høringssvar om cykelstier",
        datetime(2023, 4, 29, 14, 3, 11, tzinfo=CEST),
        ("Jeg ønsker flere cykelstier langs Ballerup Boulevard.",),
    ),
    "html-only-base64": Expected(
        "Lone Demosen",
        "lone@example.net",
        "Natur",
        datetime(2023, 4, 17, 9, 0, tzinfo=CEST),
        ("Hej kommune,", "Plant flere træer & lad grøftekanter gro.", "- Skov ved Egebjerg"),
    ),
    "latin1-qp": Expected(
        "Poul Testesen",
        "poul@example.net",
        "Genbrug på pladsen",
        datetime(2023, 4, 11, 16, 20, tzinfo=CEST),
        ("Genbrugspladsen bør have en byttecentral for møbler og brædder.",),
    ),
    "windows1252-8bit": Expected(
        "Jens Prøvesen",
        "jens@example.com",
        "Solceller på skolerne",
        datetime(2023, 4, 26, 22, 15, tzinfo=CEST),
        ("Solceller på alle skoletage – det betaler sig: “vi sparer 1 mio. €”.",),
    ),
    "pdf-attachment": Expected(
        "Grundejerforeningen Eksempel",
        "bestyrelsen@example.org",
        "Vores høringssvar (vedhæftet)",
        datetime(2023, 4, 28, 12, 0, tzinfo=CEST),
        ("Se vores høringssvar i den vedhæftede fil.",),
        ("høringssvar.pdf",),
    ),
    "forwarded-attachment": Expected(
        "Jens Kollega",
        "jens.kollega@balk.dk",
        "VS: Mit svar om busser",
        datetime(2023, 5, 2, 8, 10, tzinfo=CEST),
        ("Videresendt fra min indbakke, kom fredag.",),
        ("videresendt-1.eml",),
    ),
    "forwarded-inline-da": Expected(
        "Jens Kollega",
        "jens.kollega@balk.dk",
        "VS: Høringssvar klimaplan",
        datetime(2023, 5, 3, 9, 0, tzinfo=CEST),
        ("Husk cyklisterne i Skovlunde.",),
    ),
    "forwarded-inline-en": Expected(
        "Jens Kollega",
        "jens.kollega@balk.dk",
        "FW: Climate plan",
        datetime(2023, 5, 2, 10, 0, tzinfo=CEST),
        ("More trees along the roads please.",),
    ),
    "missing-date-received": Expected(
        "Uden Dato",
        "udendato@example.org",
        "Intet tidspunkt",
        None,
        ("Klimaplanen er god.",),
    ),
    "broken-date": Expected(
        "Forkert Dato", "forkert@example.org", "Dato i stykker", None, ("Mere vedvarende energi.",)
    ),
    "utc-offset": Expected(
        "Sidste Sekund",
        "sidste@example.org",
        "Lige i tide",
        datetime(2023, 4, 30, 21, 59, 59, tzinfo=UTC0),
        ("Lige i tide.",),
    ),
    "outlook-winmail": Expected(
        "Outlook Bruger",
        "outlook@example.dk",
        "Bilag fra Outlook",
        datetime(2023, 4, 20, 10, 0, tzinfo=CEST),
        ("Se bilagene.",),
        ("forslag.pdf", "kort.png"),
    ),
    "outlook-winmail-only": Expected(
        "Outlook Bruger",
        "outlook@example.dk",
        "Kun i winmail.dat",
        datetime(2023, 4, 20, 10, 0, tzinfo=CEST),
        ("Vi ønsker flere ladestandere i Skovlunde.",),
        ("bilag.pdf",),
    ),
}
