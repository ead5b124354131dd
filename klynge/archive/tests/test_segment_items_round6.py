"""Item headings in forms a third development set showed (sixth round), made-up texts: a time
in a run-together header is never a numbered heading glued on after a colon; a number printed
with its leading zero ("04 Forslag …") heads an item as "4." does; a number glued to the
closed mark ("2LUKKET PUNKT: …") heads its item, closed; the place line under the date line is
the header's, not an untitled item's title; the closing "Eventuelt" takes no page footer; a
transcript page's item 1 run on after a list of names starts a line; a clock mark whose time
was lost ends the title."""

from __future__ import annotations

import pytest

from klynge.archive.importer.agenda_index import numbered_entries
from klynge.archive.importer.reline import cut_run_together, reline
from klynge.archive.importer.segment import segment
from klynge.archive.importer.title_tail import split_title_tail


@pytest.mark.parametrize(
    "line",
    [
        "BYRÅDET. REFERAT Teknisk udvalg. Mødedato: Tirsdag den Mødetidspunkt: 09:30. "
        "Sted: Mødelokale 2, Rådhuset.",
        "Dato: 4. marts 2025 Tidspunkt: 16:00. Mødested: Kulturhuset, sal B.",
        "1 Mødedato:. Mødetidspunkt: 13:15. Sted: Byrådssalen. Møde slut: 15:45 Afbud: Bo Berg.",
    ],
)
def test_a_time_before_a_label_is_no_heading(line):
    lines = reline([line])
    assert not any(piece.startswith(("00.", "30.", "15.")) for piece in lines)
    times = ("09:30", "16:00", "13:15")
    assert any(piece.rstrip(".").endswith(times) for piece in lines), lines
    assert any(piece.startswith(("Sted:", "Mødested:")) for piece in lines)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Punkter til behandling:1. Godkendelse af dagsorden", "1. Godkendelse af dagsorden"),
        ("Eventuelt2. Orientering fra formanden", "2. Orientering fra formanden"),
    ],
)
def test_a_heading_glued_on_a_word_or_colon_is_still_cut(line, heading):
    assert heading in reline([line])


def test_the_end_of_the_meeting_is_a_label_of_its_own():
    line = (
        "Mødedato: 4. marts 2025. Mødetidspunkt: 08:00. Sted: Rådhuset. "
        "Møde slut: 14:00 Afbud: Bo Berg."
    )
    assert "Møde slut: 14:00" in reline([line])


PADDED = (
    "Referat af bestyrelsesmøde\n\nBestyrelsen den 4. marts 2025 kl. 16.00 i Ringe\n\n"
    "Dagsorden:\n\n1. Godkendelse af dagsorden\n2. Budget for næste år\n3. Eventuelt\n\n"
    "01 Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
    "02 Budget for næste år\nKassereren gennemgik forslaget.\nBeslutning: Vedtaget.\n\n"
    "03 Eventuelt\nIntet.\n"
)


def test_zero_padded_headings_head_their_items():
    items = segment(PADDED).items
    assert [(i.number, i.title) for i in items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget for næste år"),
        (3, "Eventuelt"),
    ]
    assert "Kassereren" in items[1].case_text + items[1].minutes_text
    assert "Intet" not in items[1].case_text + items[1].minutes_text


def test_a_zero_padded_heading_inside_a_run_together_page_starts_a_line():
    line = (
        "Politisk dokument Sagsnummer 14/2201 Bestyrelsen 9. marts 2025 Anne Holm "
        "07 Ændring af takster Indstilling: Administrationen indstiller, at taksterne hæves."
    )
    assert "07 Ændring af takster" in cut_run_together(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mødet begynder kl. 09 Alle medlemmer er inviteret. Sted: Rådhuset. Afbud: Bo Berg.",
        "Mødet begynder klokken 08 Deltagere: Anne Holm, Bo Berg. Sted: Rådhuset.",
        "Dato: 05 12 2024 Sted: Rådhuset Deltagere: Anne Holm, Bo Berg.",
    ],
)
def test_an_hour_or_a_date_with_a_leading_zero_is_no_heading(line):
    assert not any(piece[:2] in {"09", "08", "05", "12"} for piece in cut_run_together(line))


def test_the_meetings_own_title_before_the_first_entry_is_no_part_of_it():
    lines = [
        "01 Dagsorden for bestyrelsesmødet den 9. marts 2025 klokken Godkendelse af dagsordenen",
        "2. Meddelelser fra formanden",
        "3. Eventuelt",
    ]
    assert next((e.number, e.title) for e in numbered_entries(lines)) == (
        1,
        "Godkendelse af dagsordenen",
    )


@pytest.mark.parametrize(
    "line, read",
    [
        ("2LUKKET PUNKT: Salg af grund", "2: LUKKET PUNKT: Salg af grund"),
        ("12 Lukket punkt - Personalesag", "12: Lukket punkt - Personalesag"),
        ("2 lukkede punkter blev behandlet.", "2 lukkede punkter blev behandlet."),
        ("4. Lukket punkt: Salg af grund", "4. Lukket punkt: Salg af grund"),
    ],
)
def test_a_number_glued_to_the_closed_mark_is_a_heading_number(line, read):
    assert reline([line]) == [read]


