"""People lists whose entries say more after each name: absence marks ("(afbud)", ", deltog
ikke"), part attendance (", deltog kun fredag"), initials, titles and organisations, group
headings, and an attendance table whose marks extraction lost."""

import pytest

from klynge.archive.importer.names import split_run
from klynge.archive.importer.parsed import ParsedPerson
from klynge.archive.importer.people import absences_in_sentences
from klynge.archive.importer.roster import lone_label_people, marks_said, read_names, read_roster
from klynge.archive.importer.segment import segment


def names(people):
    return [p.name for p in people]


@pytest.mark.parametrize(
    "run",
    [
        "Anne Holm Bo Berg (afbud) Carl Dahl Eva Kro (afbud) Finn Lund",
        "Anne Holm, Bo Berg, deltog ikke Carl Dahl, Eva Kro - fraværende Finn Lund",
        "Anne Holm Bo Berg (fraværende) Carl Dahl Eva Kro, afbud Finn Lund",
    ],
)
def test_an_absence_mark_after_a_name_makes_that_member_an_apology(run):
    roster = read_roster(run, first_kind="participants")
    assert names(roster.participants) == ["Anne Holm", "Carl Dahl", "Finn Lund"]
    assert names(roster.apologies) == ["Bo Berg", "Eva Kro"]


def test_part_attendance_is_attendance_and_does_not_end_the_list():
    roster = read_roster(
        "Anne Holm, formand Bo Berg, deltog kun torsdag Carl Dahl, SDS, deltog kun fredag "
        "Eva Kro, deltog ikke Finn Lund, 1. suppleant Gitte Ravn",
        first_kind="participants",
    )
    assert names(roster.participants) == [
        "Anne Holm",
        "Bo Berg",
        "Carl Dahl",
        "Finn Lund",
        "Gitte Ravn",
    ]
    assert names(roster.apologies) == ["Eva Kro"]
    assert roster.leader == "Anne Holm"


def test_a_mark_about_one_item_or_a_label_is_no_absence_mark():
    said = marks_said("Anne Holm, deltog ikke i punkt 3 Bo Berg, Afbud: Carl Dahl")
    assert "(afbud)" not in said
    roster = read_roster("Afbud Kjeld Holm , møder senere Finn Lund.")
    assert names(roster.apologies) == ["Kjeld Holm"]
    assert "Finn Lund" not in names(roster.apologies)


def test_initials_after_a_name_carry_the_role_said_after_them():
    people = read_names(
        "Anne Holm AH Formand Bo Berg BB Lis K. Dahl LKD Eva Marie Kro EMK "
        "Finn Lund FL IT- og specialkonsulent Gitte Ravn GR Sekretariatsleder"
    )
    assert people == [
        ("Anne Holm", "formand"),
        ("Bo Berg", ""),
        ("Lis K. Dahl", ""),
        ("Eva Marie Kro", ""),
        ("Finn Lund", ""),
        ("Gitte Ravn", ""),
    ]


def test_a_role_before_a_name_stays_the_next_names_without_initials():
    assert read_names("Anne Holm Formand Bo Berg")[-1] == ("Bo Berg", "formand")


def test_titles_in_lower_case_between_names_are_no_prose():
    roster = read_roster(
        "Anne Holm, sekretariatschef Bo Berg, kontorleder, region Nord Carl Dahl, leder af "
        "medlemsafdelingen Eva Kro, controller",
        first_kind="participants",
    )
    assert names(roster.participants) == ["Anne Holm", "Bo Berg", "Carl Dahl", "Eva Kro"]


def test_initials_before_a_family_name_are_a_name_and_a_title_word_is_not():
    words = ["Direktør", "H.", "C.", "Bonde", "Afdelingsleder", "Eva", "Kro"]
    assert split_run(words, mixed=True) == [
        "H. C. Bonde",
        "Eva Kro",
    ]
    assert split_run(["Bonde", "H."]) == []  # an initial does not end a name


