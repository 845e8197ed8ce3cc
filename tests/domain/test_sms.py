"""SMS rules: the "BALK KLIMA" keyword and Danish phone numbers."""

import pytest

from hoering.domain.sms import KeywordMatch, normalise_phone, strip_keyword

KEYWORD = "BALK KLIMA"


@pytest.mark.parametrize(
    ("message", "text"),
    [
        pytest.param("BALK KLIMA Flere cykelstier", "Flere cykelstier", id="plain"),
        pytest.param("balk klima: tekst", "tekst", id="lower-colon"),
        pytest.param("Balk  Klima\nTekst", "Tekst", id="two-spaces-line-break"),
        pytest.param(
            "Balk klima - Hvorfor skal skraldebilerne først køre på el i 2025?",
            "Hvorfor skal skraldebilerne først køre på el i 2025?",
            id="dash",
        ),
        pytest.param("Balk klima – Hvorfor ikke", "Hvorfor ikke", id="en-dash"),
        pytest.param("  BALK KLIMA:Grøn strøm  ", "Grøn strøm", id="no-space-after-colon"),
        # The formula is kept as the citizen wrote it: the spreadsheet writer makes it text.
        pytest.param("BALK KLIMA=SUM(1)", "=SUM(1)", id="equals-directly"),
        pytest.param(
            'BALK KLIMA =HYPERLINK("http://example.org";"Se mit forslag") flere cykelstier',
            '=HYPERLINK("http://example.org";"Se mit forslag") flere cykelstier',
            id="sms-4-formula",
        ),
        pytest.param("balk klima husk cyklisterne", "husk cyklisterne", id="sms-10"),
    ],
)
def test_keyword_is_removed(message: str, text: str) -> None:
    result = strip_keyword(message, KEYWORD)
    assert result.match is KeywordMatch.MATCH
    assert result.text == text


@pytest.mark.parametrize(
    "message", ["BALK KLIMA", "balk klima :  ", "Balk klima\n", " BALK KLIMA - "]
)
def test_keyword_alone_is_empty(message: str) -> None:
    result = strip_keyword(message, KEYWORD)
    assert result.match is KeywordMatch.EMPTY
    assert result.text == ""


def test_other_keyword_of_same_sender() -> None:
    result = strip_keyword("BALK SKOLE Mere frugt og grønt", KEYWORD)
    assert result.match is KeywordMatch.OTHER
    assert result.text == "BALK SKOLE Mere frugt og grønt"


def test_longer_word_is_not_the_keyword() -> None:
    # "KLIMAET" is not "KLIMA": the message is another keyword, kept whole.
    result = strip_keyword("BALK KLIMAET er vigtigt", KEYWORD)
    assert result.match is KeywordMatch.OTHER
    assert result.text == "BALK KLIMAET er vigtigt"


@pytest.mark.parametrize("message", ["Hej med jer", "BALKKLIMA tekst", "Klima er vigtigt"])
def test_no_keyword_keeps_the_whole_message(message: str) -> None:
    result = strip_keyword(message, KEYWORD)
    assert result.match is KeywordMatch.MISSING
    assert result.text == message


def test_keyword_setting_is_tolerant_too() -> None:
    result = strip_keyword("BALK KLIMA Flere træer", "  balk   klima ")
    assert (result.match, result.text) == (KeywordMatch.MATCH, "Flere træer")


def test_em_dash_after_keyword_is_removed() -> None:
    assert strip_keyword("Balk klima — Flere træer", KEYWORD).text == "Flere træer"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("4520123456", "+4520123456"),
        ("+45 20 98 76 54", "+4520987654"),
        ("004561234567", "+4561234567"),
        ("0045 22 33 44 55", "+4522334455"),
        ("+4530405060", "+4530405060"),
        ("29876543", "+4529876543"),
        (" 20 98 76 54 ", "+4520987654"),
        ("+46701234567", "+46701234567"),
        ("0046701234567", "+46701234567"),
    ],
)
def test_phone_numbers_normalised(number: str, expected: str) -> None:
    assert normalise_phone(number) == expected


@pytest.mark.parametrize("number", ["4.51E+09", "4,52E+09", "12", "", "1234567890", "hemmeligt"])
def test_garbled_phone_numbers_are_refused(number: str) -> None:
    assert normalise_phone(number) is None


@pytest.mark.parametrize("number", ["+45 2012345", "+45 201234567", "0045 2012345"])
def test_danish_number_with_wrong_length_is_refused(number: str) -> None:
    assert normalise_phone(number) is None
