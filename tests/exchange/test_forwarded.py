"""Inline forward blocks and the dates mail clients write in them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hoering.exchange.forwarded import find_inline_forward, parse_sender, parse_written_date

ZONE = "Europe/Copenhagen"
COPENHAGEN = ZoneInfo(ZONE)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("30. april 2023 23:59", datetime(2023, 4, 30, 23, 59)),
        ("søndag den 30. april 2023 23:59", datetime(2023, 4, 30, 23, 59)),
        ("søn. 30. apr. 2023 kl. 23.59", datetime(2023, 4, 30, 23, 59)),
        ("30. april 2023 kl. 23.59.30 CEST", datetime(2023, 4, 30, 23, 59, 30)),
        ("Sunday, April 30, 2023 11:59 PM", datetime(2023, 4, 30, 23, 59)),
        ("Sun, Apr 30, 2023 at 12:05 AM", datetime(2023, 4, 30, 0, 5)),
        ("30-04-2023 23:59", datetime(2023, 4, 30, 23, 59)),
        ("2023-04-30 23:59:59", datetime(2023, 4, 30, 23, 59, 59)),
        ("1. maj 2023 00:00", datetime(2023, 5, 1, 0, 0)),
    ],
)
def test_written_dates_are_local_time(written: str, expected: datetime) -> None:
    assert parse_written_date(written, ZONE) == expected.replace(tzinfo=COPENHAGEN)


def test_a_date_with_an_offset_keeps_it() -> None:
    parsed = parse_written_date("Sun, 30 Apr 2023 21:59:59 +0000", ZONE)
    assert parsed == datetime(2023, 4, 30, 21, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize("written", ["i går", "30. smarch 2023 10:00", "31. april 2023 10:00"])
def test_unreadable_dates_give_none(written: str) -> None:
    assert parse_written_date(written, ZONE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anne Borger <Anne@Example.net>", ("Anne Borger", "anne@example.net")),
        ("Peter [mailto:peter@example.org]", ("Peter", "peter@example.org")),
        ("peter@example.org", (None, "peter@example.org")),
        ("Anne Borger", ("Anne Borger", None)),
    ],
)
def test_sender_forms(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_sender(text) == expected


def test_apple_mail_puts_the_subject_before_the_date() -> None:
    body = (
        "Start på videresendt besked:\n\n"
        "Fra: Karen <karen@example.org>\n"
        "Emne: Cykler\n"
        "Dato: 29. april 2023 kl. 10.00.00 CEST\n"
        "Til: kollega@balk.dk\n\nFlere cykelstier."
    )
    origin = find_inline_forward(body, ZONE)
    assert origin is not None
    assert origin.sender_address == "karen@example.org"
    assert origin.subject == "Cykler"
    assert origin.sent_at == datetime(2023, 4, 29, 10, 0, tzinfo=COPENHAGEN)


def test_quoted_forward_lines_are_read() -> None:
    body = "> Fra: Karen <karen@example.org>\n> Sendt: 29. april 2023 10:00\n> Emne: x\n"
    origin = find_inline_forward(body, ZONE)
    assert origin is not None
    assert origin.sent_at == datetime(2023, 4, 29, 10, 0, tzinfo=COPENHAGEN)
    assert origin.sent_at.utcoffset() == timedelta(hours=2)


def test_a_sender_line_without_a_date_is_not_a_forward() -> None:
    assert find_inline_forward("Fra: min have kan jeg se skoven.\nMere tekst.", ZONE) is None