def test_an_attendance_table_whose_marks_were_lost_lists_the_members_called():
    meeting = segment(
        "Referat af bestyrelsesmøde\nDato: 26. januar 2013\n"
        "Repræsentanter Navn Deltog Afbud Region Nord Anne Holm, regionsformand Bo Berg "
        "Carl Erik Dahl Eva Kro, suppleant Region Syd Finn Lund, regionsformand Vakant, "
        "suppleant FU-Medlemmer Gitte Ravn, formand Hans Bak, LO Ole Vang, DSU\n\n"
        "1. Velkomst\n\n2. Eventuelt\n"
    )
    assert names(meeting.participants) == [
        "Anne Holm",
        "Bo Berg",
        "Carl Erik Dahl",
        "Eva Kro",
        "Finn Lund",
        "Gitte Ravn",
        "Hans Bak",
        "Ole Vang",
    ]
    assert meeting.apologies == []
    assert meeting.leader == ""  # one 'formand' among the groups' chairs chairs a group
    assert "participants" in meeting.unsure_fields()


def test_a_table_heading_needs_both_columns():
    meeting = segment(
        "Referat\nDato: 3. maj 2013\nDeltog: Anne Holm, Bo Berg og Carl Dahl\n\n"
        "1. Velkomst\n\n2. Eventuelt\n"
    )
    assert meeting.apologies == []


def test_a_mark_in_a_list_is_said_of_the_name_before_it_not_after():
    absent, _ = absences_in_sentences(
        [
            "Deltagere: Anne Holm, formand Bo Berg, næstformand Carl Dahl, deltog kun torsdag "
            "Eva Kro, deltog ikke Finn Lund Gitte Ravn"
        ]
    )
    assert names(absent) == ["Eva Kro"]
    absent, _ = absences_in_sentences(["Anne Holm og Bo Berg deltog ikke i mødet."])
    assert names(absent) == ["Anne Holm", "Bo Berg"]
    absent, _ = absences_in_sentences(["Følgende deltog ikke: Anne Holm og Bo Berg."])
    assert names(absent) == ["Anne Holm", "Bo Berg"]


def test_a_heading_with_a_colon_inside_a_run_ends_the_name_before_it():
    roster = read_roster(
        "Medlemmer: Anne Holm Bo Berg (afbud) Carl Dahl Øvrige: Eva Kro (ref.)",
    )
    assert names(roster.participants) == ["Anne Holm", "Carl Dahl", "Eva Kro"]
    assert names(roster.apologies) == ["Bo Berg"]
    assert roster.minute_takers == ["Eva Kro"]


def test_commas_before_roles_do_not_make_each_entry_one_person():
    people = read_names(
        "Anne Holm, formand Bo Berg Ivan Dahl Lis Kro, suppleant Eva Lund, LO Finn Ravn, DSU"
    )
    assert [name for name, _ in people] == [
        "Anne Holm",
        "Bo Berg",
        "Ivan Dahl",
        "Lis Kro",
        "Eva Lund",
        "Finn Ravn",
    ]
    # Commas between people: each entry is one person, however many words it has.
    people = read_names("Anne Marie Lise Holm, Bo Berg, Carl Dahl, Eva Kro")
    assert people[0] == ("Anne Marie Lise Holm", "")


def test_members_called_under_indkaldelse_one_a_line():
    meeting = segment(
        "Referat\nmødet i Byrådet den 8. oktober 2019 kl. 17:00\n\nIndkaldelse\n\nAnne Holm\n"
        "Bo Berg\nCarl Erik Dahl\nEva Kro\n\n1. Godkendelse af dagsorden\n\n2. Eventuelt\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Carl Erik Dahl", "Eva Kro"]


def test_indkaldelse_of_a_substitute_heads_no_list():
    meeting = segment(
        "Referat\nDato: 8. oktober 2019\nMedlemmer: Anne Holm, Bo Berg\n\n"
        "1. Indkaldelse af suppleant\nEva Kro indkaldes.\n\n2. Eventuelt\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg"]


def test_a_list_in_a_table_cell_with_its_cell_marks():
    meeting = segment(
        "Referat\nDato: |\n04-11-2019 17:00:00 |\nDeltagere: |\n"
        "Anne Holm, Bo Berg, Carl Dahl, Eva Kro |\nPDF: |\n|\n\n1. Godkendelse\n\n2. Eventuelt\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Carl Dahl", "Eva Kro"]


