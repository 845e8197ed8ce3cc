"""Reading a consultation into the annex's plain values, inside the export's transaction.

The plan (sections, measures, sub-goals, assessments, revisions) is read at
once: plans have hundreds of measures, not millions. Comments are read one
plan node at a time and responses as a stream, so the memory an export needs
does not grow with the number of comments.
"""

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from hoering.domain import labels
from hoering.domain.enums import (
    ContactKind,
    MeasureStatus,
    PersonalDataReview,
    RespondentKind,
    SectionLevel,
    TargetLevel,
)
from hoering.domain.personal_data import Redactor
from hoering.domain.sub_goals import sub_goal_status
from hoering.domain.text import reflow
from hoering.exchange.annex.model import (
    AnnexComment,
    ContactDetails,
    Heading,
    HeadingKind,
    MeasureEntry,
    PlanEntry,
    ResponseEntry,
    SubGoalRow,
)
from hoering.store.models import (
    Assessment,
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    Pseudonym,
    Respondent,
    RespondentContact,
    Response,
    Revision,
    Section,
    SubGoal,
    revision_motivation,
)

# A result row of any shape; fields are read by name.
AnyRow = Row[*tuple[Any, ...]]
AnySelect = Select[*tuple[Any, ...]]
_COMMENT_COLUMNS = (
    Comment.id,
    Comment.respondent_id,
    Comment.text,
    Comment.reply,
    Comment.outcome,
    Comment.public_text,
    Comment.personal_data_review,
)
# Rows fetched per round trip when streaming responses.
BATCH = 2000
# Distinct comment texts whose preparation is kept for the next comment with the same text.
TEXTS_REMEMBERED = 4096
POLICY_KEY, NEW_MEASURES_KEY = "policy", "new"
_HEADING_KIND = {
    SectionLevel.THEME: HeadingKind.THEME,
    SectionLevel.SUB_THEME: HeadingKind.SUB_THEME,
    SectionLevel.GROUP: HeadingKind.GROUP,
}


@dataclass(frozen=True, slots=True)
class Node:
    """One heading or measure of the memo, with the ids of the comments shown on it."""

    key: str
    label: str
    entry: PlanEntry
    comment_ids: tuple[int, ...]


class PlanStructure:
    """The consultation's plan in document order, with what the annex needs of each measure."""

    def __init__(self, session: Session, consultation: Consultation) -> None:
        version = consultation.plan_version_id
        sections = session.scalars(select(Section).where(Section.plan_version_id == version))
        measures = session.scalars(select(Measure).where(Measure.plan_version_id == version))
        children: dict[int | None, list[Section | Measure]] = defaultdict(list)
        for item in [*sections, *measures]:
            parent = item.parent_id if isinstance(item, Section) else item.section_id
            children[parent].append(item)
        self.order: list[Section | Measure] = []
        self.theme_of: dict[str, int] = {}
        self._walk(children, None, None)
        self.measures = [m for m in self.order if isinstance(m, Measure)]
        self.position = {f"m{m.id}": i for i, m in enumerate(self.order) if isinstance(m, Measure)}
        self.sub_goals: dict[int, list[SubGoal]] = defaultdict(list)
        for goal in session.scalars(
            select(SubGoal)
            .join(Measure)
            .where(Measure.plan_version_id == version)
            .order_by(SubGoal.measure_id, SubGoal.position)
        ):
            self.sub_goals[goal.measure_id].append(goal)
        self.assessments = dict(
            session.execute(
                select(Assessment.measure_id, Assessment.text).where(
                    Assessment.consultation_id == consultation.id,
                    func.trim(Assessment.text) != "",
                )
            ).all()
        )

    def _walk(
        self,
        children: dict[int | None, list[Section | Measure]],
        parent: int | None,
        theme: int | None,
    ) -> None:
        for item in sorted(children[parent], key=lambda i: i.position):
            self.order.append(item)
            if isinstance(item, Section):
                own_theme = item.id if theme is None else theme
                self.theme_of[f"s{item.id}"] = own_theme
                self._walk(children, item.id, own_theme)
            elif theme is not None:
                self.theme_of[f"m{item.id}"] = theme

    def changed(self, measure: Measure) -> bool:
        """Whether the consultation changed the measure: its status or any sub-goal."""
        return measure.status is not MeasureStatus.UNCHANGED or any(
            g.consulted_text != g.revised_text for g in self.sub_goals[measure.id]
        )

    def included(self, changed_only: bool) -> list[Section | Measure]:
        """The plan in order; with ``changed_only`` the changed measures and their headings."""
        if not changed_only:
            return list(self.order)
        parents = {item.id: item.parent_id for item in self.order if isinstance(item, Section)}
        marked: set[int] = set()
        for measure in self.measures:
            if self.changed(measure):
                section = measure.section_id
                while section is not None and section not in marked:
                    marked.add(section)
                    section = parents[section]
        return [
            item
            for item in self.order
            if (item.id in marked if isinstance(item, Section) else self.changed(item))
        ]


