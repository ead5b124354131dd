"""People lists run together by extraction: labels without colons, names without separators."""

import pytest

from klynge.archive.importer.names import names_in_run
from klynge.archive.importer.people import absences_in_sentences, clean_name
from klynge.archive.importer.roster import read_names, read_roster
from klynge.archive.importer.segment import segment


def names(people):
    return [p.name for p in people]


def test_a_run_of_names_is_split_where_a_given_name_starts():
    run = "Anne Marie Holm Bo Berg Carl Erik Dahl Dorte Lund Sørensen Finn Ibsen"
    assert names_in_run(run) == [
        "Anne Marie Holm",
        "Bo Berg",
        "Carl Erik Dahl",
        "Dorte Lund Sørensen",
        "Finn Ibsen",
    ]


def test_a_family_name_in_the_middle_and_unknown_given_names_pair_up():
    assert names_in_run("Kenneth Kristensen Berth Ulla Hvid") == [
        "Kenneth Kristensen Berth",
        "Ulla Hvid",
    ]
    # Given names the reader does not know: names of two words are the likelier reading.
    assert names_in_run("Orla Æbelø Zaid Qureshi Yusra Amin") == [
        "Orla Æbelø",
        "Zaid Qureshi",
        "Yusra Amin",
    ]
    assert names_in_run("Lene W. Nielsen Tom Hald") == ["Lene W. Nielsen", "Tom Hald"]


def test_one_name_or_a_sentence_is_no_run():
    assert names_in_run("Anne Marie Holm") is None
    assert names_in_run("Mødet blev holdt i salen") is None


def test_labels_without_colons_sort_the_names_into_their_lists():
    roster = read_roster(
        "Udvalget Mandag den 2. maj 2011 kl. 15:00 Tilstede Anne Hvid Holm (V) Bo Berg (O) "
        "Lis K. Dahl (A) Afbud/Fraværende Tove Lund (A) Eva Kro (C) Sekretær Peter Bang "
        "INDHOLDSFORTEGNELSE 1... Meddelelser"
    )
    assert names(roster.participants) == ["Anne Hvid Holm", "Bo Berg", "Lis K. Dahl"]
    assert names(roster.apologies) == ["Tove Lund", "Eva Kro"]
    assert roster.minute_takers == ["Peter Bang"]


def test_the_chair_after_a_dash_and_an_empty_absence_list():
    roster = read_roster(
        "Sted Mødelokale 2 Fraværende Ingen Stedfortræder Medlemmer Ole Vang (V) - Formand "
        "Rita Sand (A) Jens Krog (DF)"
    )
    assert names(roster.participants) == ["Ole Vang", "Rita Sand", "Jens Krog"]
    assert roster.apologies == []
    assert roster.leader == "Ole Vang"


def test_organisations_between_the_names_are_left_out():
    assert [
        n
        for n, _ in read_names(
            "Anne Holm, Bankrådet Bo Berg, KL Eva Kro, Dansk Standard Tom Hald, Region Nord"
        )
    ] == [
        "Anne Holm",
        "Bo Berg",
        "Eva Kro",
        "Tom Hald",
    ]
    people = read_names(
        "Ole Vang Idrætsrådets bestyrelse (fra punkt 3) Rita Sand Region Øst "
        "Karen Bro Idrætsrådets sekretariat (referent)"
    )
    assert people == [("Ole Vang", ""), ("Rita Sand", ""), ("Karen Bro", "referent")]


def test_roles_in_brackets_and_a_referent_among_those_present():
    roster = read_roster(
        "Tilstedeværende medlemmer af Rådet Ole Vang (formand) Rita Sand Jens Krog "
        "Afbud Eva Kro Fra sekretariatet Tom Hald, Lis Dahl og Karen Bro (referent) 3"
    )
    assert names(roster.participants) == [
        "Ole Vang", "Rita Sand", "Jens Krog", "Tom Hald", "Lis Dahl", "Karen Bro",
    ]  # fmt: skip
    assert names(roster.apologies) == ["Eva Kro"]
    assert roster.minute_takers == ["Karen Bro"]
    assert roster.leader == "Ole Vang"


def test_a_labelled_line_of_names_without_separators_is_read_unsure():
    meeting = segment(
        "Referat\nSocialudvalget\nTirsdag den 3. maj 2011 kl. 10.00\n"
        "Medlemmer: Anne Marie Holm Bo Berg Carl Erik Dahl Dorte Lund\n"
        "Fraværende: Dorte Lund\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Marie Holm", "Bo Berg", "Carl Erik Dahl"]
    assert names(meeting.apologies) == ["Dorte Lund"]
    assert meeting.is_unsure("participants")


