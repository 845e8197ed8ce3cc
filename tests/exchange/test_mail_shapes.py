"""E-mails in every shape mail clients send, read as the case handler must see them."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from hoering.exchange.mail import read_email
from tests.support.mail_samples import EXPECTED, SAMPLES, with_winmail

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


@pytest.mark.parametrize("name", list(SAMPLES))
def test_sender_subject_time_and_text(name: str) -> None:
    mail = read_email(SAMPLES[name]())
    expected = EXPECTED[name]
    assert (mail.sender_name, mail.sender_address) == (
        expected.sender_name,
        expected.sender_address,
    )
    assert mail.subject == expected.subject
    assert mail.sent_at == expected.sent_at
    for passage in expected.body_contains:
        assert passage in mail.body
    assert "\r" not in mail.body
    assert "\ufffd" not in mail.body
    assert tuple(a.filename for a in mail.attachments) == expected.attachments


def test_html_only_mail_shows_no_markup() -> None:
    body = read_email(SAMPLES["html-only-base64"]()).body
    assert "<" not in body
    assert "color:red" not in body
    assert "&" in body  # the entity &amp; became the character
    assert "&amp;" not in body


def test_pdf_attachment_is_kept_byte_for_byte() -> None:
    [attachment] = read_email(SAMPLES["pdf-attachment"]()).attachments
    assert attachment.media_type == "application/pdf"
    assert attachment.data.startswith(b"%PDF-1.4\n")
    assert attachment.data.endswith(b"%%EOF\n")


def test_forward_as_attachment_offers_the_inner_sender_and_date() -> None:
    origin = read_email(SAMPLES["forwarded-attachment"]()).forwarded
    assert origin is not None
    assert (origin.sender_name, origin.sender_address) == ("Borger Eksempel", "borger@example.com")
    assert origin.sent_at == datetime(2023, 4, 30, 21, 30, tzinfo=timezone(timedelta(hours=2)))
    assert origin.subject == "Mit svar om busser"


def test_danish_outlook_inline_forward_is_read_in_local_time() -> None:
    origin = read_email(SAMPLES["forwarded-inline-da"]()).forwarded
    assert origin is not None
    assert (origin.sender_name, origin.sender_address) == ("Anne Borger", "anne.borger@example.net")
    assert origin.sent_at == datetime(2023, 4, 30, 23, 59, tzinfo=COPENHAGEN)
    assert origin.subject == "Høringssvar klimaplan"


def test_english_outlook_inline_forward_with_mailto_and_pm() -> None:
    origin = read_email(SAMPLES["forwarded-inline-en"]()).forwarded
    assert origin is not None
    assert (origin.sender_name, origin.sender_address) == ("Peter Citizen", "peter@example.org")
    assert origin.sent_at == datetime(2023, 4, 30, 23, 45, tzinfo=COPENHAGEN)


def test_an_ordinary_mail_offers_no_forwarded_origin() -> None:
    assert read_email(SAMPLES["alternative-qp"]()).forwarded is None


def test_missing_date_falls_back_to_the_receiving_server() -> None:
    mail = read_email(SAMPLES["missing-date-received"]())
    assert mail.sent_at is None
    # The topmost Received header: the municipality's own server.
    assert mail.server_received_at == datetime(
        2023, 4, 30, 23, 59, 30, tzinfo=timezone(timedelta(hours=2))
    )


def test_broken_date_is_named_and_not_guessed() -> None:
    mail = read_email(SAMPLES["broken-date"]())
    assert mail.sent_at is None
    assert mail.server_received_at is None
    assert "Afsendelsestidspunktet »på søndag« kan ikke læses." in mail.problems


def test_winmail_dat_is_replaced_by_the_files_it_holds() -> None:
    mail = read_email(SAMPLES["outlook-winmail"]())
    pdf, png = mail.attachments
    assert (pdf.media_type, png.media_type) == ("application/pdf", "image/png")
    assert pdf.data.startswith(b"%PDF-1.4\n") and pdf.data.endswith(b"%%EOF\n")
    assert mail.problems == ()


def test_a_broken_winmail_dat_is_kept_and_named() -> None:
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\nSe bilaget.\r\n"
    mail = read_email(with_winmail(text, b"not a TNEF stream"))
    [kept] = mail.attachments
    assert (kept.filename, kept.data) == ("winmail.dat", b"not a TNEF stream")
    assert mail.problems == ("Outlook-bilaget winmail.dat kan ikke pakkes ud.",)
