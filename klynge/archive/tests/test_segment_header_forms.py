"""Header fields as labels, labels alone on a line, and sentences; meeting times in the text."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n"


@pytest.mark.parametrize(
    ("header", "when", "place"),
    [
        (
            "Referat\nMødedato: 21-08-2012 kl. 14:00 - 16:00\nMødested: Rådhuset, lokale 2",
            ("2012-08-21", "14:00", "16:00"),
            "Rådhuset, lokale 2",
        ),
        (
            "UDVALG\n\nSundhedsudvalget\n\nSTED\n\nRådssalen\n\nSTARTTIDSPUNKT\n\n"
            "07-03-2017 17:00:00\n\nSLUTTIDSPUNKT\n\n07-03-2017 20:00:00",
            ("2017-03-07", "17:00", "20:00"),
            "Rådssalen",
        ),
        (
            "Referat til mødet i Sundhedsudvalget den 1. februar 2023 kl. 09:00 i Herning",
            ("2023-02-01", "09:00", None),
            "Herning",
        ),
        (
            "Referat\ntil\nmødet i Udvalget\nden 8. november 2016 kl. 08:30\n"
            "i Centralbiblioteket, Mødelokale A\nMødet hævet kl. 13.03",
            ("2016-11-08", "08:30", "13:03"),
            "Centralbiblioteket, Mødelokale A",
        ),
        (
            "Referat\nUdvalget\nTidspunkt og sted: Hotel Odeon, Odeons Kvarter 1 (15.45-18.00)\n"
            "Onsdag den 15. januar 2020",
            ("2020-01-15", "15:45", "18:00"),
            "Hotel Odeon, Odeons Kvarter 1",
        ),
        (
            "Dagsorden\nRegionsrådet\nMandag, 11 januar, 2021 - 19:00\nSted: Byrådssalen\n"
            "Dagsordenpunkter",
            ("2021-01-11", "19:00", None),
            "Byrådssalen",
        ),
    ],
)
def test_when_and_where(header, when, place):
    meeting = segment(header + ITEMS)
    assert (meeting.date, meeting.start_time, meeting.end_time) == when
    assert meeting.location == place


def test_meeting_times_in_a_decision():
    meeting = segment(
        "Referat\nDen 12.05.2020\n\n1. Godkendelse af dagsorden\n\nBeslutning\n"
        "Udvalgsmødet begyndte kl. 12.30 og sluttede kl. 13.45\n\n2. Eventuelt\n"
    )
    assert (meeting.start_time, meeting.end_time) == ("12:30", "13:45")


def test_month_first_date():
    meeting = segment("Referat\nDato: Torsdag, Marts 3, 2016 - 08:00\n" + ITEMS)
    assert (meeting.date, meeting.start_time) == ("2016-03-03", "08:00")


@pytest.mark.parametrize(
    ("header", "when", "place"),
    [
        # Labels run together on one line, without their colons.
        (
            "Referat Sundhedsudvalget Ordinært møde Dato 3. marts 2019 Tid 16:00 Sted Rådhuset, "
            "mødelokale 2 Fraværende Ingen Medlemmer Anne Holm (A) Bo Berg (V) Eva Lund (C)",
            ("2019-03-03", "16:00", None),
            "Rådhuset, mødelokale 2",
        ),
        # "Kl" without its time, the place after it up to the next label.
        (
            "BESLUTNINGER UDVALGET Onsdag den 4. maj 2016 Kl Amtsgården, lokale 3 Møde nr. 4 "
            "Medlemmer: Anne Holm (A) Bo Berg (V)",
            ("2016-05-04", None, None),
            "Amtsgården, lokale 3",
        ),
        (
            'Bestyrelsesmøde 12. marts 2018 kl. 13.00, Havnevej 4 "Lokale 2"\nReferat',
            ("2018-03-12", "13:00", None),
            'Havnevej 4 "Lokale 2"',
        ),
        # The kind after the meeting's name; time and place on the next line.
        (
            "Ældrerådet – Referat 2. april 2020\n\n14:00 Teams",
            ("2020-04-02", "14:00", None),
            "Teams",
        ),
        ("Udvalgets møde den 3. marts 2021\n\nRådssalen kl. 09.00\n\nReferat", None, "Rådssalen"),
        # A transcript's page number and the letter's date before the meeting's.
        (
            "1 2. juli 2012 Referat fra møde i Kontaktudvalget den 20. juni 2012 i Foreningshuset,"
            " Østergade 3, 8000 Aarhus C Tilstede: Anne Holm, Bo Berg",
            ("2012-06-20", None, None),
            "Foreningshuset, Østergade 3, 8000 Aarhus C",
        ),
        (
            "15. juni 2010 Referat fra møde i Udvalget den 31. maj 2010 i Huset, Vej 13",
            ("2010-05-31", None, None),
            "Huset, Vej 13",
        ),
        # A labelled place beats the one in a sentence.
        (
            "Referat af møde i Rådet den 4. maj 2022 i Forvaltningen\n"
            "Tidspunkt og sted: Hotel Nord, Havnegade 1 (10.00-12.00)",
            ("2022-05-04", "10:00", "12:00"),
            "Hotel Nord, Havnegade 1",
        ),
        # Two labels stacked, their values below in the same order.
        (
            "Dagsorden\nDato:\nSted:\n04-05-2016 09:00\nRådhuset, Torvet 1",
            ("2016-05-04", "09:00", None),
            "Rådhuset, Torvet 1",
        ),
    ],
)
def test_place_on_the_date_line_and_near_it(header, when, place):
    meeting = segment(header + ITEMS)
    if when:
        assert (meeting.date, meeting.start_time, meeting.end_time) == when
    assert meeting.location == place


def test_a_sentence_before_the_date_is_no_place():
    meeting = segment("Referat\nTirsdag den 5. maj 2020 Sundhedsudvalget\n" + ITEMS)
    assert meeting.location == ""


def test_the_date_of_the_first_decision_when_the_header_has_none():
    meeting = segment(
        "Udvalget - mødesager\n\n1. Godkendelse af dagsorden\n\n"
        "Udvalgets beslutning den 8. november 2022:\n\nGodkendt.\n\n2. Eventuelt\n"
    )
    assert meeting.date == "2022-11-08"
    assert meeting.confidence["date"] == "unsure"


def test_a_date_alone_on_a_line_when_nothing_else_gives_one():
    meeting = segment("Sundhedsudvalget\n\n14-03-2023\n\nMedlemmer\n" + ITEMS)
    assert meeting.date == "2023-03-14"
    assert meeting.confidence["date"] == "unsure"


def test_secretary_and_absent_label_in_a_run():
    meeting = segment(
        "Udvalget Tirsdag den 10. marts 2009, kl. 13:00 i udvalgsværelse 1 Åbent møde Tilstede "
        "Anne Holm (V) Bo Berg (O) Afbud/Fraværende Eva Lund (A) Sekretær Carl Dahl" + ITEMS
    )
    assert meeting.location == "udvalgsværelse 1"
    assert [p.name for p in meeting.apologies] == ["Eva Lund"]
    assert meeting.minute_takers == ["Carl Dahl"]


def test_place_column_read_before_the_people_column():
    meeting = segment(
        "Referat fra Udvalget Mødedato: Mandag den 6. oktober 2014 Mødetidspunkt: 9:30-11:00 "
        "Mødested: Deltagere: Rådhusets mødelokale 2 Anne Holm (V), Bo Berg (C), Eva Lund (A)"
        + ITEMS
    )
    assert meeting.location == "Rådhusets mødelokale 2"
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Bo Berg", "Eva Lund"]
    assert (meeting.start_time, meeting.end_time) == ("09:30", "11:00")


@pytest.mark.parametrize(
    ("after", "place"),
    [("Skype", "Skype"), ("Rådhuset, lokale 2", "Rådhuset, lokale 2"), ("Dagsordenspunkter", "")],
)
def test_a_short_line_alone_after_the_date_and_time_is_the_place(after, place):
    meeting = segment(f"Referat\nÆldrerådet\n23-03-2021 kl. 09:30\n{after}\n" + ITEMS)
    assert meeting.location == place


def test_a_date_and_time_line_is_no_title():
    meeting = segment(
        "Beslutningsprotokol\n\nonsdag den 7. november 2018 kl. 15:30\n\n"
        "Mødested: Lokale 425\nUdvalg: Social- og Sundhedsudvalget\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time) == ("2018-11-07", "15:30")
    assert "2018" not in meeting.title


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Meldt afbud", "apologies"),
        ("Ikke mødt", "apologies"),
        ("Fremmødte", "participants"),
        ("Øvrige deltagere", "participants"),
    ],
)
def test_people_labels_read_alike_on_their_own_line_and_in_a_run(label, kind):
    """One table of people labels serves a header read line by line and one run together."""
    on_lines = segment(
        f"Referat\nMødedato: 6. oktober 2014 kl. 9:30\nDeltagere: Anne Holm\n{label}: Bo Berg"
        + ITEMS
    )
    in_a_run = segment(
        "Referat Mødedato: 6. oktober 2014 kl. 9:30 Tilstede Anne Holm (V) "
        f"{label} Bo Berg (O)" + ITEMS
    )
    for meeting in (on_lines, in_a_run):
        assert "Bo Berg" in [p.name for p in getattr(meeting, kind)]
        assert "Anne Holm" in [p.name for p in meeting.participants]


def test_guests_in_a_run_are_participants_but_a_guests_line_is_not_read_as_a_list():
    in_a_run = segment(
        "Referat Mødedato: 6. oktober 2014 kl. 9:30 Tilstede Anne Holm (V) Bo Berg (O) "
        "Gæster: Eva Lund" + ITEMS
    )
    assert [p.name for p in in_a_run.participants] == ["Anne Holm", "Bo Berg", "Eva Lund"]
    on_lines = segment(
        "Referat\nMødedato: 6. oktober 2014 kl. 9:30\nDeltagere: Anne Holm, Bo Berg\n"
        "Gæster: a) Økonomichef Eva Lund kl Tema: Budget" + ITEMS
    )
    assert [p.name for p in on_lines.participants] == ["Anne Holm", "Bo Berg"]
