"""Item headings in forms a third development set showed, made-up texts: 'Ad N:' minutes after a
numbered agenda, and headings run on at the end of the previous item's last line."""

from __future__ import annotations

import pytest

from klynge.archive.importer.numbers import starts_with_month
from klynge.archive.importer.reline import cut_run_together, cut_trailing_headings
from klynge.archive.importer.segment import segment
from klynge.archive.importer.title_tail import split_title_tail

AGENDA = (
    "Referat fra bestyrelsesmøde\n\nBestyrelsesmøde den 4. marts 2025 i Ringe\n\nDagsorden:\n\n"
    "  1. Godkendelse af referat\n  2. Orientering fra formanden\n  3. Regnskab\n"
    "  4. Eventuelt\n\n"
)


@pytest.mark.parametrize("mark", ["Ad {n}:", "Ad {n}.", "Ad pkt. {n}:", "AD {n}:"])
def test_ad_sections_take_their_titles_from_the_agenda(mark):
    first, second, third, fourth = (mark.format(n=n) for n in (1, 2, 3, 4))
    text = AGENDA + (
        f"{first} Ingen bemærkninger.\n\n"
        f"{second} Pr. 1. marts er der 140 medlemmer i foreningen, mens der\n"
        "var 150 sidste år.\n\n"
        f"{third} Kassereren gennemgik regnskabet.\n\n"
        f"{fourth} Intet.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af referat"),
        (2, "Orientering fra formanden"),
        (3, "Regnskab"),
        (4, "Eventuelt"),
    ]
    # The text after the number is the item's, not its title's.
    assert (
        "140 medlemmer"
        in meeting.items[1].minutes_text
        + " ".join(meeting.items[1].decisions)
        + meeting.items[1].case_text
    )


def test_ad_heading_that_repeats_its_title_keeps_it():
    text = AGENDA + (
        "Ad 1. Godkendelse af referat\nGodkendt.\n\nAd 2. Orientering fra formanden\nIntet nyt.\n\n"
        "Ad 3. Regnskab\nTaget til efterretning.\n\nAd 4. Eventuelt\nIntet.\n"
    )
    assert [i.title for i in segment(text).items] == [
        "Godkendelse af referat",
        "Orientering fra formanden",
        "Regnskab",
        "Eventuelt",
    ]


def test_ad_lines_alone_are_no_index():
    text = (
        "Referat af møde i Seniorrådet den 3. marts 2025\n\n"
        "Ad 1: Godkendelse af dagsorden\nAd 2: Budget\nAd 3: Eventuelt\n"
    )
    meeting = segment(text)
    assert [i.number for i in meeting.items] == [1, 2, 3]


RUN_ON = (
    "Referat af bestyrelsesmøde onsdag den 5. marts 2025 kl. 16:00 i Odense\n"
    "Til stede: Anne Holm, Bo Berg og Carl Dahl Afbud fra: Dorte Ravn 1. Godkendelse af dagsorden\n"
    "Dagsorden for mødet blev godkendt uden bemærkninger 2. Godkendelse af referat af 3. møde\n"
    "Referatet af mødet den 2. februar 2025 blev godkendt. 3. Orientering om økonomien i 2. "
    "kvartal\n"
    "Bestyrelsen tog orienteringen om økonomien til efterretning uden videre. 4. Eventuelt\n"
    "Intet.\n"
)


def test_headings_run_on_from_the_item_before_are_cut_off():
    meeting = segment(RUN_ON)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat af 3. møde"),
        (3, "Orientering om økonomien i 2. kvartal"),
        (4, "Eventuelt"),
    ]
    assert [p.name for p in meeting.apologies] == ["Dorte Ravn"]


def test_numbers_in_sentences_are_no_run():
    lines = [
        "Budgettet for 2. Halvår blev drøftet.",
        "Rådet mødes igen i uge 3. Mødet blev hævet kl. 17.",
        "Der var 4. Juli-fest.",
    ]
    assert cut_trailing_headings(lines) == lines


def test_one_run_on_heading_alone_is_not_cut():
    lines = ["1. Velkomst", "Formanden bød velkommen. 2. Budget", "Intet."]
    assert cut_trailing_headings(lines) == lines


