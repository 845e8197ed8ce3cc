"""Target suggestions for a passage of a response."""

from hoering.domain.suggestions import SuggestionReason, TargetCandidate, suggest_targets
from hoering.domain.words import content_stems

MEASURES = [
    TargetCandidate(107, "Nye fællesskaber for borgere og virksomheder", "7"),
    TargetCandidate(108, "Klimaambassadører", "8"),
    TargetCandidate(109, "Grønne frivillige", "9"),
    TargetCandidate(110, "Partnerskaber", "10"),
    TargetCandidate(111, "Grøn erhvervsvejledning", "11"),
    TargetCandidate(
        132,
        "Sikre og sammenhængende cykelstier",
        "32",
        ("Senest i 2025 er der anlagt 10 km nye cykelstier langs de store veje",),
    ),
    TargetCandidate(
        138,
        "Delebiler",
        "38",
        ("Senest i 2025 er der reserveret p-pladser til delebiler i alle boligområder",),
    ),
    TargetCandidate(
        143, "Direkte genbrug", "43", ("Fra 2023 er der byttecentraler på genbrugspladsen",)
    ),
    TargetCandidate(-5, "TRANSPORT"),
]


def reasons(text: str) -> list[tuple[int, SuggestionReason]]:
    return [(s.key, s.reason) for s in suggest_targets(text, MEASURES)]


def test_a_range_of_points_comes_first_in_order() -> None:
    found = reasons("Vedr. punkt 7-11: det lyder godt, men hvem betaler for delebiler?")
    assert found[:5] == [(n, SuggestionReason.REFERENCE) for n in (107, 108, 109, 110, 111)]
    assert (138, SuggestionReason.TITLE) in found[5:]


def test_handling_and_nr_are_references() -> None:
    assert reasons("Jeg støtter handling 38.")[0] == (138, SuggestionReason.REFERENCE)
    assert reasons("Om nr. 43 vil jeg sige noget.")[0] == (143, SuggestionReason.REFERENCE)


def test_a_named_title_is_suggested() -> None:
    assert reasons("Det direkte genbrug skal være gratis.")[0] == (143, SuggestionReason.TITLE)
    assert reasons("Transport i kommunen fylder for lidt.")[0] == (-5, SuggestionReason.TITLE)


def test_similar_words_suggest_a_measure_without_its_number_or_title() -> None:
    found = suggest_targets(
        "Cykelstien ved skolen mangler, og der bør anlægges flere stier langs vejene.", MEASURES
    )
    assert found[0].key == 132
    assert found[0].reason is SuggestionReason.SIMILAR
    assert 0 < found[0].score < 1


def test_a_text_about_nothing_in_the_plan_gets_no_suggestion() -> None:
    assert suggest_targets("Tak for et godt borgermøde i går!", MEASURES) == []


def test_unknown_numbers_and_years_are_not_suggested() -> None:
    assert reasons("Punkt 99 og året 2030 nævnes.") == []


def test_danish_word_forms_meet() -> None:
    assert content_stems("cykelstierne") == content_stems("cykelstier")
    assert content_stems("CO₂-udledningen") == ["co2", "udledning"]
