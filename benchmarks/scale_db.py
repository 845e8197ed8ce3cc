"""Generated consultations for the benchmarks, cached on disk between runs.

Generating 200 000 responses takes minutes, so each database is made once and
kept in ``benchmarks/.cache/`` (or $HOERING_BENCH_CACHE), named after its size,
its seed and a digest of what made it (the generator, its texts, the migrations):
change any of them and the next run generates afresh. A benchmark that writes
works on a copy.
"""

import hashlib
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from hoering.packaged import migrations_dir, resources_dir
from hoering.services import demo_scale
from hoering.store.database import Database, database_url
from hoering.store.schema import prepare

_HERE = Path(__file__).resolve().parent
_SOURCES = (
    Path(demo_scale.__file__),
    Path(demo_scale.__file__).with_name("demo_texts.py"),
    Path(demo_scale.__file__).with_name("intake_writer.py"),
    resources_dir() / "demo" / "scale.json",
    *sorted((migrations_dir() / "versions").glob("*.py")),
)


def cache_dir() -> Path:
    folder = Path(os.environ.get("HOERING_BENCH_CACHE", _HERE / ".cache"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def generator_version() -> str:
    digest = hashlib.sha256()
    for source in _SOURCES:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def scaled_database(responses: int, seed: int = demo_scale.DEFAULT_SEED) -> Path:
    """A SQLite file with the generated consultation of ``responses`` responses."""
    path = cache_dir() / f"scale-{responses}-seed{seed}-{generator_version()}.sqlite"
    if path.exists():
        return path
    for stale in cache_dir().glob(f"scale-{responses}-seed{seed}-*.sqlite*"):
        stale.unlink()
    print(f"  (generating {responses:,} responses once, kept in {path.parent})", flush=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.monotonic()
    db = Database(database_url(str(partial)), actor="benchmark")
    try:
        prepare(db)
        demo_scale.create_scaled_demo(db.unit_of_work, responses, seed=seed)
    finally:
        db.dispose()  # the last connection folds the write-ahead log into the file
    with sqlite3.connect(partial) as connection:
        connection.execute("PRAGMA optimize")
    partial.rename(path)
    print(f"  (generated in {time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
    return path


def working_copy(source: Path, folder: Path) -> Path:
    """A copy to change: benchmarks that write must leave the cached database as it was."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def consultation_id(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        (found,) = connection.execute("SELECT min(id) FROM consultation").fetchone()
    return int(found)
