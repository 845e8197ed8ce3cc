"""What the benchmarks share: timing, figures with ratios, fresh databases."""

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from hoering.services.consultations import NewConsultation, create_consultation
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


def new_database(folder: Path, name: str) -> tuple[Database, int]:
    db = Database(database_url(str(folder / f"{name}.sqlite")), actor="benchmark")
    prepare(db)
    consultation = create_consultation(
        db.unit_of_work(),
        NewConsultation(
            title=name,
            plan_title=name,
            opens_on=date(2023, 3, 28),
            closes_on=date(2023, 4, 30),
            sms_number="1910",
            sms_keyword="BALK KLIMA",
        ),
    ).id
    return db, consultation


def figure(label: str, seconds: float, base: float, *, runs: int = 0) -> None:
    print(figure_line(label, seconds, base, runs=runs))


def timed_median(work: Callable[[int], object], repeat: int) -> float:
    """Median time of ``work(run)``, where work times itself and returns seconds."""
    return statistics.median(float(work(run)) for run in range(repeat))  # type: ignore[arg-type]


def figure_line(label: str, seconds: float, base: float, *, runs: int = 0) -> str:
    note = ", 1 run" if runs == 1 else ""
    return f"  {label:<38} {seconds:8.2f} s  ({seconds / base:5.2f}× baseline{note})"


def verdict(goal: str, value: float, limit: float, *, unit: str = " s") -> str:
    """The goal line: met, or missed by how much."""
    if value <= limit:
        return f"  goal: {goal:<32} met ({value:.2f}{unit})"
    return f"  goal: {goal:<32} MISSED ({value:.2f}{unit}, {value / limit:.1f}× the goal)"


def peak_resident_mb() -> float:
    """This process's peak resident memory since it started its program (VmHWM).

    Not ``getrusage``'s ru_maxrss: on Linux a child started from a large parent
    reports at least the parent's size, however little it uses itself."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("/proc/self/status has no VmHWM line")
