"""Items found by the case's file label when a page lost its item headings."""

from __future__ import annotations

from klynge.archive.importer.segment import segment

HEADER = (
    "Beslutningsprotokol\n\nonsdag den 7. november 2018 kl. 15:30\n\n"
    "Mødested: Lokale 4\nMedlemmer: Anne Holm, Bo Berg, Carl Dahl\n"
)


def _case(label: str, recommendation: str, decision: str, title: str = "") -> str:
    above = f"{title}\n" if title else " • Udskriv\n"
    return (
        f"{above}  {label}\n\n  Sagsfremstilling\n\n  Udvalget orienteres om sagen.\n\n"
        f"  Indstilling\n\n  Forvaltningen indstiller,\n\n  {recommendation}\n\n"
        f"  Beslutning Udvalget den 07-11-2018\n\n  {decision}\n\n"
    )


def test_each_file_label_with_sections_below_starts_an_untitled_item():
    meeting = segment(
        HEADER
        + _case("Sagsid.: 17/39385, Sagsinitialer: LBR", "at dagsordenen godkendes.", "Godkendt.")
        + _case(
            "Sagsnr.: 18/26899",
            "at orienteringen tages til efterretning.",
            "Taget til efterretning.",
        )
    )
    assert [(i.number, i.title) for i in meeting.items] == [(None, ""), (None, "")]
    assert [i.recommendations for i in meeting.items] == [
        ["at dagsordenen godkendes."],
        ["at orienteringen tages til efterretning."],
    ]
    assert [i.decisions for i in meeting.items] == [["Godkendt."], ["Taget til efterretning."]]
    assert all(i.is_unsure("title") for i in meeting.items)


def test_a_title_right_above_the_label_is_the_items_title():
    meeting = segment(
        HEADER
        + _case("Sagsnr.: 1/2", "at budgettet godkendes.", "Godkendt.", title="Budget 2019")
        + _case("Sagsnr.: 3/4", "at sagen tages til efterretning.", "Godkendt.", title="Status")
    )
    assert [i.title for i in meeting.items] == ["Budget 2019", "Status"]


def test_numbered_headings_win_over_file_labels():
    meeting = segment(
        HEADER
        + "1. Budget 2019\n\n"
        + _case("Sagsnr.: 1/2", "at budgettet godkendes.", "Godkendt.", title="Budget 2019")
        + "2. Status\n\n"
        + _case("Sagsnr.: 3/4", "at sagen tages til efterretning.", "Godkendt.", title="Status")
    )
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Budget 2019"), (2, "Status")]