class Sources:
    """How respondents appear in the annex, and what a public annex must not show of them.

    Committees and councils by code, organisations and companies by name,
    citizens by their pseudonym in this consultation ("Borger 17").
    """

    def __init__(self, session: Session, consultation_id: int, *, internal: bool) -> None:
        self.label: dict[int, str] = {}
        self.sender: dict[int, str] = {}
        for respondent in session.scalars(
            select(Respondent).where(Respondent.kind != RespondentKind.CITIZEN)
        ):
            self.label[respondent.id] = _body_label(respondent)
            self.sender[respondent.id] = _sender_label(respondent)
        for respondent_id, number in session.execute(
            select(Pseudonym.respondent_id, Pseudonym.number).where(
                Pseudonym.consultation_id == consultation_id
            )
        ):
            self.label[respondent_id] = self.sender[respondent_id] = labels.citizen_pseudonym(
                number
            )
        # An internal annex lists the contact details; a public one removes them from
        # the citizens' texts (their own name, address, e-mail and phone).
        self.contacts: dict[int, dict[ContactKind, list[str]]] = defaultdict(
            lambda: defaultdict(list)
        )
        known: dict[int, list[str]] = defaultdict(list)
        for respondent_id, kind, value in session.execute(
            select(RespondentContact.respondent_id, RespondentContact.kind, RespondentContact.value)
            .join(Pseudonym, Pseudonym.respondent_id == RespondentContact.respondent_id)
            .where(Pseudonym.consultation_id == consultation_id)
            .order_by(RespondentContact.id)
        ):
            if internal:
                self.contacts[respondent_id][kind].append(value)
            else:
                known[respondent_id].append(value)
        self.known = {respondent_id: tuple(values) for respondent_id, values in known.items()}


def _body_label(respondent: Respondent) -> str:
    return labels.source_label(respondent.kind, respondent.code, respondent.name, None)


def _sender_label(respondent: Respondent) -> str:
    return labels.sender_label(respondent.kind, respondent.code, respondent.name, None)


