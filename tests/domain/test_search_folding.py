"""Folding for search: the same text however it was typed."""

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from hoering.domain.search import fold, query_terms


def _fold_char_by_char(text: str) -> str:
    """The definition the fast path must keep: every combining mark removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"(?<=[a-z])\s+(?=\d)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def test_danish_letters_accents_case_and_subscripts_fold_alike() -> None:
    assert fold("Økonomi og ÆBLER på Ågade") == "oekonomi og aebler paa aagade"
    assert fold("Café  Crème – naïve") == "cafe creme – naive"
    assert fold("CO ₂ -udledning") == fold("CO2 -udledning") == "co2 -udledning"
    assert query_terms("  CO₂   fangst ") == ["co2", "fangst"]


_DANISH_TEXT = st.text(alphabet=st.sampled_from(list("aoCOæøÅé2₂ \t\n\u00a0\u0301-ǽ")), max_size=40)


@settings(max_examples=400)
@given(st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), _DANISH_TEXT))
def test_the_fast_path_folds_as_character_by_character(text: str) -> None:
    assert fold(text) == _fold_char_by_char(text)
