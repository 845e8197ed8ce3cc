"""Importing SMS exports in several gateway layouts, on both backends."""

import json
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hoering.domain.enums import Channel, ResponseStatus, Timeliness
from hoering.domain.errors import FileFormatError
from hoering.exchange.sms_export import SmsField, preview_sms_export
from hoering.services.imports import SMS_BATCH_SIZE, ImportProgress, ImportSummary, import_sms
from hoering.services.inbox import InboxFilter, InboxRow, inbox_counts, inbox_page, response_detail
from hoering.store.database import Database
from tests.services.test_mail_import import accounted, consultation, stored

__all__ = ["consultation"]  # the fixture, shared with the mail import tests

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

DANISH_EXCEL = (
    "Løbenummer;Afsender;Modtager;Besked;Modtaget\r\n"
    "1;4520123456;1910;BALK KLIMA Flere cykelstier i Måløv;30-04-2023 23:59:59\r\n"
    "2;20 12 34 56;1910;balk klima: husk de ældre;01-05-2023 00:00:00\r\n"
    "3;4.51E+09;1910;BALK KLIMA Grøn energi;15-04-2023 10:00\r\n"
    "4;004522334455;1910;BALK KLIMA;16-04-2023 10:00\r\n"
    "5;+45 22 33 44 55;1910;BALK SKOLE Frugt i kantinen;16-04-2023 11:00\r\n"
    '6;29876543;1910;"Balk  Klima\r\nSluk ikke gadelyset";17-04-2023 22:00\r\n'
).encode("cp1252")

ENGLISH_GATEWAY = (
    b"message_id,msisdn,shortcode,text,timestamp,concat_ref,part,parts\n"
    b"a1,4520123456,1910,BALK KLIMA Bedre busser,1682064000,,,\n"
    b"a2,4530303030,1910,BALK KLIMA Dette er en meget lang besked der er delt ,1682064100,55,1,2\n"
    b"a3,4530303030,1910,i to dele af telefonen,1682064101,55,2,2\n"
)

TAB_SEPARATED = (
    "fra\ttekst\ttidspunkt\n"
    "29876543\tBALK KLIMA Solceller på skolerne\t20.04.2023 08.15\n"
    "29876544\tBALK KLIMA Flere træer\t20.04.2023 08.16\n"
).encode()


def run(
    db: Database, consultation: int, data: bytes, name: str, **options: object
) -> ImportSummary:
    return import_sms(db.unit_of_work, consultation, data, name, **options)  # type: ignore[arg-type]


def rows(db: Database, consultation: int) -> list[InboxRow]:
    return list(inbox_page(db.unit_of_work(write=False), consultation, limit=1000).rows)


def test_a_danish_excel_export_with_every_trap(db: Database, consultation: int) -> None:
    summary = run(db, consultation, DANISH_EXCEL, "sms.csv")
    assert summary.given == 6
    assert accounted(summary) == 6
    assert (summary.imported, summary.set_aside, summary.late) == (3, 3, 1)
    found = {r.excerpt: r for r in rows(db, consultation)}
    assert set(found) == {
        "Flere cykelstier i Måløv",
        "husk de ældre",
        "Grøn energi",
        "",
        "BALK SKOLE Frugt i kantinen",
        "Sluk ikke gadelyset",
    }
    assert found["Flere cykelstier i Måløv"].timeliness is Timeliness.ON_TIME
    assert found["husk de ældre"].timeliness is Timeliness.LATE
    assert found["Grøn energi"].status is ResponseStatus.SET_ASIDE
    assert "4.51E+09" in (found["Grøn energi"].problem or "")
    assert found[""].problem == "SMS'en har kodeordet, men ingen tekst."
    assert (
        found["BALK SKOLE Frugt i kantinen"].problem == "SMS'en har et andet kodeord end høringens."
    )
    # 004522334455 and +45 22 33 44 55 are one person.
    assert found[""].sender == found["BALK SKOLE Frugt i kantinen"].sender
    detail = response_detail(db.unit_of_work(write=False), found["husk de ældre"].id)
    assert detail.sender_address == "+4520123456"
    assert detail.original_filename == "sms.csv"
    assert detail.original_location == "linje 3"
    assert detail.row.received_at == datetime(2023, 5, 1, 0, 0, tzinfo=COPENHAGEN)
    assert detail.row.channel is Channel.SMS


