"""A programme of unnumbered items led by their times (readings.timed_reading), made-up texts."""

from __future__ import annotations

from klynge.archive.importer.segment import segment


def test_a_programme_led_by_time_ranges_gives_unnumbered_items_with_times():
    text = (
        "Dagsorden\nSundhedsklyngen 3. marts 2025\n\n10.00-10.15 Velkomst v/ formanden\n"
        "Formanden byder velkommen.\n10.15-11.00 Status på sundhedsaftalen\n"
        "11.00-11.30 Eventuelt\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title, i.start_time, i.end_time) for i in meeting.items] == [
        (None, "Velkomst", "10:00", "10:15"),
        (None, "Status på sundhedsaftalen", "10:15", "11:00"),
        (None, "Eventuelt", "11:00", "11:30"),
    ]
    assert meeting.items[0].presenter == "formanden"
    assert all(item.is_unsure("title") for item in meeting.items)


def test_times_that_do_not_rise_are_no_programme():
    text = (
        "Referat\n\n1. Budget\n\nSagsfremstilling\n10.00 Mødet begyndte.\n"
        "09.30 Formanden kom.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert [(i.number, i.title) for i in segment(text).items] == [(1, "Budget"), (2, "Eventuelt")]


def test_numbered_headings_with_times_keep_their_numbers():
    text = "Dagsorden\n\n1. Velkomst (10.00-10.15)\n2. Status (10.15-11.00)\n3. Eventuelt (11.00)\n"
    assert [i.number for i in segment(text).items] == [1, 2, 3]
