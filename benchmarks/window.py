"""Start-up to a usable window, and the interface at scale (benchmarks/window_child.py)."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import figure_line, verdict
from benchmarks.data import sms_export, write_mail_files
from benchmarks.scale_db import scaled_database

_ROOT = Path(__file__).resolve().parents[1]
START_RESPONSES = 200_000
BLOCK_LIMIT_MS = 100
MEMORY_LIMIT_MB = 500


@contextmanager
def _child(*args: str) -> Iterator[subprocess.Popen[str]]:
    """The child as ``hoering`` would run: offscreen, fresh settings, Danish; ended on leaving."""
    with tempfile.TemporaryDirectory(prefix="hoering-bench-") as config:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": config,
            "HOERING_LANG": "da",
            "PYTHONPATH": str(_ROOT),
        }
        child = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.window_child", *args],
            cwd=_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            yield child
        finally:
            child.kill()
            child.wait()


def _time_to_ready(*args: str) -> tuple[float, float]:
    """Seconds from the start to READY, and (``hoering`` only) to COUNTED."""
    started = time.perf_counter()
    with _child(*args) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        ready = time.perf_counter() - started
        if line.strip() != "READY":
            raise RuntimeError(f"the window did not start: {line!r}")
        counted = ready
        if args[0] == "hoering":
            line = child.stdout.readline()
            counted = time.perf_counter() - started
            if line.strip() != "COUNTED":
                raise RuntimeError(f"the window did not count: {line!r}")
    return ready, counted


def bench_startup(repeat: int) -> None:
    """Start-up on 200 000 responses against a bare PySide6 window started the same way."""
    database = str(scaled_database(START_RESPONSES))
    _time_to_ready("hoering", database)  # the first start reads the file into the page cache
    bare, usable, counted = [], [], []
    for _ in range(repeat):  # interleaved, so both see the same machine
        bare.append(_time_to_ready("bare")[0])
        ready, all_shown = _time_to_ready("hoering", database)
        usable.append(ready)
        counted.append(all_shown)
    base, seconds = statistics.median(bare), statistics.median(usable)
    print(f"start-up to a usable window ({START_RESPONSES:,} responses, SQLite, offscreen)")
    print(f"  baseline: bare PySide6 window          {base:8.2f} s")
    print(figure_line("Høring: plan tree shown, usable", seconds, base))
    print(figure_line("  its counts and the overview shown", statistics.median(counted), base))
    print(verdict("≤ 1.5× baseline", seconds / base, 1.5, unit="×"))


def bench_interface() -> None:
    """The window on 200 000 responses: the most commented measure opened and scrolled."""
    database = str(scaled_database(START_RESPONSES))
    with _child("interact", database) as child:
        assert child.stdout is not None
        lines = child.stdout.read().splitlines()
    figures = json.loads(lines[-1])
    print(
        f"interface at scale ({START_RESPONSES:,} responses, offscreen; longest event-loop block)"
    )
    print(
        f"  open measure »{figures['measure'][:30]}« ({figures['measure_comments']:,} comments)"
        f"  {figures['open_measure_s']:6.2f} s   block {figures['open_measure_block_ms']:6.0f} ms"
    )
    print(
        f"  scroll its list ({figures['listed_rows']:,} rows) to the end"
        f"        block {figures['scroll_block_ms']:6.0f} ms"
    )
    print(
        f"  type »{figures['typed']}« in the search ({figures['typed_hits']:,} hits)"
        f"          block {figures['typing_block_ms']:6.0f} ms"
    )
    worst = max(
        figures["open_measure_block_ms"], figures["scroll_block_ms"], figures["typing_block_ms"]
    )
    print(verdict(f"no block over {BLOCK_LIMIT_MS} ms", worst, BLOCK_LIMIT_MS, unit=" ms"))
    peak = figures["peak_rss_mb"]
    print(verdict(f"≤ {MEMORY_LIMIT_MB} MB resident", peak, MEMORY_LIMIT_MB, unit=" MB"))


IMPORT_MAILS, IMPORT_SMS = 10_000, 100_000


def bench_window_import() -> None:
    """10 000 e-mails and 100 000 SMS imported through the window: the event loop probed."""
    with tempfile.TemporaryDirectory(prefix="hoering-bench-import-") as folder:
        write_mail_files(Path(folder) / "mail", IMPORT_MAILS)
        (Path(folder) / "sms.csv").write_bytes(sms_export(IMPORT_SMS))
        with _child("import", folder) as child:
            assert child.stdout is not None
            lines = child.stdout.read().splitlines()
    figures = json.loads(lines[-1])
    print("imports through the window (offscreen; longest event-loop block during each)")
    for name, count in (("mail", IMPORT_MAILS), ("sms", IMPORT_SMS)):
        print(
            f"  {count:,} {'e-mails' if name == 'mail' else 'SMS'}: {figures[f'{name}_s']:7.1f} s"
            f"   block {figures[f'{name}_block_ms']:6.0f} ms"
            f"   ({figures[f'{name}_imported']:,} of {figures[f'{name}_given']:,} imported)"
        )
    worst = max(figures["mail_block_ms"], figures["sms_block_ms"])
    print(verdict(f"no block over {BLOCK_LIMIT_MS} ms", worst, BLOCK_LIMIT_MS, unit=" ms"))
