"""A sub-goal's status after the consultation, for the revised plan."""

from hoering.domain.enums import MeasureStatus


def sub_goal_status(
    measure: MeasureStatus, consulted: str | None, revised: str | None
) -> MeasureStatus:
    """A sub-goal's status after the consultation: the measure's fate decides first."""
    if measure is MeasureStatus.DROPPED or revised is None:
        return MeasureStatus.DROPPED
    if measure is MeasureStatus.NEW or consulted is None:
        return MeasureStatus.NEW
    if consulted != revised:
        return MeasureStatus.CHANGED
    return MeasureStatus.UNCHANGED
