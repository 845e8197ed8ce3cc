"""Frozen data handed from the services to the interface, the command line and exports.

ORM objects never leave the services; these plain values are safe to pass
between threads and to keep after the transaction has ended.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hoering.domain.enums import GroupKind, MeasureStatus, RespondentKind, SectionLevel
from hoering.domain.labels import measure_label


@dataclass(frozen=True, slots=True)
class ConsultationSummary:
    id: int
    title: str
    plan_title: str
    opens_on: date
    closes_on: date
    time_zone: str
    email_address: str | None
    sms_number: str | None
    sms_keyword: str | None
    # The bodies consulted, by respondent id.
    parties: tuple[int, ...]
    version: int
    # Personal data is kept until this day, then purged (None: not decided).
    retention_until: date | None = None
    personal_data_purged: bool = False


@dataclass(frozen=True, slots=True)
class RespondentSummary:
    id: int
    kind: RespondentKind
    code: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class WorkCounts:
    """How much work a node of the plan holds: what an editor looks at first."""

    comments: int = 0
    comments_without_outcome: int = 0
    measures_without_assessment: int = 0

    def __add__(self, other: "WorkCounts") -> "WorkCounts":
        return WorkCounts(
            self.comments + other.comments,
            self.comments_without_outcome + other.comments_without_outcome,
            self.measures_without_assessment + other.measures_without_assessment,
        )


@dataclass(frozen=True, slots=True)
class MeasureNode:
    id: int
    number: str | None
    title: str | None
    status: MeasureStatus
    counts: WorkCounts
    section_id: int | None = None

    @property
    def label(self) -> str:
        return measure_label(self.number, self.title)


@dataclass(frozen=True, slots=True)
class SectionNode:
    """A theme, sub-theme or group with what lies below it, in plan order."""

    id: int
    level: SectionLevel
    title: str
    group_kind: GroupKind | None
    children: tuple["SectionNode | MeasureNode", ...]
    # Counts for the section itself and everything below it.
    counts: WorkCounts
    version: int = 1


@dataclass(frozen=True, slots=True)
class PlanTree:
    consultation_id: int
    plan_title: str
    roots: tuple[SectionNode | MeasureNode, ...]
    counts: WorkCounts
    # Comments on the policy as a whole, and proposals for new measures.
    policy: WorkCounts
    new_measures: WorkCounts
    # False for the plan's outline alone: every count is then zero, not yet counted.
    counted: bool = True


@dataclass(frozen=True, slots=True)
class ConsultationStats:
    consultation: ConsultationSummary
    themes: int
    sections: int
    measures: int
    sub_goals: int
    comments: int
    comments_by_source: Mapping[str, int]
    comments_by_target: Mapping[str, int]
    comments_with_outcome: int
    comments_with_reply: int
    assessments: int
    assessments_by_category: Mapping[str, int]
    responses: int
    responses_by_channel: Mapping[str, int]
    late_responses: int
    responses_set_aside: int


@dataclass(frozen=True, slots=True)
class ImportNote:
    location: str
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class MemoImportReport:
    consultation_id: int
    filename: str
    sections: int
    measures: int
    sub_goals: int
    comments: int
    assessments: int
    revisions: int
    created_respondents: tuple[str, ...]
    notes: tuple[ImportNote, ...] = field(default=())
