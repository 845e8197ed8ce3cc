"""Full-text search on the generated consultation of 200 000 responses (about 500 000
comments), against a plain LIKE scan of the same folded texts."""

import sqlite3
import statistics
import time
from collections.abc import Callable

from benchmarks.common import verdict
from benchmarks.scale_db import consultation_id, scaled_database
from hoering.domain.search import query_terms
from hoering.services.search import NO_OUTCOME, CommentFilter, find_comments, search
from hoering.store.database import Database, database_url
from hoering.store.search_index import COMMENT, matching

RESPONSES = 200_000
# What editors look for: a subject, a place, two words, a short one, Danish letters,
# a common word, and a word nobody wrote (every text must be checked for it).
QUERIES = (
    "cykelsti",
    "fjernvarme",
    "ladestandere stationen",
    "Måløv",
    "co2",
    "skybrud kælder",
    "økologi",
    "hurtigere",
    "borgermøde",
    "varmepumpe isolering",
    "tagterrasse",
)
LIMIT = 200
GOAL_MS = 50


def bench_search(repeat: int) -> None:
    path = scaled_database(RESPONSES)
    consultation = consultation_id(path)
    db = Database(database_url(str(path)), actor="benchmark")
    plain = sqlite3.connect(path)
    try:
        comments = plain.execute(
            "SELECT count(*) FROM comment WHERE consultation_id = ?", (consultation,)
        ).fetchone()[0]
        _check_same_hits(db, plain, consultation)
        base = _times_ms(lambda q: _like_scan(plain, consultation, q), repeat)
        indexed = _times_ms(
            lambda q: search(db.unit_of_work(write=False), consultation, q, limit=LIMIT), repeat
        )
        unsplit = CommentFilter(outcome=NO_OUTCOME)
        filtered = _times_ms(
            lambda q: find_comments(db.unit_of_work(write=False), consultation, q, unsplit),
            repeat,
        )
    finally:
        plain.close()
        db.dispose()
    print(f"full-text search ({comments:,} comments, {len(QUERIES)} queries; median, slowest)")
    middle = statistics.median(base)
    print(f"  baseline: plain LIKE scan, first {LIMIT}    {middle:8.1f} ms   {max(base):8.1f} ms")
    for label, times in (
        (f"search (first {LIMIT} hits, described)", indexed),
        ("comments without outcome + query", filtered),
    ):
        ms = statistics.median(times)
        print(f"  {label:<38} {ms:8.1f} ms   {max(times):8.1f} ms  ({ms / middle:5.2f}× baseline)")
    median = statistics.median(indexed)
    print(verdict(f"median ≤ {GOAL_MS} ms per query", median, GOAL_MS, unit=" ms"))


def _times_ms(work: Callable[[str], object], repeat: int) -> list[float]:
    """Every query's time in every run, one query after the other (as a user types)."""
    times = []
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            work(query)
            times.append((time.perf_counter() - started) * 1000)
    return times


def _like_scan(connection: sqlite3.Connection, consultation: int, query: str) -> list[int]:
    """What search did before the index: every folded comment text tested with LIKE."""
    terms = query_terms(query)
    sql = (
        "SELECT entity_id FROM search_entry WHERE kind = 'comment' AND scope_id = ? "
        + "".join(" AND folded LIKE ?" for _ in terms)
        + " ORDER BY id LIMIT ?"
    )
    rows = connection.execute(sql, (consultation, *(f"%{t}%" for t in terms), LIMIT))
    return [entity_id for (entity_id,) in rows]


def _check_same_hits(db: Database, plain: sqlite3.Connection, consultation: int) -> None:
    """The index finds exactly what the scan finds (it would be fast for nothing otherwise)."""
    with db.unit_of_work(write=False) as uow:
        for query in QUERIES:
            found = matching(uow.session, COMMENT, consultation, query_terms(query))
            if list(uow.session.scalars(found.limit(LIMIT))) != _like_scan(
                plain, consultation, query
            ):
                raise AssertionError(f"the index and the scan disagree on {query!r}")
