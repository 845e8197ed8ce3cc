"""Campaigns: responses with the same or nearly the same text from different senders.

How a campaign counts (decided here, relied on by counts and the annex):
every member stays its own response with its own sender, so responses are
counted one by one. The campaign is split into comments once, on its common
text: those comments are stored once, on the campaign's first member (so
``Comment.respondent_id`` stays that response's respondent), marked with
``campaign_id``, and their targets and outcome are those of every member. A
campaign comment therefore counts once per member (:func:`comment_weights`)
and the annex names all members' senders beside it. What a member adds beyond
the common text is shown per member and split like any response.

Grouping runs after every import; a campaign keeps its id while its members
stay together, and a campaign that has been split keeps its members.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from hoering.domain.campaigns import CampaignText, additions, group_campaigns
from hoering.domain.enums import ResponseStatus
from hoering.domain.errors import NotFoundError
from hoering.domain.freeing import free_in_pieces
from hoering.domain.roles import Permission
from hoering.domain.words import words
from hoering.services.access import require
from hoering.services.consultations import resolve
from hoering.services.intake import TargetSpec, add_comment_into
from hoering.services.respondents import display_names
from hoering.store import audit
from hoering.store.database import UnitOfWork
from hoering.store.models import Campaign, Comment, Response

# Responses that are not (yet) responses to this consultation take no part.
_NOT_GROUPED = (ResponseStatus.SET_ASIDE, ResponseStatus.UNREADABLE, ResponseStatus.DISMISSED)
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class CampaignSummary:
    id: int
    common_text: str
    members: int
    comments: int


@dataclass(frozen=True, slots=True)
class CampaignMember:
    response_id: int
    # A body's name or a citizen's pseudonym: safe to show anywhere.
    sender: str
    received_at: datetime
    # Passages the member wrote beyond the common text; empty when identical.
    additions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CampaignView:
    id: int
    common_text: str
    members: tuple[CampaignMember, ...]
    comments: int
    # The response the campaign's comments are stored on.
    lead_response_id: int


def detect_campaigns(uow: UnitOfWork, consultation: str | int | None) -> list[CampaignSummary]:
    """Group the consultation's responses into campaigns again (also done after imports)."""
    with uow:
        require(uow, Permission.INTAKE)
        found = resolve(uow.session, None if consultation is None else str(consultation))
        regroup_campaigns_into(uow.session, found.id)
        summaries = _summaries(uow.session, found.id)
        uow.commit()
        return summaries


def list_campaigns(uow: UnitOfWork, consultation_id: int) -> list[CampaignSummary]:
    """The consultation's campaigns, largest first."""
    with uow:
        return _summaries(uow.session, consultation_id)


def campaign_detail(uow: UnitOfWork, campaign_id: int) -> CampaignView:
    """The common text and every member with what it adds."""
    with uow:
        campaign = _campaign(uow.session, campaign_id)
        members = _members(uow.session, campaign.id)
        names = display_names(
            uow.session, campaign.consultation_id, (m.respondent_id for m in members)
        )
        common = words(campaign.common_text)
        return CampaignView(
            id=campaign.id,
            common_text=campaign.common_text,
            members=tuple(
                CampaignMember(
                    response_id=m.id,
                    sender=names.get(m.respondent_id or 0, ""),
                    received_at=m.received_at,
                    additions=()
                    if words(m.body) == common
                    else additions(campaign.common_text, m.body),
                )
                for m in members
            ),
            comments=_comment_count(uow.session, campaign.id),
            lead_response_id=members[0].id,
        )


def add_campaign_comment(
    uow: UnitOfWork, campaign_id: int, text: str, targets: Sequence[TargetSpec]
) -> int:
    """A comment on the campaign's common text, counting for every member; its id."""
    with uow:
        require(uow, Permission.INTAKE)
        session = uow.session
        campaign = _campaign(session, campaign_id)
        lead = _members(session, campaign.id)[0]
        comment = add_comment_into(session, lead, text, targets, campaign_id=campaign.id)
        _mark_split(session, [campaign.id])
        uow.commit()
        return comment.id


def comment_weights(session: Session, consultation_id: int) -> dict[int, int]:
    """How many responses each campaign comment stands for (other comments count once)."""
    members = (
        select(Response.campaign_id, func.count(Response.id).label("members"))
        .where(Response.consultation_id == consultation_id, Response.campaign_id.is_not(None))
        .group_by(Response.campaign_id)
        .subquery()
    )
    query = (
        select(Comment.id, members.c.members)
        .join(members, members.c.campaign_id == Comment.campaign_id)
        .where(Comment.consultation_id == consultation_id)
    )
    return dict(session.execute(query).all())


