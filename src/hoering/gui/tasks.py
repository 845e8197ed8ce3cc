"""Running database and file work off the GUI thread.

Reads go to a small thread pool; writes go to a single-thread pool, because
SQLite has one writer and because two edits should land in the order made.
Results come back to the GUI thread through a queued signal.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from hoering.services.memory import full_collections_paused


class _Relay(QObject):
    """Lives in the GUI thread. A worker emits its signals; because the relay's own
    slots receive them, Qt queues the call into the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        forget: Callable[["_Relay"], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._forget(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        self._forget(self)
        self._on_error(error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            # A full collection in this thread would hold the window still (see memory).
            with full_collections_paused():
                result = self.work()
        except Exception as error:  # handed to the caller's on_error, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class TaskRunner(QObject):
    """``run(work, on_done, on_error)``: work runs in a pool, the callbacks in the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def read(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self._start(self._readers, work, on_done, on_error)

    def write(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self._start(self._writer, work, on_done, on_error)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(on_done, on_error, self._relays.discard)
        self._relays.add(relay)
        pool.start(_Task(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running work to finish (on shutdown)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._relays)
