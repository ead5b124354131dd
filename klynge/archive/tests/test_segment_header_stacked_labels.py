"""A header table's label column printed before its value column, as a PDF extractor gives it:
"Mødedato" / "Mødested" / "Deltagere" each alone on a line, then the values in the same order.
Made-up texts, and texts whose values must not be dealt so."""

from __future__ import annotations

from klynge.archive.importer.label_column import deal_stacked_labels
from klynge.archive.importer.segment import segment

ITEMS = "1. Meddelelser\nBeslutning\nTaget til efterretning.\n2. Eventuelt\nBeslutning\nIntet.\n"
LABELS = "Referat\nUdvalget for Nære Sundhedstilbud\nMødedato\nMødetidspunkt\nMødested\nDeltagere\n"


def test_values_after_the_labels_are_dealt_back_in_order() -> None:
    meeting = segment(
        LABELS + "Fraværende\nonsdag den 8. marts 2023\nkl. 14.00-16.00\n"
        "Regionsgården, Lyngbakken 4, 7410 Hessel, lokale Birk\n"
        "Anders Fjeldsø (formand), Tove Hinrichsen (næstformand), Palle Grynderup,\n"
        "Ingrid Maaløe, Svend Aage Kronborg\nRikke Sandvad\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-03-08", "14:00", "16:00")
    assert meeting.location == "Regionsgården, Lyngbakken 4, 7410 Hessel, lokale Birk"
    assert [p.name for p in meeting.participants] == [
        "Anders Fjeldsø",
        "Tove Hinrichsen",
        "Palle Grynderup",
        "Ingrid Maaløe",
        "Svend Aage Kronborg",
    ]
    assert [p.name for p in meeting.apologies] == ["Rikke Sandvad"]
    assert meeting.participants[0].title == "formand"
    # Where one value ends and the next begins is read from the layout: the secretary checks.
    assert meeting.is_unsure("location") and meeting.is_unsure("participants")
    assert "Rikke Sandvad" not in meeting.unplaced_text


def _kind(line: str) -> str | None:
    return {"Mødedato": "date", "Mødested": "place", "Deltagere": "participants"}.get(line)


def _lines(*texts: str) -> list[tuple[int, str]]:
    return list(enumerate(texts))


def test_a_column_with_a_value_missing_is_not_dealt() -> None:
    lines = _lines("Mødedato", "Mødested", "Deltagere", "8. marts 2023", "Rådhuset", "1. Velkomst")
    assert deal_stacked_labels(lines, _kind) == (lines, False)


def test_a_value_of_the_wrong_kind_is_not_dealt() -> None:
    lines = _lines("Mødedato", "Mødested", "Deltagere", "Rådhuset", "8. marts 2023", "Anne Holm")
    assert deal_stacked_labels(lines, _kind) == (lines, False)


def test_two_labels_are_no_column() -> None:
    lines = _lines("Mødedato", "Mødested", "8. marts 2023", "Rådhuset")
    assert deal_stacked_labels(lines, _kind) == (lines, False)


def test_a_wrapped_list_of_names_is_one_value() -> None:
    lines = _lines(
        "Mødedato",
        "Mødested",
        "Deltagere",
        "8. marts 2023",
        "Rådhuset",
        "Anne Holm, Bo Berg,",
        "Eva Kro",
        "Dagsorden",
    )
    dealt, any_dealt = deal_stacked_labels(lines, _kind)
    assert any_dealt
    assert dealt == [
        (0, "Mødedato: 8. marts 2023"),
        (1, "Mødested: Rådhuset"),
        (2, "Deltagere: Anne Holm, Bo Berg, Eva Kro"),
        (7, "Dagsorden"),
    ]


def test_a_label_column_on_one_line_with_the_place_before_the_people() -> None:
    meeting = segment(
        "Referat\nSundhedsklyngeforum Vestdal\n"
        "Mødedato: Mødetidspunkt: Mødested: Deltagere: Afbud: 25. januar 2023 13:00 - 15:00 "
        "Sygehus Vestdal, mødelokale 4 Lone Abildgaard, Jesper Nørgaard, Aksel Thune Mette Krag\n"
        + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-01-25", "13:00", "15:00")
    # The place ends where the members' list begins, not at the first capital after it.
    assert meeting.location == "Sygehus Vestdal, mødelokale 4"
    # The list's last piece gives up the name after it to the absence label.
    assert [p.name for p in meeting.participants] == [
        "Lone Abildgaard",
        "Jesper Nørgaard",
        "Aksel Thune",
    ]
    assert [p.name for p in meeting.apologies] == ["Mette Krag"]


def test_start_and_slut_labels() -> None:
    meeting = segment(
        "Beslutningsprotokol\nRegionsrådet\nDato: 25.01.2023\nStart: 13:00\nSlut: 15:30\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2023-01-25", "13:00", "15:30")
    assert "13:00" not in meeting.unplaced_text


def test_start_or_slut_as_a_word_is_no_label() -> None:
    meeting = segment(
        "Referat\nRegionsrådet\nDato: 25.01.2023\nStart på projektet i foråret\n" + ITEMS
    )
    assert meeting.start_time is None
    assert "Start på projektet i foråret" in meeting.unplaced_text
