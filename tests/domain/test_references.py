"""Explicit measure references in comment text ("punkt 7-11", "pkt. 3 og 5", "tiltag 4.8.1")."""

import pytest

from hoering.domain.references import MAX_RANGE, measure_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UGO: punkt 7-11 overskrifterne skal tydeliggøre forskellen på indsatserne",
            ("7", "8", "9", "10", "11"),
            id="memo-range",
        ),
        pytest.param("pkt. 3 og 5", ("3", "5"), id="pkt-og"),
        pytest.param("Se punkterne 7, 9 og 11.", ("7", "9", "11"), id="list"),
        pytest.param("jf. tiltag 4.8.1 i planen", ("4.8.1",), id="dotted-code"),
        pytest.param("punkt 12–14 hænger sammen", ("12", "13", "14"), id="en-dash-range"),
        pytest.param("punkt 12 - 14", ("12", "13", "14"), id="spaced-range"),
        pytest.param("Cykelforhold (klimatiltag 32): Det er fint", ("32",), id="mail-01"),
        pytest.param("(klimatiltag 38 og 39)", ("38", "39"), id="klimatiltag"),
        pytest.param("plast (punkt 42) og punkt 43", ("42", "43"), id="two-mentions"),
        pytest.param("PUNKT 3", ("3",), id="upper-case"),
        pytest.param("tiltagene 12 & 13", ("12", "13"), id="ampersand"),
    ],
)
def test_references_found(text: str, expected: tuple[str, ...]) -> None:
    assert measure_references(text) == expected


def test_each_number_once_in_first_order() -> None:
    assert measure_references("punkt 9 og punkt 7, pkt. 8 og punkt 7-9") == ("9", "7", "8")


@pytest.mark.parametrize(
    "text",
    [
        "UGO: ønsker en tilbagemelding/status til UGO hvert halve år om, hvordan det går",
        "KMB: Klimamødre Er skrevet ind i 2. ben fællesskaber",
        "I 2030 er genanvendelsen af plast 80 %",
        "Det er et godt udgangspunkt 5 gange om året",
        "",
    ],
)
def test_numbers_without_keyword_are_not_references(text: str) -> None:
    assert measure_references(text) == ()


def test_silly_range_is_not_expanded() -> None:
    # A typo must not link a comment to a thousand measures.
    assert measure_references("punkt 7-1100") == ("7",)


def test_range_limit_is_inclusive() -> None:
    assert len(measure_references(f"punkt 1-{1 + MAX_RANGE}")) == MAX_RANGE + 1
    assert measure_references(f"punkt 1-{2 + MAX_RANGE}") == ("1",)


def test_year_after_reference_is_not_a_measure() -> None:
    assert measure_references("Jeg støtter punkt 12, 2030 er for sent.") == ("12",)
