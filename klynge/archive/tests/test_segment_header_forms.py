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
