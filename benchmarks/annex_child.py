"""Export the annex of a database in a process of its own, to measure its peak memory.

    python -m benchmarks.annex_child DATABASE OUT.xlsx

Prints one JSON line: seconds, peak resident memory (MB), comments and rows written.
"""

import json
import sys
import time
from pathlib import Path

from benchmarks.common import peak_resident_mb
from hoering.services.annex import export_annex
from hoering.store.database import Database, database_url


def main(database: str, out: str) -> None:
    db = Database(database_url(database), actor="benchmark")
    started = time.perf_counter()
    result = export_annex(db.unit_of_work(), None, Path(out))
    seconds = time.perf_counter() - started
    db.dispose()
    peak = peak_resident_mb()
    rows = sum(result.rows.values())
    comments = result.preview.comments
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "rows": rows, "comments": comments}))


if __name__ == "__main__":
    main(*sys.argv[1:])
