"""Participants and absences in their common forms, on made-up texts."""

from __future__ import annotations

import pytest

from klynge.archive.importer.people import absences_in_sentences, clean_name, names_list
from klynge.archive.importer.segment import segment


@pytest.mark.parametrize(
    "text",
    [
        "Anne Holm (A), Bo Berg (V) og Carl Dahl (C)",
        "Anne Holm (A) Bo Berg (V) Carl Dahl (C)",
        "Anne Holm (AH), Bo Berg (BB) og Carl Dahl (CD)",
        "Anne Holm, Bo Berg og Carl Dahl",
    ],
)
def test_names_in_one_line(text):
    assert names_list(text) == ["Anne Holm", "Bo Berg", "Carl Dahl"]


@pytest.mark.parametrize(
    "text",
    ["Formand Anne Holm (A)", "Anne Holm (A) - Formand", "Næstformand: Anne Holm", "Anne Holm, V"],
)
def test_roles_and_party_letters_are_not_the_name(text):
    assert clean_name(text) == "Anne Holm"


def test_one_person_a_line_with_party_letters():
    meeting = segment(
        "Referat\nDeltagere:\n\nFormand Anne Holm (A)\nBo Berg, (V)\nCarl Dahl (C)\n\n"
        "1. Velkomst\n\n2. Eventuelt\n"
    )
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg", "Carl Dahl"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Der var afbud fra Thomas Hav.", ["Thomas Hav"]),
        (
            "Alle var mødt, undtagen Anne Holm og Bo Berg, som havde meldt afbud.",
            ["Anne Holm", "Bo Berg"],
        ),
        ("Anne Holm (A) og Bo Berg (V) deltog ikke i sagens behandling.", ["Anne Holm", "Bo Berg"]),
        ("Sine Hald havde meldt forfald.", ["Sine Hald"]),
    ],
)
def test_absences_in_sentences(sentence, absent):
    people, substitutes = absences_in_sentences([sentence])
    assert [p.name for p in people] == absent
    assert substitutes == []


def test_substitutes_in_sentences():
    people, substitutes = absences_in_sentences(
        [
            "Anne Holm og Bo Berg havde meldt forfald. I stedet mødt Carl Dahl og Dorte Lund.",
            "Stedfortræder Erik Juhl mødte for Frida Kofoed, der havde forfald.",
        ]
    )
    assert [p.name for p in people] == ["Anne Holm", "Bo Berg", "Frida Kofoed"]
    assert [(p.name, p.substitute_for) for p in substitutes] == [
        ("Carl Dahl", "Anne Holm"),
        ("Dorte Lund", "Bo Berg"),
        ("Erik Juhl", "Frida Kofoed"),
    ]


def test_absent_list_after_a_colon():
    people, _ = absences_in_sentences(
        [
            "Følgende deltog ikke på mødet:",
            "- Anne Holm (B) på grund af arbejde",
            "- Bo Berg (Ø)",
            "",
        ]
    )
    assert [p.name for p in people] == ["Anne Holm", "Bo Berg"]


def test_initials_and_absence_labels_inside_an_item():
    people, _ = absences_in_sentences(
        ["Der var afbud fra Lina H. Jespersen og Jette Ramskov.", "Fraværende", "Ali Ünsal (V)"]
    )
    assert [p.name for p in people] == ["Lina H. Jespersen", "Jette Ramskov", "Ali Ünsal"]


def test_a_name_after_another_columns_text_before_its_party_letter():
    assert names_list("Borgmesterens mødelokale Johnny Søtrup (V), Henrik Vallø (C)") == [
        "Johnny Søtrup",
        "Henrik Vallø",
    ]


def test_names_with_organisations_in_parentheses():
    assert names_list(
        "Anna Holm (Sundhedsstyrelsen), Bo Berg (Statens Serum Institut) og Carl Dahl (SSI)."
    ) == [
        "Anna Holm",
        "Bo Berg",
        "Carl Dahl",
    ]


def test_three_names_after_any_label_are_participants_unsure():
    meeting = segment(
        "Referat\nMødedato: 29. januar 2016\nBestyrelsen: Anne Holm, Bo Berg og Carl Dahl\n\n"
        "1. Velkomst\n\n2. Eventuelt\n"
    )
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg", "Carl Dahl"]
    assert "participants" in meeting.unsure_fields()


def test_the_chair_among_the_members_leads_the_meeting_unsure():
    meeting = segment(
        "Referat\nMødedato: 14-03-2023\nMedlemmer\n\nFormand Anne Holm (A)\nBo Berg (C)\n\n"
        "1. Godkendelse af dagsorden v. formandskabet\n\n2. Eventuelt\n"
    )
    assert meeting.leader == "Anne Holm"
    assert "leader" in meeting.unsure_fields()
