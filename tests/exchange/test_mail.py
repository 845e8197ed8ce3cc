"""Reading saved e-mails: the demo .eml files and hand-built broken ones."""

import base64
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hoering.exchange.mail import IncomingMail, read_email
from hoering.packaged import resources_dir

MAIL_DIR = resources_dir() / "demo" / "mail"
DEMO_FILES = sorted(MAIL_DIR.glob("*.eml"))
CEST = timezone(timedelta(hours=2))


def demo(prefix: str) -> IncomingMail:
    return read_email(next(MAIL_DIR.glob(f"{prefix}-*.eml")).read_bytes())


def eml(*lines: str, body: bytes = b"Hej\r\n") -> bytes:
    """A message from header lines (written as UTF-8) and a raw body."""
    return "\r\n".join(lines).encode("utf-8") + b"\r\n\r\n" + body


FROM = "From: Karen Eksempel <karen.eksempel@example.org>"
DATE = "Date: Sun, 30 Apr 2023 23:58:00 +0200"


def test_all_demo_files_are_there() -> None:
    assert len(DEMO_FILES) == 13


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda p: p.name)
def test_demo_mail_reads_without_problems(path: Path) -> None:
    mail = read_email(path.read_bytes())
    assert mail.problems == ()
    assert mail.sent_at is not None
    assert mail.sent_at.tzinfo is not None
    assert mail.message_id is not None
    assert mail.message_id.startswith("<")
    assert mail.message_id.endswith("@example.org>")
    assert mail.sender_address is not None
    assert mail.sender_address.endswith(("@example.org", "@example.net", "@example.com"))
    assert mail.body
    assert "\r" not in mail.body
    assert "\ufffd" not in mail.body


@pytest.mark.parametrize(
    ("prefix", "name", "address"),
    [
        ("01", "Karen Eksempel", "karen.eksempel@example.org"),
        ("02", "Jens Prøvesen", "jens.proevesen@example.net"),
        ("04", "Poul Testesen", "poul.testesen@example.net"),
        ("09", "Søren Østergård Eksempel", "soeren.eksempel@example.net"),
        ("11", "Lars Prøvegaard", "lars.provegaard@example.org"),
    ],
)
def test_sender(prefix: str, name: str, address: str) -> None:
    mail = demo(prefix)
    assert (mail.sender_name, mail.sender_address) == (name, address)


def test_sender_address_is_lower_cased() -> None:
    mail = read_email(eml("From: Karen <Karen.Eksempel@Example.ORG>", DATE))
    assert mail.sender_address == "karen.eksempel@example.org"
    assert mail.sender_name == "Karen"


def test_sent_just_before_deadline() -> None:
    sent_at = demo("11").sent_at
    assert sent_at == datetime(2023, 4, 30, 23, 58, tzinfo=CEST)
    assert sent_at is not None
    assert sent_at.utcoffset() == timedelta(hours=2)


def test_sent_after_deadline() -> None:
    assert demo("10").sent_at == datetime(2023, 5, 1, 8, 17, tzinfo=CEST)


def test_sent_in_utc() -> None:
    sent_at = demo("09").sent_at
    assert sent_at is not None
    assert sent_at.utcoffset() == timedelta(0)
    assert sent_at == datetime(2023, 4, 15, 8, 5, 33, tzinfo=UTC)
    copenhagen = sent_at.astimezone(ZoneInfo("Europe/Copenhagen"))
    assert (copenhagen.hour, copenhagen.minute) == (10, 5)


@pytest.mark.parametrize(
    ("prefix", "subject"),
    [
        ("01", "Høringssvar til klimahandleplanen - cykler og busser"),
        ("04", "Genbrug på genbrugsstationen"),
        ("06", "Klima i skolen og på hjemmesiden"),
        ("08", "Forslag om sikre skoleveje (se vedhæftede liste)"),
        ("09", "Høringssvar: skybrud, oversvømmede kældre og Sømosen Å"),
        ("12", "Flere cykelstier i Ballerup"),
    ],
)
def test_subject_decoded(prefix: str, subject: str) -> None:
    assert demo(prefix).subject == subject


