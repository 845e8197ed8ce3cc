"""The vocabulary's names as the window shows them: Danish, or translated."""

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from hoering.domain import labels as danish
from hoering.domain.enums import (
    AssessmentCategory,
    Channel,
    GroupKind,
    MeasureStatus,
    Outcome,
    PersonalDataReview,
    RespondentKind,
    ResponseStatus,
    RevisionKind,
    SectionLevel,
    TargetLevel,
    Timeliness,
)
from hoering.domain.roles import Role
from hoering.domain.suggestions import SuggestionReason

_NAMES: dict[type[StrEnum], dict] = {  # type: ignore[type-arg]
    AssessmentCategory: danish.ASSESSMENT_CATEGORY,
    Channel: danish.CHANNEL,
    GroupKind: danish.GROUP_KIND,
    MeasureStatus: danish.MEASURE_STATUS,
    Outcome: danish.OUTCOME,
    RespondentKind: danish.RESPONDENT_KIND,
    ResponseStatus: danish.RESPONSE_STATUS,
    RevisionKind: danish.REVISION_KIND,
    SectionLevel: danish.SECTION_LEVEL,
    SuggestionReason: danish.SUGGESTION_REASON,
    TargetLevel: danish.TARGET_LEVEL,
    Timeliness: danish.TIMELINESS,
    Role: danish.ROLE,
    PersonalDataReview: danish.PERSONAL_DATA_REVIEW,
}


def term(value: StrEnum) -> str:
    """The name of a value of the vocabulary (an outcome, a channel …) in the interface language."""
    return QCoreApplication.translate("labels", _NAMES[type(value)][value])


_Member = TypeVar("_Member", bound=StrEnum)


def chosen(box: QComboBox, kind: type[_Member]) -> _Member | None:
    """The member a combo box holds as item data; Qt hands a StrEnum back as a plain str."""
    value = box.currentData()
    return None if value is None else kind(value)
