"""Danish-aware word normalisation for comparing texts: case, punctuation, endings.

Deliberately light: lower case, letters and digits only, "CO₂" read as "co2",
common inflection endings cut ("cykelstierne" → "cykelsti"), and the small words
that say nothing about the subject dropped. Good enough to compare a citizen's
sentence with a measure's title without a stemmer library.
"""

import re

_WORD = re.compile(r"\w+")
_SUBSCRIPT = re.compile("[₀-₉]")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# Longest first: the first ending that leaves a stem of at least four letters is cut.
_ENDINGS = (
    "erne",
    "ende",
    "ene",
    "ere",
    "est",
    "hed",
    "er",
    "en",
    "et",
    "es",
    "re",
    "e",
    "s",
)
_STOPWORDS_TEXT = """
    af alle allerede alt and andre at bare begge blev blive bliver da de dem den denne der
    deres det dette dig din dine disse dit du efter eller en end er et for fordi fra få gør
    ha had han hans har hende hendes her hos hun hvad hvem hver hvilke hvis hvor hvordan
    hvorfor i ikke ind jeg jer jo kan kun kunne lidt man mange med meget men mere mig min
    mine mit mod må ned noget nogle nu når og også om op os over på sig sin sine sit skal
    skulle som så sådan til ud under var vi vil ville vores være været tak hej venlig hilsen
    kære kommune kommunen ballerup bør the
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def words(text: str) -> list[str]:
    """The words of a text in lower case, without punctuation."""
    if _SUBSCRIPT.search(text):  # rare; translating every text would cost more
        text = text.translate(_SUBSCRIPTS)
    return _WORD.findall(text.casefold())


def stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def content_stems(text: str) -> list[str]:
    """The stems of the words that carry meaning, in order (repeats kept)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit()]