def test_latin1_body_keeps_danish_letters() -> None:
    body = demo("04").body
    assert "Jeg er pensioneret tømrer og kommer ofte på genbrugsstationen." in body
    assert "gode vinduer, døre og brædder" in body
    assert "folk ved ikke, hvilken plast der må komme i spanden" in body


def test_quoted_printable_soft_breaks_are_undone() -> None:
    body = demo("01").body
    assert "fra Skovlunde til Ballerup Station" in body
    assert "2025 er for sent – det bør kunne ske allerede i 2024." in body


def test_hard_wrapped_lines_are_kept() -> None:
    assert "Vi\nhar længe talt om at få en delebil" in demo("02").body


def test_base64_body() -> None:
    body = demo("09").body
    assert body.startswith("Kære kommune\n\nMin kælder blev oversvømmet")
    assert body.endswith("Søren Østergård Eksempel")


def test_html_only_mail_becomes_text() -> None:
    body = demo("05").body
    assert "<" not in body
    assert ">" not in body
    assert "&amp;" not in body
    assert "&nbsp;" not in body
    assert "font-family" not in body  # the <style> block is not text
    assert body.startswith("Hej Ballerup Kommune,")
    assert "natur & biodiversitet har fået sit eget afsnit" in body
    assert body.endswith("Venlig hilsen\nLone Demosen")


def test_html_list_items_are_kept_as_lines() -> None:
    lines = demo("05").body.splitlines()
    assert "- Lad rabatter og grønne arealer gro vildt, og slå græsset sjældnere." in lines
    assert "- Sæt et konkret tal på, hvor mange hektar ny skov der skal plantes." in lines
    assert sum(line.startswith("- ") for line in lines) == 3


def test_alternative_mail_uses_the_plain_part() -> None:
    body = demo("06").body
    assert "<" not in body
    assert body.startswith("Hej\n\nJeg er far til to børn i indskolingen")
    assert "Klimaundervisning: Undervisningen bør starte allerede fra næste skoleår" in body


def test_alternative_prefers_plain_over_html() -> None:
    data = eml(
        FROM,
        DATE,
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="B"',
        body=(
            b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDen rene tekst\r\n"
            b"--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML-udgaven</p>\r\n"
            b"--B--\r\n"
        ),
    )
    assert read_email(data).body == "Den rene tekst"


def test_literal_html_in_plain_mail_stays_text() -> None:
    body = demo("07").body
    assert "<b>VIGTIGT</b> Klimavurderinger skal indgå i ALLE udvalgssager" in body
    assert '<a href="http://example.org/klik">se her</a>' in body
    assert '<span style="color:red;font-size:40px">Og husk:</span>' in body


def test_attachment_is_listed_and_not_in_body() -> None:
    mail = demo("08")
    [attachment] = mail.attachments
    assert attachment.filename == "farlige-skoleveje.txt"
    assert attachment.media_type == "text/plain"
    text = attachment.data.decode("utf-8")
    assert text.startswith("Farlige skoleveje – forslag fra Niels Dummysen\n")
    assert "Ønske: skolegade kl. 7.45-8.15 på alle tre steder." in text
    assert "Farlige skoleveje –" not in mail.body
    assert "Krydset ved Eksempelvej" not in mail.body
    assert mail.body.endswith("Venlig hilsen\nNiels Dummysen")


def test_mails_without_attachments_list_none() -> None:
    assert demo("01").attachments == ()


def test_campaign_mails_have_identical_decoded_bodies() -> None:
    # One is quoted-printable, the other 8bit: only the decoded text is the same.
    assert demo("12").body == demo("13").body
    assert demo("12").sender_address != demo("13").sender_address


def test_missing_date() -> None:
    mail = read_email(eml(FROM, "Subject: Hej"))
    assert mail.sent_at is None
    assert any("Afsendelsestidspunktet mangler" in p for p in mail.problems)
    assert mail.body == "Hej"


def test_date_without_time_zone() -> None:
    mail = read_email(eml(FROM, "Date: 30 Apr 2023 23:58:00"))
    assert mail.sent_at is None
    assert any("ingen tidszone" in p for p in mail.problems)


def test_unreadable_date() -> None:
    mail = read_email(eml(FROM, "Date: i morgen"))
    assert mail.sent_at is None
    assert any("»i morgen« kan ikke læses" in p for p in mail.problems)