BULLET_INDEX = (
    "Referat: 4. marts 2025 kl. 16:00\nDeltagere\n- Anne Holm\n- Bo Berg\nReferat\n"
    "- Godkendelse af dagsorden\n- Salg af grund\n- Eventuelt\n"
    "1: Godkendelse af dagsorden\nBeslutningDagsordenen blev godkendt.\n"
    "{closed}: Salg af grund\nBeslutningUdvalget godkendte salget.\n"
    "3: Eventuelt\nBeslutningIntet.\n"
)


@pytest.mark.parametrize("closed", ["2LUKKET PUNKT", "2 Lukket punkt", "2: Lukket punkt"])
def test_a_closed_heading_under_a_bullet_index_keeps_its_number_and_mark(closed):
    items = segment(BULLET_INDEX.format(closed=closed)).items
    assert [(i.number, i.title, i.closed) for i in items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Salg af grund", True),
        (3, "Eventuelt", False),
    ]


def test_a_closed_heading_under_a_numbered_index_keeps_its_mark():
    text = (
        "Referat af bestyrelsesmøde den 4. marts 2025\n\nDagsorden:\n\n"
        "1. Godkendelse af dagsorden\n2. Salg af grund\n3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Lukket punkt: Salg af grund\nSalget blev godkendt.\n\n3. Eventuelt\nIntet.\n"
    )
    items = segment(text).items
    assert [(i.number, i.title, i.closed) for i in items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Salg af grund", True),
        (3, "Eventuelt", False),
    ]


@pytest.mark.parametrize(
    "place",
    [
        "Mødelokale 3, Rådhuset, Torvet 4, 4000 Roskilde",
        "Byrådssalen",
        "Kulturhuset, Skolegade 12, 7400 Herning",
    ],
)
def test_the_place_under_the_date_line_is_no_items_title(place):
    text = (
        "Referat\nMiljøudvalget tirsdag den 4. marts 2025 kl. 16.30\n"
        f"{place}\nSagsfremstilling\nKommunen skal udskifte belysningen på stierne.\n"
        "Indstilling\nat bevillingen frigives.\nBeslutning\nTiltrådt.\n"
    )
    meeting = segment(text)
    assert meeting.location == place
    assert [(i.number, i.title) for i in meeting.items] == [(None, "")]
    assert meeting.items[0].decisions == ["Tiltrådt."]


def test_a_title_under_a_date_line_that_names_no_place_stays_a_title():
    text = (
        "Referat\nMiljøudvalget tirsdag den 4. marts 2025 kl. 16.30\n"
        "Udskiftning af stibelysning\nSagsfremstilling\nKommunen skal udskifte belysningen.\n"
        "Beslutning\nTiltrådt.\n"
    )
    assert [i.title for i in segment(text).items] == ["Udskiftning af stibelysning"]


@pytest.mark.parametrize(
    "last, title",
    [
        ("4. Eventuelt Trafikselskabet Sekretariatet, Nordby 1/1", "Eventuelt"),
        ("4. Evt. Foreningen Sekretariatet 2 / 2", "Evt."),
        ("4. Eventuelt Nyt fra Kommunen", "Eventuelt Nyt fra Kommunen"),
    ],
)
def test_the_closing_entry_takes_no_page_footer(last, title):
    lines = ["1. Godkendelse af dagsorden", "2. Budget", "3. Regnskab", last]
    assert numbered_entries(lines)[-1].title == title


def test_a_run_together_list_ends_with_its_closing_entry():
    lines = ["1. Godkendelse af dagsorden 2. Budget 3. Eventuelt Foreningen Sekretariatet"]
    assert [e.title for e in numbered_entries(lines)] == [
        "Godkendelse af dagsorden",
        "Budget",
        "Eventuelt",
    ]


def test_the_first_heading_run_on_after_names_on_a_transcript_page_starts_a_line():
    line = (
        "2 Referat bestyrelsesmøde den 4. marts 2025 Side 2 Gæster Anne Holm Bo Berg "
        "1. Velkomst og præsentation Formanden bød velkommen."
    )
    assert reline([line]) == [
        "2",
        "Referat bestyrelsesmøde den 4. marts 2025 Side 2 Gæster Anne Holm Bo Berg",
        "1. Velkomst og præsentation Formanden bød velkommen.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2 Referat bestyrelsesmøde den 4. marts 2025 Side 2 Gæster Anne Holm Bo Berg",
        "Mødet blev holdt i Ringe den 1. Marts og alle deltog.",
        "12 medlemmer deltog i mødet og 1. Suppleant var til stede.",
    ],
)
def test_a_line_without_a_page_and_a_first_heading_stays_whole(line):
    assert reline([line]) == [line]


@pytest.mark.parametrize(
    "heading, title, tail",
    [
        (
            "Velkomst og valg af dirigent Kl Der bydes velkommen.",
            "Velkomst og valg af dirigent",
            "Der bydes velkommen.",
        ),
        (
            "Budget 2026 kl. Kassereren gennemgik forslaget.",
            "Budget 2026",
            "Kassereren gennemgik forslaget.",
        ),
        ("Orientering fra KL Danmark om økonomi", "Orientering fra KL Danmark om økonomi", ""),
        ("Møde med Kl Hansen", "Møde med Kl Hansen", ""),
    ],
)
def test_a_clock_mark_without_its_time_ends_the_title(heading, title, tail):
    assert split_title_tail(heading) == (title, tail)
