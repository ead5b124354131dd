"""The kind as a letter after an item's title: "(B)", "(O)", "(D)", "(B/O)"."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

HEADER = "Referat\nDato: 6. oktober 2014 kl. 9:30\n\n"


@pytest.mark.parametrize(
    ("marks", "kinds"),
    [
        (("(B)", "(O)", "(D)"), ["decision", "orientation", "discussion"]),
        (("(B/O)", "(0)", " (D) "), ["decision", "orientation", "discussion"]),
    ],
)
def test_kind_letters_after_the_titles_are_read_and_stripped(marks, kinds):
    titles = ["Budget 2025", "Status på trafikplanen", "Tidsplan for høringen"]
    text = HEADER + "".join(
        f"{n}. {title} {mark}\nBeslutning\nGodkendt.\n\n"
        for n, (title, mark) in enumerate(zip(titles, marks, strict=True), start=1)
    )
    meeting = segment(text)
    assert [i.title for i in meeting.items] == titles
    assert [i.kind for i in meeting.items] == kinds
    assert not any(i.is_unsure("kind") for i in meeting.items)


def test_a_title_that_names_its_kind_keeps_that_kind():
    meeting = segment(
        HEADER + "1. Godkendelse af dagsorden (B)\nGodkendt.\n\n2. Budget 2025 (B)\nGodkendt.\n"
    )
    assert [(i.title, i.kind) for i in meeting.items] == [
        ("Godkendelse af dagsorden", "welcome"),
        ("Budget 2025", "decision"),
    ]


def test_one_letter_after_one_title_is_left_alone():
    """A party letter looks the same; one title ending in one is no layout of kind marks."""
    meeting = segment(
        HEADER + "1. Forslag fra Anne Holm (O)\nBeslutning\nGodkendt.\n\n"
        "2. Budget 2025\nBeslutning\nGodkendt.\n"
    )
    assert meeting.items[0].title == "Forslag fra Anne Holm (O)"


def test_other_letters_are_no_kind_marks():
    meeting = segment(
        HEADER + "1. Forslag fra Venstre (V)\nGodkendt.\n\n2. Forslag fra Enhedslisten (Ø)\n"
        "Godkendt.\n"
    )
    assert [i.title for i in meeting.items] == [
        "Forslag fra Venstre (V)",
        "Forslag fra Enhedslisten (Ø)",
    ]
