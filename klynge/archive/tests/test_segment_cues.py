"""Cues every Danish layout shares, each on small made-up texts in several forms."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment


def _only_item(body: str):
    meeting = segment(f"Referat\n\n1. Godkendelse af dagsorden\n\n2. Budget\n\n{body}\n")
    return meeting.items[1]


@pytest.mark.parametrize(
    "heading",
    [
        "Beslutning",
        "Beslutning:",
        "Beslutning i Sundhedsudvalget den 21-08-2012",
        "Forretningsudvalgets beslutning den 8. november 2022:",
        "Beslutning Økonomiudvalget den 6. oktober 2014",
    ],
)
def test_decision_headings(heading):
    item = _only_item(f"Sagsfremstilling\nTekst.\n\n{heading}\nGodkendt.")
    assert item.decisions == ["Godkendt."]


def test_brief_paragraphs_under_beslutning_are_decisions_up_to_fravaerende():
    item = _only_item(
        "Beslutning\n\nDer holdes strategimøde i juni.\n\nForvaltningen orienterede om "
        "rekruttering.\n\nFraværende\nAli Hansen (V)"
    )
    assert item.decisions == [
        "Der holdes strategimøde i juni.",
        "Forvaltningen orienterede om rekruttering.",
    ]
    assert "Ali Hansen" in item.minutes_text


def test_a_discussion_under_beslutning_stays_minutes_and_the_outcome_after_it_decides():
    item = _only_item(
        "Beslutning\n\nUdvalget drøftede budgettet. Der var mange synspunkter om stierne.\n\n"
        "Godkendt."
    )
    assert item.decisions == ["Godkendt."]
    assert item.minutes_text == "Udvalget drøftede budgettet. Der var mange synspunkter om stierne."


@pytest.mark.parametrize(
    "sentence", ["Orienteredes.", "Dagsordenen blev godkendt.", "Udvalget godkendte indstillingen."]
)
def test_bare_outcome_sentence_is_the_decision(sentence):
    item = _only_item(f"Budgettet for 2025 er lagt frem.\n\n{sentence}")
    assert item.decisions == [sentence]
    assert item.case_text == "Budgettet for 2025 er lagt frem."


@pytest.mark.parametrize(
    "lead",
    [
        "Det indstilles, at",
        "Administrationen indstiller, at",
        "Direktøren indstiller til udvalget, at",
    ],
)
def test_recommendation_sentence_starts_at_at(lead):
    item = _only_item(f"Indstilling\n{lead} udvalget godkender budgettet.")
    assert item.recommendations == ["at udvalget godkender budgettet."]


def test_recommendation_lead_in_before_a_numbered_list():
    item = _only_item(
        "Indstilling\nAdministrationen indstiller, at:\n"
        "  1. budgettet godkendes\n  2. stierne bygges"
    )
    assert item.recommendations == ["budgettet godkendes", "stierne bygges"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("3. LUKKET PUNKT: Salg af arealer", "Salg af arealer"),
        ("3. Lukket - Salg af arealer", "Salg af arealer"),
        ("3. Salg af arealer - Lukket punkt", "Salg af arealer"),
        ("3. Salg af arealer (Lukket)", "Salg af arealer"),
    ],
)
def test_closed_marks_in_titles(line, title):
    meeting = segment(f"Dagsorden\n\n1. Velkomst\n2. Budget\n{line}\n")
    assert (meeting.items[2].title, meeting.items[2].closed) == (title, True)
    assert not meeting.items[1].closed


@pytest.mark.parametrize(
    ("line", "title", "kind"),
    [
        ("2. Beslutning - Nye stier", "Nye stier", "decision"),
        ("2. Orientering og godkendelse: Kvartalsrapport", "Kvartalsrapport", "decision"),
        ("2. Orientering - Status på stier", "Status på stier", "orientation"),
        ("2. Godkendelse af referat", "Godkendelse af referat", None),
    ],
)
def test_kind_before_the_title(line, title, kind):
    meeting = segment(f"Dagsorden\n\n1. Velkomst\n{line}\n3. Eventuelt\n")
    assert meeting.items[1].title == title
    if kind:
        assert meeting.items[1].kind == kind


def test_absence_and_page_marks_under_beslutning_are_no_decisions():
    item = _only_item(
        "Beslutning i Udvalget den 1. februar 2021:\nFraværende:\nGodkendt.\n\n"
        "Anne Holm og Bo Berg var fraværende.\n\nTil toppen"
    )
    assert item.decisions == ["Godkendt."]


def test_outcome_after_a_bilag_line_and_after_a_recommendation_sentence():
    after_bilag = _only_item("Bilag 1: Referat fra sidste møde\nReferatet blev godkendt.")
    assert after_bilag.decisions == ["Referatet blev godkendt."]
    assert after_bilag.attachments == ["Bilag 1: Referat fra sidste møde"]
    after_sentence = _only_item(
        "Det indstilles, at udvalget godkender planen.\n\nPunktet blev udsat til næste møde."
    )
    assert after_sentence.recommendations == ["at udvalget godkender planen."]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2. Habilitetspolitik, beslutningspunkt", "decision"),
        ("2. Habilitetspolitik (orienteringssag)", "orientation"),
    ],
)
def test_kind_after_the_title(line, kind):
    meeting = segment(f"Dagsorden\n\n1. Velkomst\n{line}\n3. Eventuelt\n")
    assert (meeting.items[1].title, meeting.items[1].kind) == ("Habilitetspolitik", kind)


def test_number_set_on_the_title():
    meeting = segment(
        "Referat\n\n12Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "13Tilskud til foreninger\nResume\nFordeling af puljen.\nBeslutning\nUdsat.\n"
    )
    assert [(i.number, i.title, i.decisions) for i in meeting.items] == [
        (12, "Godkendelse af dagsorden", ["Godkendt."]),
        (13, "Tilskud til foreninger", ["Udsat."]),
    ]


def test_an_earlier_committees_decision_is_minutes_not_the_items_decision():
    item = _only_item(
        "Forretningsudvalgets beslutning den 8. november 2022:\n\nAnbefalet.\n\n"
        "Mødet sluttede kl. 12.50\n\n"
        "Miljø- og klimaudvalgets beslutning den 2. november 2022:\nAnbefalet.\n"
    )
    assert item.decisions == ["Anbefalet."]
    assert "Miljø- og klimaudvalgets beslutning" in item.minutes_text


def test_a_heading_glued_onto_the_index_and_a_glued_page_link():
    meeting = segment(
        "Dagsorden\n\n1. Velkomst\n2. EventueltTil toppen1. Velkomst\n\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Velkomst"), (2, "Eventuelt")]
    assert meeting.items[0].decisions == ["Godkendt."]


def test_nobody_absent_is_no_decision():
    item = _only_item("Beslutning\nGodkendt.\n\nFraværende:\n\nIngen")
    assert item.decisions == ["Godkendt."]
