"""Decisions a body states without the word Beslutning: a line naming the body and the date,
and the outcome sentence after the recommendation; sections that end the recommendations."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

from .test_segment_cues import _only_item as _second_item


@pytest.mark.parametrize(
    "heading",
    [
        "Sundheds- og Omsorgsudvalget, 03-03-2016, pkt. 15",
        "Økonomiudvalget den 3. marts 2016",
        "Social- og Sundhedsudvalget, 12.04.2021",
        "Handicaprådet d. 5. december 2023:",
    ],
)
def test_a_line_naming_a_body_and_a_date_heads_its_decision(heading):
    item = _second_item(f"Sagsfremstilling\nTekst om sagen.\n\n{heading}\n\nGodkendt.")
    assert item.decisions == ["Godkendt."]


def test_a_body_and_a_date_inside_a_sentence_heads_nothing():
    item = _second_item(
        "Sagsfremstilling\nSagen var på i Økonomiudvalget den 3. marts 2016 og blev sendt videre."
    )
    assert item.decisions == []


@pytest.mark.parametrize(
    "outcome",
    [
        "Punktet blev skubbet til et kommende møde.",
        "Punktet blev udsat.",
        "Sagen blev trukket.",
        "Punkt 2 og punkt 4 blev slået sammen.",
    ],
)
def test_an_outcome_sentence_after_the_recommendation_is_the_decision(outcome):
    item = _second_item(
        f"Indstilling\nDet indstilles, at udvalget tager orienteringen til efterretning.\n{outcome}"
    )
    assert item.recommendations == ["at udvalget tager orienteringen til efterretning."]
    assert item.decisions == [outcome]
    assert item.is_unsure("decisions")


def test_a_second_recommendation_is_no_outcome():
    item = _second_item(
        "Indstilling\nDet indstilles, at planen godkendes.\nat planen, der blev godkendt i 2019, "
        "udgår."
    )
    assert item.decisions == []


@pytest.mark.parametrize(
    "sentence", ["Herefter blev dagsorden godkendt.", "Referatet blev derefter godkendt."]
)
def test_an_outcome_with_words_between_blev_and_the_verb(sentence):
    item = _second_item(f"Sagsfremstilling\nTekst om sagen.\n\n{sentence}")
    assert item.decisions == [sentence]


@pytest.mark.parametrize(
    "heading", ["Beslutningskompetence", "Kompetence", "Lovgrundlag", "Tidsplan:"]
)
def test_a_case_section_ends_the_recommendations(heading):
    item = _second_item(
        f"Indstilling\nDet indstilles, at udvalget drøfter sagen.\n\n{heading}\n\nUdvalget."
    )
    assert item.recommendations == ["at udvalget drøfter sagen."]


@pytest.mark.parametrize(
    "line",
    [
        "Beslutning Økonomiudvalget den Godkendt.",
        "Beslutning i Sundhedsudvalget den : Godkendt.",
        "Beslutning i Sundhedsudvalget den 3. marts 2016: Godkendt.",
    ],
)
def test_the_decision_on_the_headings_line_when_its_date_is_lost_or_given(line):
    item = _second_item(f"Sagsfremstilling\nTekst om sagen.\n\n{line}")
    assert item.decisions == ["Godkendt."]


@pytest.mark.parametrize(
    "line",
    ["Beslutning i Sundhedsudvalget den 21-08-2012", "Beslutning i Udvalget den onsdag 3. marts"],
)
def test_a_dated_heading_holds_no_decision(line):
    item = _second_item(f"Sagsfremstilling\nTekst om sagen.\n\n{line}\nGodkendt.")
    assert item.decisions == ["Godkendt."]


def test_a_run_together_page_is_cut_before_beslutning_i():
    meeting = segment(
        "Referat\nMødedato: 27. november 2013\n\n3 70 Godkendelse af dagsorden Sagsnr.: "
        "Sagsbeskrivelse: Vurdering: Bilag: Beslutning i Sundhedsudvalget den : Godkendt. "
        "Fraværende: Bo Berg Side 3\n\n4 71 Budget Sagsnr.: 13/11719 Sagsbeskrivelse: "
        + "Tekst "
        * 40
    )
    assert meeting.items[0].decisions == ["Godkendt."]


@pytest.mark.parametrize(
    "stamp", ["Senest opdateret: 19. december 2023", "Sidst ændret 3/5-2024", "Sidst redigeret"]
)
def test_a_web_pages_stamp_under_the_text_is_no_part_of_the_last_item(stamp):
    meeting = segment(
        "Referat\nMødedato: 5. december 2023\n\n1. Godkendelse af dagsorden\n\n2. Budget\n"
        "Indstilling\nDet indstilles, at rådet tager det til efterretning.\n"
        f"Punktet blev udsat.\n\n{stamp}\n"
    )
    assert meeting.items[1].decisions == ["Punktet blev udsat."]
    assert stamp in meeting.unplaced_text