def test_a_header_line_with_its_people_run_together():
    meeting = segment(
        "1 Referat Sundhedsudvalget Møde Dato 4. maj 2015 Tid 15:30 Fraværende Ingen "
        "Medlemmer Ole Vang (V) - Formand Rita Sand (A) Jens Krog (DF)\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Ole Vang", "Rita Sand", "Jens Krog"]
    assert meeting.leader == "Ole Vang"
    assert meeting.is_unsure("leader")


def test_chair_and_secretary_by_their_role_in_a_list():
    meeting = segment(
        "Referat\nDeltagere:\nAnne Holm, brugerrepræsentant, formand\nBo Berg, embedsmand\n"
        "Eva Kro, sekretær\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert meeting.leader == "Anne Holm"
    assert meeting.minute_takers == ["Eva Kro"]


def test_between_commas_each_entry_is_one_person():
    people = read_names("Anne Holm (Styrelsen), Anne Marie Lise Holm (Region Nord), Bo Berg")
    assert [n for n, _ in people] == ["Anne Holm", "Anne Marie Lise Holm", "Bo Berg"]


def test_an_absence_list_ends_where_an_address_or_prose_begins():
    meeting = segment(
        "Referat\nMedlemmer: Anne Holm (C) Bo Berg (O) Eva Kro Tom Hald\n"
        "Fraværende: Bo Berg Tom Hald Lokale 3, Rådhuset "
        "Karen Bro deltog som suppleant for Tom Hald.\n"
        "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Bo Berg", "Tom Hald"]
    assert names(meeting.participants) == ["Anne Holm", "Eva Kro", "Karen Bro"]


def test_absent_from_every_item_is_absent_from_the_meeting():
    note = "Anne Holm (A) og Bo Berg (V) deltog ikke i sagens behandling."
    meeting = segment(
        "Referat\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n" + note + "\n\n"
        "2. Budget\nBeslutning\nAnbefalet.\n" + note + "\n"
        "Carl Dahl (B) deltog ikke i behandlingen af sagen.\n"
    )
    assert names(meeting.apologies) == ["Anne Holm", "Bo Berg"]


def test_absent_from_some_items_only_is_no_apology():
    meeting = segment(
        "Referat\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Budget\nBeslutning\nAnbefalet.\n"
        "Tom Hald var forhindret i at deltage i sagens behandling.\n\n"
        "3. Eventuelt\nBeslutning\nIntet.\nFraværende: Eva Kro (O).\n"
    )
    assert meeting.apologies == []


def test_kept_from_every_item_said_with_forhindret():
    note = "Rådmand Kim Lund og Eva Kro var forhindret i at deltage i sagens behandling."
    meeting = segment(
        "Referat\n\nBudget\nBeslutning\nGodkendt.\n" + note + "\n\n"
        "1. Eventuelt\nBeslutning\nIntet.\n" + note + "\n"
    )
    assert names(meeting.apologies) == ["Kim Lund", "Eva Kro"]


def test_a_substitute_named_in_the_absence_list_takes_part():
    meeting = segment(
        "Referat\nBestyrelsen: Anne Holm, Bo Berg, Eva Kro og Tom Hald\n\n"
        "Afbud: Bo Berg, suppleant Karen Bro deltog\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Bo Berg"]
    assert ("Karen Bro", "Bo Berg") in [(p.name, p.substitute_for) for p in meeting.participants]


def test_names_in_table_cells_under_a_label():
    meeting = segment(
        "Referat\nMedlemmer:\n\nAnne Marie Holm | Bo Berg\nCarl Erik Dahl | Eva Kro\nTom Hald |\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == [
        "Anne Marie Holm", "Bo Berg", "Carl Erik Dahl", "Eva Kro", "Tom Hald",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Formand: Anne Holm",
        "Mødet blev ledet af formand Anne Holm.",
        "Formanden (Anne Holm) indledte.",
        "Anne Holm bød velkommen til mødet.",
        "Formand Anne Holm bød alle velkommen.",
    ],
)
def test_the_leader_said_in_a_header_line(line):
    meeting = segment(
        f"Referat\nMødedato: 3. maj 2011\n{line}\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert meeting.leader == "Anne Holm"
    assert meeting.is_unsure("leader")


def test_two_chairs_listed_the_one_who_welcomes_leads():
    meeting = segment(
        "Referat\nTilstedeværende medlemmer Anne Holm (formand) Bo Berg (formand) Eva Kro\n"
        "Bo Berg bød velkommen.\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert meeting.leader == "Bo Berg"


@pytest.mark.parametrize(
    "line", ["Referent: Eva Kro", "Sekretær: Eva Kro", "Protokolfører Eva Kro"]
)
def test_the_minute_taker_said_in_a_header_line(line):
    meeting = segment(
        f"Referat\nMødedato: 3. maj 2011\n{line}\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert meeting.minute_takers == ["Eva Kro"]


def test_afbud_run_into_an_item_line_is_for_the_meeting():
    people, _ = absences_in_sentences(
        ["3 Udvalget 3. møde : Godkendelse af dagsorden Afbud: Anne Marie Holm 3"], [["x"]]
    )
    assert names(people) == ["Anne Marie Holm"]


def test_one_name_a_line_without_marks():
    meeting = segment(
        "Referat\nDeltagere:\nAnne Holm\nBo Berg\nZaid Qureshi\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Zaid Qureshi"]
    assert meeting.is_unsure("participants")
    assert not meeting.is_unsure("apologies")


def test_prose_after_a_label_is_no_list():
    assert read_roster("Deltagere i mødet var enige om at Anne Holm skulle") is None


def test_names_with_and_without_their_body_after_them():
    meeting = segment(
        "Referat\nDeltagere Anne Holm Aarhus Kommune Bo Berg Region Nord Eva Kro Sekretariat "
        "Tom Hald Sekretariat\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Eva Kro", "Tom Hald"]


@pytest.mark.parametrize(
    "absent",
    [
        "Fraværende: Anne Holm ved punkt 3-5, Bo Berg",
        "Fraværende: Bo Berg og Anne Holm under sag 2",
        # Who came late or left early took part.
        "Afbud: Bo Berg, møder senere Anne Holm.",
        "Afbud: Bo Berg, Anne Holm (kommer kl. 10.30)",
        "Fraværende: Bo Berg; Anne Holm mødte først kl. 11",
        "Afbud: Bo Berg, Anne Holm går kl. 15",
        # Why the member was away, after the name.
        "Afbud fra: Bo Berg som af helbredsgrunde har valgt at udtræde",
        "Afbud: Bo Berg, der var forhindret",
        "Fraværende: Bo Berg pga. sygdom",
    ],
)
def test_away_from_some_items_beside_away_from_the_meeting(absent):
    meeting = segment(
        f"Referat\nMedlemmer: Anne Holm, Bo Berg, Carl Dahl\n{absent}\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Bo Berg"]
    assert "Anne Holm" in names(meeting.participants)


def test_a_run_together_absence_list_with_some_items_only():
    roster = read_roster(
        "Tilstede Anne Holm (A) Bo Berg (V) Carl Dahl (C) Afbud/Fraværende Anne Holm (A) "
        "ved punkt 3-5 Bo Berg (V) Sekretær Eva Kro"
    )
    assert names(roster.apologies) == ["Bo Berg"]
    assert roster.minute_takers == ["Eva Kro"]


def test_the_chair_by_a_title_that_begins_with_formand():
    meeting = segment(
        "Referat\nDeltagere\nAnne Holm, formand for Idrætsrådet\nBo Berg, næstformand\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert meeting.leader == "Anne Holm"


def test_the_leader_and_minute_taker_by_name_only():
    meeting = segment(
        "Referat\nMødeleder: Formand Anne Holm (A)\nReferent: Eva Kro, sekretær\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert meeting.leader == "Anne Holm"
    assert meeting.minute_takers == ["Eva Kro"]


@pytest.mark.parametrize("line", ["Referat: Eva Kro", "Referat ved Eva Kro"])
def test_referat_followed_by_a_name_names_the_minute_taker(line):
    meeting = segment(
        f"Dagsorden\nMødedato: 3. maj 2011\n{line}\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert meeting.minute_takers == ["Eva Kro"]


def test_absences_told_with_who_came_instead_and_who_stayed_away():
    people, substitutes = absences_in_sentences(
        [
            "Anne Holm havde meldt afbud, og Bo Berg deltog i stedet.",
            "Eva Kro havde meldt afbud på selve mødedagen. Tom Hald udeblev uden afbud.",
            "Afbud fra Lis Dahl, Ole Vang, og Rita Sand.",
        ]
    )
    assert names(people) == [
        "Anne Holm",
        "Eva Kro",
        "Tom Hald",
        "Lis Dahl",
        "Ole Vang",
        "Rita Sand",
    ]
    assert [(p.name, p.substitute_for) for p in substitutes] == [("Bo Berg", "Anne Holm")]


@pytest.mark.parametrize(
    "text",
    [
        "Formand Anne Holm (A) Bo Berg (V) Carl Dahl (C)",
        "Anne Holm (A) - Formand Bo Berg (V) Carl Dahl (C)",
        "Anne Holm, formand, Bo Berg, Carl Dahl",
        "Bo Berg (V) Formand Anne Holm (A) Carl Dahl (C)",
    ],
)
def test_the_chair_said_before_or_after_the_name(text):
    roster = read_roster(f"Medlemmer {text}")
    assert roster.leader == "Anne Holm"
    assert sorted(names(roster.participants)) == ["Anne Holm", "Bo Berg", "Carl Dahl"]


def test_referat_followed_by_a_body_names_no_minute_taker():
    meeting = segment("Referat: Byrådet Roskilde\n\n1. Godkendelse\nBeslutning\nGodkendt.\n")
    assert meeting.minute_takers == []


@pytest.mark.parametrize("label", ["Forfald", "Meldt afbud", "Fraværende med afbud", "Ikke mødt"])
def test_more_words_for_sent_apologies(label):
    meeting = segment(
        f"Referat\nDeltagere: Anne Holm, Bo Berg, Eva Kro\n{label}: Eva Kro\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Eva Kro"]
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg"]


def test_guests_and_others_present_in_a_run_together_line():
    roster = read_roster(
        "Mødt Anne Holm (A) Bo Berg (V) Forfald Eva Kro (C) Gæster Tom Hald, Lis Dahl"
    )
    assert names(roster.participants) == ["Anne Holm", "Bo Berg", "Tom Hald", "Lis Dahl"]
    assert names(roster.apologies) == ["Eva Kro"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lægefaglig direktør Bo Berg", "Bo Berg"),
        ("Kommunaldirektør Anne Marie Holm", "Anne Marie Holm"),
        ("Sygeplejefaglig chef Eva Kro", "Eva Kro"),
        ("Anne de Holm", "Anne de Holm"),
        ("Lars C. Jensen", "Lars C. Jensen"),
    ],
)
def test_a_title_before_the_name_comes_off(text, name):
    assert clean_name(text) == name


def test_apologies_one_a_line_with_titles_and_bodies():
    meeting = segment(
        "Referat\nDeltagere:\nDirektør Anne Holm, Aarhus Kommune\nOverlæge Bo Berg, Hospitalet\n"
        "Afbud:\nLægefaglig direktør Eva Kro, Hospitalet\nSundhedschef Tom Hald, Skive Kommune\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Eva Kro", "Tom Hald"]
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg"]


@pytest.mark.parametrize(
    "line",
    [
        "Formanden, Anne Holm, bød velkommen til mødet.",
        "Anne Holm (A) bød velkommen.",
        "Mødet blev åbnet af formand Anne Holm.",
    ],
)
def test_the_leader_said_under_the_first_item(line):
    meeting = segment(
        f"Referat\nDeltagere: Anne Holm, Bo Berg, Eva Kro\n\n1. Velkomst\n{line}\n\n"
        "2. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert meeting.leader == "Anne Holm"


@pytest.mark.parametrize(
    "line", ["Referatet er skrevet af Eva Kro.", "Ref.: Eva Kro", "Referat udarbejdet af Eva Kro"]
)
def test_who_wrote_the_minutes(line):
    meeting = segment(
        f"Referat\nMødedato: 3. maj 2011\n{line}\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert meeting.minute_takers == ["Eva Kro"]


@pytest.mark.parametrize(
    ("line", "takers"),
    [
        ("Referent: Eva Kro (EK)", ["Eva Kro"]),
        ("Referent: Eva Kro, Sekretariatet", ["Eva Kro"]),
        ("Referent: Fuldmægtig Eva Kro, Aarhus Kommune", ["Eva Kro"]),
        ("Referenter: Eva Kro og Tom Hald", ["Eva Kro", "Tom Hald"]),
        ("Referent: EK", ["EK"]),
    ],
)
def test_minute_takers_under_their_label_by_name_only(line, takers):
    meeting = segment(
        f"Referat\nMødedato: 3. maj 2011\n{line}\n\n1. Godkendelse\nBeslutning\nGodkendt.\n"
    )
    assert meeting.minute_takers == takers


def test_one_person_a_bulleted_line_with_or_without_a_title():
    meeting = segment(
        "Referat\nDeltagere:\n• Anne Holm, formand\n• Bo Berg\n• Eva Kro, sekretær\n"
        "Afbud:\n• Tom Hald\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Eva Kro"]
    assert names(meeting.apologies) == ["Tom Hald"]
    assert meeting.leader == "Anne Holm"
    assert meeting.minute_takers == ["Eva Kro"]


def test_a_name_line_then_its_title_line():
    meeting = segment(
        "Referat\nDeltagere\nAnne Holm\nDirektør, Aarhus Kommune\nBo Berg\n"
        "Konsulent, Skive Kommune\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg"]


def test_names_only_with_a_full_stop_after_the_last():
    meeting = segment(
        "Referat\nTil stede: Anne Holm, Bo Berg og Eva Kro. Afbud: Lis Dahl.\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Lis Dahl"]


def test_a_body_after_a_name_is_no_apology():
    meeting = segment(
        "Referat\nAfbud:\nAnne Holm, Aarhus Kommune\nBo Berg, Region Nord\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Anne Holm", "Bo Berg"]


def test_a_substitute_named_after_the_absent_member():
    meeting = segment(
        "Referat\nAfbud: Anne Holm – stedfortræder Bo Berg\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.apologies) == ["Anne Holm"]
    assert [(p.name, p.substitute_for) for p in meeting.participants] == [("Bo Berg", "Anne Holm")]


@pytest.mark.parametrize(
    ("present", "away"),
    [
        ("Deltagere: Mette, Bo, Kasper, Lone", "Afbud: Ulla, Hjalmar"),
        ("Til stede: Mette, Bo, Kasper og Lone", "Fraværende: Ulla og Hjalmar"),
        ("Tilstede:\nMette, Bo, Kasper, Lone", "Afbud:\nUlla, Hjalmar"),
    ],
)
def test_people_named_by_their_given_names_only(present, away):
    meeting = segment(
        f"Referat\n{present}\n{away}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Mette", "Bo", "Kasper", "Lone"]
    assert names(meeting.apologies) == ["Ulla", "Hjalmar"]
    assert meeting.is_unsure("participants")


def test_single_words_that_are_not_given_names_are_no_list():
    assert read_names("Bestyrelsen, Sekretariatet, Direktionen") == []


@pytest.mark.parametrize(
    "groups",
    [
        "Bestyrelsen: Anne Holm, Bo Berg\nObservatører: Eva Kro\nSekretariatet: Lis Dahl",
        "Politikerne: Anne Holm og Bo Berg\nFra kommunen: Eva Kro\nAdministrationen: Lis Dahl",
        "Anne Holm, Bo Berg\nRådgivere: Eva Kro\nSekretariat: Lis Dahl",
    ],
)
def test_a_list_split_by_group_headings(groups):
    meeting = segment(
        f"Referat\nTil stede: {groups}\n\n"
        "Afbud: Regionen: Tom Hald\nKommunerne: Ulf Bak, Per Mo\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Eva Kro", "Lis Dahl"]
    assert names(meeting.apologies) == ["Tom Hald", "Ulf Bak", "Per Mo"]


@pytest.mark.parametrize(
    ("items", "leader", "takers"),
    [
        (
            "1. Valg af mødeleder og ordstyrer\nSusanne mødeleder, Palle ordstyrer\n\n"
            "2. Valg af referent\nVi ønsker en fast referent. Kasper er referent i dag.\n",
            "Susanne",
            ["Kasper"],
        ),
        (
            "1. Valg af dirigent\nSom dirigent valgtes Tove Lind.\n\n"
            "2. Valg af referent\nReferent: Ib Møller\n",
            "Tove Lind",
            ["Ib Møller"],
        ),
        ("1. Valg af ordstyrer - Mette\n\n2. Valg af referent – Kasper\n", "Mette", ["Kasper"]),
        (
            "1. Valg af dirigent og referent\nTove Lind blev valgt som dirigent og Ib Møller "
            "som referent.\n\n2. Godkendelse af dagsorden\nGodkendt.\n",
            "Tove Lind",
            ["Ib Møller"],
        ),
    ],
)
def test_leader_and_minute_taker_elected_under_the_first_items(items, leader, takers):
    meeting = segment(f"Referat\nDeltagere: Anne Holm, Bo Berg, Eva Kro\n\n{items}\n3. Eventuelt\n")
    assert meeting.leader == leader
    assert meeting.minute_takers == takers
    assert meeting.is_unsure("leader") and meeting.is_unsure("minute_takers")


def test_an_item_that_elects_no_one_names_no_leader():
    meeting = segment(
        "Referat\nDeltagere: Anne Holm, Bo Berg\n\n1. Valg af næstformand\nBo Berg blev valgt.\n"
        "\n2. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert meeting.leader == ""


@pytest.mark.parametrize("role", ["(suppleant)", "(stedfortræder)", "(næstformand)"])
def test_a_role_in_brackets_before_the_initials(role):
    meeting = segment(
        f"Referat\nTilstede var: Anne Holm (AH), Bo Berg {role}(BB), Eva Kro (EK) og Ib Dal (ID)."
        "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Eva Kro", "Ib Dal"]


def test_who_missed_one_item_told_after_its_outcome_is_no_apology():
    meeting = segment(
        "Referat\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Budget\nDrøftet.\n\n"
        "Fraværende: Tom Hald (A).\n\n3. Eventuelt\nIntet.\n"
    )
    assert meeting.apologies == []


def test_an_absence_label_opening_the_first_item_is_the_meetings():
    meeting = segment(
        "Referat\n\n1. Fraværende\nFraværende: Tom Hald (A).\n\n2. Budget\nDrøftet.\n"
        "\n3. Eventuelt\nIntet.\n"
    )
    assert names(meeting.apologies) == ["Tom Hald"]


@pytest.mark.parametrize(
    ("item", "decision"),
    [
        (
            "Godkendelse af indkaldte stedfortrædere\nByrådet anmodes om at godkende, at 1. "
            "stedfortræder på liste A, Bo Berg, indkaldes som følge af afbud fra Anne Holm.",
            "Bo Berg og Eva Kro godkendt",
        ),
        (
            "Indkaldelse af suppleant\nBo Berg indkaldes i stedet for Anne Holm, der har forfald.",
            "Bo Berg og Eva Kro blev godkendt.",
        ),
    ],
)
def test_substitutes_approved_under_their_item(item, decision):
    meeting = segment(
        f"Referat\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. {item}\n"
        f"Beslutning\n{decision}\n\n3. Eventuelt\nBeslutning\nIntet.\n"
    )
    assert [(p.name, p.substitute_for) for p in meeting.participants] == [
        ("Bo Berg", "Anne Holm"),
        ("Eva Kro", ""),
    ]
    assert meeting.is_unsure("participants")


@pytest.mark.parametrize(
    "lists",
    [
        "Deltagere: Anne Holm, Bo Berg\nAfbud: Tom Hald (stedfortræder: Ib Dal), Lis Mo",
        "Deltagere: Anne Holm, Bo Berg\nAfbud: Tom Hald, stedfortræder: Ib Dal; Lis Mo",
        "Deltagere: Anne Holm, Bo Berg, Ib Dal (stedfortræder for Tom Hald)\n"
        "Afbud: Tom Hald, Lis Mo",
        "Deltagere: Anne Holm, Bo Berg, Ib Dal, suppleant for Tom Hald\nAfbud: Tom Hald og Lis Mo",
    ],
)
def test_a_substitute_said_with_the_member_stood_in_for(lists):
    meeting = segment(f"Referat\n{lists}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert ("Ib Dal", "Tom Hald") in [(p.name, p.substitute_for) for p in meeting.participants]
    assert names(meeting.apologies) == ["Tom Hald", "Lis Mo"]


@pytest.mark.parametrize(
    "present",
    [
        "Til stede: Anne Holm, Bo Berg, Eva Kro\nog Ib Dal.",
        "Til stede: Anne Holm, Bo Berg, Eva Kro\n\nog Ib Dal.",
        "Tilstede: Anne Holm, Bo Berg, Eva Kro\nog Ib Dal",
    ],
)
def test_the_last_name_after_og_on_a_line_of_its_own(present):
    meeting = segment(
        f"Referat\n{present}\n\nAfbud: Tom Hald\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert names(meeting.participants) == ["Anne Holm", "Bo Berg", "Eva Kro", "Ib Dal"]
