"""A case's title printed above its number line ('Meddelelser' / 'Sag nr. 11'), made-up texts."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment


@pytest.mark.parametrize("number_line", ["Sag nr. {n}", "Punkt {n}", "Sag {n}"])
def test_the_title_above_a_number_line_heads_the_case(number_line):
    first, second = number_line.format(n=4), number_line.format(n=5)
    text = (
        "Sundhedsudvalget\n\n03-03-2025\n\nSager 4 - 5\n\n"
        f"Meddelelser\n{first}\n\nSagens kerne\n\nOversigt til orientering.\n\n"
        "  1. Nyt fra sygehuset\n\nBeslutning\n\nTaget til efterretning.\n\n"
        f"Plan for genoptræning 2026\n{second}\n\nIndstilling\n\n"
        "Forvaltningen indstiller, at planen godkendes.\n\nBeslutning\n\nGodkendt.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (4, "Meddelelser"),
        (5, "Plan for genoptræning 2026"),
    ]
    assert meeting.items[1].decisions == ["Godkendt."]


def test_a_number_line_under_a_sentence_heads_nothing():
    text = (
        "Referat\n\n1. Budget\n\nSagsfremstilling\n\nSagen blev drøftet på mødet.\nSag nr. 7\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [(1, "Budget")]


@pytest.mark.parametrize("shown", ["Lukket punkt", "Closed item", "LUKKET"])
def test_a_closed_item_whose_title_the_page_hides(shown):
    text = f"Referat\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n\n2. {shown}\n\n3. Eventuelt\n"
    items = segment(text).items
    assert [(i.number, i.title, i.closed) for i in items][1] == (2, "", True)
    assert items[1].is_unsure("title")


@pytest.mark.parametrize("number_line", ["Punkt {n}", "Ad {n}", "{n}.", "Pkt. {n}:"])
def test_the_title_below_a_number_line_heads_the_case(number_line):
    first, second = number_line.format(n=1), number_line.format(n=2)
    text = (
        "Referat\nMøde i Ældrerådet 3. marts 2025\n\n"
        f"{first}\nGodkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        f"{second}\nBudget 2026\nSagsfremstilling\nBudgettet er stramt.\nBeslutning\nDrøftet.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title, i.decisions) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", ["Godkendt."]),
        (2, "Budget 2026", ["Drøftet."]),
    ]


def test_numbers_alone_under_an_index_head_its_entries():
    text = (
        "Referat\n\nDagsorden:\n1. Godkendelse af dagsorden\n2. Budget\n3. Eventuelt\n\n"
        "Ad 1\nDagsordenen blev godkendt.\n\nAd 2\nBudgettet blev drøftet.\n\nAd 3\nIntet.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title, i.decisions) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", ["Dagsordenen blev godkendt."]),
        (2, "Budget", ["Budgettet blev drøftet."]),
        (3, "Eventuelt", ["Intet."]),
    ]
