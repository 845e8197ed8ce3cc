"""Reading the SMS gateway's CSV export: the demo file and other gateways' dialects."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hoering.domain.errors import FileFormatError
from hoering.exchange.sms_export import (
    ExportFormat,
    SmsField,
    SmsRow,
    join_sms_parts,
    preview_sms_export,
    read_sms_export,
    sample_messages,
)
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


# --- Gateway layouts, the user's choices, and long messages -------------------------


def test_preview_shows_the_layout_found_and_the_first_rows() -> None:
    preview = preview_sms_export((resources_dir() / "demo" / "sms.csv").read_bytes())
    layout = preview.layout
    assert (layout.format, layout.encoding, layout.delimiter) == (ExportFormat.CSV, "utf-8", ";")
    assert layout.date_format == "%d-%m-%Y %H:%M:%S"
    assert layout.columns[SmsField.TEXT] == "besked"
    assert layout.columns[SmsField.SENDER] == "afsender"
    assert preview.headings == ("id", "afsender", "modtager", "besked", "modtaget")
    assert preview.rows == 10
    assert len(preview.sample) == 5
    assert preview.sample[0]["afsender"] == "4520123456"
    assert SmsField.PART_REFERENCE in preview.unmapped


def test_the_preview_reads_its_sample_as_the_import_would() -> None:
    data = b"kol1;kol2;kol3\n29876543;30-04-2023 23:59;BALK KLIMA Hej\n"
    detected = preview_sms_export(data)
    assert sample_messages(detected, "Europe/Copenhagen") == ()  # no sender or text column yet
    chosen = replace(
        detected.layout,
        columns={SmsField.SENDER: "kol1", SmsField.RECEIVED: "kol2", SmsField.TEXT: "kol3"},
    )
    [row] = sample_messages(preview_sms_export(data, chosen), "Europe/Copenhagen")
    assert (row.sender, row.text) == ("29876543", "BALK KLIMA Hej")
    assert row.received_at == datetime(2023, 4, 30, 23, 59, tzinfo=COPENHAGEN)


def test_cp1252_excel_export_is_detected() -> None:
    data = "Afsender;Besked;Dato\r\n29876543;Grøn økonomi;30-04-2023 23:59\r\n".encode("cp1252")
    preview = preview_sms_export(data)
    assert preview.layout.encoding == "cp1252"
    assert preview.sample[0]["Besked"] == "Grøn økonomi"


def test_month_first_dates_are_recognised_when_a_day_is_over_twelve() -> None:
    data = b"sender,text,date\n29876543,a,04/30/2023 11:59 PM\n29876543,b,04/05/2023 10:00 AM\n"
    preview = preview_sms_export(data)
    assert preview.layout.date_format == "%m/%d/%Y %I:%M %p"
    rows = read_sms_export(data, "Europe/Copenhagen", preview.layout)
    assert rows[0].received_at == datetime(2023, 4, 30, 23, 59, tzinfo=COPENHAGEN)
    assert rows[1].received_at == datetime(2023, 4, 5, 10, 0, tzinfo=COPENHAGEN)


def test_the_user_can_choose_columns_and_the_date_format() -> None:
    data = b"kol1;kol2;kol3\n29876543;05/04/2023 10:00;BALK KLIMA Hej\n"
    detected = preview_sms_export(data)
    assert {SmsField.SENDER, SmsField.TEXT} <= set(detected.unmapped)
    layout = replace(
        detected.layout,
        columns={SmsField.SENDER: "kol1", SmsField.RECEIVED: "kol2", SmsField.TEXT: "kol3"},
        date_format="%m/%d/%Y %H:%M",  # the user knows this gateway writes month first
    )
    [row] = read_sms_export(data, "Europe/Copenhagen", layout)
    assert (row.sender, row.text) == ("29876543", "BALK KLIMA Hej")
    assert row.received_at == datetime(2023, 5, 4, 10, 0, tzinfo=COPENHAGEN)


def test_a_wrong_encoding_chosen_by_the_user_is_refused_with_a_reason() -> None:
    data = "afsender;besked\n29876543;Grøn\n".encode()
    layout = replace(preview_sms_export(data).layout, encoding="utf-16")
    with pytest.raises(FileFormatError, match="utf-16"):
        read_sms_export(data, "Europe/Copenhagen", layout)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            b'[{"msisdn": 4520123456, "text": "BALK KLIMA Hej", "timestamp": 1682891999}]',
            id="list-with-numbers",
        ),
        pytest.param(
            b'{"messages": [{"from": "4520123456", "message": "BALK KLIMA Hej",'
            b' "receivedAt": "2023-04-30T21:59:59Z"}]}',
            id="wrapped",
        ),
        pytest.param(
            b'{"sender": {"msisdn": "+4520123456"}, "body": "BALK KLIMA Hej",'
            b' "time": "2023-04-30 23:59:59"}\n',
            id="ndjson-nested",
        ),
    ],
)
def test_json_exports(data: bytes) -> None:
    layout = preview_sms_export(data).layout
    assert layout.format is ExportFormat.JSON
    [row] = read_sms_export(data, "Europe/Copenhagen", layout)
    assert row.text == "BALK KLIMA Hej"
    assert row.sender in ("4520123456", "+4520123456")
    assert row.received_at == datetime(2023, 4, 30, 23, 59, 59, tzinfo=COPENHAGEN)


def test_json_numbers_are_read_as_the_text_they_are_written_as() -> None:
    [row] = read(b'[{"sender": 4.52012345e9, "text": "Hej", "id": 17}]')
    assert row.sender == "4520123450.0"  # a float: digits may be lost, never trusted
    assert row.external_id == "17"


def test_json_that_is_no_list_of_messages_is_refused() -> None:
    with pytest.raises(FileFormatError):
        read(b'{"a": 1, "b": 2, "c": "x", "sender": "y"}'[:-1])


LONG_SMS = (
    b"id;afsender;besked;modtaget;ref;del;dele\n"
    b"1;4520123456;BALK KLIMA Dette er en lang be;30-04-2023 23:58:10;77;1;3\n"
    b"2;4511111111;BALK KLIMA Kort;30-04-2023 23:58:20;;;\n"
    b"4;4520123456;busser. Slut.;30-04-2023 23:58:12;77;3;3\n"
    b"3;4520123456;sked i flere dele med mange ord om ;30-04-2023 23:58:11;77;2;3\n"
    b"5;4522222222;BALK KLIMA Del et af to, ;30-04-2023 10:00:00;9;1;2\n"
)


def test_long_sms_parts_are_joined_in_part_order() -> None:
    rows = join_sms_parts(read(LONG_SMS))
    assert [r.text for r in rows] == [
        "BALK KLIMA Dette er en lang besked i flere dele med mange ord om busser. Slut.",
        "BALK KLIMA Kort",
        "BALK KLIMA Del et af to, ",
    ]
    assert rows[0].location == "linje 2-5"
    assert rows[0].received_at == datetime(2023, 4, 30, 23, 58, 12, tzinfo=COPENHAGEN)
    assert rows[0].problem is None


def test_a_long_sms_with_a_missing_part_keeps_what_came_and_says_so() -> None:
    incomplete = join_sms_parts(read(LONG_SMS))[2]
    assert incomplete.problem == "SMS'en er en lang besked, men del 2 af 2 mangler i filen."


def test_a_long_export_is_previewed_from_its_start_with_an_estimated_count() -> None:
    # Quoted line breaks in every message: the cut may fall inside one.
    rows = [
        f'{n};+4520{n:06d};"BALK KLIMA nr. {n}\nmere tekst";01-04-2023 10:00' for n in range(40_000)
    ]
    data = ("id;afsender;besked;modtaget\n" + "\n".join(rows) + "\n").encode()
    preview = preview_sms_export(data)
    assert preview.rows_estimated
    assert 36_000 < preview.rows < 44_000
    assert preview.sample[0]["besked"] == "BALK KLIMA nr. 0\nmere tekst"
    assert len(read_sms_export(data, "Europe/Copenhagen", preview.layout)) == 40_000


def test_a_short_export_is_counted_exactly() -> None:
    data = b"afsender;besked\n+4520000001;BALK KLIMA ja\n\n+4520000002;BALK KLIMA nej\n"
    preview = preview_sms_export(data)
    assert (preview.rows, preview.rows_estimated) == (2, False)


def test_a_large_export_read_in_pieces_reads_as_a_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces cut anywhere, even inside a quoted line break, give the same messages."""
    lines = ["Afsender;Besked;Modtaget"]
    for n in range(40):
        text = f'"BALK KLIMA linje {n}\r\nfortsat; med ""citat"""' if n % 3 == 0 else f"BALK {n}"
        lines.append(f"+45201234{n:02d};{text};01-05-2023 10:{n:02d}")
    data = "\r\n".join(lines).encode("cp1252")
    whole = read(data)
    monkeypatch.setattr("hoering.exchange.sms_export._AT_A_TIME", 7)
    assert read(data) == whole
    assert len(whole) == 40 and whole[3].text == 'BALK KLIMA linje 3\r\nfortsat; med "citat"'
