"""Members listed with their title before the name, their organisation after it and their
role in brackets, as a health cluster's forum prints them; the secretariat under the members;
the absent told in a sentence under the list. Made-up texts."""

from __future__ import annotations

from klynge.archive.importer.header import read_person
from klynge.archive.importer.parsed import ParsedPerson
from klynge.archive.importer.segment import segment

HEADER = (
    "Beslutningsprotokol\nSundhedsklyngeforum Vestdal\nMødedato: 16. november 2023\nMedlemmer:\n"
    "• Hospitalsdirektør Lone Abildgaard, Sygehus Vestdal (formand)\n"
    "• Kommunaldirektør Jesper Nørgaard, Birkum Kommune (næstformand)\n"
    "• Sundhedschef Mette Krag, Farsø Kommune\n"
    "• Patientrepræsentant Gitte Hovmand, Danske Patienter\n"
    "Afbud fra sundhedschef Mette Krag.\n"
    "Sekretariat: Camilla Ravn, Nanna Borup\n"
)
ITEMS = "1. Velkomst\nBeslutning\nFormanden bød velkommen.\n2. Eventuelt\nBeslutning\nIntet.\n"


def test_title_before_the_name_organisation_after_it_role_in_brackets() -> None:
    meeting = segment(HEADER + ITEMS)
    first = meeting.participants[0]
    assert (first.name, first.title, first.organisation) == (
        "Lone Abildgaard",
        "formand, hospitalsdirektør",
        "Sygehus Vestdal",
    )
    assert meeting.participants[1].title == "næstformand, kommunaldirektør"
    assert meeting.leader == "Lone Abildgaard"
    assert meeting.is_unsure("leader")  # read off the role, not a label


def test_the_secretariat_under_the_members_took_part() -> None:
    names = [p.name for p in segment(HEADER + ITEMS).participants]
    assert names[-2:] == ["Camilla Ravn", "Nanna Borup"]


def test_the_absent_keep_the_title_and_organisation_the_list_gave_them() -> None:
    meeting = segment(HEADER + ITEMS)
    assert meeting.apologies == [ParsedPerson("Mette Krag", "sundhedschef", "Farsø Kommune")]
    assert "Mette Krag" not in [p.name for p in meeting.participants]


def test_a_title_word_in_lower_case_after_the_name_stays_the_title() -> None:
    assert read_person("Formand Bente Løvstad, regionsrådsmedlem") == ParsedPerson(
        "Bente Løvstad", "formand, regionsrådsmedlem"
    )


def test_a_name_without_a_title_before_it_is_read_as_before() -> None:
    assert read_person("Anne Holm, direktør, Nordby Kommune") == ParsedPerson(
        "Anne Holm", "direktør", "Nordby Kommune"
    )
    assert read_person("Anne Holm (formand)") == ParsedPerson("Anne Holm", "formand")


def test_members_marked_absent_in_the_list_with_their_substitute() -> None:
    meeting = segment(
        "Referat\nRegionsrådet\nMødedato: 13. december 2023\nMedlemmer:\n"
        "Karen Vestergaard (A), formand\nOle Tvilum (V) – afbud\nLise Ahlgren (F)\n"
        "Hanne Korsgaard (A) – afbud, stedfortræder: Ib Kjærgaard (A)\n"
        "Fra administrationen deltog:\nRegionsdirektør Svend Holt\nKoncerndirektør Maja Rye\n"
        + ITEMS
    )
    assert [(p.name, p.substitute_for) for p in meeting.participants] == [
        ("Karen Vestergaard", ""),
        ("Lise Ahlgren", ""),
        ("Ib Kjærgaard", "Hanne Korsgaard"),
        ("Svend Holt", ""),
        ("Maja Rye", ""),
    ]
    assert [p.name for p in meeting.apologies] == ["Ole Tvilum", "Hanne Korsgaard"]


def test_a_name_with_afbud_in_it_is_no_mark() -> None:
    meeting = segment(
        "Referat\nUdvalget\nMødedato: 3. maj 2023\nMedlemmer:\n"
        "Anne Holm, koordinator for afbudslisten\nBo Berg\n" + ITEMS
    )
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg"]
    assert not meeting.apologies


def test_a_substitute_said_on_an_absent_members_line_is_that_members() -> None:
    meeting = segment(
        "Mødereferat\nStyregruppen\nMødedato: 14. september 2023\nMødedeltagere:\n"
        "Lone Abildgaard, hospitalsdirektør, Sygehus Vestdal (formand)\nAfbud:\n"
        "Mette Krag, sundhedschef, Farsø Kommune\n"
        "Gitte Hovmand, patientrepræsentant (stedfortræder: Ulla Berg)\n" + ITEMS
    )
    assert meeting.participants[0] == ParsedPerson(
        "Lone Abildgaard", "formand, hospitalsdirektør", "Sygehus Vestdal"
    )
    assert meeting.leader == "Lone Abildgaard"
    assert [p.name for p in meeting.apologies] == ["Mette Krag", "Gitte Hovmand"]
    assert meeting.participants[-1] == ParsedPerson("Ulla Berg", substitute_for="Gitte Hovmand")
