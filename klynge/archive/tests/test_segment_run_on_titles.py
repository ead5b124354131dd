"""Where a heading's title ends when a transcript ran the item's text onto it (reline, items)."""

from __future__ import annotations

import pytest

from klynge.archive.importer.reline import cut_run_together
from klynge.archive.importer.segment import segment

_PROSE = " Mødet drøftede sagen, og der var enighed om at gå videre med planen." * 4


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("1. Godkendelse af dagsorden Anne Holm Der var en runde.", "Godkendelse af dagsorden"),
        ("2. Nyt sundhedshus Formanden indledte punktet.", "Nyt sundhedshus"),
        ("3. Budget for 2026 Der blev spurgt til udgifterne.", "Budget for 2026"),
    ],
)  # fmt: skip
def test_a_numbered_heading_ends_where_a_sentence_or_a_name_follows_a_plain_word(heading, title):
    following = int(heading.split(".")[0]) + 1  # a run of numbers cuts the page at each
    line = f"Referat fra mødet den 3. marts 2025. {heading}{_PROSE} {following}. Eventuelt Intet."
    pieces = cut_run_together(line)
    assert any(p.split(" ", 1)[1] == title for p in pieces if p[:1].isdigit())


def test_a_heading_numbered_with_a_colon_after_a_sentence():
    text = (
        "Referat af 4. møde i Rådet\nAfholdt onsdag den 5. marts 2025\n\n"
        f"Formanden bød velkommen til mødet. 1: Godkendelse af dagsordenen Der blev spurgt til "
        f"punkt 6.{_PROSE}\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse af dagsordenen")]


def test_a_heading_with_its_presenter_keeps_its_wrapped_title():
    piece = (
        "4. Statens beretning Beretning om indsatsen mod resistente bakterier i landbruget "
        "v/ Anne Holm, Fødevarestyrelsen, og Bo Berg, Statens Serum Institut, med drøftelse"
    )
    assert piece in cut_run_together(f"Referat. {piece} 5. Eventuelt{_PROSE}")


def test_a_paragraph_below_a_heading_is_not_taken_for_its_wrapped_rest():
    text = (
        "Referat\n\n1. Velkomst\nFormanden bød velkommen og gennemgik kort dagsordenen, "
        "som blev godkendt uden bemærkninger fra medlemmerne af udvalget.\n\n"
        "2. Eventuelt\n\nIntet.\n"
    )
    assert [i.title for i in segment(text).items] == ["Velkomst", "Eventuelt"]


@pytest.mark.parametrize(
    ("run", "alone", "text"),
    [
        ("Beslutning Godkendt.", "Beslutning", "Godkendt."),
        ("Resumé Kommunen har fået en henvendelse.", "Resumé", "Kommunen har fået en henvendelse."),
        ("Indstilling Formanden indstiller, at sagen godkendes", "Indstilling", "Formanden"),
    ],
)
def test_a_section_word_run_into_its_text_heads_a_line_of_its_own(run, alone, text):
    pieces = cut_run_together(f"3. Budget Sagsnr.: 25/1 {run}{_PROSE}")
    position = pieces.index(alone)
    assert pieces[position + 1].startswith(text)


def test_a_decision_heading_naming_its_body_and_date_stays_whole():
    pieces = cut_run_together(
        f"Sagen blev drøftet. Beslutning Udvalget den 3. marts 2025 Godkendt.{_PROSE}"
    )
    assert any(p.startswith("Beslutning Udvalget den 3. marts 2025") for p in pieces)
