"""The vocabulary of a consultation, as enumerations stored by value.

Values are stable English identifiers (they live in databases); Danish labels
for the interface are in :mod:`hoering.domain.labels`.
"""

from enum import StrEnum


class PlanStage(StrEnum):
    DRAFT = "draft"
    CONSULTATION = "consultation"
    REVISED = "revised"
    ADOPTED = "adopted"


class SectionLevel(StrEnum):
    """A plan's structure above its measures: theme > sub-theme > group."""

    THEME = "theme"
    SUB_THEME = "sub_theme"
    GROUP = "group"


class GroupKind(StrEnum):
    """Ballerup's responsibility groups ("Det vi gør selv" …); others are OTHER."""

    OWN = "own"
    CO_OWNER = "co_owner"
    TOGETHER = "together"
    OTHER = "other"


class MeasureStatus(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    NEW = "new"
    DROPPED = "dropped"


class RevisionKind(StrEnum):
    SUB_GOAL_CHANGED = "sub_goal_changed"
    SUB_GOAL_ADDED = "sub_goal_added"
    SUB_GOAL_REMOVED = "sub_goal_removed"
    MEASURE_ADDED = "measure_added"
    MEASURE_RETITLED = "measure_retitled"
    MEASURE_DROPPED = "measure_dropped"
    MEASURE_REINSTATED = "measure_reinstated"


class RespondentKind(StrEnum):
    COMMITTEE = "committee"
    COUNCIL = "council"
    ORGANISATION = "organisation"
    COMPANY = "company"
    CITIZEN = "citizen"
    INTERNAL = "internal"


# Bodies named in public (committees, councils, the municipality itself): what is
# stored about them is not personal data.
PUBLIC_RESPONDENT_KINDS = (
    RespondentKind.COMMITTEE,
    RespondentKind.COUNCIL,
    RespondentKind.INTERNAL,
)


class ContactKind(StrEnum):
    """Kinds of personal or contact data, kept apart from public names."""

    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    LETTER = "letter"
    MEETING = "meeting"
    OTHER = "other"


class Timeliness(StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


class ResponseStatus(StrEnum):
    RECEIVED = "received"
    SPLIT = "split"  # made into comments, some still without an outcome
    DONE = "done"  # every comment has an outcome
    SET_ASIDE = "set_aside"
    UNREADABLE = "unreadable"
    # A set-aside message decided not to be a response to this consultation: kept, not counted.
    DISMISSED = "dismissed"


class TargetLevel(StrEnum):
    """What a comment is about: a measure, a plan section, the policy, or a new measure."""

    MEASURE = "measure"
    SECTION = "section"
    POLICY = "policy"
    NEW_MEASURE = "new_measure"


class Outcome(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NOTED = "noted"


class AssessmentCategory(StrEnum):
    """The kinds of assessment seen in real memos (DOMAIN.md)."""

    SUB_GOAL_CHANGED = "sub_goal_changed"
    SUB_GOAL_ADDED = "sub_goal_added"
    MEASURE_DROPPED = "measure_dropped"
    GOAL_KEPT = "goal_kept"
    INCORPORATED = "incorporated"
    FURTHER_WORK = "further_work"
    DEFERRED = "deferred"
    EXPLANATION = "explanation"
    BLANK = "blank"


class PersonalDataReview(StrEnum):
    """Whether a person has looked at the personal data found in a comment."""

    NOTHING_FOUND = "nothing_found"
    PENDING = "pending"  # found, public text not yet approved
    APPROVED = "approved"


class ExportKind(StrEnum):
    ANNEX = "annex"
    AUDIT_LOG = "audit_log"
    PACKAGE = "package"
    ORIGINAL = "original"
    ATTACHMENT = "attachment"
    BACKUP = "backup"
