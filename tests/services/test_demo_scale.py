"""The generated consultation (``hoering demo --scale N``) at a small size, on both backends:
what it holds, that the campaigns it plants are found, and that the services read it."""

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hoering.domain.enums import Channel, ResponseStatus
from hoering.services.annex import export_annex
from hoering.services.campaigns import campaign_detail, list_campaigns
from hoering.services.demo_scale import ScaledDemo, create_scaled_demo, scaled_title
from hoering.services.inbox import InboxFilter, inbox_counts, inbox_page
from hoering.services.progress import overview
from hoering.services.search import search
from hoering.services.stats import consultation_stats
from hoering.store.database import Database
from hoering.store.models import Comment, Response

RESPONSES = 600
# A seed at which every planted campaign has members enough to be found.
SEED = 3
# The memo's comments from UGO, KMB, GR and VMU come with the plan.
MEMO_COMMENTS = 160


@pytest.fixture
def generated(db: Database) -> ScaledDemo:
    return create_scaled_demo(db.unit_of_work, RESPONSES, seed=SEED)


def test_the_consultation_has_the_responses_and_comments_asked_for(
    db: Database, generated: ScaledDemo
) -> None:
    assert generated.created and generated.title == scaled_title(RESPONSES, SEED)
    assert generated.responses == RESPONSES
    # About two and a half comments a response, as in a real large consultation.
    assert 2 * RESPONSES < generated.comments - MEMO_COMMENTS < 3 * RESPONSES
    counts = inbox_counts(db.unit_of_work(write=False), generated.consultation_id)
    assert counts.total == RESPONSES
    assert counts.late == generated.late > 0
    assert set(counts.by_channel) == {Channel.EMAIL, Channel.SMS, Channel.LETTER}
    assert counts.by_channel[Channel.EMAIL] > counts.by_channel[Channel.SMS] > 100
    # Most are split; some wait to be split or to have an SMS decided.
    assert counts.by_status[ResponseStatus.SPLIT] > RESPONSES / 2
    assert counts.by_status[ResponseStatus.RECEIVED] > 0
    assert counts.by_status.get(ResponseStatus.SET_ASIDE, 0) >= 0


def test_every_comment_is_an_excerpt_of_its_response(db: Database, generated: ScaledDemo) -> None:
    with db.unit_of_work(write=False) as uow:
        pairs = uow.session.execute(
            select(Comment.text, Response.body)
            .join(Response, Response.id == Comment.response_id)
            .where(Comment.consultation_id == generated.consultation_id)
        ).all()
    assert pairs
    assert all(text in body for text, body in pairs)


def test_the_planted_campaigns_are_found_and_split_once(
    db: Database, generated: ScaledDemo
) -> None:
    campaigns = list_campaigns(db.unit_of_work(write=False), generated.consultation_id)
    assert generated.campaigns == len(campaigns)
    split = [c for c in campaigns if c.comments]
    # Six campaigns are planted, each split on its common text (two or three points).
    assert len(split) == 6
    assert all(2 <= c.comments <= 3 for c in split)
    assert sum(c.members for c in split) > 0.1 * RESPONSES
    biggest = campaign_detail(db.unit_of_work(write=False), split[0].id)
    # Identical members and near-identical ones that add a sentence of their own.
    assert any(m.additions for m in biggest.members)
    assert any(not m.additions for m in biggest.members)


def test_the_same_seed_gives_the_same_consultation(
    make_db: Callable[[], Database], generated: ScaledDemo, db: Database
) -> None:
    again = make_db()
    create_scaled_demo(again.unit_of_work, RESPONSES, seed=SEED)

    def texts(database: Database) -> list[tuple[object, str]]:
        with database.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(Response.received_at, Response.body).order_by(Response.id)
            )
            return [tuple(row) for row in rows]

    assert texts(again) == texts(db)


def test_a_second_run_finds_the_consultation(db: Database, generated: ScaledDemo) -> None:
    found = create_scaled_demo(db.unit_of_work, RESPONSES, seed=SEED)
    assert not found.created and found.consultation_id == generated.consultation_id
    assert found.responses == RESPONSES


def test_the_services_read_it(db: Database, generated: ScaledDemo, tmp_path: Path) -> None:
    consultation = generated.consultation_id
    figures = overview(db.unit_of_work(write=False), consultation)
    assert figures.comments == generated.comments
    assert dict(figures.comments_per_source)["Borgere"] > 2 * RESPONSES * 0.9
    stats = consultation_stats(db.unit_of_work(write=False), consultation)
    assert stats.responses == RESPONSES and stats.late_responses == generated.late
    hits = search(db.unit_of_work(write=False), consultation, "cykel")
    assert {h.kind for h in hits} >= {"comment", "response", "measure"}
    page = inbox_page(db.unit_of_work(write=False), consultation, InboxFilter(late=True))
    assert len(page.rows) == generated.late and all(r.late for r in page.rows)
    out = tmp_path / "bilag.xlsx"
    export_annex(db.unit_of_work(), consultation, out)
    book = load_workbook(out, read_only=True)
    assert "Høringssvar" in book.sheetnames
