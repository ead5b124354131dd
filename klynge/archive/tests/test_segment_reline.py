"""Run-together lines (a whole page on one line) cut back into the lines they were printed as."""

from __future__ import annotations

from klynge.archive.importer.reline import cut_run_together, reline, unbullet_headings
from klynge.archive.importer.segment import segment

PAGE = (
    "1 Referat Sundhedsudvalget Mødedato: Onsdag den 27. november 2013 Mødested: Rådhuset, "
    "lokale 2 Mødetidspunkt: Kl. 15:00-17:00 Deltagere: Anne Holm, Bo Berg, Carl Dahl "
    "Afbud: Dorte Lund 1. Godkendelse af dagsorden Sagsfremstilling: Dagsordenen er udsendt. "
    "Beslutning: Godkendt. 2. Budget for stier Sagsfremstilling: Stierne koster penge og skal "
    "bygges i år. Beslutning: Udsat."
)


def test_short_lines_are_left_alone():
    line = "Mødested: Rådhuset 1. Godkendelse af dagsorden 2. Budget"
    assert reline([line]) == [line]


def test_a_page_line_is_cut_at_labels_numbers_and_its_page_number():
    pieces = cut_run_together(PAGE)
    assert pieces[0] == "1"
    assert "Mødested: Rådhuset, lokale 2" in pieces
    assert "1. Godkendelse af dagsorden" in pieces
    assert "2. Budget for stier" in pieces
    assert "Beslutning: Udsat." in pieces
    assert " ".join(pieces[1:]) == PAGE[2:]


def test_section_words_without_colon_open_lines():
    line = "x " * 130 + "Åben sag Beslutning Økonomiudvalget den 6. oktober 2014 Godkendt."
    assert cut_run_together(line)[-1].startswith("Beslutning Økonomiudvalget")


def test_a_run_together_page_reads_as_a_document():
    meeting = segment(PAGE)
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2013-11-27", "15:00", "17:00")
    assert meeting.location == "Rådhuset, lokale 2"
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg", "Carl Dahl"]
    assert [(i.number, i.title, i.decisions) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", ["Godkendt."]),
        (2, "Budget for stier", ["Udsat."]),
    ]


def test_a_short_line_with_two_labels_or_a_page_number_before_an_item_is_cut():
    assert cut_run_together("3 1. Godkendelse af dagsorden Dok.nr.: 1965 Sagsid.: 14/40")[:2] == [
        "3",
        "1. Godkendelse af dagsorden",
    ]
    assert reline(["3 1. Godkendelse af dagsorden"]) == ["3", "1. Godkendelse af dagsorden"]
    assert len(reline(["Mødedato: 6. oktober 2014 Mødested: Rådhuset Afbud: Bo Berg"])) == 3


def test_list_marks_on_headings_come_off_and_other_bullets_stay():
    lines = ["  • 1", "    Beslutning - Praksisplan", "  • Resume", "  • At planen godkendes"]
    assert unbullet_headings(lines) == [
        "1. Beslutning - Praksisplan",
        "",
        "Resume",
        "  • At planen godkendes",
    ]


def test_a_page_of_one_item_under_web_list_marks():
    meeting = segment(
        "Referat\n  • 1 Præsentation af veteranindsatsen\n    • Resume\n      Oplæg.\n"
        "    • Beslutning i Udvalget den 17-01-2019\n"
        "      Udvalget tog orienteringen til efterretning.\n"
    )
    assert [(i.number, i.title, i.decisions) for i in meeting.items] == [
        (1, "Præsentation af veteranindsatsen", ["Udvalget tog orienteringen til efterretning."])
    ]
    assert "title" in meeting.items[0].unsure_fields()
