"""Minutes typed as plain paragraphs: unnumbered titles from "Godkendelse af dagsorden" to
"Eventuelt" are the items (readings.bookended_reading)."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment

_HEADER = "Referat af møde i Ældrerådet 3. marts 2026\n\nTil stede: Ole Berg og Lise Holm\n\n"


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["Godkendelse af dagsorden", "Budget 2027", "Eventuelt"],
         ["Godkendelse af dagsorden", "Budget 2027", "Eventuelt"]),
        (["Velkomst", "Godkendelse af referat fra sidste møde", "Ny trafikplan", "Næste møde"],
         ["Velkomst", "Godkendelse af referat fra sidste møde", "Ny trafikplan", "Næste møde"]),
        (["Godkendelse af dagsordenen", "Høring om hjemmepleje", "Sommerudflugt", "Evt."],
         ["Godkendelse af dagsordenen", "Høring om hjemmepleje", "Sommerudflugt", "Evt."]),
    ],
)  # fmt: skip
def test_unnumbered_titles_between_the_opening_and_the_closing_item(titles, expected):
    body = "\n\n".join(f"{t}\nRådet talte om punktet, og der var enighed." for t in titles)
    meeting = segment(_HEADER + body + "\n")
    assert [i.title for i in meeting.items] == expected
    assert all(i.number is None for i in meeting.items)
    assert meeting.items[0].is_unsure("title")


def test_numbered_items_win_over_the_bookends():
    body = "\n\n".join(
        f"{n}. {t}\nRådet talte om punktet."
        for n, t in enumerate(["Godkendelse af dagsorden", "Budget", "Eventuelt"], 1)
    )
    meeting = segment(_HEADER + body + "\n")
    assert [i.number for i in meeting.items] == [1, 2, 3]


def test_paragraphs_without_an_opening_item_are_no_items():
    text = _HEADER + "Budget 2027\nRådet talte om budgettet.\n\nEventuelt\nIntet.\n"
    assert [i.title for i in segment(text).items] != ["Budget 2027", "Eventuelt"]