def test_a_substitutes_label_inside_the_list_goes_on_with_it_and_no_one_counts_twice():
    meeting = segment(
        "Referat\nDato: 26. januar 2013\nRepræsentanter Navn Deltog Afbud Region Nord Anne Holm, "
        "regionsformand Bo Berg Carl Dahl Eva Kro, suppleant Vakant, "
        "Suppleant UU Finn Lund Gitte Ravn Bo Berg Hans Bak, LO\n\n1. Velkomst\n\n2. Eventuelt\n"
    )
    assert names(meeting.participants) == [
        "Anne Holm",
        "Bo Berg",
        "Carl Dahl",
        "Eva Kro",
        "Finn Lund",
        "Gitte Ravn",
        "Hans Bak",
    ]


def test_a_bulleted_list_ends_where_the_bullets_do():
    meeting = segment(
        "Referat: 27. oktober 2025 kl. 08:00\nDeltagere\n- Linda Holm\n- Irvin Dahl\n"
        "- Bo Berg\n- Eva Kro\nFraværende\n- Pia Lund\nReferat\n- Godkendelse af dagsorden\n"
        "- Køkken Åkanden - status\n- Kopier link til punktet\n\n"
        "1 : Godkendelse af dagsorden\nBeslutningGodkendt.\n\n2 : Eventuelt\nIntet.\n"
    )
    assert names(meeting.participants) == ["Linda Holm", "Irvin Dahl", "Bo Berg", "Eva Kro"]
    assert names(meeting.apologies) == ["Pia Lund"]


def test_two_capitalised_words_without_a_bullet_need_a_given_name():
    meeting = segment(
        "Referat\nDato: 7. juni 2023\nInviterede: Sygehusenhed Vest\n\nAnne Holm, direktør\n"
        "Bo Berg, cheflæge\n\n1. Velkomst\n\n2. Eventuelt\n"
    )
    assert "Sygehusenhed Vest" not in names(meeting.participants)


def test_an_absence_note_under_every_decision_the_text_reaches():
    meeting = segment(
        "Referat: 27. oktober 2025 kl. 08:00\nDeltagere\n- Anne Holm\n- Bo Berg\n- Eva Kro\n\n"
        "1 : Godkendelse af dagsorden\nBeslutningGodkendt.\nFraværende- Bo Berg ()\n\n"
        "2 : Virksomhedsbesøg\nSagsfremstillingUdvalget besøger en virksomhed og\n"
    )
    assert names(meeting.apologies) == ["Bo Berg"]
    assert names(meeting.participants) == ["Anne Holm", "Eva Kro"]


def test_an_absence_note_under_one_decision_of_two_is_no_apology():
    meeting = segment(
        "Referat: 27. oktober 2025 kl. 08:00\nDeltagere\n- Anne Holm\n- Bo Berg\n- Eva Kro\n\n"
        "1 : Godkendelse af dagsorden\nBeslutningGodkendt.\nFraværende- Bo Berg ()\n\n"
        "2 : Virksomhedsbesøg\nSagsfremstillingUdvalget besøger en virksomhed.\n"
        "BeslutningGodkendt.\n"
    )
    assert meeting.apologies == []


def test_a_column_of_names_run_into_the_column_of_organisations_after_it():
    roster = read_roster(
        "Til stede: Erik Holm Bo Berg Anne Marie Dahl Afbud fra: Lis Kro Peter Lund "
        "Formand Lodsejerforeningen Mols Bakker Museumsforeningen Omegn Djursland Dansk "
        "Skovforening Vestjysk Landboforening"
    )
    assert names(roster.participants) == ["Erik Holm", "Bo Berg", "Anne Marie Dahl"]
    assert names(roster.apologies) == ["Lis Kro", "Peter Lund"]


def test_one_name_without_a_known_given_name_does_not_end_the_column():
    people = read_names("Anne Holm Bo Berg Eva Kro Zaid Qureshi Lis Dahl Ole Vang")
    assert [name for name, _ in people][-3:] == ["Zaid Qureshi", "Lis Dahl", "Ole Vang"]


def test_a_member_list_under_its_own_heading_inside_the_first_item():
    meeting = segment(
        "Referat\n\n1. Forside\n\nSagsfremstilling\n\nMedlemmer\n\nAnne Holm (IA)\n\n"
        "Bo Berg (Sam)\n\nMala Høy Kúko (S)\n\nLund Kuko (S)\n\nTom Hald (D)\n\n"
        "Suppleant for Tom Hald(D), Ib Dal.\n\nAfbud: Tom Hald (D)\n\n"
        "2. Godkendelse af dagsorden\n\nDagsorden godkendt.\n"
    )
    assert [(p.name, p.substitute_for) for p in meeting.participants] == [
        ("Anne Holm", ""),
        ("Bo Berg", ""),
        ("Mala Høy Kúko", ""),
        ("Lund Kuko", ""),
        ("Ib Dal", "Tom Hald"),
    ]
    assert names(meeting.apologies) == ["Tom Hald"]


