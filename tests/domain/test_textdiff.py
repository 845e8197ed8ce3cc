"""The redline between a sub-goal as consulted and as revised."""

from hypothesis import given
from hypothesis import strategies as st

from hoering.domain.textdiff import Change, redline


def joined(pieces, keep: Change) -> str:
    return "".join(p.text for p in pieces if p.change in (Change.SAME, keep))


def test_a_changed_year_is_one_word_out_and_one_in() -> None:
    pieces = redline("Senest i 2025 er der etableret", "Senest i 2024 er der etableret")
    assert [(p.change, p.text) for p in pieces] == [
        (Change.SAME, "Senest i "),
        (Change.DELETED, "2025"),
        (Change.ADDED, "2024"),
        (Change.SAME, " er der etableret"),
    ]


def test_a_rewritten_text_is_struck_out_whole_before_the_new_one() -> None:
    old = "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug."
    new = "Senest i 2025 er al belysning skiftet til nyeste LED."
    assert [(p.change, p.text) for p in redline(old, new)] == [
        (Change.DELETED, old),
        (Change.ADDED, new),
    ]


def test_a_new_or_removed_text_is_all_added_or_all_deleted() -> None:
    assert [p.change for p in redline(None, "Nyt mål")] == [Change.ADDED]
    assert [p.change for p in redline("Gammelt mål", None)] == [Change.DELETED]
    assert [p.change for p in redline("Uændret", "Uændret")] == [Change.SAME]


@given(st.text(alphabet="ab æø\n.", max_size=40), st.text(alphabet="ab æø\n.", max_size=40))
def test_the_redline_gives_both_texts_back(old: str, new: str) -> None:
    pieces = redline(old, new)
    assert joined(pieces, Change.DELETED) == old
    assert joined(pieces, Change.ADDED) == new


def test_an_insertion_keeps_the_words_around_it() -> None:
    old, new = "plantet xx ha ny skov i Ballerup", "plantet 50 ha ny skov og krat i Ballerup"
    segments = redline(old, new)
    assert [s.change for s in segments] == [
        Change.SAME,
        Change.DELETED,
        Change.ADDED,
        Change.SAME,
        Change.ADDED,
        Change.SAME,
    ]
    assert segments[4].text.strip() == "og krat"


def test_none_counts_as_no_text() -> None:
    assert [(p.change, p.text) for p in redline(None, "Nyt mål")] == [(Change.ADDED, "Nyt mål")]
    assert [(p.change, p.text) for p in redline("Mål", None)] == [(Change.DELETED, "Mål")]
    assert redline(None, None) == ()
