"""A contents list whose titles run together on one line (title_index), on made-up texts."""

from __future__ import annotations

from klynge.archive.importer.segment import segment
from klynge.archive.importer.title_index import (
    TitleNames,
    _by_case_numbers,
    repeated_names,
    split_by_capitals,
    split_title_index,
)

# A page per line, the contents list's numbers lost but the first, headings run into the page.
LOST_NUMBERS = (
    "1 Referat Ældrerådet Mødedato: Tirsdag den 4. marts 2025 Mødested: Rådhuset "
    "Indholdsfortegnelse Side 01. Godkendelse af dagsorden Nyt plejecenter i byen "
    "Lukket - Salg af grund Høring af forslag til kvalitetsstandard Orientering om "
    "budgettet Meddelelser og eventuelt...9 Bilagsliste...10\n\n"
    "2 Ældrerådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: 25/1 "
    "Indstilling Formanden indstiller, at dagsordenen godkendes Beslutning Godkendt.\n\n"
    "3 Ældrerådet Mødedato Side Nyt plejecenter i byen Åben sag Sagsnr.: 25/2 "
    "Sagsfremstilling Byen får et nyt plejecenter med 60 boliger i 2027.\n"
)

# "N... Title" entries, one number lost, "Lukket møde" after the list, then the first heading.
DOTTED_NUMBERS = (
    "Udvalget for Sundhed Onsdag den 2. april 2025, kl. 15:00 i mødelokale 2 "
    "INDHOLDSFORTEGNELSE Åbent møde 1... Meddelelser fra formanden 2... Projekt "
    '"Sund by" 3... Ny sundhedspolitik Høring om rygestop 5... Eventuelt Lukket møde '
    "1. Meddelelser fra formanden\nSagsnr.: 25/3\nBeslutning\nTaget til efterretning.\n\n"
    'Godkendt 2. Projekt "Sund by"\nSagsnr.: 25/4\nResumé\nEt projekt om sundhed.\n'
)

# Only the first of the list's numbers printed (70), the next heading numbered below.
FIRST_NUMBER_ONLY = (
    "Indholdsfortegnelse 70 Godkendelse af dagsorden Udvidelse af aktivitetscentret på "
    "Skovvej Orientering om ventelister Tilbagemelding vedr. rehabilitering "
    "Lukket - Orientering...12 Side 2\n\n"
    "70 Godkendelse af dagsorden\nSagsnr.:\nBeslutning i Udvalget den : Godkendt.\n\n"
    "71 Udvidelse af aktivitetscentret på Skovvej\nSagsnr.: 25/9\n"
    "Sagsbeskrivelse: Centret er for lille.\n"
)


def _items(text: str) -> list[tuple[int | None, str, bool]]:
    return [(i.number, i.title, i.closed) for i in segment(text).items]


def test_titles_told_apart_by_headings_marks_and_capitals_and_lost_numbers_left_out():
    assert _items(LOST_NUMBERS) == [
        (1, "Godkendelse af dagsorden", False),
        (None, "Nyt plejecenter i byen", False),
        (None, "Salg af grund", True),
        (None, "Høring af forslag til kvalitetsstandard", False),
        (None, "Orientering om budgettet", False),
        (None, "Meddelelser og eventuelt", False),
    ]


def test_items_from_the_run_together_list_are_unsure_and_keep_their_bodies():
    meeting = segment(LOST_NUMBERS)
    assert all(item.is_unsure("title") for item in meeting.items)
    assert "60 boliger" in meeting.items[1].case_text
    assert meeting.items[0].decisions == ["Godkendt."]


def test_dotted_numbers_a_lost_number_and_the_list_ending_at_its_first_heading():
    assert _items(DOTTED_NUMBERS) == [
        (1, "Meddelelser fra formanden", False),
        (2, 'Projekt "Sund by"', False),
        (3, "Ny sundhedspolitik", False),
        (None, "Høring om rygestop", False),
        (5, "Eventuelt", False),
    ]
    assert segment(DOTTED_NUMBERS).items[1].summary == "Et projekt om sundhed."


def test_a_number_printed_only_on_the_heading_below_is_kept():
    assert _items(FIRST_NUMBER_ONLY) == [
        (70, "Godkendelse af dagsorden", False),
        (71, "Udvidelse af aktivitetscentret på Skovvej", False),
        (None, "Orientering om ventelister", False),
        (None, "Tilbagemelding vedr. rehabilitering", False),
        (None, "Orientering", True),
    ]