class AnnexContent:
    """The annex's entries for one consultation, read as the writer asks for them."""

    def __init__(
        self,
        session: Session,
        consultation: Consultation,
        *,
        changed_only: bool,
        internal: bool,
    ) -> None:
        self.session = session
        # Comments and responses are read as plain rows, without the ORM's work per row.
        self.connection = session.connection()
        self.consultation = consultation
        self.changed_only = changed_only
        self.internal = internal
        self.plan = PlanStructure(session, consultation)
        self.sources = Sources(session, consultation.id, internal=internal)
        self.items = self.plan.included(changed_only)
        self._also_on = self._multi_target_comments()
        # One statement per kind of node, run with each node's id.
        self._on_measure = self._node_query(CommentTarget.measure_id == bindparam("target"))
        self._on_section = self._node_query(CommentTarget.section_id == bindparam("target"))
        self._on_level = self._node_query(CommentTarget.level == bindparam("target"))
        self._target_names = self._names_of_targets()
        self._target_order = {key: position for position, key in enumerate(self._target_names)}
        # Campaigns repeat their texts: each distinct text is prepared once.
        self._reflow = lru_cache(maxsize=TEXTS_REMEMBERED)(reflow)
        self._redactor = Redactor(TEXTS_REMEMBERED)

    # The memo: headings and measures with the comments made on them

    def memo_nodes(self) -> Iterator[Node]:
        """Policy comments first, then the plan in order, then proposals for new measures."""
        if not self.changed_only:
            yield from self._level_node(POLICY_KEY, HeadingKind.POLICY, "Klimapolitikken")
        for item in self.items:
            if isinstance(item, Section):
                found = self._comments(self._on_section, item.id, None)
                heading = Heading(_HEADING_KIND[item.level], item.title, _only(found))
                yield Node(f"s{item.id}", item.title, heading, _ids(found))
            else:
                found = self._comments(self._on_measure, item.id, item.id)
                entry = self._measure_entry(item, comments=_only(found))
                label = labels.measure_label(item.number, item.title)
                yield Node(f"m{item.id}", label, entry, _ids(found))
        if not self.changed_only:
            yield from self._level_node(
                NEW_MEASURES_KEY, HeadingKind.NEW_MEASURES, "Forslag til nye tiltag"
            )

    def _level_node(self, key: str, kind: HeadingKind, title: str) -> Iterator[Node]:
        level = TargetLevel.POLICY if kind is HeadingKind.POLICY else TargetLevel.NEW_MEASURE
        found = self._comments(self._on_level, level, None)
        if found:
            yield Node(key, title, Heading(kind, title, _only(found)), _ids(found))

    def _node_query(self, target: ColumnElement[bool]) -> AnySelect:
        """The comments on one node (``target`` compares with the parameter »target«):
        the memo's first, in its order, then by time received."""
        return (
            select(*_COMMENT_COLUMNS)
            .join(CommentTarget, CommentTarget.comment_id == Comment.id)
            .outerjoin(Response, Response.id == Comment.response_id)
            .where(Comment.consultation_id == self.consultation.id, target)
            .order_by(
                Comment.response_id.is_not(None),
                Response.received_at,
                Comment.position,
                Comment.id,
            )
        )

    def _comments(
        self, query: AnySelect, target: object, measure_id: int | None
    ) -> list[tuple[int, AnnexComment]]:
        rows = self.connection.execute(query, {"target": target}).all()
        return [(row[0], self._comment(row, measure_id)) for row in rows]

    def _comment(self, row: Sequence[Any], measure_id: int | None) -> AnnexComment:
        """A comment (a row of _COMMENT_COLUMNS) as printed; a public annex shows no personal
        data in the text either: the public text a reviewer approved, else the text with
        what is found redacted."""
        comment_id, respondent_id, text, reply, outcome, public_text, review = row
        if self.internal:
            text = self._reflow(text)
        else:
            known = self.sources.known.get(respondent_id, ())
            text = self._reflow(public_text or text)
            if review is not PersonalDataReview.APPROVED:
                text = self._redactor.redact(text, known)
            reply = self._redactor.redact(reply, known) if reply else reply
        others = self._also_on.get(comment_id, ())
        return AnnexComment(
            source=self.sources.label.get(respondent_id, "?"),
            text=text,
            reply=reply,
            outcome=outcome,
            also_on=tuple(number for other, number in others if other != measure_id),
        )

    def _multi_target_comments(self) -> dict[int, tuple[tuple[int, str], ...]]:
        """Comments on more than one measure → those measures (id, number) in plan order."""
        several = (
            select(CommentTarget.comment_id)
            .join(Comment, Comment.id == CommentTarget.comment_id)
            .where(
                Comment.consultation_id == self.consultation.id,
                CommentTarget.measure_id.is_not(None),
            )
            .group_by(CommentTarget.comment_id)
            .having(func.count() > 1)
        )
        found: dict[int, list[Measure]] = defaultdict(list)
        measures = {m.id: m for m in self.plan.measures}
        for comment_id, measure_id in self.connection.execute(
            select(CommentTarget.comment_id, CommentTarget.measure_id).where(
                CommentTarget.comment_id.in_(several), CommentTarget.measure_id.is_not(None)
            )
        ):
            if measure_id in measures:
                found[comment_id].append(measures[measure_id])
        return {
            comment_id: tuple(
                (m.id, m.number or labels.measure_label(None, m.title))
                for m in sorted(targets, key=lambda m: self.plan.position[f"m{m.id}"])
            )
            for comment_id, targets in found.items()
        }

    # The revised plan: measures with their sub-goals and the comments behind each change

    def plan_entries(self) -> Iterator[PlanEntry]:
        motivation = self._motivations()
        for item in self.items:
            if isinstance(item, Section):
                yield Heading(_HEADING_KIND[item.level], item.title)
            else:
                yield self._measure_entry(item, motivation=motivation)

    def _measure_entry(
        self,
        measure: Measure,
        *,
        comments: Sequence[AnnexComment] = (),
        motivation: dict[tuple[int, int | None], list[AnnexComment]] | None = None,
    ) -> MeasureEntry:
        reasons = motivation or {}
        return MeasureEntry(
            number=measure.number,
            title=measure.title,
            status=measure.status,
            sub_goals=tuple(
                SubGoalRow(
                    consulted=goal.consulted_text,
                    revised=goal.revised_text,
                    status=sub_goal_status(measure.status, goal.consulted_text, goal.revised_text),
                    motivation=tuple(reasons.get((measure.id, goal.id), ())),
                )
                for goal in self.plan.sub_goals[measure.id]
            ),
            comments=tuple(comments),
            assessment=self.plan.assessments.get(measure.id, ""),
            motivation=tuple(reasons.get((measure.id, None), ())),
        )

    def _motivations(self) -> dict[tuple[int, int | None], list[AnnexComment]]:
        """The comments each revision was made for, per (measure, sub-goal or None)."""
        rows = self.connection.execute(
            select(*_COMMENT_COLUMNS, Revision.measure_id, Revision.sub_goal_id)
            .join(revision_motivation, revision_motivation.c.revision_id == Revision.id)
            .join(Comment, Comment.id == revision_motivation.c.comment_id)
            .join(Measure, Measure.id == Revision.measure_id)
            .where(Measure.plan_version_id == self.consultation.plan_version_id)
            .order_by(Revision.made_at, Revision.id, Comment.position, Comment.id)
        )
        found: dict[tuple[int, int | None], list[AnnexComment]] = defaultdict(list)
        seen: set[tuple[int, int | None, int]] = set()
        for row in rows:
            if (row.measure_id, row.sub_goal_id, row.id) not in seen:
                seen.add((row.measure_id, row.sub_goal_id, row.id))
                comment = self._comment(row[: len(_COMMENT_COLUMNS)], row.measure_id)
                found[(row.measure_id, row.sub_goal_id)].append(comment)
        return found

    # The responses: one row per response, the bodies' memo statements first

    def responses(self) -> Iterator[ResponseEntry]:
        yield from self._memo_statements()
        targets = iter(self.connection.execute(self._response_targets()))
        pending = next(targets, None)
        query = (
            select(
                Response.id,
                Response.respondent_id,
                Response.received_at,
                Response.channel,
                Response.timeliness,
                Response.status,
                Response.accepted_late_reason,
                Response.sender_name,
                Response.sender_address,
            )
            .where(Response.consultation_id == self.consultation.id)
            .order_by(Response.received_at, Response.id)
            .execution_options(yield_per=BATCH)
        )
        for response in self.connection.execute(query):
            comments: set[int] = set()
            keys: set[str] = set()
            # Both streams are ordered the same way: take this response's targets.
            while pending is not None and pending[0] == response.id:
                _, comment_id, *target = pending
                comments.add(comment_id)
                keys.add(_target_key(*target))
                pending = next(targets, None)
            yield ResponseEntry(
                received_at=response.received_at,
                channel=response.channel,
                sender=self.sources.sender.get(response.respondent_id, "?"),
                timeliness=response.timeliness,
                status=response.status,
                comments=len(comments),
                targets=self._target_labels(keys),
                accepted_late_reason=response.accepted_late_reason,
                contact=self._contact(response) if self.internal else None,
            )

    def _response_targets(self) -> AnySelect:
        """The comments' targets, response by response in the order of the responses."""
        return (
            select(
                Comment.response_id,
                Comment.id.label("comment_id"),
                CommentTarget.level,
                CommentTarget.measure_id,
                CommentTarget.section_id,
            )
            .join(Response, Response.id == Comment.response_id)
            .outerjoin(CommentTarget, CommentTarget.comment_id == Comment.id)
            .where(Comment.consultation_id == self.consultation.id)
            .order_by(Response.received_at, Response.id)
            .execution_options(yield_per=BATCH)
        )

    def _memo_statements(self) -> list[ResponseEntry]:
        """What bodies said without a logged response (comments written into a memo)."""
        comments: dict[int, set[int]] = defaultdict(set)
        keys: dict[int, set[str]] = defaultdict(set)
        for respondent_id, comment_id, level, measure_id, section_id in self.connection.execute(
            select(
                Comment.respondent_id,
                Comment.id,
                CommentTarget.level,
                CommentTarget.measure_id,
                CommentTarget.section_id,
            )
            .outerjoin(CommentTarget, CommentTarget.comment_id == Comment.id)
            .where(Comment.consultation_id == self.consultation.id, Comment.response_id.is_(None))
        ):
            comments[respondent_id].add(comment_id)
            keys[respondent_id].add(_target_key(level, measure_id, section_id))
        entries = [
            ResponseEntry(
                received_at=None,
                channel=None,
                sender=self.sources.sender.get(respondent_id, "?"),
                timeliness=None,
                status=None,
                comments=len(ids),
                targets=self._target_labels(keys[respondent_id]),
            )
            for respondent_id, ids in comments.items()
        ]
        return sorted(entries, key=lambda e: e.sender)

    def _target_labels(self, keys: set[str]) -> tuple[str, ...]:
        """Measure numbers in plan order, then sections, the policy and new measures."""
        names, order = self._target_names, self._target_order
        return tuple(names[key] for key in sorted(keys & names.keys(), key=order.__getitem__))

    def _names_of_targets(self) -> dict[str, str]:
        names = {
            f"m{item.id}": item.number or labels.measure_label(None, item.title)
            for item in self.plan.order
            if isinstance(item, Measure)
        }
        sections = {s.id: s for s in self.plan.order if isinstance(s, Section)}
        for section in sections.values():
            parent = sections.get(section.parent_id) if section.parent_id else None
            if section.level is SectionLevel.GROUP and parent is not None:
                # "Det vi gør selv" repeats under every theme: name the one above it too.
                names[f"s{section.id}"] = f"{parent.title} › {section.title}"
            else:
                names[f"s{section.id}"] = f"{labels.SECTION_LEVEL[section.level]} {section.title}"
        for level in (TargetLevel.POLICY, TargetLevel.NEW_MEASURE):
            names[level.value] = labels.TARGET_LEVEL[level]
        return names

    def _contact(self, response: AnyRow) -> ContactDetails:
        """Contact details for an internal annex: the register's, else what the channel gave."""
        found = self.sources.contacts.get(response.respondent_id, {})
        sender = response.sender_address or ""
        is_email = "@" in sender

        def joined(kind: ContactKind, fallback: str) -> str:
            return ", ".join(found.get(kind, ())) or fallback

        return ContactDetails(
            name=joined(ContactKind.NAME, response.sender_name or ""),
            email=joined(ContactKind.EMAIL, sender if is_email else ""),
            phone=joined(ContactKind.PHONE, "" if is_email else sender),
            address=joined(ContactKind.ADDRESS, ""),
        )


def _target_key(level: TargetLevel | None, measure_id: int | None, section_id: int | None) -> str:
    if measure_id is not None:
        return f"m{measure_id}"
    if section_id is not None:
        return f"s{section_id}"
    return str(level.value) if level is not None else ""


def _only(found: list[tuple[int, AnnexComment]]) -> tuple[AnnexComment, ...]:
    return tuple(comment for _, comment in found)


def _ids(found: list[tuple[int, AnnexComment]]) -> tuple[int, ...]:
    return tuple(comment_id for comment_id, _ in found)
