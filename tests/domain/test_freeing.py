"""Large collections are emptied a piece at a time (the window's thread runs between)."""

from hoering.domain.freeing import free_in_pieces


def test_lists_and_dicts_of_any_size_are_emptied() -> None:
    rows = [object() for _ in range(2_345)]
    by_id = {n: [n] for n in range(1_001)}
    empty: list[object] = []
    free_in_pieces(rows, by_id, empty)
    assert rows == [] and by_id == {} and empty == []


def test_what_others_still_hold_survives() -> None:
    kept = ["a reply still shown"]
    rows = [kept, ["dropped"]]
    free_in_pieces(rows)
    assert kept == ["a reply still shown"]