BULLETED = (
    "Mødet 2025-03-04\n\nSted: Foreningens lokaler, Vestergade 2, Vejle\n\n"
    "Deltagere: Anne Holm, Bo Berg og Carl Dahl.\n\nDagsorden:\n\n"
    "Godkendelse af referat\n\n"
    "Nyt fra formanden\n\n • Ny lov om frivillige træder i kraft 1. juli.\n\n"
    "Regnskab og budget\n\n • Regnskab\n   Bestyrelsen har godkendt regnskabet.\n • Budget\n\n"
    "Arrangementer\n\n • Sommertur til Skagen\n   Der er 30 tilmeldte.\n"
)


def test_titles_with_bullets_under_an_agenda_label_are_the_items():
    meeting = segment(BULLETED)
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Godkendelse af referat"),
        (None, "Nyt fra formanden"),
        (None, "Regnskab og budget"),
        (None, "Arrangementer"),
    ]
    assert meeting.items[0].is_unsure("title")
    assert meeting.document_kind == "minutes"  # "Bestyrelsen har godkendt regnskabet."


def test_titles_without_bullets_are_not_read_so():
    text = BULLETED.replace(" • ", "")
    assert [i.title for i in segment(text).items] != [
        "Godkendelse af referat",
        "Nyt fra formanden",
        "Regnskab og budget",
        "Arrangementer",
    ]


def test_bullets_without_an_agenda_label_are_no_items():
    text = BULLETED.replace("Dagsorden:\n\n", "")
    assert "Regnskab og budget" not in [i.title for i in segment(text).items]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("KOMMUNE. REFERAT Økonomiudvalget. Mødedato: 3. marts 2025", "minutes"),
        ("Nationalpark Hede bestyrelsesreferat Møde 12 den 3. marts 2025", "minutes"),
        ("Bestyrelsesmøde 3. marts 2025: godkendelse af referat fra sidste møde", "agenda"),
    ],
)
def test_the_title_names_the_kind_anywhere_in_its_line(title, kind):
    text = f"{title}\n\n1. Budget\n\nSagen skal drøftes.\n\n2. Eventuelt\n"
    assert segment(text).document_kind == kind


def test_a_run_of_prefixed_numbers_is_cut_into_its_entries():
    text = (
        "Bestyrelsesmøde Dagsorden Møde nr. 7 Sted: Rådhuset Dato: 3. marts 2025 Dagsorden: "
        "Indhold Pkt. 1 Godkendelse af referater... 1 Pkt. 2 Budget for foreningen... 2 "
        "Pkt. 3 Årsmødet og dets program Pkt. 4 Eventuelt... 3 "
        "Pkt. 1 Godkendelse af referater Referaterne godkendes. Pkt. 2 Budget for foreningen "
        "Sekretariatet har lagt et budget frem, som skal drøftes på mødet i dag og vedtages."
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af referater"),
        (2, "Budget for foreningen"),
        (3, "Årsmødet og dets program"),
        (4, "Eventuelt"),
    ]
    assert meeting.document_kind == "agenda"


def test_a_prefixed_number_in_a_sentence_cuts_nothing():
    line = (
        "Formanden orienterede om sagen, som blev behandlet under pkt. 4 Budget på sidste møde, "
        "og om punkt 9 Trafik, hvor der fortsat mangler svar fra ministeriet. Der var enighed om "
        "at tage sagen op igen på næste møde, når svaret foreligger fra styrelsen og regionen."
    )
    assert cut_run_together(line) == [line]


def test_prefixed_numbers_before_small_letters_cut_nothing():
    line = (
        "2. Godkendelse af referat Godkendt med følgende rettelser: Punkt 13 tilføjelse: "
        "Formanden tager budgettet op med kommunens administration og økonomiafdelingen. "
        "Punkt 14 b. rute 393 skal være rute 383. Punkt 15 m. Anette Holm indtræder i gruppen."
    )
    assert not any(p.startswith("Punkt 14") for p in cut_run_together(line))


