"""What goes into a committee annex: plain values the services build and the writer lays out.

The long parts (the memo's entries, the plan's rows, the responses) are
iterables consumed once while the file is written, so a consultation with
500 000 comments never has to be held in memory at once.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hoering.domain.enums import (
    Channel,
    MeasureStatus,
    Outcome,
    ResponseStatus,
    Timeliness,
)


class HeadingKind(StrEnum):
    """A heading row: the plan's sections, and the two places outside the plan."""

    THEME = "theme"
    SUB_THEME = "sub_theme"
    GROUP = "group"
    POLICY = "policy"
    NEW_MEASURES = "new_measures"


@dataclass(frozen=True, slots=True)
class AnnexComment:
    """A comment as printed: its source ("UGO", "Grønt Råd", "Borger 17") and outcome."""

    source: str
    text: str
    reply: str | None = None
    outcome: Outcome | None = None
    # The other measures the comment is also about, by number ("8", "9").
    also_on: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Heading:
    kind: HeadingKind
    title: str
    comments: tuple[AnnexComment, ...] = ()


@dataclass(frozen=True, slots=True)
class SubGoalRow:
    consulted: str | None
    revised: str | None
    status: MeasureStatus
    # The comments the revision of this sub-goal was made for.
    motivation: tuple[AnnexComment, ...] = ()


@dataclass(frozen=True, slots=True)
class MeasureEntry:
    number: str | None
    title: str | None
    status: MeasureStatus
    sub_goals: tuple[SubGoalRow, ...]
    comments: tuple[AnnexComment, ...] = ()
    assessment: str = ""
    # Comments behind a change to the measure as a whole (dropped, reinstated …).
    motivation: tuple[AnnexComment, ...] = ()


PlanEntry = Heading | MeasureEntry


@dataclass(frozen=True, slots=True)
class ContactDetails:
    """Personal data, only in an internal annex."""

    name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class ResponseEntry:
    # None for comments a body made without a logged response (written into a memo).
    received_at: datetime | None
    channel: Channel | None
    sender: str
    timeliness: Timeliness | None
    status: ResponseStatus | None
    comments: int
    # Where its comments point: measure numbers, "tema TRANSPORT", "politikken" …
    targets: tuple[str, ...]
    accepted_late_reason: str | None = None
    contact: ContactDetails | None = None


@dataclass(frozen=True, slots=True)
class OverviewTable:
    """A small table of counts: a label per row, one count per column, and a total row."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    total: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class AnnexDocument:
    title: str
    time_zone: str
    exported_on: date
    memo: Iterable[PlanEntry]
    plan: Iterable[PlanEntry]
    responses: Iterable[ResponseEntry]
    overview: tuple[OverviewTable, ...]
    # The committee the annex is for, as printed in the page header.
    addressee: str | None = None
    organisation: str | None = None
    draft: bool = False
    internal: bool = False
    changed_only: bool = False


@dataclass(frozen=True, slots=True)
class WriteReport:
    rows: Mapping[str, int]
    # Texts too long for one row, continued in the rows below.
    continued_cells: int
    # Characters an XML file cannot hold (control characters), removed.
    removed_characters: int
