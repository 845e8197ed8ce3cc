"""Cleaning text flattened from Word: subscript gaps, runs of spaces, page-break joins."""

import pytest

from hoering.domain.text import join_continuation, tidy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("netto-nul CO ₂ -udledning i 2050", "netto-nul CO₂-udledning i 2050"),
        ("CO ₂ beregning", "CO₂ beregning"),
        ("reduceret med 20 % CO ₂ .", "reduceret med 20 % CO₂."),
        ("CO ₂ , metan og lattergas", "CO₂, metan og lattergas"),
        ("(CO ₂ )", "(CO₂)"),
        ("CO₂-udledningen er uændret", "CO₂-udledningen er uændret"),
        ("CO2 og CO ₂", "CO2 og CO₂"),
    ],
)
def test_subscript_gaps_are_closed(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senest  i   2025", "Senest i 2025"),
        ("Senest\u00a0\u00a0i 2025", "Senest i 2025"),
        ("Senest \u00a0\t i\u202f2025", "Senest i 2025"),
        ("  Mål udgår \u00a0", "Mål udgår"),
        ("", ""),
    ],
)
def test_spaces_collapse(text: str, expected: str) -> None:
    assert tidy(text) == expected


def test_line_breaks_are_kept() -> None:
    assert tidy("Første afsnit.\nAndet afsnit.") == "Første afsnit.\nAndet afsnit."


def test_mid_sentence_continuation_joins_with_space() -> None:
    # Measure 30's assessment in the memo is split by a page break after "og".
    joined = join_continuation(
        "Mål ændret så der i 2023 udarbejdes en plan for hvor tidligt og",
        "hvordan der skal stilles krav",
    )
    assert joined == (
        "Mål ændret så der i 2023 udarbejdes en plan for hvor tidligt og "
        "hvordan der skal stilles krav"
    )


@pytest.mark.parametrize("end", [".", "!", "?", ":"])
def test_continuation_after_sentence_end_is_new_paragraph(end: str) -> None:
    assert join_continuation(f"Målet er fastholdt{end}", "Ny sætning") == (
        f"Målet er fastholdt{end}\nNy sætning"
    )


@pytest.mark.parametrize(
    ("first", "more", "expected"),
    [("", "hvordan", "hvordan"), ("hvor tidligt og", "", "hvor tidligt og"), ("", "", "")],
)
def test_continuation_with_empty_part(first: str, more: str, expected: str) -> None:
    assert join_continuation(first, more) == expected


def test_continuation_after_whitespace_only_part() -> None:
    assert join_continuation("  ", "hvordan").strip() == "hvordan"
