"""What surrounds a decision without being one: a transcript's page number run onto its line, the
next item's case number, an earlier committee's decision quoted above the item's own, a heading
glued to its text; and the outcome said as a short sentence naming what it approves. Made-up
texts in several forms."""

from __future__ import annotations

import pytest

from .test_segment_cues import _only_item


@pytest.mark.parametrize(
    ("said", "decision"),
    [
        ("Taget til efterretning Side 12", "Taget til efterretning"),
        ("Godkendt. Side 7 af 20", "Godkendt."),
        ("Rundvisningen fandt sted Side 3", "Rundvisningen fandt sted"),
    ],
)
def test_a_page_number_run_onto_the_decision_is_no_part_of_it(said: str, decision: str) -> None:
    item = _only_item(f"Sagsfremstilling\nTekst.\n\nBeslutning\n{said}")
    assert item.decisions == [decision]


def test_a_page_number_inside_a_sentence_stays() -> None:
    item = _only_item("Beslutning\nGodkendt, idet tabellen på side 4 rettes.")
    assert item.decisions == ["Godkendt, idet tabellen på side 4 rettes."]


@pytest.mark.parametrize("number", ["00.01.00-G01-45-17", "27.12.04-A00-3-21", "Sagsnr. 24/1506"])
def test_the_next_items_case_number_after_the_decision_is_no_decision(number: str) -> None:
    item = _only_item(f"Beslutning\nGodkendt.\n\n{number}")
    assert item.decisions == ["Godkendt."]


@pytest.mark.parametrize(
    "quoted",
    [
        "Økonomiudvalget, 12. maj 2021, pkt. 88:\n\nIndstilles godkendt.",
        "Teknisk Udvalg den 3. maj 2021:\n\nAnbefales.",
    ],
)
def test_an_earlier_committees_decision_quoted_first_is_not_this_meetings(quoted: str) -> None:
    item = _only_item(
        f"Indstilling\nDirektøren indstiller, at planen godkendes.\n\n{quoted}\n\n"
        "Sagsfremstilling\nPlanen er lavet.\n\nBeslutning\nGodkendt."
    )
    assert item.decisions == ["Godkendt."]
    assert quoted.split("\n")[-1] in item.case_text


def test_dated_decisions_alone_still_give_the_latest() -> None:
    item = _only_item(
        "Økonomiudvalget den 3. marts 2020\nAnbefales.\n\nByrådet den 10. marts 2020\nGodkendt."
    )
    assert item.decisions == ["Godkendt."]


@pytest.mark.parametrize(
    ("glued", "decision"),
    [
        ("BeslutningGodkendt.", "Godkendt."),
        ("BeslutningDagsordenen blev godkendt.", "Dagsordenen blev godkendt."),
    ],
)
def test_a_heading_glued_to_its_text(glued: str, decision: str) -> None:
    item = _only_item(f"Sagsnr:\nBilagIngen bilag.\n{glued}")
    assert item.decisions == [decision]


def test_a_word_that_only_begins_like_a_heading_is_not_cut() -> None:
    item = _only_item("Sagsfremstilling\nBeslutningsgrundlaget er klar.\n\nBeslutning\nDrøftet.")
    assert "Beslutningsgrundlaget er klar." in item.case_text
    assert item.decisions == ["Drøftet."]


@pytest.mark.parametrize(
    "outcome",
    ["Dagsorden godkendt.", "Dagsordenen godkendes.", "Referatet fra sidste møde godkendt."],
)
def test_a_short_sentence_naming_what_it_approves_ends_the_item(outcome: str) -> None:
    item = _only_item(f"Sagsfremstilling\n\n{outcome}")
    assert item.decisions == [outcome]
    assert item.is_unsure("decisions")


@pytest.mark.parametrize(
    "sentence",
    [
        "Det indstilles at budgettet godkendes.",
        "Planen skal godkendes.",
        "Forvaltningen foreslår, at aftalen godkendes.",
        "Skemaet blev sendt til høring hos alle parter i den forgangne måned.",
    ],
)
def test_a_sentence_that_only_asks_for_approval_is_no_outcome(sentence: str) -> None:
    item = _only_item(f"Sagsfremstilling\n\n{sentence}")
    assert item.decisions == []


@pytest.mark.parametrize(
    "outcome",
    [
        "Bestyrelsen har godkendt regnskabet.",
        "Udvalget har i dag vedtaget planen.",
        "Der var ingen bemærkninger til referatet fra mødet den 3. maj.",
    ],
)
def test_the_perfect_tense_or_no_remarks_tells_the_outcome(outcome: str) -> None:
    item = _only_item(f"Sagsfremstilling\nRegnskabet blev gennemgået.\n\n{outcome}")
    assert item.decisions == [outcome]


def test_the_next_meeting_fixed_before_the_minute_takers_sign_off() -> None:
    item = _only_item(
        "Næste møde den 14.03.22 i Holbæk – en time før generalforsamlingen.\n\nRef. Ole Vang."
    )
    assert item.decisions == ["Næste møde den 14.03.22 i Holbæk – en time før generalforsamlingen."]
    assert "Ref. Ole Vang." in item.minutes_text


def test_a_next_meeting_only_planned_is_no_decision() -> None:
    item = _only_item("Næste rådsmøde er tidligere berammet til 11. januar 2019 på rådhuset.")
    assert item.decisions == []


@pytest.mark.parametrize("chrome", ["Kopier link til punktet - Print", "Print", "Udskriv"])
def test_a_web_pages_action_links_are_no_decision(chrome: str) -> None:
    item = _only_item(f"Beslutning\nGodkendt.\n\n{chrome}")
    assert item.decisions == ["Godkendt."]
