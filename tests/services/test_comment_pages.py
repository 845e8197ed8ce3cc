"""A page's comments read a page at a time, as the window reads a long list: the ids
of all of them in order and the count first, then the views of any stretch of them."""

from sqlalchemy import select

from hoering.domain.enums import Outcome, TargetLevel
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.consultations import list_consultations
from hoering.services.pages import (
    CommentView,
    measure_page,
    other_target_page,
    read_comments,
    section_page,
)
from hoering.store.database import Database
from hoering.store.models import Measure, Section

PAGE = 2


def measure_id(db: Database, number: str) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == number)).one()


def by_pages(
    db: Database, consultation: int, ids: tuple[int, ...], besides: int | None = None
) -> list[CommentView]:
    read: list[CommentView] = []
    for start in range(0, len(ids), PAGE):
        read += read_comments(
            db.unit_of_work(write=False),
            consultation,
            ids[start : start + PAGE],
            besides_measure=besides,
        )
    return read


def test_a_measure_read_by_pages_lists_what_it_lists_read_whole(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    measure = measure_id(demo_db, "12")
    whole = measure_page(demo_db.unit_of_work(write=False), consultation, measure)
    first = measure_page(
        demo_db.unit_of_work(write=False), consultation, measure, first_comments=PAGE
    )
    assert len(whole.comments) > 2 * PAGE
    assert first.comment_ids == whole.comment_ids == tuple(c.id for c in whole.comments)
    assert first.comments == whole.comments[:PAGE]
    assert first.without_outcome == whole.without_outcome == len(whole.comments)
    # The other pages, each read on its own, are the rest of the list in its order;
    # the measure itself is not among the others a comment also concerns.
    assert by_pages(demo_db, consultation, first.comment_ids, measure) == list(whole.comments)
    assert first.assessment == whole.assessment and first.sub_goals == whole.sub_goals


def test_sections_the_policy_and_proposals_are_read_by_pages_too(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    with demo_db.unit_of_work(write=False) as uow:
        sections = uow.session.scalars(select(Section.id)).all()
    pages = [
        (section_page, section)
        for section in sections
        if section_page(demo_db.unit_of_work(write=False), consultation, section).comments
    ]
    pages += [(other_target_page, level) for level in (TargetLevel.POLICY, TargetLevel.NEW_MEASURE)]
    assert len(pages) > 2
    for read, key in pages:
        whole = read(demo_db.unit_of_work(write=False), consultation, key)  # type: ignore[operator]
        first = read(  # type: ignore[operator]
            demo_db.unit_of_work(write=False), consultation, key, first_comments=1
        )
        assert first.comment_ids == whole.comment_ids and first.comments == whole.comments[:1]
        assert first.without_outcome == whole.without_outcome
        assert by_pages(demo_db, consultation, first.comment_ids) == list(whole.comments)


def test_an_edit_shows_in_the_count_and_in_the_page_read_again(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    measure = measure_id(demo_db, "12")

    def read_first():  # type: ignore[no-untyped-def]
        return measure_page(
            demo_db.unit_of_work(write=False), consultation, measure, first_comments=PAGE
        )

    before = read_first()
    last = by_pages(demo_db, consultation, before.comment_ids[-1:], measure)[0]
    edit_comments(
        demo_db.unit_of_work(),
        consultation,
        [CommentEdit(last.id, last.version, outcome=Outcome.NOTED, reply="Noteret.")],
    )
    after = read_first()
    assert after.comment_ids == before.comment_ids
    assert after.without_outcome == before.without_outcome - 1
    (again,) = read_comments(
        demo_db.unit_of_work(write=False), consultation, [last.id], besides_measure=measure
    )
    assert (again.outcome, again.reply, again.version) == (
        Outcome.NOTED,
        "Noteret.",
        last.version + 1,
    )


def test_a_comment_gone_meanwhile_is_left_out_of_its_page(demo_db: Database) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    listed = measure_page(
        demo_db.unit_of_work(write=False), consultation, measure_id(demo_db, "12"), first_comments=1
    ).comment_ids
    gone = max(listed) + 1_000_000
    read = read_comments(
        demo_db.unit_of_work(write=False), consultation, [listed[1], gone, listed[0]]
    )
    assert [c.id for c in read] == [listed[0], listed[1]]


def test_a_page_read_on_its_own_says_which_other_measures_a_comment_concerns(
    demo_db: Database,
) -> None:
    consultation = list_consultations(demo_db.unit_of_work(write=False))[0].id
    seven = measure_id(demo_db, "7")
    ids = measure_page(
        demo_db.unit_of_work(write=False), consultation, seven, first_comments=0
    ).comment_ids
    read = by_pages(demo_db, consultation, ids, seven)
    ranged = next(c for c in read if c.text.startswith("punkt 7-11"))
    assert ranged.also_measures == ("8", "9", "10", "11")
