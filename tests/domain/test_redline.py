"""The word-level redline of a revised sub-goal, and a sub-goal's status after the consultation."""

import pytest

from hoering.domain.enums import MeasureStatus
from hoering.domain.redline import Change, Segment, sub_goal_status, word_diff

GOAL_33 = "Senest i 2025 er der etableret delemobilitetsløsninger på S-togstationer."


def rebuilt(segments: tuple[Segment, ...], leave_out: Change) -> str:
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
    segments = word_diff(old, new)
    assert rebuilt(segments, Change.ADDED) == old
    assert rebuilt(segments, Change.DELETED) == new


def test_a_changed_year_is_one_struck_and_one_added_word() -> None:
    assert word_diff(GOAL_33, GOAL_33.replace("2025", "2024")) == (
        Segment(Change.SAME, "Senest i "),
        Segment(Change.DELETED, "2025"),
        Segment(Change.ADDED, "2024"),
        Segment(Change.SAME, " er der etableret delemobilitetsløsninger på S-togstationer."),
    )


def test_a_rewritten_sentence_is_replaced_whole_not_word_by_word() -> None:
    old = "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug."
    new = "Senest i 2025 er al belysning skiftet til nyeste LED."
    assert word_diff(old, new) == (Segment(Change.DELETED, old), Segment(Change.ADDED, new))


def test_an_insertion_keeps_the_words_around_it() -> None:
    old, new = "plantet xx ha ny skov i Ballerup", "plantet 50 ha ny skov og krat i Ballerup"
    segments = word_diff(old, new)
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
    assert word_diff(None, "Nyt mål") == (Segment(Change.ADDED, "Nyt mål"),)
    assert word_diff("Mål", None) == (Segment(Change.DELETED, "Mål"),)
    assert word_diff(None, None) == ()


@pytest.mark.parametrize(
    ("measure", "consulted", "revised", "expected"),
    [
        (MeasureStatus.UNCHANGED, "A", "A", MeasureStatus.UNCHANGED),
        (MeasureStatus.CHANGED, "A", "A", MeasureStatus.UNCHANGED),
        (MeasureStatus.CHANGED, "A", "B", MeasureStatus.CHANGED),
        (MeasureStatus.CHANGED, None, "B", MeasureStatus.NEW),
        (MeasureStatus.CHANGED, "A", None, MeasureStatus.DROPPED),
        (MeasureStatus.DROPPED, "A", "A", MeasureStatus.DROPPED),
        (MeasureStatus.NEW, "A", "A", MeasureStatus.NEW),
    ],
)
def test_a_sub_goal_status_follows_its_texts_and_its_measure(
    measure: MeasureStatus, consulted: str | None, revised: str | None, expected: MeasureStatus
) -> None:
    assert sub_goal_status(measure, consulted, revised) is expected
