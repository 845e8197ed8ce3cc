"""Benchmarks: each figure is printed with its ratio to a baseline timed in the same run.

    .venv/bin/python benchmarks/run.py [--repeat 7]

Machines here are shared and noisy, so every figure is the median of several
runs, and the ratio to a baseline measured alongside is what to compare.
"""

import argparse
import csv
import io
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks.data

from benchmarks.data import campaign_texts, sms_export, write_mail_files
from hoering.domain.campaigns import group_campaigns
from hoering.domain.words import words
from hoering.exchange.memo.parser import parse_memo
from hoering.exchange.memo.rows import parse_memo_bytes
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.demo import MEMO_FILE, demo_dir
from hoering.services.imports import import_mail, import_sms
from hoering.services.memo_import import SourceConfirmation, import_memo
from hoering.store.database import Database, database_url
from hoering.store.schema import prepare

CODES = ("UGO", "KMB", "GR", "VMU")


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_memo_import(repeat: int) -> None:
    """Seed 003 into a new SQLite database, against the same rows written by bare sqlite3."""
    memo = (demo_dir() / MEMO_FILE).read_bytes()
    table = parse_memo_bytes(memo, MEMO_FILE)
    parsed = parse_memo(table, known_codes=CODES)
    rows = len(parsed.sections) + len(parsed.measures) + len(parsed.comments)

    def baseline() -> None:
        """Read and split the file, then insert one row per item with plain sqlite3."""
        with tempfile.TemporaryDirectory() as folder:
            lines = [line.split("\t") for line in memo.decode("utf-8").splitlines()]
            connection = sqlite3.connect(Path(folder) / "baseline.sqlite")
            connection.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, kind TEXT, text TEXT)")
            connection.executemany(
                "INSERT INTO item (kind, text) VALUES (?, ?)",
                [("row", "\t".join(cells)) for cells in lines] * (rows // max(len(lines), 1) + 1),
            )
            connection.commit()
            connection.close()

    def parse_only() -> None:
        parse_memo(parse_memo_bytes(memo, MEMO_FILE), known_codes=CODES)

    def full_import() -> None:
        with tempfile.TemporaryDirectory() as folder:
            db = Database(database_url(str(Path(folder) / "bench.sqlite")), actor="benchmark")
            prepare(db)
            consultation = create_consultation(
                db.unit_of_work(),
                NewConsultation("Bench", "Bench", date(2023, 3, 28), date(2023, 4, 30)),
            ).id
            started = time.perf_counter()
            import_memo(
                db.unit_of_work(),
                consultation,
                MEMO_FILE,
                memo,
                confirm=[SourceConfirmation(code, code) for code in CODES],
            )
            timings.append(time.perf_counter() - started)
            db.dispose()

    timings: list[float] = []
    base = median_seconds(baseline, repeat)
    parse = median_seconds(parse_only, repeat)
    median_seconds(full_import, repeat)
    imported = statistics.median(timings)
    print(f"memo import (seed 003: {rows} items, {len(parsed.comments)} comments)")
    print(f"  baseline: split + bare sqlite3 insert  {base * 1000:8.1f} ms")
    for label, seconds in (("parse only", parse), ("import into a new database", imported)):
        print(f"  {label:<37}  {seconds * 1000:8.1f} ms  ({seconds / base:5.1f}× baseline)")
    print(f"  goal: well under 1 s                   {'met' if imported < 1 else 'MISSED'}")


def new_database(folder: Path, name: str) -> tuple[Database, int]:
    db = Database(database_url(str(folder / f"{name}.sqlite")), actor="benchmark")
    prepare(db)
    consultation = create_consultation(
        db.unit_of_work(),
        NewConsultation(
            name,
            name,
            date(2023, 3, 28),
            date(2023, 4, 30),
            sms_number="1910",
            sms_keyword="BALK KLIMA",
        ),
    ).id
    return db, consultation


def figure(label: str, seconds: float, base: float, *, runs: int = 0) -> None:
    note = ", 1 run" if runs == 1 else ""
    print(f"  {label:<38} {seconds:8.2f} s  ({seconds / base:5.2f}× baseline{note})")


def timed_median(work: Callable[[int], object], repeat: int) -> float:
    """Median time of ``work(run)``, where work times itself and returns seconds."""
    return statistics.median(float(work(run)) for run in range(repeat))  # type: ignore[arg-type]


def bench_mail_import(repeat: int, count: int = 10_000) -> None:
    """Importing saved .eml files, against the standard library merely parsing them."""
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

        def run_import(run: int, per_file: bool = False) -> float:
            db, consultation = new_database(Path(scratch), f"mail-{run}-{per_file}")
            started = time.perf_counter()
            summary = import_mail(
                db.unit_of_work, consultation, [folder], files_per_transaction=1 if per_file else 50
            )
            seconds = time.perf_counter() - started
            db.dispose()
            assert summary.given == count, summary
            assert summary.duplicates == 0, summary
            return seconds

        base = median_seconds(baseline, repeat)
        imported = timed_median(run_import, repeat)
        per_file = run_import(99, per_file=True)
    print(f"mail import ({count} .eml files of every shape into a new SQLite database)")
    print(f"  baseline: stdlib parse of every file   {base:8.2f} s")
    figure("import (50 files per transaction)", imported, base)
    figure("import (each file its own transaction)", per_file, base, runs=1)
    print(
        f"  goal: ≤ 1.5× baseline                  {'met' if imported <= 1.5 * base else 'MISSED'}"
    )


def bench_sms_import(repeat: int, count: int = 100_000) -> None:
    """Importing an SMS export of 100 000 rows, against csv plus bare sqlite3 inserts."""
    data = sms_export(count)
    with tempfile.TemporaryDirectory() as scratch:

        def baseline() -> None:
            rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
            connection = sqlite3.connect(Path(scratch) / f"baseline-{time.perf_counter()}.sqlite")
            connection.execute("CREATE TABLE sms (id, sender, receiver, text, received)")
            connection.executemany("INSERT INTO sms VALUES (?, ?, ?, ?, ?)", rows[1:])
            connection.commit()
            connection.close()

        def run_import(run: int, regroup: bool = False) -> float:
            db, consultation = new_database(Path(scratch), f"sms-{run}-{regroup}")
            started = time.perf_counter()
            summary = import_sms(db.unit_of_work, consultation, data, "sms.csv", regroup=regroup)
            seconds = time.perf_counter() - started
            db.dispose()
            assert summary.given == count, summary
            return seconds

        base = median_seconds(baseline, repeat)
        imported = timed_median(run_import, repeat)
        with_campaigns = run_import(99, regroup=True)
    print(f"SMS import ({count} rows, Danish Excel CSV, into a new SQLite database)")
    print(f"  baseline: csv + bare sqlite3 inserts   {base:8.2f} s")
    figure("import", imported, base)
    figure("import, then campaigns grouped", with_campaigns, base, runs=1)
    print(f"  goal: ≤ 5 s                            {'met' if imported <= 5 else 'MISSED'}")


def bench_campaigns(repeat: int, count: int = 100_000) -> None:
    """Grouping 100 000 responses into campaigns, against finding only identical texts."""
    texts = campaign_texts(count)

    def baseline() -> None:
        identical: dict[tuple[str, ...], list[int]] = {}
        for text in texts:
            identical.setdefault(tuple(words(text.text)), []).append(text.key)

    base = median_seconds(baseline, repeat)
    found: list[int] = []
    grouping = median_seconds(lambda: found.append(len(group_campaigns(texts))), repeat)
    print(f"campaign grouping ({count} responses: SMS and mails, {found[0]} campaigns found)")
    print(f"  baseline: group identical texts only   {base:8.2f} s")
    figure("identical and near-identical", grouping, base)
    print(f"  goal: ≤ 10 s                           {'met' if grouping <= 10 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--only", choices=["memo", "mail", "sms", "campaigns"], help="run one benchmark"
    )
    args = parser.parse_args()
    # The intake benchmarks take minutes per run: three runs give their median.
    heavy = min(args.repeat, 3)
    benches: dict[str, Callable[[], None]] = {
        "memo": lambda: bench_memo_import(args.repeat),
        "mail": lambda: bench_mail_import(heavy),
        "sms": lambda: bench_sms_import(heavy),
        "campaigns": lambda: bench_campaigns(heavy),
    }
    for name, bench in benches.items():
        if args.only in (None, name):
            bench()


if __name__ == "__main__":
    main()
