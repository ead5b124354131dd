"""People in the forms a fourth set of publishers prints them: an all-caps heading or a body's
word under a people label is no one's name. Made-up texts, and texts that must be read."""

from __future__ import annotations

import pytest

from klynge.archive.importer.people import name_like
from klynge.archive.importer.segment import segment

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n"


@pytest.mark.parametrize(
    "text",
    [
        "LUKKEDE PUNKTER",
        "ÅBEN DAGSORDEN",
        "Kommunalbestyrelsen",
        "Socialudvalget",
        "Ældrerådet",
        "Teknisk Udvalg",
    ],
)
def test_a_heading_or_a_body_is_no_name(text: str) -> None:
    assert not name_like(text, min_words=1)


@pytest.mark.parametrize("text", ["Ida Holm", "Bo B. Berg", "Anne-Mette Ravn", "Ib Dal Ø"])
def test_names_stay_names(text: str) -> None:
    assert name_like(text)


@pytest.mark.parametrize("heading", ["LUKKEDE SAGER", "BESLUTNINGSSAGER"])
def test_a_heading_under_an_empty_absence_label_is_no_apology(heading: str) -> None:
    text = (
        "Referat\nSocialudvalget\nDato: 4. maj 2021\nDeltagere:\nIda Holm\nBo Berg\n"
        f"Fraværende:\n\n{heading}\n" + ITEMS
    )
    meeting = segment(text)
    assert meeting.apologies == []
    assert [p.name for p in meeting.participants] == ["Ida Holm", "Bo Berg"]


def test_a_body_after_an_empty_absence_label_is_no_apology() -> None:
    text = (
        "Referat Miljøudvalget Dato: 4. maj 2021 Afbud: Fraværende: Bemærkninger:\n"
        "Miljøudvalget, bemærkninger til dagsordenen\n" + ITEMS
    )
    assert segment(text).apologies == []


def test_an_apology_in_capitals_and_lower_case_names_is_still_read() -> None:
    text = "Referat\nDato: 4. maj 2021\nAfbud:\nKarl Emil Vest\n" + ITEMS
    assert [p.name for p in segment(text).apologies] == ["Karl Emil Vest"]


RUN = (
    "1 Mødedato: 3. marts 2010. Mødetidspunkt: 09:00. Sted: Byrådssalen. "
    "Møde slut: 12:30 Fraværende: {value}\n"
)


@pytest.mark.parametrize("title", ["REFERAT", "DAGSORDEN", "BESLUTNINGSPROTOKOL"])
def test_a_running_title_in_capitals_before_a_name_is_no_part_of_it(title: str) -> None:
    meeting = segment(
        RUN.format(value=f"{title} Karen Lund. Bent Vig deltog ikke i den lukkede del af mødet.")
        + ITEMS
    )
    assert [p.name for p in meeting.apologies] == ["Karen Lund"]


def test_a_meeting_end_label_in_a_run_gives_the_end_time() -> None:
    meeting = segment(RUN.format(value="Karen Lund.") + ITEMS)
    assert (meeting.start_time, meeting.end_time) == ("09:00", "12:30")


def test_a_sentence_about_one_item_after_the_apologies_is_no_apology() -> None:
    value = "Karen Lund. Bent Vig deltog ikke i behandlingen af pkt. 2."
    meeting = segment(RUN.format(value=value) + ITEMS)
    assert [p.name for p in meeting.apologies] == ["Karen Lund"]


def test_a_second_sentence_naming_the_meetings_absentee_is_kept() -> None:
    value = "Karen Lund og Bent Vig."
    meeting = segment(RUN.format(value=value) + ITEMS)
    assert [p.name for p in meeting.apologies] == ["Karen Lund", "Bent Vig"]


@pytest.mark.parametrize("group", ["Bestyrelse", "Udvalget", "Styregruppen"])
def test_a_group_label_after_the_meetings_labels_heads_its_members(group: str) -> None:
    text = (
        f"1 Referat Sted: Rådhuset Dato: 26. november 2010 kl {group}: Ida Holm IH Formand "
        "Bo Berg BB Karl Emil Vest KEV Lone Dahl LD Øvrige: Eva Kro EK Redaktør Jens Lind JL "
        "Konsulent Anne Marie Ravn AMR Kontorchef\n" + ITEMS
    )
    members = ["Ida Holm", "Bo Berg", "Karl Emil Vest", "Lone Dahl"]
    members += ["Eva Kro", "Jens Lind", "Anne Marie Ravn"]
    assert [p.name for p in segment(text).participants] == members


def test_a_group_heading_inside_an_absence_list_is_no_label() -> None:
    text = (
        "Referat Sted: Rådhuset Dato: 26. november 2010 Afbud: Bestyrelsen: Ida Holm\n"
        "Deltagere:\nBo Berg\nEva Kro\n" + ITEMS
    )
    meeting = segment(text)
    assert [p.name for p in meeting.apologies] == ["Ida Holm"]
    assert [p.name for p in meeting.participants] == ["Bo Berg", "Eva Kro"]


def test_a_group_word_in_a_sentence_is_no_label() -> None:
    text = "Referat Sted: Rådhuset Dato: 26. november 2010 Mødet med bestyrelsen: aflyst\n" + ITEMS
    assert segment(text).participants == []


DATED = (
    "Referat\n\n4. maj 2021\n\nDeltagere:\nIda Holm\nBo Berg\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
    "2. Budget\n\nBeslutning\nTaget til efterretning.\n\n"
    "Fraværende i Ældrerådet - den {day} 2021:\n\nEva Kro og Karl Emil Vest\n"
)


def test_an_absence_note_under_one_item_naming_the_meetings_date_is_the_meetings() -> None:
    meeting = segment(DATED.format(day="4. maj"))
    assert [p.name for p in meeting.apologies] == ["Eva Kro", "Karl Emil Vest"]


def test_an_absence_note_under_one_item_naming_another_date_is_that_items() -> None:
    assert segment(DATED.format(day="11. maj")).apologies == []
