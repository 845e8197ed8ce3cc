"""Several processes editing the same assessments and comments on one PostgreSQL server.

Each worker reads a record, then saves an edit made from the version it read,
thousands of times between them, on a handful of records so that colleagues
collide all the time; some assessments do not exist yet, so two workers race to
write the first. In the end every accepted edit is in the audit log exactly
once, in the order of the versions it produced; every refused edit was
reported as a conflict and is nowhere; each record holds its last accepted
edit; and the log has as many entries as there were accepted edits.
"""

import multiprocessing
import random
from collections import defaultdict
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from hoering.domain.errors import ConflictError
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.comments import CommentEdit, edit_comments
from hoering.store.database import Database
from hoering.store.models import Assessment, AuditEntry, Comment, Measure
from tests.support.databases import PostgresBackend

WORKERS = 4
EDITS_PER_WORKER = 600
pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Target:
    kind: str  # "assessment" (by measure id) or "comment"
    id: int


@dataclass(frozen=True)
class Attempt:
    target: Target
    text: str
    # The version the save produced; None when it was refused as a conflict.
    version: int | None


def work(url: str, consultation: int, targets: list[Target], worker: int) -> list[Attempt]:
    """One colleague: read, edit, save — and note what the program answered."""
    db = Database(make_url(url), actor=f"kollega{worker}")
    rng = random.Random(worker)
    attempts = []
    try:
        for number in range(EDITS_PER_WORKER):
            target = rng.choice(targets)
            text = f"kollega {worker}, ændring {number}"
            try:
                version = _save(db, consultation, target, text)
            except ConflictError:
                version = None
            attempts.append(Attempt(target, text, version))
    finally:
        db.dispose()
    return attempts


def _save(db: Database, consultation: int, target: Target, text: str) -> int:
    if target.kind == "assessment":
        seen = get_assessment(db.unit_of_work(write=False), consultation, target.id)
        saved = save_assessment(
            db.unit_of_work(), consultation, target.id, text, expected_version=seen.version
        )
        return saved.version
    with db.unit_of_work(write=False) as uow:
        version = uow.session.scalar(select(Comment.version).where(Comment.id == target.id))
    assert version is not None
    [view] = edit_comments(
        db.unit_of_work(), consultation, [CommentEdit(target.id, version, reply=text)]
    )
    return view.version


def test_concurrent_edits_are_all_kept_or_all_reported(postgres_backend: PostgresBackend) -> None:
    db = Database(postgres_backend.new_database(template="demo"), actor="opsætning")
    try:
        with db.unit_of_work(write=False) as uow:
            s = uow.session
            consultation = s.scalar(select(Assessment.consultation_id).limit(1))
            assessed = s.scalars(select(Assessment.measure_id).order_by(Assessment.id).limit(3))
            unassessed = s.scalars(
                select(Measure.id)
                .where(Measure.id.not_in(select(Assessment.measure_id)))
                .order_by(Measure.id)
                .limit(2)
            )
            comments = s.scalars(
                select(Comment.id)
                .where(Comment.response_id.is_(None))
                .order_by(Comment.id)
                .limit(4)
            )
            targets = [Target("assessment", m) for m in [*assessed, *unassessed]]
            targets += [Target("comment", c) for c in comments]
            start = s.scalar(select(func.max(AuditEntry.id))) or 0
        assert consultation is not None and len(targets) == 9
        url = db.url.render_as_string(hide_password=False)
        with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
            results = pool.starmap(
                work, [(url, consultation, targets, worker) for worker in range(WORKERS)]
            )
        attempts = [a for result in results for a in result]
        accepted = [a for a in attempts if a.version is not None]
        refused = [a for a in attempts if a.version is None]
        assert len(attempts) == WORKERS * EDITS_PER_WORKER
        assert refused, "the workers never collided: the test proves nothing"
        assert len(accepted) > len(attempts) // 4

        logged = _logged_texts(db, start, targets, consultation)
        for target in targets:
            mine = sorted((a for a in accepted if a.target == target), key=lambda a: a.version or 0)
            # Versions follow each other without gaps: no accepted edit was overwritten.
            versions = [a.version for a in mine]
            assert versions == list(range(versions[0], versions[0] + len(versions)))
            # The log holds each accepted edit once, in order, and nothing else.
            assert logged[target] == [a.text for a in mine]
            current, version = _current(db, consultation, target)
            assert (current, version) == (mine[-1].text, mine[-1].version)
        everything_logged = {text for texts in logged.values() for text in texts}
        assert not everything_logged & {a.text for a in refused}
        assert sum(len(texts) for texts in logged.values()) == len(accepted)
    finally:
        db.dispose()


def _logged_texts(
    db: Database, start: int, targets: list[Target], consultation: int
) -> dict[Target, list[str]]:
    """The new text of every assessment and comment entry written during the run."""
    field = {"assessment": "text", "comment": "reply"}
    by_row: dict[tuple[str, int], Target] = {}
    with db.unit_of_work(write=False) as uow:
        for target in targets:
            if target.kind == "assessment":
                row = uow.session.scalar(
                    select(Assessment.id).where(
                        Assessment.consultation_id == consultation,
                        Assessment.measure_id == target.id,
                    )
                )
                assert row is not None
                by_row["assessment", row] = target
            else:
                by_row["comment", target.id] = target
        logged: dict[Target, list[str]] = defaultdict(list)
        for entry in uow.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.id > start, AuditEntry.entity.in_(["assessment", "comment"]))
            .order_by(AuditEntry.id)
        ):
            value = entry.changes[field[entry.entity]]
            logged[by_row[entry.entity, entry.entity_id]].append(
                value[1] if entry.action == "update" else value
            )
    return logged


def _current(db: Database, consultation: int, target: Target) -> tuple[str | None, int]:
    if target.kind == "assessment":
        view = get_assessment(db.unit_of_work(write=False), consultation, target.id)
        return view.text, view.version
    with db.unit_of_work(write=False) as uow:
        comment = uow.session.get_one(Comment, target.id)
        return comment.reply, comment.version