def test_a_contents_list_on_lines_of_its_own_is_left_alone():
    lines = ["Indholdsfortegnelse", "1. Godkendelse af dagsorden", "2. Eventuelt"]
    assert split_title_index(lines).lines == lines
    prose = ["Indholdsfortegnelse over bilagene findes på kommunens hjemmeside, hvor de kan ses."]
    assert split_title_index(prose).lines == prose
    # A word in a sentence, not a heading with the list's first number after it.
    sentence = [
        "Sagens indhold Kommunen har fået en ansøgning fra Foreningen for Sundhed om 2 "
        "Projekter i Byen Sundhed og Trivsel for ældre borgere i kommunen"
    ]
    assert split_title_index(sentence).lines == sentence


def test_a_list_going_on_over_the_next_lines_with_numbers_lost_inside():
    text = (
        "BESLUTNINGER Regionsrådet Tirsdag den 4. marts 2025\n\n"
        "INDHOLDSLISTE 1. Forslag til budget Endeligt regnskab 2024 for regionen og revisionen "
        "Regnskab 2024 fra indkøbsselskabet\n"
        "4. Udtalelse til ministeriet om brug af tolke\n"
        "5. Redegørelse om aktivitet, tilskud mv Orientering om valg vedrørende MR og CT "
        "Initiativer til\n\n"
    )
    assert _items(text) == [
        (1, "Forslag til budget", False),
        (None, "Endeligt regnskab 2024 for regionen og revisionen", False),
        (None, "Regnskab 2024 fra indkøbsselskabet", False),
        (4, "Udtalelse til ministeriet om brug af tolke", False),
        (5, "Redegørelse om aktivitet, tilskud mv", False),
        (None, "Orientering om valg vedrørende MR og CT", False),
        (None, "Initiativer til", False),
    ]


def test_names_inside_titles_hold_together_and_a_company_form_ends_one():
    text = (
        "Indholdsfortegnelse Side 1. Regnskab for Sundhedshus Nord I/S Orientering om "
        "Det fælles Sundhedspanel og dets arbejde Valg af formand...9\n\n"
        "1. Regnskab for Sundhedshus Nord I/S\nSagsfremstilling\nRegnskabet er aflagt.\n"
    )
    assert [title for _, title, _ in _items(text)] == [
        "Regnskab for Sundhedshus Nord I/S",
        "Orientering om Det fælles Sundhedspanel og dets arbejde",
        "Valg af formand",
    ]


def test_the_list_ends_at_the_documents_own_parts():
    text = (
        "Indholdsfortegnelse Side 1. Godkendelse af dagsorden Budget for ældreplejen "
        "Lukket - Personalesag Bilagsliste Underskriftsblad Side 1\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert [title for _, title, _ in _items(text)] == [
        "Godkendelse af dagsorden",
        "Budget for ældreplejen",
        "Personalesag",
    ]


def test_a_company_name_written_whole_before_starts_a_title_where_it_comes_again():
    text = (
        "Indholdsfortegnelse Side 1. Regnskab for Lægehus Vest ApS Møde i Det lokale "
        "Samarbejdsudvalg Lægehus Vest ApS - nye vedtægter...9\n\n"
        "1. Regnskab for Lægehus Vest ApS\nSagsfremstilling\nRegnskabet er aflagt.\n"
    )
    assert [title for _, title, _ in _items(text)] == [
        "Regnskab for Lægehus Vest ApS",
        "Møde i Det lokale Samarbejdsudvalg",
        "Lægehus Vest ApS - nye vedtægter",
    ]


# A council's list: "Sag nr. Side" column heads, only the first number kept, then the closed
# part's head with its number: the count of the titles in between is known.
CASE_NUMBERS_AND_CLOSED_PART = (
    "REFERAT Byrådet Mødedato: Torsdag den 6. marts 2025 Mødested: Byrådssalen\n\n"
    "Byrådet, Indholdsfortegnelse Sag nr. Side 40. Valg til udvalgene Digitaliseringsstrategi "
    "Anlægsregnskab Nordskolen Godkendelse af takster for musikskolen Status på vejprojektet "
    "LUKKET MØDE 45. Salg af grund\n"
)


def test_the_closed_parts_number_gives_the_count_and_its_items_are_closed():
    assert _items(CASE_NUMBERS_AND_CLOSED_PART) == [
        (40, "Valg til udvalgene", False),
        (None, "Digitaliseringsstrategi", False),
        (None, "Anlægsregnskab Nordskolen", False),
        (None, "Godkendelse af takster for musikskolen", False),
        (None, "Status på vejprojektet", False),
        (45, "Salg af grund", True),
    ]
    assert all(item.is_unsure("title") for item in segment(CASE_NUMBERS_AND_CLOSED_PART).items)


