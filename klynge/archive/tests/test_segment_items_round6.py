"""Item headings in forms a third development set showed (sixth round), made-up texts: a time
in a run-together header is never a numbered heading glued on after a colon."""

from __future__ import annotations

import pytest

from klynge.archive.importer.reline import reline


@pytest.mark.parametrize(
    "line",
    [
        "BYRÅDET. REFERAT Teknisk udvalg. Mødedato: Tirsdag den Mødetidspunkt: 09:30. "
        "Sted: Mødelokale 2, Rådhuset.",
        "Dato: 4. marts 2025 Tidspunkt: 16:00. Mødested: Kulturhuset, sal B.",
        "1 Mødedato:. Mødetidspunkt: 13:15. Sted: Byrådssalen. Møde slut: 15:45 Afbud: Bo Berg.",
    ],
)
def test_a_time_before_a_label_is_no_heading(line):
    lines = reline([line])
    assert not any(piece.startswith(("00.", "30.", "15.")) for piece in lines)
    times = ("09:30", "16:00", "13:15")
    assert any(piece.rstrip(".").endswith(times) for piece in lines), lines
    assert any(piece.startswith(("Sted:", "Mødested:")) for piece in lines)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Punkter til behandling:1. Godkendelse af dagsorden", "1. Godkendelse af dagsorden"),
        ("Eventuelt2. Orientering fra formanden", "2. Orientering fra formanden"),
    ],
)
def test_a_heading_glued_on_a_word_or_colon_is_still_cut(line, heading):
    assert heading in reline([line])


def test_the_end_of_the_meeting_is_a_label_of_its_own():
    line = (
        "Mødedato: 4. marts 2025. Mødetidspunkt: 08:00. Sted: Rådhuset. "
        "Møde slut: 14:00 Afbud: Bo Berg."
    )
    assert "Møde slut: 14:00" in reline([line])