def test_a_heading_word_alone_over_prose_is_no_member_list():
    meeting = segment(
        "Referat\n\n1. Orientering\n\nMedlemmer\n\nUdvalget drøftede sagen.\n\n"
        "Anne Holm orienterede.\n\n2. Eventuelt\n"
    )
    assert meeting.participants == []


def test_a_substitute_said_before_the_name_in_a_sentence():
    absent, substitutes = absences_in_sentences(["Suppleant for Tom Hald (D), Ib Dal."])
    assert names(absent) == ["Tom Hald"]
    assert [(p.name, p.substitute_for) for p in substitutes] == [("Ib Dal", "Tom Hald")]


def test_a_list_in_an_item_with_a_title_before_its_last_name_and_prose_after_it():
    lines = [
        "Til stede: Anne Holm, Bo Berg, Carl Dahl og medarbejderobservatør Eva Kro. "
        "Sagsnummer 12 Bestyrelsen 9. oktober 2014 Der var afbud fra Tom Hald.",
    ]
    one = {"participants": [ParsedPerson("Anne Holm")], "apologies": []}
    found = lone_label_people(lines, one)
    assert names(found["participants"]) == ["Anne Holm", "Bo Berg", "Carl Dahl", "Eva Kro"]
    # Fewer names than the item's own reading found: that reading stands.
    four = {"participants": [ParsedPerson(n) for n in "ABCDE"], "apologies": []}
    assert lone_label_people(lines, four) is four


def test_the_chair_marked_after_a_name_in_a_member_list_leads():
    meeting = segment(
        "DAGSORDEN Sundhedsudvalget Jens Holm (V) (Formand) Lis Dahl (A) (Næstformand) "
        "Bo Berg (A)\nDato : 11. november 2008\n\n1. Godkendelse af dagsorden\n\n2. Eventuelt\n"
    )
    assert meeting.leader == "Jens Holm"
    assert "leader" in meeting.unsure_fields()


def test_an_office_said_in_a_sentence_takes_no_minutes_and_a_sign_off_does():
    meeting = segment(
        "Referat\nDato: 15. november 2016\n\n1. Meddelelser\nSekretær Bo Berg afgår på den "
        "kommende generalforsamling.\n\n2. Eventuelt\nIntet.\n\nRef. Eva Kro.\n"
    )
    assert meeting.minute_takers == ["Eva Kro"]


def test_an_elected_name_with_an_initial_is_the_listed_person():
    meeting = segment(
        "Referat\nDato: 25. februar 2017\nDeltagere: Hanne Wiin, Bo Berg, Hanne Skou Dahl\n"
        "Fra sekretariatet: Eva B. Kro\n\n1. Valg af ordstyrer og referent\nHanne S. blev valgt "
        "til ordstyrer og Eva B. Kro blev valgt til referent.\n\n2. Eventuelt\n"
    )
    assert meeting.leader == "Hanne Skou Dahl"
    assert meeting.minute_takers == ["Eva B. Kro"]


def test_who_came_for_one_item_took_part_and_who_missed_part_was_not_away():
    absent, came = absences_in_sentences(
        [
            "Under punkt 6 deltog Ulla Moos og under pkt. 7 deltog Eva Kro og Bo Berg.",
            "Anne Holm og Lis Dahl deltog ikke i den lukkede del af mødet.",
            "Tove Lund deltog ikke i behandlingen af pkt og pkt",
            "Under punkt 3 deltog man i debatten.",
        ]
    )
    assert absent == []
    assert [(p.name, p.substitute_for) for p in came] == [
        ("Ulla Moos", ""),
        ("Eva Kro", ""),
        ("Bo Berg", ""),
    ]


def test_a_typeset_hyphen_inside_a_family_name():
    assert read_names("Anne Holm, Camilla Wulff‐Andersen, Bo Berg") == [
        ("Anne Holm", ""),
        ("Camilla Wulff‐Andersen", ""),
        ("Bo Berg", ""),
    ]
