"""Three-way merge of an assessment two people edited at once."""

from hypothesis import given
from hypothesis import strategies as st

from hoering.domain.merge import merge_texts

ORIGINAL = "Input der arbejdes videre med. Målet fastholdes til 2030."


def test_edits_of_different_sentences_combine() -> None:
    mine = "Input der arbejdes videre med i 2024. Målet fastholdes til 2030."
    theirs = "Input der arbejdes videre med. Målet fremrykkes til 2028."
    merged = merge_texts(ORIGINAL, mine, theirs)
    assert merged.clean
    assert merged.text == "Input der arbejdes videre med i 2024. Målet fremrykkes til 2028."


def test_different_edits_of_the_same_words_collide() -> None:
    merged = merge_texts(
        ORIGINAL, ORIGINAL.replace("2030", "2027"), ORIGINAL.replace("2030", "2029")
    )
    assert not merged.clean and merged.text is None


def test_the_same_edit_on_both_sides_is_taken_once() -> None:
    same = ORIGINAL.replace("fastholdes", "ændres")
    assert merge_texts(ORIGINAL, same, same).text == same


def test_two_additions_at_the_same_place_collide() -> None:
    assert not merge_texts("A B", "A x B", "A y B").clean


texts = st.text(alphabet="ab c.\n", max_size=30)


@given(texts, texts)
def test_a_side_that_changed_nothing_gives_the_other_side(original: str, edited: str) -> None:
    assert merge_texts(original, edited, original).text == edited
    assert merge_texts(original, original, edited).text == edited
    assert merge_texts(original, edited, edited).text == edited
