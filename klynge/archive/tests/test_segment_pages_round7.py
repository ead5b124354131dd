"""Page furniture as a committee system prints it on every page (seventh round), made-up
texts: the page's number ("Side 3", "… Side 3 af 12") and the running head or foot beside it
that repeats at other breaks ("Regionsrådet 19. september 2023", "Referat") go to the unplaced
text, not into an item; a heading repeated with "(fortsat)" on the next page is no text of
its item; a group's mark ("Lukket dagsorden") at the end of an item belongs to the items
below it, and an index's "Lukkede punkter" closes only its own entries."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

HEADER = "Referat\nUdvalg for Nære Sundhedstilbud\nTorsdag den 9. marts 2023 kl. 10.00\n"

ITEMS = [
    "1. Godkendelse af dagsorden\nBeslutning\nDagsordenen blev godkendt.\n",
    "2. Samarbejde om udskrivning\nSagsfremstilling\nForsøget med fælles udskrivnings-\n"
    "konferencer har vist færre genindlæggelser.\nIndstilling\n"
    "Det indstilles, at forsøget udbredes.\n",
    "3. Takster for tandpleje 2024\nSagsfremstilling\nTaksterne reguleres årligt.\n"
    "Beslutning\nGodkendt.\n",
    "4. Eventuelt\nIngen bemærkninger.\n",
]


def _with_breaks(furniture: list[str]) -> str:
    """The items with a page break between each two, the furniture's "{n}" the page."""
    cut = ITEMS[1].index("konferencer")  # a sentence broken across the page
    pages = [ITEMS[0] + ITEMS[1][:cut], ITEMS[1][cut:], ITEMS[2], ITEMS[3]]
    text = HEADER
    for number, page in enumerate(pages, start=1):
        text += page + "".join(f"{line.format(n=number)}\n" for line in furniture)
    return text


def _bodies(meeting) -> str:
    return "\n".join(
        "\n".join([i.title, i.case_text, i.summary, i.minutes_text, *i.decisions])
        + "\n".join(i.recommendations)
        for i in meeting.items
    )


@pytest.mark.parametrize(
    "furniture",
    [
        ["Udvalg for Nære Sundhedstilbud 9. marts 2023 Side {n} af 4"],
        ["Udvalg for Nære Sundhedstilbud - Side {n} af 4"],
        ["Referat", "Udvalg for Nære Sundhedstilbud 9. marts 2023", "Side {n}"],
        ["Side {n}", "Udvalg for Nære Sundhedstilbud 9. marts 2023"],
        ["Udvalg for Nære Sundhedstilbud", "Referat", "Side {n} af 4"],
        ["- {n} -", "Udvalg for Nære Sundhedstilbud – Referat 9. marts 2023"],
        ["Udvalg for Nære Sundhedstilbud 9. marts 2023", "{n}/4"],
    ],
)
def test_running_heads_and_page_numbers_go_to_the_unplaced_text(furniture):
    meeting = segment(_with_breaks(furniture))
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Samarbejde om udskrivning"),
        (3, "Takster for tandpleje 2024"),
        (4, "Eventuelt"),
    ]
    bodies = _bodies(meeting)
    assert "Side" not in bodies and "9. marts 2023" not in bodies
    assert "Referat" not in bodies
    assert meeting.items[1].recommendations == ["at forsøget udbredes."]
    assert "færre genindlæggelser" in meeting.items[1].case_text
    assert meeting.items[2].decisions == ["Godkendt."]
    unplaced = meeting.unplaced_text.splitlines()
    assert all(line.format(n=n) in unplaced for line in furniture for n in (1, 2, 3, 4))


def test_a_line_that_repeats_once_beside_a_page_number_stays():
    text = (
        HEADER + ITEMS[0] + "Side 1\n" + ITEMS[1] + "Beslutning\nGodkendt.\nSide 2\n"
        "Beslutning\n" + ITEMS[2]
    )
    meeting = segment(text)
    # "Beslutning" beside two page numbers is a section word, never a running head.
    assert meeting.items[1].decisions == ["Godkendt."]
    assert meeting.items[0].decisions == ["Dagsordenen blev godkendt."]


def test_a_numbered_heading_beside_page_numbers_is_no_running_head():
    text = (
        HEADER + "Dagsorden\n1. Godkendelse af dagsorden\n2. Eventuelt\nSide 1 af 2\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "2. Eventuelt\nSide 2 af 2\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Eventuelt"),
    ]


