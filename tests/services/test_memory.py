"""Full cycle collections wait while background work runs, and come back after."""

import gc
import threading

import pytest

from hoering.services.memory import full_collections_paused


def test_full_collections_wait_until_the_last_background_task_is_done() -> None:
    before = gc.get_threshold()
    first_entered, second_done = threading.Event(), threading.Event()
    seen_by_second: list[tuple[int, int, int]] = []

    def second_task() -> None:
        first_entered.wait()
        with full_collections_paused():
            seen_by_second.append(gc.get_threshold())
        second_done.set()

    worker = threading.Thread(target=second_task)
    worker.start()
    with full_collections_paused():
        paused = gc.get_threshold()
        first_entered.set()
        second_done.wait()
        assert gc.get_threshold() == paused  # the second task's end did not undo mine
    worker.join()
    assert paused[:2] == before[:2] and paused[2] > before[2] * 1000
    assert seen_by_second == [paused]
    assert gc.get_threshold() == before


def test_the_pause_ends_when_the_work_fails() -> None:
    before = gc.get_threshold()

    @full_collections_paused()
    def failing() -> None:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        failing()
    assert gc.get_threshold() == before
