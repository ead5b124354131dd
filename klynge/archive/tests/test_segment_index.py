"""Index lists and numbered headings read as a whole (agenda_index, readings), on made-up texts."""

from __future__ import annotations

from klynge.archive.importer.agenda_index import find_index, numbered_entries, same_title
from klynge.archive.importer.segment import segment

INDEX_THEN_ITEMS = """Referat
Udvalget for Natur

Punkter

7. Godkendelse af dagsorden
8. Budget for stier
9. Eventuelt

7. Godkendelse af dagsorden

Godkendelse af dagsorden

Beslutning
Godkendt.

8. Budget for stier

Sagsfremstilling
Stierne koster penge.
1. Første etape
2. Anden etape
"""


def test_run_together_index_entries_are_split():
    entries = numbered_entries(["1. Godkendelse af dagsorden 2. Budget 2025 3. Eventuelt"])
    assert [(e.number, e.title) for e in entries] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2025"),
        (3, "Eventuelt"),
    ]


def test_index_entries_without_space_and_with_leaders():
    lines = ["1.Meddelelse fra formanden", "2. Kvartalsrapport ........ 4", "3) Eventuelt"]
    assert [(e.number, e.title) for e in find_index(numbered_entries(lines))] == [
        (1, "Meddelelse fra formanden"),
        (2, "Kvartalsrapport"),
        (3, "Eventuelt"),
    ]


def test_dates_and_sub_numbers_are_not_entries():
    assert numbered_entries(["1. april 2023 trådte aftalen i kraft", "2.1. Underpunkt"]) == []


def test_heading_repeats_index_entry():
    assert same_title("Budget for stier", "Budget for stier og veje i 2025")
    assert not same_title("Budget for stier", "Eventuelt")


def test_index_and_headings_agree_and_items_only_in_the_index_are_kept():
    meeting = segment(INDEX_THEN_ITEMS)
    assert [(i.number, i.title) for i in meeting.items] == [
        (7, "Godkendelse af dagsorden"),
        (8, "Budget for stier"),
        (9, "Eventuelt"),
    ]
    assert meeting.items[0].decisions == ["Godkendt."]
    # The numbered list inside item 8 does not cut it into items.
    assert "Anden etape" in meeting.items[1].case_text
    assert meeting.items[2].case_text == ""


def test_numbered_headings_without_index_form_a_chain():
    text = (
        "Referat\n\n1. Velkomst\n\nFormanden bød velkommen.\n\n"
        "2. Budget\n\nVi talte om:\n1. Stier\n2. Veje\n3. Broer\n\n3. Eventuelt\n\nIntet.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Velkomst"),
        (2, "Budget"),
        (3, "Eventuelt"),
    ]


def test_dotless_index_with_group_headings_and_dotted_headings_below():
    text = (
        "Indholdsfortegnelse:\nÅbne\n57 Beskæftigelsesplan 2014\n58 Mål for unge\n"
        "Efterretningssager\n59 Seniorjob 2013\n\nMedlemmer:\nAnne Holm\n\n"
        "57. Beskæftigelsesplan 2014\nSagsfremstilling\nPlanen.\n\n59. Seniorjob 2013\nTekst.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (57, "Beskæftigelsesplan 2014"),
        (58, "Mål for unge"),
        (59, "Seniorjob 2013"),
    ]
    assert meeting.items[0].case_text == "Planen."


def test_two_lines_starting_with_numbers_are_no_index():
    assert find_index(numbered_entries(["12 Medlemmer mødte", "13 Stemmer for"])) == []


def test_titles_may_start_with_a_number_and_run_together_entries_may_skip_lost_ones():
    entries = numbered_entries(["89. 17 nye lejligheder", "4. Strategi 7. Open Data 8. Status"])
    assert [(e.number, e.title) for e in entries] == [
        (89, "17 nye lejligheder"),
        (4, "Strategi"),
        (7, "Open Data"),
        (8, "Status"),
    ]


def test_a_reading_whose_headings_another_also_finds_gives_way():
    # The chain 1-3 is consecutive; the headings with times find it too, and the misnumbered 2.
    text = (
        "Referat\n\n1. Velkomst (kl. 10.00-10.10)\n\nTekst.\n\n2. Budget (kl. 10.10-10.40)\n\n"
        "Tekst.\n\n3. Stier (kl. 10.40-11.00)\n\nTekst.\n\n"
        "2. Eventuelt (kl. 11.00-11.10)\n\nIntet.\n"
    )
    assert [i.number for i in segment(text).items] == [1, 2, 3, 2]


def test_prefixed_numbers_form_a_chain_too():
    text = (
        "Referat\n\nPkt. 15 Beslutninger om dagsordenen\n\nPkt. 16 flyttes til sidst.\n\n"
        "Pkt. 16 Temadrøftelse om rehabilitering\n\nTekst.\n\nPkt. 17 Tilfredshed\n\nTekst.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [
        (15, "Beslutninger om dagsordenen"),
        (16, "Temadrøftelse om rehabilitering"),
        (17, "Tilfredshed"),
    ]


