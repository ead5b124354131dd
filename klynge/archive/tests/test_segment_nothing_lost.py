"""No reading passes over text without keeping it: what no item holds is unplaced text."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

HEADER = "Referat af bestyrelsesmøde 25. februar 2017\nDeltagere: Anne Holm, Bo Berg\n"


def _kept(meeting) -> str:
    parts = [meeting.unplaced_text]
    for item in meeting.items:
        parts += [item.title, item.case_text, item.summary, item.minutes_text]
        parts += item.decisions + item.recommendations
    return "\n".join(parts)


@pytest.mark.parametrize(
    "between",
    [
        (
            "Hanne S. blev valgt til ordstyrer.",
            "Dagsordenen blev godkendt.",
            "Taget til efterretning.",
        ),
        ("Ingen bemærkninger.", "Godkendt uden ændringer.", "Kassereren gennemgik regnskabet."),
    ],
)
def test_short_sentences_between_numbered_lines_are_the_items_text(between):
    titles = ("Valg af ordstyrer", "Godkendelse af dagsorden", "Økonomi")
    text = HEADER + "".join(
        f"{n}. {title}\n{sentence}\n"
        for n, (title, sentence) in enumerate(zip(titles, between, strict=True), start=1)
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == list(enumerate(titles, start=1))
    kept = _kept(meeting)
    assert all(sentence in kept for sentence in between)
    assert not any(sentence in meeting.unplaced_text for sentence in between)


def test_text_under_most_entries_of_a_list_without_headings_below_is_theirs():
    meeting = segment(
        HEADER + "1. Godkendelse af referat\n2. Valg af formand\nSags nr.: a\n"
        "3. Pjece om god praksis\nSagsfremstilling: Pjecen er udgivet af KL.\nBilag: Pjecen\n"
        "4. Årsmøde\nSagsfremstilling: Årsmødet er udskudt til juni.\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert "Pjecen er udgivet af KL." in meeting.items[2].case_text
    assert "Årsmødet er udskudt til juni." in meeting.items[3].case_text


def test_text_after_an_index_whose_items_no_heading_repeats_is_kept_as_unplaced():
    meeting = segment(
        HEADER + "Dagsorden\n1. Godkendelse af referat\n2. Budget 2025\n3. Eventuelt\n\n"
        "Mødet blev holdt i fællesskab med ældrerådet, og referatet sendes ud i næste uge.\n"
    )
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert "referatet sendes ud i næste uge" in _kept(meeting)