def test_a_title_begins_at_its_opening_words_after_a_name_a_sentence_or_a_company():
    cases = {
        "Dialogmøde i Skovby Evaluering af puljen": ["Dialogmøde i Skovby", "Evaluering af puljen"],
        "Skovby Vandværk A/S Kommuneplan status": ["Skovby Vandværk A/S", "Kommuneplan status"],
        "Hvad gør vi? Personalepolitisk redegørelse": [
            "Hvad gør vi?",
            "Personalepolitisk redegørelse",
        ],
        "Tilsyn med plejecentre i Forhøjelse af bevilling": [
            "Tilsyn med plejecentre i",
            "Forhøjelse af bevilling",
        ],
        "Deltagelse i KRAM-undersøgelse Dialogmøder om ældrepolitik": [
            "Deltagelse i KRAM-undersøgelse",
            "Dialogmøder om ældrepolitik",
        ],
    }
    for chunk, titles in cases.items():
        assert split_by_capitals(chunk, None) == titles, chunk


def test_names_and_continued_titles_are_not_cut():
    for chunk in (
        "Henvendelse fra Region Sydøst vedr. byggegrund",
        "Status og Evaluering af projektet",
        "Orientering om Den Regionale Sundhedsaftale for børn",
        "Godkendelse af Skovby Kommunes Planstrategi",
        "Anlæg ved Gammel Skovvej i Skovby",
        "Renovering af Ølby Ungdomshus",
        "Digitaliseringsstrategi Anlægsregnskab Nordskolen",
    ):
        assert split_by_capitals(chunk, None) == [chunk], chunk


def test_a_name_the_list_repeats_ends_the_title_it_closes():
    chunk = (
        "Budgetstatus 30. april Udvalget for Sport og Motion Budgetforslag Udvalget for Sport "
        "og Motion Tilskud til klubber"
    )
    names = TitleNames(set(), repeated_names(chunk.split()))
    assert split_by_capitals(chunk, None, names) == [
        "Budgetstatus 30. april Udvalget for Sport og Motion",
        "Budgetforslag Udvalget for Sport og Motion",
        "Tilskud til klubber",
    ]


def test_a_page_footers_file_path_ends_the_list():
    text = (
        "Indholdsfortegnelse 1. Oplæg om sundhed Pulje til forskning Eventuelt "
        "H:\\Udvalget\\2025\\ \\Dagsorden.doc Skovby Kommune\n\n"
        "1. Oplæg om sundhed\nTo oplæg.\n"
    )
    assert [title for _, title, _ in _items(text)] == [
        "Oplæg om sundhed",
        "Pulje til forskning",
        "Eventuelt",
    ]


# A list on lines of its own with dotted leaders and roman page numbers, group heads between the
# entries ("Til behandling - for lukkede døre...iii"), one page number without its leader.
ROMAN_PAGES = (
    "Referat Kommunalbestyrelsen Onsdag den 14. maj 2025\n\n"
    "Indholdsfortegnelse Til efterretning - for åbne døre...i\n"
    "12. Til efterretning - Kvartalsrapport for budgettet...i\n"
    "13. Klage over afgørelse i Fritidsudvalget...ii Til behandling - for åbne døre...ii\n"
    "14. Årsberetning og regnskab iii\n"
    "15. Budget...iv Til behandling - for lukkede døre...v\n"
    "16. Salg af jord...v åben\n\n"
    "12. Til efterretning - Kvartalsrapport for budgettet\nRapporten er vedlagt.\n"
)


def test_a_list_with_dotted_leaders_and_roman_pages_on_lines_of_its_own():
    assert _items(ROMAN_PAGES) == [
        (12, "Kvartalsrapport for budgettet", False),
        (13, "Klage over afgørelse i Fritidsudvalget", False),
        (14, "Årsberetning og regnskab", False),
        (15, "Budget", False),
        (16, "Salg af jord", True),
    ]
    assert segment(ROMAN_PAGES).items[0].kind == "orientation"


