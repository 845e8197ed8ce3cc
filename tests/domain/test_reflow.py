"""Joining the hard-wrapped lines of an e-mail into paragraphs."""

from hoering.domain.text import reflow


def test_wrapped_lines_become_one_paragraph() -> None:
    text = "kommunen går forrest og reserverer\np-pladser til delebiler i boligafdelingerne"
    assert reflow(text) == (
        "kommunen går forrest og reserverer p-pladser til delebiler i boligafdelingerne"
    )


def test_blank_lines_separate_paragraphs_and_list_items_keep_their_lines() -> None:
    text = "Første afsnit\nfortsat.\r\n\r\nPunkter:\n- cykelstier\n- busser\n2. tog"
    assert reflow(text) == "Første afsnit fortsat.\nPunkter:\n- cykelstier\n- busser\n2. tog"
