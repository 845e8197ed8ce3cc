"""Search through the trigram index, on both backends: words found inside longer words,
short terms, odd characters, and texts that change or go."""

from sqlalchemy import select

from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.consultations import list_consultations
from hoering.services.search import CommentFilter, find_comments, search
from hoering.services.splitting import remove_comment
from hoering.store.database import Database
from hoering.store.models import Comment


def _kinds(db: Database, query: str) -> set[str]:
    return {h.kind for h in search(db.unit_of_work(write=False), None, query)}


def test_a_word_is_found_inside_longer_words(demo_db: Database) -> None:
    # VMU's comment on measure 33 asks for a "blafferstoppested".
    hits = search(demo_db.unit_of_work(write=False), None, "stoppested")
    assert [(h.kind, h.title) for h in hits] == [("comment", "VMU")]
    assert "measure" in _kinds(demo_db, "varme")  # "fjernvarme", "procesvarme" …


def test_short_terms_are_checked_too(demo_db: Database) -> None:
    both = search(demo_db.unit_of_work(write=False), None, "co2 i")
    alone = search(demo_db.unit_of_work(write=False), None, "co2")
    assert both and {h.id for h in both} <= {h.id for h in alone}
    assert search(demo_db.unit_of_work(write=False), None, "zq") == []
    assert _kinds(demo_db, "%") >= {"comment"}  # "20 %" in the memo, not a wildcard
    assert search(demo_db.unit_of_work(write=False), None, "_") == []


def test_quotes_and_operators_in_a_query_are_text(demo_db: Database) -> None:
    assert search(demo_db.unit_of_work(write=False), None, '"cykel" OR NOT bus*') == []
    assert _kinds(demo_db, "S-togsstationer") >= {"comment", "response"}


def test_an_edited_text_is_found_by_its_new_words_only(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    [hit] = search(demo_db.unit_of_work(write=False), None, "blafferstoppested")
    with demo_db.unit_of_work(write=False) as uow:
        version = uow.session.scalars(select(Comment.version).where(Comment.id == hit.id)).one()
    edit_comments(
        demo_db.unit_of_work(),
        consultation,
        [CommentEdit(hit.id, version, reply="Tages op med Movia og tomatsuppen")],
    )
    assert [h.id for h in search(demo_db.unit_of_work(write=False), None, "tomatsuppen")] == [
        hit.id
    ]
    edit_comments(
        demo_db.unit_of_work(), consultation, [CommentEdit(hit.id, version + 1, reply="Nej")]
    )
    assert search(demo_db.unit_of_work(write=False), None, "tomatsuppen") == []
    assert [h.id for h in search(demo_db.unit_of_work(write=False), None, "stoppested")] == [hit.id]


def test_a_removed_comment_is_no_longer_found(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    comments = find_comments(
        demo_db.unit_of_work(write=False), consultation, "ladestandere", CommentFilter()
    )
    received = [c for c in comments if c.title.startswith("Borger")]
    with demo_db.unit_of_work(write=False) as uow:
        version = uow.session.scalars(
            select(Comment.version).where(Comment.id == received[0].id)
        ).one()
    remove_comment(demo_db.unit_of_work(), received[0].id, expected_version=version)
    left = find_comments(
        demo_db.unit_of_work(write=False), consultation, "ladestandere", CommentFilter()
    )
    assert [c.id for c in left] == [c.id for c in comments if c.id != received[0].id]