def test_missing_sender() -> None:
    mail = read_email(eml(DATE))
    assert (mail.sender_name, mail.sender_address) == (None, None)
    assert "Afsenderen mangler." in mail.problems


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_unknown_charset_body_is_still_readable(encoding: str) -> None:
    data = eml(
        FROM,
        DATE,
        "Content-Type: text/plain; charset=x-unknown",
        "Content-Transfer-Encoding: 8bit",
        body="Kære Ballerup, grøn år\r\n".encode(encoding),
    )
    assert read_email(data).body == "Kære Ballerup, grøn år"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_raw_8bit_subject_and_name_are_recovered(encoding: str) -> None:
    data = (
        "From: Søren Østergård <soeren@example.net>\r\n"
        "Date: Sun, 30 Apr 2023 23:58:00 +0200\r\n"
        "Subject: Høringssvar om grøn år\r\n"
        "\r\n"
        "Hej\r\n"
    ).encode(encoding)
    mail = read_email(data)
    assert mail.subject == "Høringssvar om grøn år"
    assert mail.sender_name == "Søren Østergård"
    assert mail.sender_address == "soeren@example.net"


def test_attachment_only_mail() -> None:
    data = eml(
        FROM,
        DATE,
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="B"',
        body=(
            b"--B\r\nContent-Type: application/pdf\r\n"
            b'Content-Disposition: attachment; filename="svar.pdf"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
            + base64.b64encode(b"%PDF-1.4\n")
            + b"\r\n--B--\r\n"
        ),
    )
    mail = read_email(data)
    assert mail.body == ""
    assert "E-mailen har ingen tekst." in mail.problems
    [attachment] = mail.attachments
    assert (attachment.filename, attachment.media_type) == ("svar.pdf", "application/pdf")
    assert attachment.data == b"%PDF-1.4\n"


def test_forwarded_mail_is_an_attachment() -> None:
    inner = (
        "From: Borger <borger@example.com>\r\n"
        "Subject: Mit høringssvar\r\n"
        "Date: Sat, 29 Apr 2023 10:00:00 +0200\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Flere cykelstier til Måløv.\r\n"
    ).encode()
    data = eml(
        FROM,
        DATE,
        "Subject: VS: Mit høringssvar",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="B"',
        body=(
            b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe vedh\xc3\xa6ftede.\r\n"
            b"--B\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
            + inner
            + b"--B--\r\n"
        ),
    )
    mail = read_email(data)
    assert mail.body == "Se vedhæftede."
    assert mail.problems == ()
    [attachment] = mail.attachments
    assert attachment.media_type == "message/rfc822"
    assert attachment.filename.endswith(".eml")
    forwarded = read_email(attachment.data)
    assert forwarded.subject == "Mit høringssvar"
    assert forwarded.sender_address == "borger@example.com"
    assert forwarded.body == "Flere cykelstier til Måløv."


def test_html_script_is_not_text() -> None:
    data = eml(
        FROM,
        DATE,
        "Content-Type: text/html; charset=utf-8",
        body=b"<script>alert('x')</script><p>A &amp; B &lt;b&gt;</p>\r\n",
    )
    assert read_email(data).body == "A & B <b>"


def test_empty_plain_alternative_falls_back_to_html() -> None:
    data = eml(
        FROM,
        DATE,
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="B"',
        body=(
            b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n"
            b"--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Flere cykelstier</p>\r\n"
            b"--B--\r\n"
        ),
    )
    mail = read_email(data)
    assert mail.body == "Flere cykelstier"
    assert mail.problems == ()


@pytest.mark.parametrize(
    ("content_type", "encoding"),
    [
        pytest.param("text/plain", "utf-8", id="no-charset-utf8-bytes"),
        pytest.param("text/plain; charset=utf-8", "cp1252", id="utf8-declared-cp1252-bytes"),
    ],
)
def test_wrongly_declared_charset_keeps_danish_letters(content_type: str, encoding: str) -> None:
    data = eml(
        FROM,
        DATE,
        f"Content-Type: {content_type}",
        "Content-Transfer-Encoding: 8bit",
        body="Kære grøn år\r\n".encode(encoding),
    )
    assert read_email(data).body == "Kære grøn år"
