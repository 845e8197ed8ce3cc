"""How long the window's event loop is kept from running: a timer probe.

A QTimer fires every 10 ms; the longest gap between two of its ticks, less the
interval, is the longest the interface could not react (to a key, a scroll, a
repaint). The issue's limit is 100 ms. Use it around any interaction:

    probe = BlockProbe()
    with probe.measuring():
        ... drive the window, waiting with wait_until() ...
    probe.longest_ms

Only the GUI thread is probed: work in the task runner's threads does not count,
except where it holds Python's interpreter lock for long stretches.
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

INTERVAL_MS = 10


class BlockProbe:
    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - INTERVAL_MS
        self.longest_ms = max(self.longest_ms, gap)
        self._last = now

    @contextmanager
    def measuring(self) -> Iterator["BlockProbe"]:
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()
        try:
            yield self
        finally:
            self._tick()  # a block that lasts until the end counts too
            self._timer.stop()


def wait_until(done: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop until ``done()`` (the probe keeps ticking meanwhile)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.002)


def pause(seconds: float) -> None:
    """Let the event loop run for a while (timers, queued results)."""
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() >= end, seconds + 5)
