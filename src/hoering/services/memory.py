"""Keeping Python's cycle collector from stopping the window during long work.

The collector rescans every live object whenever its oldest generation fills. In
a large import or a read of 50 000 comments that happens every few seconds, for
a quarter of a second each time, holding the interpreter lock: the window stops
answering meanwhile. While work runs in the background, those full collections
wait; the young generations, where short-lived cycles die, are still collected.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# No full collection until this many collections of the middle generation.
_PAUSED = 1_000_000


class _Pause:
    """Counts the work that asked for the pause: the thresholds come back when the
    last of several background tasks has finished."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._thresholds = gc.get_threshold()

    @contextmanager
    def held(self) -> Iterator[None]:
        """``with full_collections_paused():`` or ``@full_collections_paused()``."""
        with self._lock:
            if not self._holders:
                self._thresholds = gc.get_threshold()
                gc.set_threshold(self._thresholds[0], self._thresholds[1], _PAUSED)
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if not self._holders:
                    gc.set_threshold(*self._thresholds)


full_collections_paused = _Pause().held
