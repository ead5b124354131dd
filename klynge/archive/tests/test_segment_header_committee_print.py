"""Headers as a region's committee system prints them, in the text a PDF extractor gives: one
line per printed line, lists of members with party letters and marks, sentences under the list
about who was away or led the meeting. Made-up texts, and texts that must not be read so."""

from __future__ import annotations

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