def test_english_gateway_with_unix_times_and_a_long_sms(db: Database, consultation: int) -> None:
    summary = run(db, consultation, ENGLISH_GATEWAY, "export.csv")
    assert (summary.given, summary.imported) == (2, 2)  # three rows, two messages
    texts = sorted(r.excerpt for r in rows(db, consultation))
    assert texts == [
        "Bedre busser",
        "Dette er en meget lang besked der er delt i to dele af telefonen",
    ]


def test_tab_separated_with_a_date_format_the_user_chose(db: Database, consultation: int) -> None:
    layout = replace(preview_sms_export(TAB_SEPARATED).layout, date_format="%d.%m.%Y %H.%M")
    summary = run(db, consultation, TAB_SEPARATED, "sms.txt", layout=layout)
    assert summary.imported == 2
    assert {r.received_at for r in rows(db, consultation)} == {
        datetime(2023, 4, 20, 8, 15, tzinfo=COPENHAGEN),
        datetime(2023, 4, 20, 8, 16, tzinfo=COPENHAGEN),
    }


def test_an_unreadable_time_is_set_aside_not_lost(db: Database, consultation: int) -> None:
    data = b"afsender;besked;modtaget\n29876543;BALK KLIMA Hej;i morges\n"
    summary = run(db, consultation, data, "sms.csv")
    assert summary.set_aside == 1
    [row] = rows(db, consultation)
    assert "»i morges«" in (row.problem or "")


def test_the_same_export_again_adds_nothing(db: Database, consultation: int) -> None:
    first = run(db, consultation, DANISH_EXCEL, "sms.csv")
    again = run(db, consultation, DANISH_EXCEL, "sms-kopi.csv")
    assert again.duplicates == again.given == first.given
    assert stored(db) == first.given


def test_the_same_messages_in_another_layout_and_time_format_are_duplicates(
    db: Database, consultation: int
) -> None:
    run(db, consultation, TAB_SEPARATED, "sms.txt")
    as_json = json.dumps(
        [
            {
                "sender": "29876543",
                "message": "BALK KLIMA Solceller på skolerne",
                "received": "2023-04-20T08:15:00+02:00",
            },
            {
                "sender": "29876544",
                "message": "BALK KLIMA Flere træer",
                "received": "2023-04-20T06:16:00Z",
            },
            {"sender": "29876545", "message": "BALK KLIMA Ny", "received": "21.04.2023 09.00"},
        ]
    ).encode()
    summary = run(db, consultation, as_json, "sms.json")
    assert (summary.given, summary.duplicates, summary.imported) == (3, 2, 1)


def test_a_file_that_is_no_export_changes_nothing(db: Database, consultation: int) -> None:
    with pytest.raises(FileFormatError):
        run(db, consultation, b"id;modtaget\n1;30-04-2023\n", "forkert.csv")
    assert stored(db) == 0


def test_large_exports_go_in_batches_with_progress_and_cancel(
    db: Database, consultation: int
) -> None:
    lines = ["id;afsender;besked;modtaget"] + [
        f"{n};{20000000 + n};BALK KLIMA Forslag nummer {n};20-04-2023 10:00"
        for n in range(SMS_BATCH_SIZE * 2 + 10)
    ]
    data = "\n".join(lines).encode()
    seen: list[ImportProgress] = []
    first = run(
        db, consultation, data, "stor.csv", progress=seen.append, cancel=lambda: len(seen) >= 2
    )
    assert first.cancelled
    assert (first.given, first.imported) == (SMS_BATCH_SIZE * 2, SMS_BATCH_SIZE * 2)
    assert [p.done for p in seen] == [0, SMS_BATCH_SIZE]
    rest = run(db, consultation, data, "stor.csv")
    assert (rest.duplicates, rest.imported) == (SMS_BATCH_SIZE * 2, 10)
    counts = inbox_counts(db.unit_of_work(write=False), consultation, InboxFilter())
    assert counts.total == SMS_BATCH_SIZE * 2 + 10
    assert counts.by_channel == {Channel.SMS: SMS_BATCH_SIZE * 2 + 10}


def test_columns_chosen_by_the_user(db: Database, consultation: int) -> None:
    data = b"a;b;c\n29876543;BALK KLIMA Hej;20-04-2023 10:00\n"
    layout = replace(
        preview_sms_export(data).layout,
        columns={SmsField.SENDER: "a", SmsField.TEXT: "b", SmsField.RECEIVED: "c"},
    )
    assert run(db, consultation, data, "x.csv", layout=layout).imported == 1