def test_roman_numerals_are_page_numbers_only_in_a_list_with_roman_leaders():
    text = (
        "Indholdsfortegnelse 1. Valg af formand Christian IV og byen Pave Pius v "
        "Eventuelt\n\n1. Valg af formand\nBeslutning\nValgt.\n"
    )
    assert [title for _, title, _ in _items(text)] == [
        "Valg af formand",
        "Christian IV og byen",
        "Pave Pius v",
        "Eventuelt",
    ]


# Each title closed by its case number (digits lost), the attachments listed under an entry,
# the list going on after a page break; the first heading below starts over at 1.
CASE_NUMBER_TAILS = (
    "Dagsorden for møde i bestyrelsen\n\n"
    "Indholdsfortegnelse 1. Formandens meddelelser, sagsnr. 25/ Godkendelse af referat, "
    "sagsnr. 25/\n"
    "Bilag: 1. Referat af sidste møde 3. Budget Tvang i psykiatrien Status for 2. måling, "
    "sagsnr. 24/ Plan for sundhed og Trivsel, sagsnr. 25/\n"
    "Bilag: 1. Notat om planen\n\n\n"
    "5. Høringssvar om sygehusloven, sagsnr. 25/\n\n"
    "1. Formandens meddelelser, sagsnr. 25/\nFormanden orienterer.\n"
)


def test_case_numbers_end_the_titles_and_attachments_under_entries_are_left_out():
    assert _items(CASE_NUMBER_TAILS) == [
        (1, "Formandens meddelelser", False),
        (None, "Godkendelse af referat", False),
        (3, "Budget Tvang i psykiatrien Status for 2. måling", False),
        (None, "Plan for sundhed og Trivsel", False),
        (5, "Høringssvar om sygehusloven", False),
    ]


def test_a_word_written_twice_ends_one_title_and_begins_the_next():
    assert split_by_capitals("Økonomisk status på DS DS Pensionsstrategi, oplæg", None) == [
        "Økonomisk status på DS",
        "DS Pensionsstrategi, oplæg",
    ]


def test_with_a_count_the_weaker_cuts_go_where_the_titles_are_longest():
    chunk = (
        "Valg af formand Direktionens årsmål Byggeri vedr. renovering Hjortebroskolens tag "
        "Planstrategi for Skovby Kommunes Havn Tørning Mølle: Anlæg"
    )
    assert split_by_capitals(chunk, 5) == [
        "Valg af formand",
        "Direktionens årsmål",
        "Byggeri vedr. renovering Hjortebroskolens tag",
        "Planstrategi for Skovby Kommunes Havn",
        "Tørning Mølle: Anlæg",
    ]
    # Without the count only the sure cuts ("Direktionens": a common noun's genitive).
    assert len(split_by_capitals(chunk, None)) == 4
    assert split_by_capitals("Anlæg ved skolen Skovvej samt bane 3 og 4", None) == [
        "Anlæg ved skolen Skovvej samt bane 3 og 4"
    ]


def test_entries_led_by_case_number_and_year_with_the_numbers_lost_but_the_first():
    text = (
        "Bestyrelsesmøde i Trafikselskabet Referat Tid: Mandag den 2. juni 2025 "
        "Medlemmer: Anne Holm Bo Berg Dagsordenspunkter: 31/25 Orientering /25 Budget for "
        "busdriften /25 Strategi for udbud, Skovby bybusser /25 Takster for skolekort\n\n"
        "31/25 Orientering J. nr Dato: 26. maj 2025 Orientering foretaget.\n"
    )
    assert _items(text) == [
        (31, "Orientering", False),
        (None, "Budget for busdriften", False),
        (None, "Strategi for udbud, Skovby bybusser", False),
        (None, "Takster for skolekort", False),
    ]


def test_case_numbers_of_different_years_lead_no_entries():
    listing = "31/25 Orientering /24 Budget for busdriften /23 Takster for skolekort"
    assert _by_case_numbers(listing) == []
    assert len(_by_case_numbers(listing.replace("/24", "/25").replace("/23", "/25"))) == 3


def test_a_date_after_the_list_is_no_page_of_it():
    lines = [
        "Indholdsfortegnelse 1. Formandens meddelelser, sagsnr. 25/ Godkendelse af referat, "
        "sagsnr. 25/ Budget, sagsnr. 25/",
        "",
        "14. marts 2025 blev budgettet drøftet i udvalget.",
    ]
    result = split_title_index(lines)
    assert result.lines[-1] == lines[-1]
    assert [line for line in result.lines if line[:2] in ("1.", "2.", "3.")] == [
        "1. Formandens meddelelser",
        "2. Godkendelse af referat",
        "3. Budget",
    ]
