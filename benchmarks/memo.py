"""The memo import of seed 003."""

import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.common import CODES, median_seconds, verdict
from hoering.exchange.memo.parser import parse_memo
from hoering.exchange.memo.rows import parse_memo_bytes
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.demo import MEMO_FILE, demo_dir
from hoering.services.memo_import import SourceConfirmation, import_memo
from hoering.store.database import Database, database_url
from hoering.store.schema import prepare


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
                NewConsultation("Bench", date(2023, 3, 28), date(2023, 4, 30)),
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
    print(verdict("≤ 1 s", imported, 1))
