"""The word-level redline of a revised sub-goal (the same module as on main)."""

import pytest

from hoering.domain.textdiff import Change, Piece, redline

GOAL_33 = "Senest i 2025 er der etableret delemobilitetsløsninger på S-togstationer."


def rebuilt(segments: tuple[Piece, ...], leave_out: Change) -> str:
    return "".join(s.text for s in segments if s.change is not leave_out)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (GOAL_33, GOAL_33.replace("2025", "2024")),
        (
            "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug.",
            "Senest i 2025 er al belysning skiftet til nyeste LED.",
        ),
        (
            "I 2030 er der plantet xx ha ny skov i Ballerup Kommune.",
            "I 2030 er der plantet 50 ha ny skov, levende hegn og krat i Ballerup Kommune.",
        ),
        ("", "Nyt mål"),
        ("Gammelt mål", ""),
    ],
)
def test_the_segments_give_back_both_texts(old: str, new: str) -> None:
    segments = redline(old, new)
    assert rebuilt(segments, Change.ADDED) == old
    assert rebuilt(segments, Change.DELETED) == new


def test_a_changed_year_is_one_struck_and_one_added_word() -> None:
    assert redline(GOAL_33, GOAL_33.replace("2025", "2024")) == (
        Piece(Change.SAME, "Senest i "),
        Piece(Change.DELETED, "2025"),
        Piece(Change.ADDED, "2024"),
        Piece(Change.SAME, " er der etableret delemobilitetsløsninger på S-togstationer."),
    )


def test_a_rewritten_sentence_is_replaced_whole_not_word_by_word() -> None:
    old = "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug."
    new = "Senest i 2025 er al belysning skiftet til nyeste LED."
    assert redline(old, new) == (Piece(Change.DELETED, old), Piece(Change.ADDED, new))


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
    assert redline(None, "Nyt mål") == (Piece(Change.ADDED, "Nyt mål"),)
    assert redline("Mål", None) == (Piece(Change.DELETED, "Mål"),)
    assert redline(None, None) == ()
