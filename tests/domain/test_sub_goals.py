"""A sub-goal's status after the consultation."""

import pytest

from hoering.domain.enums import MeasureStatus
from hoering.domain.sub_goals import sub_goal_status


@pytest.mark.parametrize(
    ("measure", "consulted", "revised", "expected"),
    [
        (MeasureStatus.UNCHANGED, "A", "A", MeasureStatus.UNCHANGED),
        (MeasureStatus.CHANGED, "A", "A", MeasureStatus.UNCHANGED),
        (MeasureStatus.CHANGED, "A", "B", MeasureStatus.CHANGED),
        (MeasureStatus.CHANGED, None, "B", MeasureStatus.NEW),
        (MeasureStatus.CHANGED, "A", None, MeasureStatus.DROPPED),
        (MeasureStatus.DROPPED, "A", "A", MeasureStatus.DROPPED),
        (MeasureStatus.NEW, "A", "A", MeasureStatus.NEW),
    ],
)
def test_a_sub_goal_status_follows_its_texts_and_its_measure(
    measure: MeasureStatus, consulted: str | None, revised: str | None, expected: MeasureStatus
) -> None:
    assert sub_goal_status(measure, consulted, revised) is expected
