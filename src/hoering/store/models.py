"""The tables of a Høring database.

Plans: plan > plan version > sections (theme, sub-theme, group) > measures >
sub-goals, with a revision history. Consultations: respondents, responses
(with the original bytes), comments with their targets, assessments. Every
change is written to the audit log (see :mod:`hoering.store.audit`).
"""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hoering.domain.enums import (
    AssessmentCategory,
    Channel,
    ContactKind,
    ExportKind,
    GroupKind,
    MeasureStatus,
    Outcome,
    PersonalDataReview,
    PlanStage,
    RespondentKind,
    ResponseStatus,
    RevisionKind,
    SectionLevel,
    TargetLevel,
    Timeliness,
)
from hoering.domain.roles import Role
from hoering.store.base import Base, Versioned, enum_column


def utc_now() -> datetime:
    return datetime.now(UTC)


class Plan(Versioned, Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(200))

    versions: Mapped[list["PlanVersion"]] = relationship(back_populates="plan")


class PlanVersion(Versioned, Base):
    """One edition of a plan: the draft, the edition in consultation, the revised one …"""

    __tablename__ = "plan_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    stage: Mapped[PlanStage] = mapped_column(enum_column(PlanStage))
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("plan_version.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    plan: Mapped[Plan] = relationship(back_populates="versions")
    sections: Mapped[list["Section"]] = relationship(
        back_populates="plan_version", order_by="Section.position"
    )
    measures: Mapped[list["Measure"]] = relationship(
        back_populates="plan_version", order_by="Measure.position"
    )


class Section(Versioned, Base):
    """A theme, a sub-theme or a responsibility group; all optional but themes."""

    __tablename__ = "section"
    __table_args__ = (
        CheckConstraint("(level = 'theme') = (parent_id IS NULL)", name="theme_is_root"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[SectionLevel] = mapped_column(enum_column(SectionLevel))
    group_kind: Mapped[GroupKind | None] = mapped_column(enum_column(GroupKind))
    title: Mapped[str] = mapped_column(Text)
    # Document order: one sequence shared with the plan version's measures.
    position: Mapped[int]

    plan_version: Mapped[PlanVersion] = relationship(back_populates="sections")
    parent: Mapped["Section | None"] = relationship(remote_side=[id])


class Measure(Versioned, Base):
    __tablename__ = "measure"
    __table_args__ = (UniqueConstraint("plan_version_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="SET NULL"), index=True
    )
    # "12" or a code such as "4.8.1"; plans without numbers leave it empty.
    number: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(Text)
    # Document order: one sequence shared with the plan version's sections.
    position: Mapped[int]
    status: Mapped[MeasureStatus] = mapped_column(
        enum_column(MeasureStatus), default=MeasureStatus.UNCHANGED
    )

    plan_version: Mapped[PlanVersion] = relationship(back_populates="measures")
    section: Mapped[Section | None] = relationship()
    sub_goals: Mapped[list["SubGoal"]] = relationship(
        back_populates="measure", order_by="SubGoal.position", cascade="all, delete-orphan"
    )


class SubGoal(Versioned, Base):
    """A sub-goal as consulted and as revised.

    ``consulted_text`` is empty for a sub-goal added after the consultation;
    ``revised_text`` is empty for one that was removed.
    """

    __tablename__ = "sub_goal"
    __table_args__ = (
        CheckConstraint("consulted_text IS NOT NULL OR revised_text IS NOT NULL", name="has_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    consulted_text: Mapped[str | None] = mapped_column(Text)
    revised_text: Mapped[str | None] = mapped_column(Text)

    measure: Mapped[Measure] = relationship(back_populates="sub_goals")


revision_motivation = Table(
    "revision_motivation",
    Base.metadata,
    Column("revision_id", ForeignKey("revision.id", ondelete="CASCADE"), primary_key=True),
    Column("comment_id", ForeignKey("comment.id", ondelete="CASCADE"), primary_key=True),
)


class Revision(Base):
    """One change to the plan after consultation: who, when, why, motivated by which comments."""

    __tablename__ = "revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    sub_goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("sub_goal.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RevisionKind] = mapped_column(enum_column(RevisionKind))
    old_text: Mapped[str | None] = mapped_column(Text)
    new_text: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200))
    made_at: Mapped[datetime] = mapped_column(default=utc_now)

    measure: Mapped[Measure] = relationship()
    sub_goal: Mapped[SubGoal | None] = relationship()
    motivating_comments: Mapped[list["Comment"]] = relationship(secondary=revision_motivation)


class Consultation(Versioned, Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id"), index=True)
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")
    email_address: Mapped[str | None] = mapped_column(String(320))
    sms_number: Mapped[str | None] = mapped_column(String(32))
    sms_keyword: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Personal data may be kept until this day; then it is purged from the working copy.
    retention_until: Mapped[date | None] = mapped_column(Date)
    personal_data_purged_at: Mapped[datetime | None]

    plan_version: Mapped[PlanVersion] = relationship()
    # The bodies invited to respond (høringsparter).
    parties: Mapped[list["Respondent"]] = relationship(
        secondary="consultation_party", order_by="Respondent.code"
    )


consultation_party = Table(
    "consultation_party",
    Base.metadata,
    Column("consultation_id", ForeignKey("consultation.id", ondelete="CASCADE"), primary_key=True),
    Column("respondent_id", ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True),
)


class Respondent(Versioned, Base):
    """Who responded. Bodies (UGO, Grønt Råd …) are public; citizens have only contacts.

    Respondents are shared by all consultations in a database, so a committee
    is registered once and recognised in every consultation.
    """

    __tablename__ = "respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RespondentKind] = mapped_column(enum_column(RespondentKind))
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    # The public name; empty for citizens, whose names are personal data.
    name: Mapped[str | None] = mapped_column(String(300))
    # Set when the person's data was erased: only the pseudonym is left.
    personal_data_erased_at: Mapped[datetime | None]

    contacts: Mapped[list["RespondentContact"]] = relationship(
        back_populates="respondent", cascade="all, delete-orphan"
    )


class RespondentContact(Base):
    """Personal and contact data, kept apart so it can be left out of exports and purged."""

    __tablename__ = "respondent_contact"
    __table_args__ = (UniqueConstraint("respondent_id", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("respondent.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContactKind] = mapped_column(enum_column(ContactKind))
    value: Mapped[str] = mapped_column(String(500), index=True)

    respondent: Mapped[Respondent] = relationship(back_populates="contacts")


class Pseudonym(Base):
    """A citizen's number within one consultation: "Borger 17" in every sheet and export."""

    __tablename__ = "pseudonym"
    __table_args__ = (
        UniqueConstraint("consultation_id", "number"),
        UniqueConstraint("consultation_id", "respondent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id", ondelete="CASCADE"))
    respondent_id: Mapped[int] = mapped_column(ForeignKey("respondent.id", ondelete="CASCADE"))
    number: Mapped[int]


class StoredFile(Base):
    """Bytes exactly as received, stored once per content (SHA-256)."""

    __tablename__ = "stored_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Campaign(Versioned, Base):
    """Responses with the same or nearly the same text from different senders.

    The campaign is split into comments once, on its common text; those comments
    (``Comment.campaign_id``) count once for every member response.
    """

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    common_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class Response(Versioned, Base):
    """One submission from one sender via one channel."""

    __tablename__ = "response"
    __table_args__ = (
        Index("ix_response_consultation_received", "consultation_id", "received_at"),
        # Counting a consultation's responses by channel, status and timeliness reads
        # this index only (the inbox's counts, the overview).
        Index(
            "ix_response_consultation_counts", "consultation_id", "channel", "status", "timeliness"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed first in the two indexes above.
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id", ondelete="CASCADE"))
    respondent_id: Mapped[int | None] = mapped_column(ForeignKey("respondent.id"), index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    received_at: Mapped[datetime]
    # As the channel gave them (personal data): display name, address or number.
    sender_name: Mapped[str | None] = mapped_column(String(300))
    sender_address: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    # The channel's own identifier (Message-ID, the gateway's SMS id).
    external_id: Mapped[str | None] = mapped_column(String(500), index=True)
    original_file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"), index=True)
    original_filename: Mapped[str | None] = mapped_column(String(500))
    # Where in the original file the message is ("linje 12", "besked 3"), for SMS and mbox.
    original_location: Mapped[str | None] = mapped_column(String(100))
    # SHA-256 of the message's own bytes: the same message imported twice is recognised.
    original_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    timeliness: Mapped[Timeliness] = mapped_column(enum_column(Timeliness))
    accepted_late_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ResponseStatus] = mapped_column(
        enum_column(ResponseStatus), default=ResponseStatus.RECEIVED
    )
    # Why the response needs a person's decision (unreadable, wrong keyword …).
    problem: Mapped[str | None] = mapped_column(Text)
    logged_at: Mapped[datetime] = mapped_column(default=utc_now)
    # A forwarded mail's original sender and date, offered until the case handler decides.
    suggested_sender_name: Mapped[str | None] = mapped_column(String(300))
    suggested_sender_address: Mapped[str | None] = mapped_column(String(320))
    suggested_received_at: Mapped[datetime | None]
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), index=True
    )

    respondent: Mapped[Respondent | None] = relationship()
    campaign: Mapped[Campaign | None] = relationship()
    original_file: Mapped[StoredFile | None] = relationship()
    attachments: Mapped[list["Attachment"]] = relationship(
        back_populates="response", order_by="Attachment.position", cascade="all, delete-orphan"
    )
    comments: Mapped[list["Comment"]] = relationship(back_populates="response")


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(200))
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_file.id"), index=True)

    response: Mapped[Response] = relationship(back_populates="attachments")
    file: Mapped[StoredFile] = relationship()


class Comment(Versioned, Base):
    """One point made by a respondent, from a response or written in a memo.

    ``respondent_id`` is always set (for a comment from a response it is the
    response's respondent), so comments can be counted by source directly.
    """

    __tablename__ = "comment"
    __table_args__ = (
        Index("ix_comment_consultation_review", "consultation_id", "personal_data_review"),
        # The work counts (plan tree, overview) read this index only, not the comments.
        Index("ix_comment_consultation_counts", "consultation_id", "outcome", "respondent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed first in the index above.
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id", ondelete="CASCADE"))
    respondent_id: Mapped[int] = mapped_column(ForeignKey("respondent.id"), index=True)
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    # The administration's short answer written right after the comment.
    reply: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome))
    # Where the text came from when imported, e.g. "linje 18" of a memo.
    source_location: Mapped[str | None] = mapped_column(String(100))
    # Set on a comment made from a campaign's common text: it counts for every member.
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # The text as a public annex shows it: personal data found in ``text`` redacted,
    # or as a reviewer wrote it. Empty when nothing was found (the text is public).
    public_text: Mapped[str | None] = mapped_column(Text)
    personal_data_review: Mapped[PersonalDataReview] = mapped_column(
        enum_column(PersonalDataReview),
        default=PersonalDataReview.NOTHING_FOUND,
        server_default=PersonalDataReview.NOTHING_FOUND.value,
    )
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None]

    respondent: Mapped[Respondent] = relationship()
    response: Mapped[Response | None] = relationship(back_populates="comments")
    targets: Mapped[list["CommentTarget"]] = relationship(
        back_populates="comment", cascade="all, delete-orphan", order_by="CommentTarget.id"
    )


class CommentTarget(Base):
    __tablename__ = "comment_target"
    __table_args__ = (
        CheckConstraint(
            "(level = 'measure') = (measure_id IS NOT NULL)"
            " AND (level = 'section') = (section_id IS NOT NULL)",
            name="target_matches_level",
        ),
        UniqueConstraint("comment_id", "level", "measure_id", "section_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed first in the unique constraint above.
    comment_id: Mapped[int] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"))
    level: Mapped[TargetLevel] = mapped_column(enum_column(TargetLevel))
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True
    )

    comment: Mapped[Comment] = relationship(back_populates="targets")
    measure: Mapped[Measure | None] = relationship()
    section: Mapped[Section | None] = relationship()


class Assessment(Versioned, Base):
    """The administration's assessment of the comments on one measure."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("consultation_id", "measure_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[AssessmentCategory] = mapped_column(
        enum_column(AssessmentCategory), default=AssessmentCategory.BLANK
    )

    measure: Mapped[Measure] = relationship()


class StandardPhrase(Versioned, Base):
    """A reusable text for assessments and replies ("Input der arbejdes videre med")."""

    __tablename__ = "standard_phrase"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    # The outcome the phrase usually goes with, offered when it is applied.
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome))
    position: Mapped[int] = mapped_column(default=0)


class SearchEntry(Base):
    """Folded text of one searchable item, kept current by store.search_index."""

    __tablename__ = "search_entry"
    __table_args__ = (UniqueConstraint("kind", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The consultation for comments and responses; the plan version for measures.
    scope_id: Mapped[int] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int]
    folded: Mapped[str] = mapped_column(Text)


class DocumentImport(Base):
    """A document imported into a consultation, kept with what the importer reported."""

    __tablename__ = "document_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    filename: Mapped[str] = mapped_column(String(500))
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_file.id"))
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(200))
    report: Mapped[dict[str, Any]] = mapped_column(JSON)


class AnnexExport(Base):
    """An annex written to a file: who, when, with which options, and what it held.

    ``snapshot`` is what the annex showed per measure (compressed JSON lines),
    kept so a committee package can be compared with another without today's data.
    """

    __tablename__ = "annex_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    exported_at: Mapped[datetime] = mapped_column(default=utc_now)
    exported_by: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    committee_id: Mapped[int | None] = mapped_column(ForeignKey("respondent.id"), index=True)
    # Whether the file holds personal data (an internal annex with contact details).
    personal_data: Mapped[bool]
    changed_only: Mapped[bool]
    draft: Mapped[bool]
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)
    snapshot: Mapped[bytes] = mapped_column(LargeBinary)

    committee: Mapped[Respondent | None] = relationship()


class CommitteePackage(Base):
    """An exported annex as sent to a committee meeting, frozen: the file and what it held."""

    __tablename__ = "committee_package"
    __table_args__ = (UniqueConstraint("export_id", "committee_id", "meeting_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    export_id: Mapped[int] = mapped_column(ForeignKey("annex_export.id"), index=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("respondent.id"), index=True)
    meeting_on: Mapped[date] = mapped_column(Date)
    file_id: Mapped[int] = mapped_column(ForeignKey("stored_file.id"), index=True)
    registered_at: Mapped[datetime] = mapped_column(default=utc_now)
    registered_by: Mapped[str] = mapped_column(String(200))

    export: Mapped[AnnexExport] = relationship()
    committee: Mapped[Respondent] = relationship()
    file: Mapped[StoredFile] = relationship()


class FileExport(Base):
    """A file written out of the program: who, when, what, and whose personal data it held.

    Every export is registered here (annexes, the audit log, saved originals,
    packages, backups); ``subjects`` are the respondents whose personal data the
    file contained, so a request for insight can be answered.
    """

    __tablename__ = "file_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ExportKind] = mapped_column(enum_column(ExportKind))
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL"), index=True
    )
    exported_at: Mapped[datetime] = mapped_column(default=utc_now)
    exported_by: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    personal_data: Mapped[bool]
    # What the file holds, in the user's words ("Bilag, intern", "Revisionsspor 2023").
    description: Mapped[str] = mapped_column(Text)

    subjects: Mapped[list["Respondent"]] = relationship(
        secondary="file_export_subject", order_by="Respondent.id"
    )


file_export_subject = Table(
    "file_export_subject",
    Base.metadata,
    Column("file_export_id", ForeignKey("file_export.id", ondelete="CASCADE"), primary_key=True),
    Column("respondent_id", ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_file_export_subject_respondent_id", "respondent_id"),
)


class User(Versioned, Base):
    """Someone who works in the database: the login name changes are recorded under,
    the name shown to colleagues, and the role that decides what they may do."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(300))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class AuditEntry(Base):
    """Who changed what, when, from which value to which. Written automatically."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int]
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