def test_a_closed_mark_before_a_number_is_no_prefix():
    line = (
        "5. Samarbejde med skolerne om uddannelse af chauffører 6. LUKKET PUNKT 7. Harmonisering "
        "af stoppesteder 8. LUKKET PUNKT 9. LUKKET PUNKT 10. Trafikbestillingsgrundlag for "
        "de kommende år 11. Revisionsprotokoller til repræsentantskabet"
    )
    assert cut_run_together(line) == [
        "5. Samarbejde med skolerne om uddannelse af chauffører",
        "6. LUKKET PUNKT",
        "7. Harmonisering af stoppesteder",
        "8. LUKKET PUNKT",
        "9. LUKKET PUNKT",
        "10. Trafikbestillingsgrundlag for de kommende år",
        "11. Revisionsprotokoller til repræsentantskabet",
    ]


@pytest.mark.parametrize(
    "group", ["Sager til beslutning", "Sager til orientering", "Orienteringssager"]
)
def test_a_group_heading_run_onto_a_title_is_no_part_of_it(group):
    title, tail = split_title_tail(f"Meddelelser fra direktionen {group}")
    assert (title, tail) == ("Meddelelser fra direktionen", group)


def test_a_title_about_cases_keeps_its_words():
    assert split_title_tail("Principper for sager til beslutning")[0] == (
        "Principper for sager til beslutning"
    )


def test_lettered_points_after_an_index_entry_are_unnumbered_items():
    text = (
        "Referat af bestyrelsesmøde 3. marts 2025\n\nDagsorden:\n1. Godkendelse af dagsorden\n"
        "2. Budget\n3. Evt. Orienteringspunkter: A. Orientering om klage B. Samarbejdet med "
        "kommunen C. Nyt fra sekretariatet\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Budget\nBudgettet blev vedtaget.\n\n3. Evt.\nIntet.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
        (3, "Evt."),
        (None, "Orientering om klage"),
        (None, "Samarbejdet med kommunen"),
        (None, "Nyt fra sekretariatet"),
    ]


def test_letters_out_of_order_are_no_points():
    text = (
        "Dagsorden:\n1. Godkendelse af dagsorden\n2. Budget for afdeling B. Drift og C. Anlæg\n"
        "3. Eventuelt\n"
    )
    assert [i.title for i in segment(text).items] == [
        "Godkendelse af dagsorden",
        "Budget for afdeling B. Drift og C. Anlæg",
        "Eventuelt",
    ]


BULLET_INDEX = (
    "Referat: 3. marts 2025 kl. 08:00\nDeltagere\n- Anne Holm\n- Bo Berg\n- Carl Dahl\n"
    "Referat\n- Godkendelse af dagsorden\n- Virksomhedsbesøg\n- Budget for erhvervsrådet\n"
    "- Gensidig orientering\n"
    "Kopier link til punktet\n1 : Godkendelse af dagsorden\nSagsnr:\nBeslutningGodkendt.\n"
    "Kopier link til punktet\n2 : Virksomhedsbesøg\nSagsnr:\nSagsfremstilling\nUdvalget besøger "
    "en virksomhed.\n"
)


def test_a_bullet_index_is_numbered_by_the_headings_that_repeat_it():
    meeting = segment(BULLET_INDEX)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Virksomhedsbesøg"),
        (None, "Budget for erhvervsrådet"),
        (None, "Gensidig orientering"),
    ]
    assert meeting.items[2].is_unsure("title")


def test_a_bullet_list_no_heading_repeats_is_no_index():
    text = (
        "Referat af møde 3. marts 2025\n\nDeltagere\n- Anne Holm\n- Bo Berg\n- Carl Dahl\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Budget\nVedtaget.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
    ]


def test_a_dotless_index_entry_may_open_with_an_ordinal():
    text = (
        "Referat\n\nPkt. Tekst\n313 Godkendelse af dagsorden\n314 1. behandling af budget 2026\n"
        "315 Salg af areal\n\n313. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [
        (313, "Godkendelse af dagsorden"),
        (314, "1. behandling af budget 2026"),
        (315, "Salg af areal"),
    ]


