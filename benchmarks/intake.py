"""Importing mail files and SMS exports, and grouping campaigns."""

import csv
import io
import sqlite3
import tempfile
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

from benchmarks.common import figure, median_seconds, new_database, timed_median, verdict
from benchmarks.data import sms_export, write_mail_files
from benchmarks.scale_db import scaled_database
from hoering.domain.campaigns import CampaignText, group_campaigns
from hoering.domain.words import words
from hoering.services.imports import import_mail, import_sms


def bench_mail_import(repeat: int, count: int = 10_000, *, per_file: bool = False) -> None:
    """Importing saved .eml files, against the standard library merely parsing them;
    ``per_file`` also times each file imported in its own transaction."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "mail"
        write_mail_files(folder, count)
        files = sorted(folder.iterdir())

        def baseline() -> None:
            """What any reader of a mail does: parse it, read the sender, date, subject and
            id, the text and the attachments, with the standard library."""
            for path in files:
                message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
                for header in ("from", "date", "subject", "message-id"):
                    str(message[header])
                body = message.get_body(("plain", "html"))
                if body is not None:
                    body.get_content()
                for attachment in message.iter_attachments():
                    attachment.get_payload(decode=True)

        def run_import(run: int, separately: bool = False) -> float:
            db, consultation = new_database(Path(scratch), f"mail-{run}-{separately}")
            started = time.perf_counter()
            summary = import_mail(
                db.unit_of_work,
                consultation,
                [folder],
                files_per_transaction=1 if separately else 50,
            )
            seconds = time.perf_counter() - started
            db.dispose()
            assert summary.given == count, summary
            assert summary.duplicates == 0, summary
            return seconds

        base = median_seconds(baseline, repeat)
        imported = timed_median(run_import, repeat)
        one_by_one = run_import(99, separately=True) if per_file else None
    print(f"mail import ({count} .eml files of every shape into a new SQLite database)")
    print(f"  baseline: stdlib parse of every file   {base:8.2f} s")
    figure("import (50 files per transaction)", imported, base)
    if one_by_one is not None:
        figure("import (each file its own transaction)", one_by_one, base, runs=1)
    print(verdict("≤ 1.5× baseline", imported / base, 1.5, unit="×"))


def bench_sms_import(repeat: int, count: int = 100_000, *, regroup: bool = False) -> None:
    """Importing an SMS export of 100 000 rows, against csv plus bare sqlite3 inserts;
    ``regroup`` also times an import followed by grouping the campaigns."""
    data = sms_export(count)
    with tempfile.TemporaryDirectory() as scratch:

        def baseline() -> None:
            rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
            connection = sqlite3.connect(Path(scratch) / f"baseline-{time.perf_counter()}.sqlite")
            connection.execute("CREATE TABLE sms (id, sender, receiver, text, received)")
            connection.executemany("INSERT INTO sms VALUES (?, ?, ?, ?, ?)", rows[1:])
            connection.commit()
            connection.close()

        def run_import(run: int, grouped: bool = False) -> float:
            db, consultation = new_database(Path(scratch), f"sms-{run}-{grouped}")
            started = time.perf_counter()
            summary = import_sms(db.unit_of_work, consultation, data, "sms.csv", regroup=grouped)
            seconds = time.perf_counter() - started
            db.dispose()
            assert summary.given == count, summary
            return seconds

        base = median_seconds(baseline, repeat)
        imported = timed_median(run_import, repeat)
        with_campaigns = run_import(99, grouped=True) if regroup else None
    print(f"SMS import ({count} rows, Danish Excel CSV, into a new SQLite database)")
    print(f"  baseline: csv + bare sqlite3 inserts   {base:8.2f} s")
    figure("import", imported, base)
    if with_campaigns is not None:
        figure("import, then campaigns grouped", with_campaigns, base, runs=1)
    print(verdict("≤ 5 s", imported, 5))


def bench_campaigns(repeat: int, count: int = 100_000) -> None:
    """Grouping 100 000 responses into campaigns, against finding only identical texts.

    The texts are the first 100 000 responses of the generated consultation: mails
    and SMS on the same plan, written from shared phrases, with its campaigns.
    """
    texts = _generated_texts(count)

    def baseline() -> None:
        identical: dict[tuple[str, ...], list[int]] = {}
        for text in texts:
            identical.setdefault(tuple(words(text.text)), []).append(text.key)

    base = median_seconds(baseline, repeat)
    found: list[int] = []
    grouping = median_seconds(lambda: found.append(len(group_campaigns(texts))), repeat)
    print(f"campaign grouping ({count} responses: mails and SMS, {found[0]} campaigns found)")
    print(f"  baseline: group identical texts only   {base:8.2f} s")
    figure("identical and near-identical", grouping, base)
    print(verdict("≤ 10 s", grouping, 10))


def _generated_texts(count: int) -> list[CampaignText]:
    with sqlite3.connect(scaled_database(200_000)) as connection:
        rows = connection.execute(
            "SELECT id, respondent_id, body FROM response WHERE status NOT IN "
            "('set_aside', 'unreadable', 'dismissed') ORDER BY received_at, id LIMIT ?",
            (count,),
        ).fetchall()
    return [CampaignText(key, str(sender), body) for key, sender, body in rows]
