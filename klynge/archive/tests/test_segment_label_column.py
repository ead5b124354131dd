"""Header labels printed in a column, their values after all of them (a flattened two-column
header): the values are dealt back to the labels in order, by what each label takes."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n"


def _names(people: list) -> list[str]:
    return [person.name for person in people]


def test_place_names_none_and_minute_taker_after_four_labels() -> None:
    meeting = segment(
        "Referat\nMødedato: Torsdag den 4. marts 2021\nMødetidspunkt: 16:00-18:00\n"
        "Mødested:\nDeltagere:\nFraværende:\nReferent: Byrådssalen, det nye rådhus Anne Holm, "
        "Bo Dal, Kaj Berg Ingen Ida Lund" + ITEMS
    )
    assert meeting.location == "Byrådssalen, det nye rådhus"
    assert _names(meeting.participants) == ["Anne Holm", "Bo Dal", "Kaj Berg"]
    assert meeting.apologies == []
    assert meeting.minute_takers == ["Ida Lund"]
    assert meeting.is_unsure("location")


def test_names_then_one_apology_then_an_address() -> None:
    meeting = segment(
        "Dagsorden for møde i bestyrelsen\nDeltagere:\nAfbud:\nMødested: Lone Vang, Per Bak, "
        "Jens Otto Holm, Mette Lise Krogh Hans Bech, Foreningens hus Havnevej 4, 8000 Aarhus C"
        + ITEMS
    )
    assert _names(meeting.participants) == [
        "Lone Vang", "Per Bak", "Jens Otto Holm", "Mette Lise Krogh",
    ]  # fmt: skip
    assert _names(meeting.apologies) == ["Hans Bech"]
    assert meeting.location == "Foreningens hus Havnevej 4, 8000 Aarhus C"


def test_date_and_place_after_labels_whose_times_were_lost() -> None:
    meeting = segment(
        "Referat\nDato: Starttidspunkt for møde: Kl Sluttidspunkt for møde: Kl\n"
        "Mødested: Udsendelsesdato:\nAfbud fra: Tirsdag den 3-feb-2004 Byrådets mødesal\n"
        "Fraværende: Ingen.\nMødedeltagere: Anne Holm, Bo Dal, Kaj Berg" + ITEMS
    )
    assert meeting.date == "2004-02-03"
    assert meeting.start_time is None
    assert meeting.location == "Byrådets mødesal"
    assert meeting.apologies == []
    assert _names(meeting.participants) == ["Anne Holm", "Bo Dal", "Kaj Berg"]


@pytest.mark.parametrize(
    ("header", "place"),
    [
        # Each label with its own value: nothing is dealt.
        ("Referat\nMødested: Rådhuset\nDeltagere: Anne Holm, Bo Dal\nAfbud: Kaj Berg", "Rådhuset"),
        # One empty label only: the value after it is the next label's own.
        ("Referat\nDato: 4. marts 2021\nMødested:\nAfbud: Kaj Berg", ""),
    ],
)
def test_labels_with_their_own_values_are_not_a_column(header: str, place: str) -> None:
    meeting = segment(header + ITEMS)
    assert meeting.location == place
    assert _names(meeting.apologies) == ["Kaj Berg"]
    assert not meeting.is_unsure("location")