COVER = (
    "Nittende ordinære møde\n\nUdvalg\nKommunalbestyrelsen\nDato\n25. February 2020 -\nTitel\n"
    "Forside\n\nSagsfremstilling\n\nMedlemmer\n\nAnne Holm (A)\n\nBo Berg (B)\n\n"
    "Afbud: Carl Dahl (C)\n\nGodkendelse af dagsorden\n\nSagsfremstilling\n\n"
    "Dagsorden godkendt.\n\n"
    "Meddelelser\n\nSagsfremstilling\n\nFormanden orienterede om mødet med ministeren.\n"
)


def test_a_cover_page_and_an_english_date_head_no_item():
    meeting = segment(COVER)
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Godkendelse af dagsorden"),
        (None, "Meddelelser"),
    ]
    assert meeting.document_kind == "minutes"  # "Dagsorden godkendt."


@pytest.mark.parametrize("text", ["25. February 2020", "3. marts 2025", "12. May 2019 kl. 10"])
def test_a_date_line_is_no_numbered_heading(text):
    assert starts_with_month(text.split(" ", 1)[1])


@pytest.mark.parametrize(
    ("heading", "title", "tail"),
    [
        ("Landsplanredegørelse 2013, sagsnr. 12/", "Landsplanredegørelse 2013", "sagsnr. 12/"),
        ("Budget 2026, Sagsnr. 24/1506", "Budget 2026", "Sagsnr. 24/1506"),
        ("Salg af areal J. nr. 03.02.01", "Salg af areal", "J. nr. 03.02.01"),
    ],
)
def test_a_case_number_after_the_title_is_no_part_of_it(heading, title, tail):
    assert split_title_tail(heading) == (title, tail)


def test_a_title_about_case_numbers_keeps_its_words():
    assert split_title_tail("Ny praksis for sagsnumre")[0] == "Ny praksis for sagsnumre"


CASE_NUMBERED = (
    "Bestyrelsesmøde i trafikselskabet\n\nReferat\nTid: Mandag, den 8. juni 2025 kl. 10\n"
    "Sted: Rådhuset\n"
    "Dagsordenspunkter: 44/25 Orientering /25 Indtægter januar - april /25 Rejsekort "
    "/25 Takster for skolekort\n\n"
    "44/25 Orientering J. nr\nDato: 26. maj 2025\nOrientering foretaget.\n"
)


def test_case_numbered_titles_sharing_a_year_are_the_index():
    meeting = segment(CASE_NUMBERED)
    assert [(i.number, i.title) for i in meeting.items] == [
        (44, "Orientering"),
        (None, "Indtægter januar - april"),
        (None, "Rejsekort"),
        (None, "Takster for skolekort"),
    ]


def test_fractions_of_different_years_are_no_index():
    text = (
        "Referat\n\n1. Budget\nFordelingen er 12/25 Aarhus 13/24 Odense 14/23 Vejle af puljen.\n\n"
        "2. Eventuelt\nIntet.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [(1, "Budget"), (2, "Eventuelt")]


def test_points_after_a_closed_mark_inside_an_index_entry_are_closed_items():
    text = (
        "Dagsorden\n\nIndhold\n1. Godkendelse af referater\n"
        "2. Foreningens økonomi (Lukket punkt) Budgetopfølgning, ultimo oktober Forsikring for "
        "bestyrelsen\n3. Eventuelt\n\n1. Godkendelse af referater\nReferaterne godkendes.\n"
    )
    assert [(i.number, i.title, i.closed) for i in segment(text).items] == [
        (1, "Godkendelse af referater", False),
        (2, "Foreningens økonomi", True),
        (None, "Budgetopfølgning, ultimo oktober", True),
        (None, "Forsikring for bestyrelsen", True),
        (3, "Eventuelt", False),
    ]


def test_a_closed_mark_ending_an_entry_adds_no_points():
    text = (
        "Dagsorden\n\n1. Godkendelse af referater\n2. Salg af grund (Lukket punkt)\n3. Eventuelt\n"
    )
    assert [(i.number, i.title, i.closed) for i in segment(text).items] == [
        (1, "Godkendelse af referater", False),
        (2, "Salg af grund", True),
        (3, "Eventuelt", False),
    ]
