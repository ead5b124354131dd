"""Minutes as a region's committee system prints them, read from a PDF's text: running heads and
footers on every page ("Regionsrådet 25. januar 2023 Side 3"), template headings with no blank
line around them, and this meeting's decision under "Regionsrådets beslutning" after an earlier
body's dated one. Made-up texts."""

from __future__ import annotations

import pytest

from klynge.archive.importer.layouts import PAGE_NUMBER
from klynge.archive.importer.segment import segment

from .test_segment_cues import _only_item


@pytest.mark.parametrize(
    "line",
    [
        "Side 3",
        "Side 3 af 12",
        "Regionsrådet 25. januar 2023 Side 3",
        "Regionsrådet 29. marts 2023 Side 3 af 6",
        "Udvalget for Nære Sundhedstilbud 12-04-2023 - Side 2",
        "Forretningsudvalget, 17.01.2023, SIDE 4",
    ],
)
def test_a_running_head_or_footer_ending_on_the_page_number_is_page_furniture(line: str) -> None:
    assert PAGE_NUMBER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "mødet den 3. maj 2022 side 4",
        "Se referatet fra 3. maj 2022 side 4",
        "Sagen blev behandlet den 3. maj 2022. Se Side 4",
        "Regionsrådet 25. januar 2023",
        "Forslaget fremgår af bilaget på side 3",
    ],
)
def test_a_sentence_naming_a_page_is_no_page_furniture(line: str) -> None:
    assert not PAGE_NUMBER.match(line)


def test_a_running_head_under_a_decision_is_neither_decision_nor_minutes() -> None:
    meeting = segment(
        "Referat\nRegionsrådet\nMødedato: 25. januar 2023\n"
        "1. Budgetopfølgning\nIndstilling\nDirektionen indstiller,\nat opfølgningen godkendes.\n"
        "Beslutning\nIndstillingen blev godkendt.\nFraværende: Erik Sand (F)\n"
        "Regionsrådet 25. januar 2023 Side 2\n"
        "2. Strategi for akutberedskab\nBeslutning\nSundhedsklyngeforum godkendte forslaget og "
        "bad arbejdsgrup-\npen om økonomien. Implementeringen drøftes i september.\n"
        "Regionsrådet 25. januar 2023 Side 3 af 3\n"
    )
    first, second = meeting.items
    assert first.decisions == ["Indstillingen blev godkendt."]
    assert first.minutes_text == "Fraværende: Erik Sand (F)"
    assert second.decisions == [
        "Sundhedsklyngeforum godkendte forslaget og bad arbejdsgruppen om økonomien. "
        "Implementeringen drøftes i september."
    ]
    assert "Regionsrådet 25. januar 2023 Side 2" in meeting.unplaced_text


@pytest.mark.parametrize(
    "heading", ["Kommunikation", "Tidsplan og videre proces", "Tidsplan og proces", "Høring"]
)
def test_a_template_heading_is_a_paragraph_of_its_own(heading: str) -> None:
    item = _only_item(
        "Indstilling\nDirektionen indstiller,\nat planen godkendes.\n"
        f"{heading}\nDer udsendes en pressemeddelelse efter mødet.\nBeslutning\nGodkendt.\n"
    )
    assert item.recommendations == ["at planen godkendes."]
    assert f"{heading}\n\nDer udsendes en pressemeddelelse efter mødet." in item.case_text
    assert item.decisions == ["Godkendt."]


def test_baggrund_under_a_case_number_is_a_heading_not_the_end_of_its_line() -> None:
    item = _only_item("Sagsnr.: 22/04512\nBaggrund\nHospitalet har afsluttet regnskabet.\n")
    assert item.case_text.startswith("Sagsnr.: 22/04512\n\nBaggrund\n\nHospitalet har")


@pytest.mark.parametrize("line", ["kommunikation og høring", "Kommunikationen med borgerne"])
def test_the_word_inside_a_wrapped_sentence_stays_in_it(line: str) -> None:
    item = _only_item(f"Sagsfremstilling\nRegionen styrker den\n{line}\nmed kommunerne.\n")
    assert f"Regionen styrker den {line} med kommunerne." in item.case_text


@pytest.mark.parametrize(
    "own", ["Regionsrådets beslutning", "Udvalgets beslutning", "Beslutning i Regionsrådet"]
)
def test_an_undated_decision_after_an_earlier_bodys_dated_one_is_this_meetings(own: str) -> None:
    item = _only_item(
        "Indstilling\nDet indstilles,\n– at planen sendes i høring.\n"
        "Forretningsudvalgets beslutning den 14. februar 2023\nAnbefalet.\n"
        f"{own}\nEt flertal bestående af A, V og C godkendte indstillingen.\n"
        "Mindretallet (Ø) tog forbehold for planens finansiering.\n"
    )
    assert item.decisions == [
        "Et flertal bestående af A, V og C godkendte indstillingen.",
        "Mindretallet (Ø) tog forbehold for planens finansiering.",
    ]
    assert "Anbefalet." in item.case_text


def test_the_latest_of_two_dated_decisions_stays_this_meetings() -> None:
    item = _only_item(
        "Beslutning i Forretningsudvalget den 17. januar 2023\nAnbefales.\n"
        "Beslutning i Regionsrådet den 25. januar 2023\nGodkendt.\n"
    )
    assert item.decisions == ["Godkendt."]
