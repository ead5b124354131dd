"""A numbered heading run into its recommendation, and an index line that swallowed entries."""

from __future__ import annotations

import pytest

from klynge.archive.importer.reline import cut_run_together
from klynge.archive.importer.segment import segment

_FILLER = " Tekst om sagen." * 20


@pytest.mark.parametrize(
    "who",
    ["Sekretariatet indstiller", "Social- og Sundhedsforvaltningen indstiller", "Det indstilles"],
)
def test_a_heading_is_cut_from_the_recommendation_run_into_it(who):
    lines = cut_run_together(
        f"1. Godkendelse af dagsordenen {who}, at udvalget godkender.{_FILLER}"
    )
    assert lines[0] == "1. Godkendelse af dagsordenen"
    assert lines[1].startswith(f"{who}, at udvalget")


def test_a_recommendation_inside_prose_is_not_cut():
    line = f"Medicinrådet 3. møde : Referat Det indstilles, at rådet godkender.{_FILLER}"
    assert not any(piece.startswith("Det indstilles") for piece in cut_run_together(line))


def test_an_index_whose_line_swallowed_two_entries_still_reads_as_one_index():
    meeting = segment(
        "Referat\nMødedato: 27. januar 2017\n\nIndholdsfortegnelse\n1. Godkendelse af dagsordenen\n"
        "2. Strategi Opfølgning på turismemøde Økonomi\n5. Open Data\n6. Eventuelt\n\n"
        "1. Godkendelse af dagsordenen\nSagsfremstilling\nTekst.\n\n"
        "5. Open Data\nSagsfremstilling\nTekst om data.\n"
    )
    # The two titles whose numbers were lost are items too, numbered as printed: not at all.
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsordenen"),
        (2, "Strategi"),
        (None, "Opfølgning på turismemøde"),
        (None, "Økonomi"),
        (5, "Open Data"),
        (6, "Eventuelt"),
    ]
    assert meeting.items[2].is_unsure("title")
    assert meeting.items[0].case_text == "Tekst."


def test_a_self_naming_title_lost_its_number_inside_an_index_line():
    meeting = segment(
        "Referat\nMødedato: 26. januar 2025\n\n"
        "1. Velkomst 2. Budget 3. Overgangen mellem version 0.7 og Evt. 5. Næste møde\n\n"
        "2. Budget\nSagsfremstilling\nTekst.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Velkomst"),
        (2, "Budget"),
        (3, "Overgangen mellem version 0.7 og"),
        (None, "Evt."),
        (5, "Næste møde"),
    ]


@pytest.mark.parametrize(
    ("printed", "title"),
    [("Evt.", "Evt."), ("Tilskud til foreninger mv.", "Tilskud til foreninger mv."),
     ("Budget 2026.", "Budget 2026"), ("Eventuelt:", "Eventuelt")],
)  # fmt: skip
def test_a_title_keeps_the_full_stop_of_an_abbreviation_only(printed, title):
    meeting = segment(f"Referat\n\n1. Velkomst\n\nBeslutning\nGodkendt.\n\n2. {printed}\n\nIntet.")
    assert meeting.items[1].title == title
