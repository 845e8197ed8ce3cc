"""Benchmarks: each figure is printed with its ratio to a baseline timed in the same run.

    .venv/bin/python benchmarks/run.py [--repeat 7] [--only memo|annex|mail|sms|campaigns|purge]

Machines here are shared and noisy, so every figure is the median of several
runs, and the ratio to a baseline measured alongside is what to compare.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package

from benchmarks.annex import bench_annex_export
from benchmarks.intake import bench_campaigns, bench_mail_import, bench_sms_import
from benchmarks.memo import bench_memo_import
from benchmarks.purge import bench_purge


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--comments", type=int, default=10_000, help="comments in the annex test")
    parser.add_argument(
        "--only",
        choices=["memo", "annex", "mail", "sms", "campaigns", "purge"],
        help="run one benchmark",
    )
    args = parser.parse_args()
    # The intake benchmarks take minutes per run: three runs give their median.
    heavy = min(args.repeat, 3)
    benches: dict[str, Callable[[], None]] = {
        "memo": lambda: bench_memo_import(args.repeat),
        "annex": lambda: bench_annex_export(args.repeat, args.comments),
        "mail": lambda: bench_mail_import(heavy),
        "sms": lambda: bench_sms_import(heavy),
        "campaigns": lambda: bench_campaigns(heavy),
        "purge": lambda: bench_purge(heavy),
    }
    for name, bench in benches.items():
        if args.only in (None, name):
            bench()


if __name__ == "__main__":
    main()
