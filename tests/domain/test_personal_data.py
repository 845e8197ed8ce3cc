"""Removing personal data from text meant for a public annex."""

import pytest

from hoering.domain.personal_data import REDACTED, Redactor, redact


@pytest.mark.parametrize(
    "text",
    [
        "Skriv til karen.eksempel@example.org for mere",
        "Ring på 20123456",
        "Ring på 20 12 34 56",
        "Ring på +45 20 12 34 56",
        "Ring på +4520123456",
        "Ring på 0045 2012 3456",
        "Ring på 20.12.34.56",
        "CPR 010170-1234 står her",
    ],
)
def test_addresses_numbers_and_cpr_are_removed(text: str) -> None:
    cleaned = redact(text)
    assert REDACTED in cleaned
    assert not any(ch.isdigit() for ch in cleaned.split(REDACTED)[1][:3])
    assert "@" not in cleaned


@pytest.mark.parametrize(
    "text",
    [
        "Senest i 2025 er 15 % sparet i forhold til 2015.",
        "Perioden 2023-2025 og 2030–2035",
        "I 2030 har borgerne plantet 20.000 træer",
        "Budgettet er 10.000.000 kr.",
        "Klimatiltag 4.8.1 og punkt 7-11",
    ],
)
def test_years_amounts_and_references_are_left_alone(text: str) -> None:
    assert redact(text) == text


def test_the_writers_own_name_and_whole_address_are_removed_whatever_the_case() -> None:
    text = "Med venlig hilsen\nKaren Eksempel\nEksempelvej 1, 2750 Ballerup"
    cleaned = redact(text, ("Karen Eksempel", "eksempelvej 1"))
    assert cleaned == f"Med venlig hilsen\n{REDACTED}\n{REDACTED}"


def test_short_known_values_are_not_used_they_would_remove_ordinary_words() -> None:
    assert redact("Vi bor i en by", ("by",)) == "Vi bor i en by"


def test_a_redactor_remembering_texts_removes_what_redact_removes_for_each_writer() -> None:
    campaign = "Ring til Karen Eksempel på 20 12 34 56 om cykelstier"
    writers = [(), ("Karen Eksempel",), ("karen eksempel ",), ("Ole Hansen",), ("by",)]
    redactor = Redactor(remembered=1)
    for _ in range(2):  # the second time from what it remembers (or has forgotten)
        for known in writers:
            for text in (campaign, "Flere busser", campaign):
                assert redactor.redact(text, known) == redact(text, known)
    assert (
        redactor.redact(campaign, ("Karen Eksempel",))
        == f"Ring til {REDACTED} på {REDACTED} om cykelstier"
    )
