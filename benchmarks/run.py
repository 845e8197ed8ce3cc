"""Benchmarks: each figure is printed with its ratio to a baseline timed in the same run.

    .venv/bin/python -m benchmarks.run [--repeat 7] [--only NAME ...] [--more]

Machines here are shared and noisy, so every figure is the median of several
runs, and the ratio to a baseline measured alongside is what to compare. The
large consultations are generated once (``hoering demo --scale``) and cached in
benchmarks/.cache/; the first run spends a few minutes making them.
"""

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package

from benchmarks.annex import bench_annex_export, bench_large_annex
from benchmarks.intake import bench_campaigns, bench_mail_import, bench_sms_import
from benchmarks.memo import bench_memo_import
from benchmarks.purge import bench_purge
from benchmarks.search import bench_search
from benchmarks.window import bench_interface, bench_startup, bench_window_import

# Figures of their own that issue 7 does not ask for: run with --more or --only.
_MORE = {"purge", "window-import"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--comments", type=int, default=10_000, help="comments in the annex test")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run this one (repeatable)"
    )
    parser.add_argument(
        "--more",
        action="store_true",
        help="also the figures issue 7 does not ask for (minutes more): mail imported a file "
        "per transaction, SMS imported and grouped, purging, imports through the window",
    )
    args = parser.parse_args()
    names: list[str] = args.only
    # The scale benchmarks take seconds per run: three give their median. The intake
    # and campaign figures take 10-35 s per run: the mean of two keeps the whole run
    # at a few minutes.
    heavy, heaviest = min(args.repeat, 3), min(args.repeat, 2)
    benches: dict[str, Callable[[], None]] = {
        "memo": lambda: bench_memo_import(args.repeat),
        "startup": lambda: bench_startup(min(args.repeat, 5)),
        "search": lambda: bench_search(heavy),
        "annex": lambda: bench_annex_export(args.repeat, args.comments),
        "annex-large": bench_large_annex,
        "mail": lambda: bench_mail_import(heaviest, per_file=args.more),
        "sms": lambda: bench_sms_import(heaviest, regroup=args.more),
        "campaigns": lambda: bench_campaigns(heaviest),
        "purge": lambda: bench_purge(heavy),
        "interface": bench_interface,
        "window-import": bench_window_import,
    }
    unknown = set(names) - set(benches)
    if unknown:
        parser.error(
            f"unknown benchmark(s): {', '.join(sorted(unknown))}; choose from {list(benches)}"
        )
    started = time.monotonic()
    for name, bench in benches.items():
        if name in names or (not names and (args.more or name not in _MORE)):
            bench_started = time.monotonic()
            bench()
            print(f"  ({name}: {time.monotonic() - bench_started:.0f} s)", flush=True)
    print(f"(all figures in {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
