"""Header columns run together ("Medlemmer:" / "Fraværende:" / names) and item headings whose
number has no full stop ("71 Budget" above "Sagsnr.:"), on made-up texts."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

_ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize(
    "people",
    [
        "Formand: Anne Holm (A)\nBo Berg (V) Carl Dahl (C) Dorte Lund (O) Bo Berg",
        "Anne Holm (A) - Formand Bo Berg (V) Carl Dahl (C) Dorte Lund (O) Bo Berg Side 1",
        "Anne Holm (A), Bo Berg (V), Carl Dahl (C), Dorte Lund (O)\nBo Berg",
    ],
)
def test_interleaved_columns_members_first_then_the_absent(people):
    meeting = segment(
        f"Referat\nMødedato: 3. marts 2016\nMedlemmer:\nFraværende:\n{people}{_ITEMS}"
    )
    assert [p.name for p in meeting.apologies] == ["Bo Berg"]
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Carl Dahl", "Dorte Lund"]
    assert meeting.is_unsure("participants") and meeting.is_unsure("apologies")


def test_interleaved_columns_with_nobody_absent():
    meeting = segment(
        f"Referat\nMødedato: 3. marts 2016\nMedlemmer:\nFraværende:\nAnne Holm (A) Bo Berg (V)"
        f"{_ITEMS}"
    )
    assert meeting.apologies == []
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg"]


@pytest.mark.parametrize(
    "label", ["Sagsnr.: 13/11719", "Sags-id: 14/40", "Dok.nr.: 1965", "Sagsfremstilling"]
)
def test_numbers_without_a_full_stop_above_the_case_labels_are_headings(label):
    meeting = segment(
        "Referat\nMødedato: 27. november 2013\n\n"
        f"70 Godkendelse af dagsorden\n{label}\nTekst.\nBeslutning\nGodkendt.\n\n"
        f"71 Etablering af aflastningspladser\n{label}\nTekst om sagen.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (70, "Godkendelse af dagsorden"),
        (71, "Etablering af aflastningspladser"),
    ]


def test_numbers_without_a_full_stop_in_prose_are_no_headings():
    meeting = segment(
        "Referat\nMødedato: 27. november 2013\n\n1. Budget\nSagsfremstilling\n"
        "12 Borgere har klaget.\n13 Borgere har rost.\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Budget")]


@pytest.mark.parametrize("label", ["Sagsnr.:", "Sagsnr.: 15/24042", "Sagsfremstilling"])
def test_titles_marked_open_or_closed_above_the_case_are_headings(label):
    meeting = segment(
        "Referat Handicaprådet\nMødedato: 23. november 2015\n\n"
        f"Handicaprådet Mødedato Side Godkendelse af dagsorden Åben sag\n{label}\nTekst.\n\n"
        f"Handicaprådet Mødedato Side Uddeling af prisen Lukket sag\n{label}\nTekst om sagen.\n"
    )
    assert [(i.title, i.closed) for i in meeting.items] == [
        ("Godkendelse af dagsorden", False),
        ("Uddeling af prisen", True),
    ]
    assert meeting.items[0].is_unsure("title")


def test_a_mark_inside_a_label_line_is_no_heading():
    meeting = segment(
        "Referat\nMødedato: 6. oktober 2014\n\n1. Godkendelse af dagsorden\nSagsfremstilling\n"
        "Sagsid.: 14/40 Initialer: ab Åben sag\nSagsnr.: 3\nTekst.\n"
    )
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bo Berg deltog som suppleant for Anne Holm.",
        "Sted: Rådhuset Bo Berg mødte som stedfortræder for Anne Holm",
    ],
)
def test_who_took_part_as_a_substitute_in_a_sentence(sentence):
    meeting = segment(
        f"Referat\nMødedato: 3. marts 2016\nDeltagere: Bo Berg, Carl Dahl og Dorte Lund\n"
        f"{sentence}{_ITEMS}"
    )
    assert [p.name for p in meeting.apologies] == ["Anne Holm"]
    bo = next(p for p in meeting.participants if p.name == "Bo Berg")
    assert bo.substitute_for == "Anne Holm"


@pytest.mark.parametrize(
    "header",
    [
        "Deltagere Anne Holm Aarhus Kommune Bo Berg Region Nordjylland Carl Dahl Thisted Kommune",
        "Deltagere: Anne Holm Aarhus Kommune Bo Berg Region Nordjylland Carl Dahl Thisted Kommune",
        "Medlemmer Anne Holm Aarhus Kommune\nBo Berg Region Nordjylland\nCarl Dahl Thisted Kommune",
    ],
)
def test_names_told_apart_by_the_municipality_or_region_after_each(header):
    meeting = segment(
        f"Referat\nMødedato: 27. januar 2017\n{header}\n"
        "Afbud: Dorte Lund Læsø Kommune Eva Hansen Rebild Kommune"
        f"{_ITEMS}"
    )
    assert [(p.name, p.organisation) for p in meeting.participants] == [
        ("Anne Holm", "Aarhus Kommune"),
        ("Bo Berg", "Region Nordjylland"),
        ("Carl Dahl", "Thisted Kommune"),
    ]
    assert [p.name for p in meeting.apologies] == ["Dorte Lund", "Eva Hansen"]
    assert meeting.is_unsure("participants") and meeting.is_unsure("apologies")


def test_a_bare_list_label_needs_a_name_after_it():
    meeting = segment(f"Referat\nMødedato: 27. januar 2017\nDeltagere i mødet var mange.{_ITEMS}")
    assert meeting.participants == []