def test_unnumbered_headings_above_a_section_word_are_unsure_items():
    text = (
        "Referat Magistraten 25-03-2019\n\nDialogmøde med Vandselskabet\nBeslutning\nDrøftet.\n\n"
        "Byrådets mødeplan 2020\nBeslutning\nGodkendt.\n"
        "Indstilling\nDet indstilles, at planen godkendes.\n"
    )
    items = segment(text).items
    assert [(i.number, i.title, i.decisions) for i in items] == [
        (None, "Dialogmøde med Vandselskabet", ["Drøftet."]),
        (None, "Byrådets mødeplan 2020", ["Godkendt."]),
    ]
    assert all("title" in i.unsure_fields() for i in items)


def test_numbered_headings_win_over_unnumbered_ones():
    text = (
        "Referat\n\n1. Velkomst\n\nBeslutning\nGodkendt.\n\n"
        "2. Budget\n\nResumé\nPlanen for stier\nBeslutning\nUdsat.\n"
    )
    assert [i.number for i in segment(text).items] == [1, 2]


def test_numbered_paragraphs_under_a_heading_are_not_items():
    text = (
        "Referat\n\n1. Meddelelse fra formanden\n\nReferat\n\nFølgende blev nævnt:\n\n"
        "1. Afbud. Der var afbud fra Anne Holm og Bo Berg, som begge var forhindret.\n\n"
        "2. Pressesager. Formanden orienterede om, at regionen havde svaret på to henvendelser.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Meddelelse fra formanden")]


def test_a_title_with_a_full_stop_inside_is_still_a_title():
    entries = numbered_entries(["1. Gribskov Kommune. Beskæftigelsesplan 2014", "2. Eventuelt"])
    assert [e.title for e in find_index(entries)] == [
        "Gribskov Kommune. Beskæftigelsesplan 2014",
        "Eventuelt",
    ]


def test_items_under_a_closed_group_mark_are_closed_until_the_next_open_mark():
    text = (
        "Referat\nUdvalget for Sundhed 3. marts 2025\n\nÅben\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt\n\nLukkede punkter\n\n"
        "2. Salg af grund\nBeslutning: Godkendt\n3. Personalesag\nBeslutning: Godkendt\n\n"
        "Åbent møde\n\n4. Eventuelt\nBeslutning: Intet\n"
    )
    assert [i.closed for i in segment(text).items] == [False, True, True, False]


def test_a_closed_group_mark_with_no_item_under_it_closes_nothing():
    text = (
        "Referat\n\nIndholdsfortegnelse\n\nLukket\n\nDeltagere:\nAnne Holm\nBo Berg\nCarl Dahl\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt\n2. Eventuelt\nBeslutning: Intet\n"
    )
    assert [i.closed for i in segment(text).items] == [False, False]


def test_the_page_column_after_index_titles_is_left_out():
    lines = ["Indholdsfortegnelse", "Side", "1. Budget 4", "2. Plan for 2026 9", "3. Eventuelt 12"]
    assert [e.title for e in find_index(numbered_entries(lines))] == [
        "Budget",
        "Plan for 2026",
        "Eventuelt",
    ]


def test_numbers_ending_some_titles_only_are_kept():
    lines = ["1. Budget 2026", "2. Eventuelt", "3. Plan for 2027"]
    assert find_index(numbered_entries(lines))[0].title == "Budget 2026"


def test_a_web_pages_links_between_a_title_and_its_decision_are_passed_over():
    text = (
        "Mødedato: 12.05.2025, kl. 12:30\nMødested: Rådhuset\nBudget for ældreplejen\n"
        "Se alle bilag\nTil top\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [(None, "Budget for ældreplejen")]


def test_an_index_title_wrapped_onto_the_next_line_is_joined():
    text = (
        "Referat\n\nIndholdsfortegnelse:\n57 Plan for beskæftigelse 2014\n"
        "58 Analyser fra Dansk Industri o\ng lokal tilfredshed\n"
        "59 Eventuelt\n\n57 Plan for beskæftigelse 2014\nSagsnr.: 13/1\nBeslutning\nGodkendt.\n"
    )
    titles = [i.title for i in segment(text).items]
    assert titles[1] == "Analyser fra Dansk Industri og lokal tilfredshed"


def test_wrapped_pieces_joined_as_words():
    from klynge.archive.importer.readings import join_wrapped

    assert join_wrapped("Plan for sundheds-", "området") == "Plan for sundhedsområdet"
    assert join_wrapped("Sundheds-", "og ældreområdet") == "Sundheds- og ældreområdet"
    assert join_wrapped("Møde i", "udvalget") == "Møde i udvalget"
