"""Purging a consultation's personal data after its retention date."""

import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.common import figure, new_database, timed_median
from benchmarks.data import sms_export
from hoering.services.consultations import find_consultation, set_retention
from hoering.services.erasure import purge_personal_data
from hoering.services.imports import import_sms


def bench_purge(repeat: int, count: int = 10_000) -> None:
    """Purging a consultation of ``count`` SMS from about 0.6 × count citizens, against
    importing them: both write every response once and read the log."""
    data = sms_export(count)
    with tempfile.TemporaryDirectory() as scratch:
        timings: list[tuple[float, float]] = []

        def run(run: int) -> float:
            db, consultation = new_database(Path(scratch), f"purge-{run}")
            started = time.perf_counter()
            import_sms(db.unit_of_work, consultation, data, "sms.csv")
            imported = time.perf_counter() - started
            found = find_consultation(db.unit_of_work(write=False), str(consultation))
            set_retention(
                db.unit_of_work(), found.id, date(2023, 5, 31), expected_version=found.version
            )
            started = time.perf_counter()
            report = purge_personal_data(db.unit_of_work(), found.id, today=date(2023, 6, 1))
            purged = time.perf_counter() - started
            db.dispose()
            assert report.responses == count, report
            timings.append((imported, purged))
            return purged

        purged = timed_median(run, repeat)
        base = sorted(imported for imported, _ in timings)[len(timings) // 2]
    print(f"purge ({count} SMS, their senders' numbers in the log, SQLite)")
    print(f"  baseline: importing them               {base:8.2f} s")
    figure("purge after the retention date", purged, base)
