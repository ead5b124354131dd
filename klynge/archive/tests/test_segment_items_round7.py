"""Item headings and contents lists as a committee system prints them from a case template
(seventh round), made-up texts: a contents list's page column, also where a title wraps
onto the next line with its page or leaders there; a heading whose title wraps onto the next
line, with a hyphenated word, in lower case above the case's first section, or as the index
gives it; headings numbered without a full stop ("1 Godkendelse af dagsorden"); and a
heading's first sentence ("Intet.") is no part of its title, nor is a case number in brackets
after it ("(24/1202)")."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment
from klynge.archive.importer.title_tail import split_title_tail

HEADER = "Referat\nSundhedsudvalget\nTirsdag den 7. november 2023 kl. 13.00\n"


def _titles(meeting) -> list[tuple[int | None, str]]:
    return [(i.number, i.title) for i in meeting.items]


@pytest.mark.parametrize(
    "entries",
    [
        # the page after each title; the wrapped title has it on its second line
        "1. Godkendelse af dagsorden 2\n2. Status på samarbejdet om udskrivning af ældre\n"
        "medicinske patienter 2\n3. Eventuelt 4\n",
        # dotted leaders; the wrapped rest carries them
        "1. Godkendelse af dagsorden ............ 2\n2. Status på samarbejdet om udskrivning af "
        "ældre\nmedicinske patienter ................ 2\n3. Eventuelt .................. 4\n",
        "Punkt 1: Godkendelse af dagsorden 2\nPunkt 2: Status på samarbejdet om udskrivning af "
        "ældre\nmedicinske patienter 2\nPunkt 3: Eventuelt 4\n",
    ],
)
def test_a_contents_list_s_page_column_is_no_part_of_the_titles(entries):
    prefix = "Punkt " if entries.startswith("Punkt") else ""
    sep = ":" if prefix else "."
    text = (
        HEADER + "Indholdsfortegnelse\n" + entries + f"{prefix}1{sep} Godkendelse af dagsorden\n"
        "Beslutning\nGodkendt.\n"
        f"{prefix}2{sep} Status på samarbejdet om udskrivning af ældre\nmedicinske patienter\n"
        "Sagsnr.: 23/4410\nSagsfremstilling\nForsøget har vist færre genindlæggelser.\n"
        f"Beslutning\nTaget til efterretning.\n{prefix}3{sep} Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert _titles(meeting) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Status på samarbejdet om udskrivning af ældre medicinske patienter"),
        (3, "Eventuelt"),
    ]
    # the heading's wrapped rest is its title's, not the case's first words
    assert meeting.items[1].case_text.startswith("Sagsnr.: 23/4410")
    assert meeting.items[1].decisions == ["Taget til efterretning."]


def test_titles_ending_in_small_numbers_without_a_page_column_keep_them():
    text = (
        HEADER + "Dagsorden\n1. Godkendelse af dagsorden\n2. Kvartalsrapport 3\n"
        "3. Kvartalsrapport 2\n4. Eventuelt\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n2. Kvartalsrapport 3\nBeslutning\n"
        "Godkendt.\n3. Kvartalsrapport 2\nBeslutning\nGodkendt.\n4. Eventuelt\nIntet.\n"
    )
    assert [t for _, t in _titles(segment(text))][1:3] == ["Kvartalsrapport 3", "Kvartalsrapport 2"]


@pytest.mark.parametrize(
    "number, heading, rest, title",
    [
        (
            "Punkt {n}:",
            "Orientering om ventetider og handle-",
            "plan for nedbringelse af ventelister",
            "Orientering om ventetider og handleplan for nedbringelse af ventelister",
        ),
        (
            "{n}.",
            "Fælles indsats for forebyggelse af faldulykker",
            "blandt ældre",
            "Fælles indsats for forebyggelse af faldulykker blandt ældre",
        ),
    ],
)
def test_a_heading_wrapped_onto_the_next_line_keeps_its_rest(number, heading, rest, title):
    first, second, third = (number.format(n=n) for n in (1, 2, 3))
    text = (
        HEADER + f"{first} Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        f"{second} {heading}\n{rest}\nSagsfremstilling\nIndsatsen er i gang.\nBeslutning\n"
        f"Taget til efterretning.\n{third} Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", title, "Eventuelt"]
    assert meeting.items[1].case_text == "Indsatsen er i gang."


def test_a_lower_case_sentence_under_a_heading_is_its_text():
    text = (
        HEADER + "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n2. Fælles indsats\n"
        "indsatsen er i gang.\nSagsfremstilling\nSe bilag.\n3. Eventuelt\nIntet.\n"
    )
    assert segment(text).items[1].title == "Fælles indsats"


def test_headings_numbered_without_a_full_stop_are_read():
    text = (
        HEADER + "1 Godkendelse af dagsorden\nDagsordenen blev godkendt.\n"
        "2 Godkendelse af referat fra 13. juni 2023\nReferatet blev godkendt.\n"
        "3 Fælles indsats mod faldulykker\nSagsfremstilling\nOplægget bygger på to kommuners "
        "erfaringer.\nBeslutning\nForummet bakkede op.\n4 Meddelelser\n"
        "• Næste møde er den 7. december.\n5 Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert _titles(meeting) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat fra 13. juni 2023"),
        (3, "Fælles indsats mod faldulykker"),
        (4, "Meddelelser"),
        (5, "Eventuelt"),
    ]
    assert meeting.items[0].decisions == ["Dagsordenen blev godkendt."]
    assert meeting.items[2].decisions == ["Forummet bakkede op."]


def test_lines_that_start_with_a_number_are_no_headings():
    text = (
        HEADER + "1. Status på indsatsen\nSagsfremstilling\nSvarene fordeler sig således:\n"
        "1 Kommune har svaret ja\n2 Kommuner har svaret nej\n3 Kommuner har ikke svaret\n"
        "Beslutning\nTaget til efterretning.\n2. Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert _titles(meeting) == [(1, "Status på indsatsen"), (2, "Eventuelt")]
    assert "2 Kommuner har svaret nej" in meeting.items[0].case_text


@pytest.mark.parametrize("first", ["Intet.", "Ingen bemærkninger.", "Godkendt."])
def test_the_sentence_under_a_prefixed_heading_is_no_part_of_its_title(first):
    text = (
        HEADER + "Sag 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        f"Sag 2 Budget 2024\nSagsfremstilling\nUændret.\nSag 3 Eventuelt\n{first}\n"
    )
    meeting = segment(text)
    assert meeting.items[2].title == "Eventuelt"
    assert first in [*meeting.items[2].decisions, meeting.items[2].case_text]


def test_a_heading_word_before_a_numbered_title_stays_on_its_line():
    text = HEADER + "".join(
        f"Punkt {n}. {title}\nIndstilling\nDet indstilles, at punktet drøftes.\n"
        for n, title in enumerate(("Godkendelse af dagsorden", "Budget 2024", "Eventuelt"), 1)
    )
    meeting = segment(text)
    assert _titles(meeting) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2024"),
        (3, "Eventuelt"),
    ]
    assert "Punkt" not in meeting.items[0].case_text + meeting.unplaced_text


@pytest.mark.parametrize(
    "heading, closed",
    [
        ("3. Fortroligt: Klagesag vedrørende bosted", True),
        ("3. Fortroligt punkt - Klagesag vedrørende bosted", True),
        ("3. Klagesag vedrørende bosted (Fortroligt)", True),
        ("3. Fortrolighed i klagesager vedrørende bosted", False),
    ],
)
def test_a_confidential_item_is_closed(heading, closed):
    text = (
        HEADER + "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n2. Budget\nBeslutning\n"
        f"Godkendt.\n{heading}\nBeslutning\nBehandlet.\n4. Eventuelt\nIntet.\n"
    )
    item = segment(text).items[2]
    assert item.closed is closed
    assert item.title.endswith("vedrørende bosted")
    assert ("Klagesag" in item.title) is closed


def test_a_wrapped_heading_that_repeats_its_wrapped_index_entry_says_its_rest_once():
    text = (
        HEADER + "Pkt. 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "Pkt. 2 Strategi for uddannelse af sundhedspersonale i\nyderområderne\n"
        "Sagsnr.: 24/2211\nSagsfremstilling\nFlere pladser.\nBeslutning\nGodkendt.\n"
        "Pkt. 3 Eventuelt\nFormanden orienterede om næste møde.\n"
    )
    meeting = segment(text)
    assert meeting.items[1].title == (
        "Strategi for uddannelse af sundhedspersonale i yderområderne"
    )
    assert meeting.items[1].case_text.startswith("Sagsnr.: 24/2211")


@pytest.mark.parametrize(
    "heading, title, tail",
    [
        ("Opfølgning på handleplan (24/1202)", "Opfølgning på handleplan", "24/1202"),
        ("Vedtægtsændring (Sagsnr. 1-30-72-1-23)", "Vedtægtsændring", "Sagsnr. 1-30-72-1-23"),
        ("Vedtægtsændring (1-30-72-1-23)", "Vedtægtsændring", "1-30-72-1-23"),
        ("Sundhedsaftalen (2024-2027)", "Sundhedsaftalen (2024-2027)", ""),
        ("Udskolingsundersøgelse (2013/14)", "Udskolingsundersøgelse (2013/14)", ""),
        ("Budget (2024)", "Budget (2024)", ""),
    ],
)
def test_a_case_number_in_brackets_after_the_title_is_the_item_s_text(heading, title, tail):
    assert split_title_tail(heading) == (title, tail)


def test_a_page_column_with_the_word_side_is_no_part_of_the_titles():
    entries = ("Godkendelse af dagsorden", "Forslag om nyt hjertecenter", "Eventuelt")
    text = HEADER + "Indhold\n"
    text += "".join(f"Punkt {n} {t} Side {n + 1}\n" for n, t in enumerate(entries, 1))
    text += "".join(
        f"Punkt {n} {t}\nIndstilling\nDirektionen indstiller,\nat punktet drøftes.\n"
        for n, t in enumerate(entries, 1)
    )
    assert [t for _, t in _titles(segment(text))] == list(entries)


@pytest.mark.parametrize("mark", ["a)", "(a)", "o", "•", "-"])
def test_a_list_under_a_heading_is_no_part_of_its_title(mark):
    text = (
        HEADER + "1. GODKENDELSE AF DAGSORDEN\nGodkendt.\n2. MEDDELELSER\n"
        f"{mark} Nyt fra kommunerne\n{mark} Nyt fra hospitalet\n3. EVENTUELT\nIntet.\n"
    )
    meeting = segment(text)
    assert [t for _, t in _titles(meeting)] == [
        "Godkendelse af dagsorden",
        "Meddelelser",
        "Eventuelt",
    ]
    assert "Nyt fra kommunerne" in meeting.items[1].case_text


@pytest.mark.parametrize(
    "entry",
    [
        "2. Orientering om ventelister på\nHospitalsenheden Vest ................ 2\n",
        "2. Orientering om ventelister på\nHospitalsenheden Vest 2\n",
    ],
)
def test_an_index_title_wrapped_before_a_name_keeps_it(entry):
    text = (
        HEADER
        + "Indholdsfortegnelse\n1. Godkendelse af dagsorden ............ 2\n"
        + entry
        + "3. Eventuelt ............ 3\n"
    )
    if "...." not in entry:
        text = text.replace(" ............ ", " ")
    text += (
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "2. Orientering om ventelister på\nHospitalsenheden Vest\nSagsfremstilling\n"
        "Ventelisterne er faldet.\nBeslutning\nTaget til efterretning.\n3. Eventuelt\nIntet.\n"
    )
    meeting = segment(text)
    assert _titles(meeting) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Orientering om ventelister på Hospitalsenheden Vest"),
        (3, "Eventuelt"),
    ]
    assert meeting.items[1].case_text == "Ventelisterne er faldet."


def test_a_group_head_under_an_index_entry_is_no_part_of_its_title():
    text = (
        HEADER + "Punkter\n1. Godkendelse af dagsorden 2\n2. Eventuelt 2\nLukkede punkter\n"
        "3. Salg af ejendom 3\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n2. Eventuelt\nIntet.\n"
        "3. Salg af ejendom\nBeslutning\nGodkendt.\n"
    )
    meeting = segment(text)
    assert [t for _, t in _titles(meeting)] == [
        "Godkendelse af dagsorden",
        "Eventuelt",
        "Salg af ejendom",
    ]
    assert [i.closed for i in meeting.items] == [False, False, True]
