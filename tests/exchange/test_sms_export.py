"""Reading the SMS gateway's CSV export: the demo file and other gateways' dialects."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hoering.domain.errors import FileFormatError
from hoering.exchange.sms_export import SmsRow, read_sms_export
from hoering.packaged import resources_dir

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def read(data: bytes) -> list[SmsRow]:
    return read_sms_export(data, "Europe/Copenhagen")


@pytest.fixture(scope="module")
def demo() -> dict[str, SmsRow]:
    rows = read((resources_dir() / "demo" / "sms.csv").read_bytes())
    return {row.external_id or "": row for row in rows}


def test_demo_has_ten_messages_in_order(demo: dict[str, SmsRow]) -> None:
    assert list(demo) == [str(n) for n in range(1, 11)]
    assert {row.receiver for row in demo.values()} == {"1910"}


def test_demo_first_row(demo: dict[str, SmsRow]) -> None:
    row = demo["1"]
    assert row.sender == "4520123456"
    assert row.text == (
        "BALK KLIMA Flere ladestandere ved stationen tak. "
        "Vi bor i lejlighed og kan ikke lade hjemme"
    )
    assert row.received_at == datetime(2023, 3, 30, 7, 45, 12, tzinfo=COPENHAGEN)
    assert row.line == 2


def test_line_break_inside_quoted_text(demo: dict[str, SmsRow]) -> None:
    assert demo["3"].text == (
        "Balk  Klima\nSluk ikke gadelyset helt om natten. Det er utrygt at cykle hjem fra toget"
    )


def test_doubled_quotes_are_undone(demo: dict[str, SmsRow]) -> None:
    assert demo["4"].text.startswith(
        'BALK KLIMA =HYPERLINK("http://example.org";"Se mit forslag") flere cykelstier'
    )


def test_semicolon_inside_quoted_text(demo: dict[str, SmsRow]) -> None:
    assert demo["9"].text == (
        "BALK KLIMA: Delebiler ved alle S-togsstationer og flere delecykler; "
        "og sæt solceller på skolernes tage!"
    )


def test_emoji_survive(demo: dict[str, SmsRow]) -> None:
    assert demo["7"].text.endswith("gro vildt 🌳🐝")


def test_received_at_is_copenhagen_time(demo: dict[str, SmsRow]) -> None:
    late = demo["10"].received_at
    assert late == datetime.fromisoformat("2023-05-01T00:03:10+02:00")
    assert late is not None
    assert late.tzinfo == COPENHAGEN
    assert all(row.received_at is not None for row in demo.values())


@pytest.mark.parametrize(
    "sender", ["4520123456", "+45 20 98 76 54", "004561234567", "+4530405060", "29876543"]
)
def test_phone_numbers_are_kept_exactly_as_text(demo: dict[str, SmsRow], sender: str) -> None:
    assert sender in {row.sender for row in demo.values()}


def test_line_is_where_the_row_ends(demo: dict[str, SmsRow]) -> None:
    # Row 3 spans lines 4-5, so every row after it is one line further down.
    assert [demo[str(n)].line for n in range(1, 11)] == [2, 3, 5, 6, 7, 8, 9, 10, 11, 12]


def test_english_comma_separated_export() -> None:
    data = (
        b"sender,message,timestamp\n"
        b'+4520123456,"BALK KLIMA Hej, flere cykler",2023-04-30T21:59:59Z\n'
        b"4520123456,BALK KLIMA Hej igen,2023-04-30T23:59:59+02:00\n"
        b"4520123456,BALK KLIMA Sent,1682892000\n"
        b"4520123456,BALK KLIMA Lokal,2023-04-30 23:59:59\n"
    )
    rows = read(data)
    assert [row.text for row in rows] == [
        "BALK KLIMA Hej, flere cykler",
        "BALK KLIMA Hej igen",
        "BALK KLIMA Sent",
        "BALK KLIMA Lokal",
    ]
    last_second = datetime(2023, 4, 30, 23, 59, 59, tzinfo=COPENHAGEN)
    assert rows[0].received_at == last_second
    assert rows[1].received_at == last_second
    assert rows[2].received_at == datetime(2023, 5, 1, 0, 0, tzinfo=COPENHAGEN)
    assert rows[3].received_at == last_second
    assert all(row.received_at and row.received_at.tzinfo for row in rows)
    assert rows[0].sender == "+4520123456"
    assert rows[0].external_id is None


def test_cp1252_semicolon_export() -> None:
    data = (
        "Afsender;Besked;Modtaget\r\n"
        "29876543;BALK KLIMA Grøn energi på skolerne, tak;30-04-2023 23:59\r\n"
    ).encode("cp1252")
    [row] = read(data)
    assert row.text == "BALK KLIMA Grøn energi på skolerne, tak"
    assert row.sender == "29876543"
    assert row.received_at == datetime(2023, 4, 30, 23, 59, tzinfo=COPENHAGEN)


def test_utf8_with_bom() -> None:
    [row] = read("afsender;besked\n29876543;Grøn\n".encode("utf-8-sig"))
    assert (row.sender, row.text) == ("29876543", "Grøn")


def test_tab_separated_export() -> None:
    data = b"fra\ttekst\ttidspunkt\n29876543\tBALK KLIMA a, b; c\t30.04.2023 12:00\n"
    [row] = read(data)
    assert row.text == "BALK KLIMA a, b; c"
    assert row.received_at == datetime(2023, 4, 30, 12, 0, tzinfo=COPENHAGEN)


def test_blank_lines_are_skipped() -> None:
    rows = read(b"afsender;besked\n\n29876543;Hej\n;\n")
    assert [(row.line, row.text) for row in rows] == [(3, "Hej")]


def test_unreadable_time_keeps_the_message() -> None:
    [row] = read(b"afsender;besked;modtaget\n29876543;Hej;i morges\n")
    assert row.text == "Hej"
    assert row.received_at is None


def test_excel_mangled_number_is_kept_as_written() -> None:
    [row] = read(b"afsender;besked\n4.51E+09;Hej\n")
    assert row.sender == "4.51E+09"


def test_missing_message_column_names_the_columns_found() -> None:
    with pytest.raises(FileFormatError) as raised:
        read(b"id;afsender;modtaget\n1;29876543;30-04-2023 12:00\n")
    assert "id, afsender, modtaget" in raised.value.message


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(FileFormatError):
        read(data)


def test_header_only_file_has_no_messages() -> None:
    assert read(b"id;afsender;modtager;besked;modtaget\r\n") == []


def test_empty_file_says_it_is_empty() -> None:
    with pytest.raises(FileFormatError, match="tom"):
        read(b"")


def test_millisecond_timestamp_does_not_lose_the_file() -> None:
    rows = read(
        b"sender,message,timestamp\n"
        b"4520123456,BALK KLIMA Hej,1682891999000\n"
        b"4520123457,BALK KLIMA Hej igen,1682891999\n"
    )
    assert [row.text for row in rows] == ["BALK KLIMA Hej", "BALK KLIMA Hej igen"]
    assert rows[1].received_at == datetime(2023, 4, 30, 23, 59, 59, tzinfo=COPENHAGEN)
