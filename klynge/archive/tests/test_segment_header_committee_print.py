"""Headers as a region's committee system prints them, in the text a PDF extractor gives: one
line per printed line, lists of members with party letters and marks, sentences under the list
about who was away or led the meeting. Made-up texts, and texts that must not be read so."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

ITEMS = "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n2. Eventuelt\nBeslutning\nIntet.\n"

MEMBERS = (
    "Referat\nRegionsrådet\nMødedato: onsdag den 22. februar 2023\nMødetidspunkt: kl. 13.00\n"
    "Mødested: Regionshuset, Tarmbyvej 40, 8600 Tarmby\nMedlemmer:\n"
    "Karen Vestergaard (A) (formand)\nPeter Bundgaard (V) (næstformand)\nLise Ahlgren (F)\n"
    "Ulrik Sandholm (A) (stedfortræder for Hanne Korsgaard)\n"
)


def _people(people) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in people]


def test_a_role_after_the_party_letters_is_the_title() -> None:
    meeting = segment(MEMBERS + ITEMS)
    assert _people(meeting.participants)[:3] == [
        ("Karen Vestergaard", "formand"),
        ("Peter Bundgaard", "næstformand"),
        ("Lise Ahlgren", ""),
    ]
    assert meeting.participants[3].substitute_for == "Hanne Korsgaard"


def test_sentences_under_the_list_say_who_was_away_and_who_led() -> None:
    meeting = segment(
        MEMBERS + "Alle medlemmer var mødt undtagen Hanne Korsgaard (A) og Ole Tvilum (V).\n"
        "Mødet blev ledet af Karen Vestergaard.\n" + ITEMS
    )
    assert [p.name for p in meeting.participants] == [
        "Karen Vestergaard",
        "Peter Bundgaard",
        "Lise Ahlgren",
        "Ulrik Sandholm",
    ]
    assert _people(meeting.apologies) == [("Hanne Korsgaard", ""), ("Ole Tvilum", "")]
    assert meeting.leader == "Karen Vestergaard"
    assert meeting.is_unsure("apologies")
    # Both sentences were read: no unplaced text for the secretary to check.
    assert meeting.unplaced_text == ""


def test_a_sentence_the_reader_cannot_read_stays_unplaced() -> None:
    meeting = segment(MEMBERS + "Alle medlemmer var mødt.\nMødet blev holdt i kantinen.\n" + ITEMS)
    assert "Mødet blev holdt i kantinen." in meeting.unplaced_text
    assert not meeting.apologies


def test_a_member_with_a_long_title_in_lower_case_stays_in_the_list() -> None:
    meeting = segment(
        "Referat\nUdvalget\nMødedato: 3. maj 2023\nDeltagere:\n"
        "Anne Holm, direktør for sundhed og omsorg i Nordby Kommune\n"
        "Bo Berg, afdelingschef undtagen for psykiatrien\n" + ITEMS
    )
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg"]
    assert not meeting.apologies


def test_a_leader_said_of_another_than_the_one_read_stays_unplaced() -> None:
    meeting = segment(
        "Referat\nUdvalget\nMødedato: 3. maj 2023\nMødeleder: Anne Holm\nDeltagere:\n"
        "Anne Holm\nBo Berg\nEva Kro\nMødet blev ledet af Bo Berg.\n" + ITEMS
    )
    assert meeting.leader == "Anne Holm"
    assert "Mødet blev ledet af Bo Berg." in meeting.unplaced_text


def test_date_time_and_place_stacked_without_labels() -> None:
    meeting = segment(
        "REGION NORDVANG\nReferat\nUdvalg for Psykiatri\nMøde den 12. september 2023\n"
        "Kl. 14:00 til 16:30\ni Mødelokale Fjorden, Regionshuset Vangby\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-09-12", "14:00", "16:30")
    assert meeting.location == "Mødelokale Fjorden, Regionshuset Vangby"
    assert meeting.is_unsure("location")
    assert "Mødelokale Fjorden" not in meeting.unplaced_text
    # "Møde den", "til": words no field holds, so the lines stay where the secretary sees them.
    assert "Møde den 12. september 2023\nKl. 14:00 til 16:30" in meeting.unplaced_text


def test_date_and_time_lines_that_say_nothing_else_are_no_unplaced_text() -> None:
    meeting = segment(
        "Referat\nUdvalg for Psykiatri\ntirsdag 12. september 2023\nkl. 14.00-16.30\n"
        "Regionshuset Vangby, Fjordvej 3, 7100 Vangby\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-09-12", "14:00", "16:30")
    assert meeting.location == "Regionshuset Vangby, Fjordvej 3, 7100 Vangby"
    assert meeting.unplaced_text == ""


def test_an_address_with_its_postcode_under_the_date_line_is_the_place() -> None:
    meeting = segment(
        "Beslutningsprotokol\nSundhedsklyngeforum Vestdal\n"
        "torsdag den 16. november 2023 kl. 13.00-15.30\n"
        "Sygehus Vestdal, Auditoriet, Parkvej 12, 8830 Birkum\n" + ITEMS
    )
    assert meeting.location == "Sygehus Vestdal, Auditoriet, Parkvej 12, 8830 Birkum"
    assert (meeting.start_time, meeting.end_time) == ("13:00", "15:30")
    assert "Parkvej" not in meeting.unplaced_text


def test_a_date_line_that_says_more_stays_unplaced() -> None:
    meeting = segment(
        "Referat\nUdvalget\nUdsendt til medlemmerne den 2. maj 2023\n"
        "Deltagere: Anne Holm, Bo Berg\n" + ITEMS
    )
    assert meeting.date == "2023-05-02"
    assert "Udsendt til medlemmerne den 2. maj 2023" in meeting.unplaced_text


def test_a_time_line_with_more_under_the_date_is_no_time_line() -> None:
    meeting = segment(
        "Referat\nUdvalget\nMøde den 12. september 2023\n"
        "Kl. 14:00 holdt formanden oplæg for pressen\n" + ITEMS
    )
    assert meeting.start_time is None
    assert "holdt formanden oplæg" in meeting.unplaced_text


def test_the_forum_named_in_the_title_sentence() -> None:
    meeting = segment(
        "Referat fra mødet i Forretningsudvalget den 14. februar 2023 kl. 09.00 i Regionshuset\n"
        "Hessel, mødelokale 1\nTil stede:\nAnders Fjeldsø, formand\nTove Hinrichsen\n" + ITEMS
    )
    assert (meeting.title, meeting.forum) == ("Forretningsudvalget", "Forretningsudvalget")
    assert (meeting.date, meeting.start_time) == ("2023-02-14", "09:00")
    # The place wrapped onto the next printed line.
    assert meeting.location == "Regionshuset Hessel, mødelokale 1"
    assert "Hessel" not in meeting.unplaced_text


def test_a_line_of_names_under_the_title_sentence_is_no_place() -> None:
    meeting = segment(
        "Referat af mødet i Ældrerådet den 7. juni 2023 i Rådhuset\n"
        "Anne Holm, Bo Berg, Eva Kro\n" + ITEMS
    )
    assert meeting.title == "Ældrerådet"
    assert meeting.location == "Rådhuset"


def test_the_forum_under_the_kind_not_the_letterhead_or_the_running_head() -> None:
    for top in ("REGION NORDVANG", "Regionsrådet Side 1 af 4", "Vangby Kommune"):
        meeting = segment(
            f"{top}\nReferat\nUdvalg for Psykiatri og Social\nMødedato: 12. september 2023\n"
            + ITEMS
        )
        assert meeting.forum == "Udvalg for Psykiatri og Social", top
        assert top in meeting.unplaced_text


def test_a_forum_above_the_kind_is_still_read() -> None:
    meeting = segment("Regionsrådet\nReferat\nMødedato: 25. januar 2023\n" + ITEMS)
    assert meeting.forum == "Regionsrådet"


HEADER_TIMES = "Referat\nRegionsrådet\nMødedato: 25. januar 2023\nMødetidspunkt: 13:00 - 16:30\n"


def test_the_closing_line_tells_when_the_meeting_ended() -> None:
    meeting = segment(HEADER_TIMES + ITEMS + "Mødet sluttede kl. 15.40\n")
    assert (meeting.start_time, meeting.end_time) == ("13:00", "15:40")


def test_another_meeting_ending_in_the_case_text_is_not_this_ones_end() -> None:
    meeting = segment(
        HEADER_TIMES + ITEMS.replace("Intet.", "Mødet i styregruppen sluttede kl. 15.00.")
    )
    assert meeting.end_time == "16:30"


COUNCIL_SENTENCES = (
    "Regionsrådet\n"
    "Referat af ordinært møde onsdag den 21. juni 2023 kl. 17.00 i Regionsrådssalen,\n"
    "Regionshuset Ravnsø\n"
    "Til stede: Karen Vestergaard (A), Peter Bundgaard (V), Lise Ahlgren (F), Jonas Melby (C),\n"
    "Ulrik Sandholm (A).\n"
    "Fraværende med afbud: Hanne Korsgaard (A), Ole Tvilum (V).\n"
    "Som stedfortrædere deltog Ib Kjærgaard (A) for Hanne Korsgaard og Vibeke Lund (V) for Ole "
    "Tvilum.\nFormand Karen Vestergaard ledede mødet.\n"
)


def test_a_council_header_told_in_sentences() -> None:
    meeting = segment(COUNCIL_SENTENCES + ITEMS)
    assert meeting.forum == "Regionsrådet"  # the sentence names no forum: the line above does
    assert meeting.location == "Regionsrådssalen, Regionshuset Ravnsø"
    assert meeting.leader == "Karen Vestergaard"
    assert [p.name for p in meeting.apologies] == ["Hanne Korsgaard", "Ole Tvilum"]
    stood_in = {p.name: p.substitute_for for p in meeting.participants if p.substitute_for}
    assert stood_in == {"Ib Kjærgaard": "Hanne Korsgaard", "Vibeke Lund": "Ole Tvilum"}
    assert meeting.unplaced_text == ""


def test_substitutes_named_without_for_are_no_pairs() -> None:
    meeting = segment(
        COUNCIL_SENTENCES.replace(
            "Som stedfortrædere deltog Ib Kjærgaard (A) for Hanne Korsgaard og Vibeke Lund (V) "
            "for Ole Tvilum.",
            "Som stedfortrædere deltog Ib Kjærgaard og Vibeke Lund.",
        )
        + ITEMS
    )
    assert not any(p.substitute_for for p in meeting.participants)
    assert "Ib Kjærgaard" not in [p.name for p in meeting.apologies]
    assert {"Ib Kjærgaard", "Vibeke Lund"} <= {p.name for p in meeting.participants}


def test_no_one_absent_and_groups_named_with_a_colon() -> None:
    meeting = segment(
        "Referat\nKontaktudvalget\nMødedato: 5. september 2023\nDeltagere:\nBirkum Kommune:\n"
        "Anne Kvist, borgmester\nLars Ravn, direktør\nFraværende: Ingen\n" + ITEMS
    )
    assert [(p.name, p.organisation) for p in meeting.participants] == [
        ("Anne Kvist", "Birkum Kommune"),
        ("Lars Ravn", "Birkum Kommune"),
    ]
    assert not meeting.apologies
    assert meeting.unplaced_text == ""  # "Ingen" was read: no one


def test_a_list_run_on_over_printed_lines_breaks_no_name() -> None:
    meeting = segment(
        "Referat\nSundhedsstyregruppen\nDato: 3. marts 2023\n"
        "Deltagere: Lone Abildgaard (formand), Sygehus Vestdal, Jesper Nørgaard, "
        "Birkum Kommune, Mette\n"
        "Krag, Farsø Kommune, Aksel Thune, PLO Vestdal\nAfbud: Ole Brask\nIngen stedfortrædere\n"
        + ITEMS
    )
    assert [p.name for p in meeting.participants] == [
        "Lone Abildgaard",
        "Jesper Nørgaard",
        "Mette Krag",
        "Aksel Thune",
    ]
    assert [p.name for p in meeting.apologies] == ["Ole Brask"]
    assert "Ingen stedfortrædere" not in meeting.unplaced_text


def test_one_member_a_line_with_commas_is_not_run_together() -> None:
    meeting = segment(
        "Referat\nUdvalget\nDato: 3. marts 2023\nDeltagere:\n"
        "Anne Holm, direktør, Nordby Kommune\nBo Berg, konsulent, Sydby Kommune\n" + ITEMS
    )
    assert [(p.name, p.organisation) for p in meeting.participants] == [
        ("Anne Holm", "Nordby Kommune"),
        ("Bo Berg", "Sydby Kommune"),
    ]


def test_a_numeric_date_after_d_leaves_nothing_unplaced() -> None:
    meeting = segment(
        "Mødereferat\nStyregruppen\nMødedato: Torsdag d. 14.09.2023\n"
        "Tidspunkt: Kl. 08.30 til 10.30\nSted: Microsoft Teams\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-09-14", "08:30", "10:30")
    assert meeting.location == "Microsoft Teams"
    assert meeting.unplaced_text == ""


def test_an_absence_sentence_with_the_name_first_is_read_and_not_unplaced() -> None:
    meeting = segment(
        "Referat\nUdvalget\nMødedato: 3. maj 2023\nDeltagere: Anne Holm, Bo Berg, Eva Kro\n"
        "Sine Holm havde meldt forfald.\n"
        "Stedfortræder Ib Dal mødte for Tom Hald, der havde forfald.\n"
        "Kaffen blev serveret i kantinen.\n" + ITEMS
    )
    assert {p.name for p in meeting.apologies} == {"Sine Holm", "Tom Hald"}
    assert ("Ib Dal", "Tom Hald") in [(p.name, p.substitute_for) for p in meeting.participants]
    assert meeting.unplaced_text == "Kaffen blev serveret i kantinen."


@pytest.mark.parametrize("label", ["Udvalg", "Forum", "Mødeforum", "Møde"])
def test_a_forum_label_under_the_documents_kind_names_the_forum(label: str) -> None:
    meeting = segment(
        f"Referat\n{label}: Sundhedsudvalget\nMødedato: 14. marts 2026\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert (meeting.title, meeting.forum) == ("Sundhedsudvalget", "Sundhedsudvalget")
    assert "Sundhedsudvalget" not in meeting.unplaced_text