def test_a_sentence_naming_a_page_is_no_page_number():
    text = HEADER + ITEMS[0] + "2. Budget\nSagsfremstilling\nSe notatet side 3 af 12.\n"
    meeting = segment(text)
    assert "Se notatet side 3 af 12." in meeting.items[1].case_text


@pytest.mark.parametrize(
    "repeat",
    [
        "Sag 2 Samarbejde om udskrivning (fortsat)",
        "Sag 2 Samarbejde om udskrivning - fortsat",
        "Sag 2 Samarbejde om udskrivning, fortsat",
    ],
)
def test_a_heading_repeated_on_the_next_page_as_continued_is_furniture(repeat):
    text = (
        HEADER + "Sag 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "Sag 2 Samarbejde om udskrivning\nSagsfremstilling\nForsøget er afsluttet.\n"
        f"Side 1 af 2\n{repeat}\nBeslutning\nUdbredes.\nSag 3 Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden",
        "Samarbejde om udskrivning",
        "Eventuelt",
    ]
    assert "fortsat" not in meeting.items[1].case_text
    assert meeting.items[1].decisions == ["Udbredes."]
    assert repeat in meeting.unplaced_text


def test_continued_that_repeats_no_heading_stays_text():
    text = HEADER + ITEMS[0] + "2. Budget\nSagsfremstilling\nArbejdet fortsat\n"
    assert "Arbejdet fortsat" in segment(text).items[1].case_text


def test_an_index_group_of_closed_items_closes_only_its_entries():
    text = (
        "Regionsrådet\nDagsorden\ntirsdag den 19. september 2023 kl. 16.00\nPunkter\n"
        "Åbne punkter\n23. Godkendelse af dagsorden\n24. Takster for tandpleje 2024\n"
        "25. Eventuelt\nLukkede punkter\n26. Salg af ejendom\n"
        "Regionsrådet 19. september 2023\nSide 2\n"
        "23. Godkendelse af dagsorden\nIndstilling\nDirektionen indstiller,\n"
        "at dagsordenen godkendes.\n24. Takster for tandpleje 2024\nResumé\n"
        "Taksterne reguleres årligt.\n25. Eventuelt\n"
        "Regionsrådet 19. september 2023\nSide 3\nLukket dagsorden\n"
        "26. Salg af ejendom\nSagen behandles for lukkede døre.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.closed) for i in meeting.items] == [
        (23, False),
        (24, False),
        (25, False),
        (26, True),
    ]
    assert not meeting.items[2].case_text and not meeting.items[2].decisions
    assert "Lukket dagsorden" in meeting.unplaced_text


@pytest.mark.parametrize(
    "repeat",
    ["2. Samarbejde om udskrivning", "Punkt 2 (fortsat)", "2. (fortsat)"],
)
def test_a_heading_repeated_under_the_next_page_s_number_is_furniture(repeat):
    text = (
        HEADER + "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "2. Samarbejde om udskrivning\nSagsfremstilling\nForsøget er afsluttet.\n"
        f"Side 1 af 2\n{repeat}\nBeslutning\nUdbredes.\n3. Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert meeting.items[1].decisions == ["Udbredes."]
    assert meeting.items[1].case_text == "Forsøget er afsluttet."
    assert repeat in meeting.unplaced_text


def test_the_first_heading_under_a_contents_list_and_a_page_number_stays():
    text = (
        HEADER + "Indholdsfortegnelse\n1. Godkendelse af dagsorden\n2. Eventuelt\nSide 1 af 2\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\nSide 2 af 2\n"
        "2. Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Eventuelt"),
    ]
    assert meeting.items[0].decisions == ["Godkendt."]


def test_a_continued_number_of_another_item_is_no_furniture():
    text = (
        HEADER + "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n2. Budget\n"
        "Sagsfremstilling\nSe punkt 1 (fortsat) i sidste referat.\n3. Eventuelt\nIntet.\n"
    )
    assert "Se punkt 1 (fortsat)" in segment(text).items[1].case_text


@pytest.mark.parametrize("line", ["3/2", "1/2 liter", "- 1 - 2"])
def test_other_number_lines_are_no_page_counters(line):
    text = HEADER + ITEMS[0] + f"2. Budget\nSagsfremstilling\nSe tabel.\n{line}\n" + ITEMS[3]
    assert line in segment(text).items[1].case_text