def regroup_campaigns_into(session: Session, consultation_id: int) -> int:
    """Recompute the campaigns of a consultation in the open transaction; their number."""
    rows = list(
        session.execute(
            select(Response.id, Response.respondent_id, Response.body, Response.campaign_id)
            .where(
                Response.consultation_id == consultation_id,
                Response.status.not_in(_NOT_GROUPED),
            )
            .order_by(Response.received_at, Response.id)
        )
    )
    current = {r.id: r.campaign_id for r in rows if r.campaign_id is not None}
    split = {
        campaign_id
        for campaign_id in session.scalars(
            select(Comment.campaign_id).where(Comment.consultation_id == consultation_id).distinct()
        )
        if campaign_id is not None
    }
    texts = [CampaignText(r.id, str(r.respondent_id), r.body) for r in rows]
    groups = group_campaigns(texts)
    free_in_pieces(texts, rows)  # all at once, 100 000 rows would hold the window
    wanted: dict[int, int] = {
        response_id: campaign_id
        for response_id, campaign_id in current.items()
        if campaign_id in split  # a split campaign keeps its members
    }
    claimed: set[int] = set()
    for group in groups:
        campaign_id = _campaign_for(session, consultation_id, group.members, current, claimed)
        campaign = session.get(Campaign, campaign_id)
        assert campaign is not None
        if campaign_id not in split and campaign.common_text != group.common_text:
            campaign.common_text = group.common_text
        for response_id in group.members:
            wanted.setdefault(response_id, campaign_id)
    _assign(session, current, wanted)
    _mark_split(session, split)
    _drop_empty(session, consultation_id, split | set(wanted.values()))
    return len(set(wanted.values()))


def _campaign_for(
    session: Session,
    consultation_id: int,
    members: Sequence[int],
    current: dict[int, int],
    claimed: set[int],
) -> int:
    """The campaign most of the members are in already, or a new one."""
    votes = Counter(current[m] for m in members if m in current and current[m] not in claimed)
    if votes:
        campaign_id = votes.most_common(1)[0][0]
    else:
        campaign = Campaign(consultation_id=consultation_id, common_text="")
        session.add(campaign)
        session.flush()
        campaign_id = campaign.id
    claimed.add(campaign_id)
    return campaign_id


def _assign(session: Session, current: dict[int, int], wanted: dict[int, int]) -> None:
    """Move responses into (or out of) campaigns in bulk, with audit entries."""
    changes: dict[int | None, list[int]] = {}
    for response_id in current.keys() | wanted.keys():
        if current.get(response_id) != wanted.get(response_id):
            changes.setdefault(wanted.get(response_id), []).append(response_id)
    for campaign_id, response_ids in changes.items():
        for start in range(0, len(response_ids), _CHUNK):
            chunk = response_ids[start : start + _CHUNK]
            session.execute(
                update(Response)
                .where(Response.id.in_(chunk))
                .values(campaign_id=campaign_id, version=Response.version + 1)
                .execution_options(synchronize_session=False)
            )
            audit.record(
                session,
                "update",
                Response.__tablename__,
                ((r, {"campaign_id": [current.get(r), campaign_id]}) for r in chunk),
            )


def _mark_split(session: Session, campaign_ids: Sequence[int] | set[int]) -> None:
    """Members of a campaign that has comments are split through it."""
    if not campaign_ids:
        return
    waiting = list(
        session.scalars(
            select(Response.id).where(
                Response.campaign_id.in_(campaign_ids),
                Response.status == ResponseStatus.RECEIVED,
            )
        )
    )
    for start in range(0, len(waiting), _CHUNK):
        chunk = waiting[start : start + _CHUNK]
        session.execute(
            update(Response)
            .where(Response.id.in_(chunk))
            .values(status=ResponseStatus.SPLIT, version=Response.version + 1)
            .execution_options(synchronize_session=False)
        )
        change = {"status": [ResponseStatus.RECEIVED.value, ResponseStatus.SPLIT.value]}
        audit.record(session, "update", Response.__tablename__, ((r, change) for r in chunk))


def _drop_empty(session: Session, consultation_id: int, keep: set[int]) -> None:
    empty = list(
        session.scalars(
            select(Campaign.id).where(
                Campaign.consultation_id == consultation_id, Campaign.id.not_in(keep)
            )
        )
    )
    if empty:
        audit.record(session, "delete", Campaign.__tablename__, ((c, {}) for c in empty))
        session.execute(
            delete(Campaign)
            .where(Campaign.id.in_(empty))
            .execution_options(synchronize_session=False)
        )


def _summaries(session: Session, consultation_id: int) -> list[CampaignSummary]:
    members = (
        select(Response.campaign_id, func.count(Response.id).label("n"))
        .where(Response.consultation_id == consultation_id)
        .group_by(Response.campaign_id)
        .subquery()
    )
    comments = (
        select(Comment.campaign_id, func.count(Comment.id).label("n"))
        .where(Comment.consultation_id == consultation_id)
        .group_by(Comment.campaign_id)
        .subquery()
    )
    rows = session.execute(
        select(Campaign.id, Campaign.common_text, members.c.n, func.coalesce(comments.c.n, 0))
        .join(members, members.c.campaign_id == Campaign.id)
        .outerjoin(comments, comments.c.campaign_id == Campaign.id)
        .where(Campaign.consultation_id == consultation_id)
        .order_by(members.c.n.desc(), Campaign.id)
    )
    return [CampaignSummary(*row) for row in rows]


def _campaign(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFoundError("Kampagnen findes ikke (længere).")
    return campaign


def _members(session: Session, campaign_id: int) -> list[Response]:
    members = list(
        session.scalars(
            select(Response)
            .where(Response.campaign_id == campaign_id)
            .order_by(Response.received_at, Response.id)
        )
    )
    if not members:
        raise NotFoundError("Kampagnen har ingen høringssvar.")
    return members


def _comment_count(session: Session, campaign_id: int) -> int:
    return (
        session.scalar(select(func.count(Comment.id)).where(Comment.campaign_id == campaign_id))
        or 0
    )
