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
        "Udskrevet 25-01-2023 14:32 Side 3",
        "Side 3 af 12 | Regionsrådet | 25.01.2023",
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
        "Side 3 viser, at planen holder",
        "Beslutning: Godkendt den 3. maj 2022 Side 4",
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


def test_an_empty_decision_heading_over_two_dated_lines_takes_the_later() -> None:
    item = _only_item(
        "Indstilling\nDet indstilles, at rammeaftalen godkendes.\nBeslutning\n"
        "Forretningsudvalget den 17. januar 2023: Anbefalet.\n"
        "Regionsrådet den 25. januar 2023: Godkendt.\n"
    )
    assert item.decisions == ["Godkendt."]
    assert "Anbefalet." in item.minutes_text


WIDE = "at der nedsættes et patientpanel med 12 medlemmer fra hele regionen"


@pytest.mark.parametrize(
    "heading",
    ["Indstillingens begrundelse", "Relation til regionens strategi", "Ressourcer", "Inddragelse:"],
)
def test_a_heading_no_list_knows_ends_an_at_clause_without_its_full_stop(heading: str) -> None:
    item = _only_item(
        "Indstilling\nDirektionen indstiller,\nat modellen godkendes, og\n"
        f"{WIDE}\n{heading}\nModellen bygger på erfaringer fra Nordvig Sygehus.\n"
        "Beslutning\nGodkendt.\n"
    )
    assert item.recommendations == ["at modellen godkendes", WIDE]
    assert f"{heading}\n\nModellen bygger på erfaringer" in item.case_text


@pytest.mark.parametrize(
    ("wrapped", "after"),
    [
        ("Region Nordmark", "Aftalen løber i fire år."),  # a name: every word capitalised
        ("Kommunernes Landsforening", "Aftalen løber i fire år."),
        ("samarbejde med de fem kommuner", "Aftalen løber i fire år."),  # a small letter
        ("Regionen og de fem kommuner i", "Havnby-området."),  # ends open
    ],
)
def test_a_wrapped_line_of_a_clause_is_no_heading(wrapped: str, after: str) -> None:
    item = _only_item(f"Indstilling\nDirektionen indstiller,\n{WIDE} i\n{wrapped}\n{after}\n")
    assert item.recommendations[0].startswith(f"{WIDE} i {wrapped}")


def test_a_short_line_whose_next_word_would_not_have_fitted_is_a_wrap() -> None:
    """A narrow column breaks before a long word: "Regionen har modtaget" / "Sundhedsstyrel-"."""
    item = _only_item(
        "Sagsfremstilling\nRegionen har modtaget\nSundhedsstyrelsens\nanbefalinger i marts.\n"
    )
    assert "Regionen har modtaget Sundhedsstyrelsens anbefalinger i marts." in item.case_text


@pytest.mark.parametrize(
    "head", ["Udvalget for Nære Sundhedstilbud 12-04-2023", "Regionsrådet | 25. januar 2023"]
)
def test_a_running_head_whose_page_number_stood_apart_is_no_decision(head: str) -> None:
    item = _only_item(
        "Indstilling\nDet indstilles, at udvalget drøfter indsatserne.\nBeslutning\n"
        f"Drøftet. Udvalget bad om et oplæg til næste møde.\n{head}\nSide 6\n"
    )
    assert item.decisions == ["Drøftet. Udvalget bad om et oplæg til næste møde."]


def test_the_next_meeting_on_a_date_is_still_a_decision() -> None:
    item = _only_item("Beslutning\nNæste møde 14. juni 2023\n")
    assert item.decisions == ["Næste møde 14. juni 2023"]


@pytest.mark.parametrize(
    ("label", "joined"),
    [
        ("Fraværende: Ib Holm (V)", False),
        ("Sagsnr.: 22/04512", False),
        ("Fraværende: Ib Holm (V), Anne Kvist (A),", True),  # the list goes on
        ("Fraværende: Ib Holm (V) og", True),
    ],
)
def test_a_label_with_its_value_ends_its_line(label: str, joined: bool) -> None:
    item = _only_item(f"Sagsfremstilling\n{label}\nBo Berg (C)\n")
    assert (f"{label} Bo Berg (C)" in item.case_text) is joined


@pytest.mark.parametrize(
    "heading", ["Sagens tidligere behandling", "Tidligere behandling", "Sagens politiske forløb"]
)
def test_the_cases_history_under_its_heading_is_no_decision_nor_title(heading: str) -> None:
    meeting = segment(
        "Referat\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        f"2. Status på ventelister\n{heading}\nForretningsudvalget den 17. januar 2023\n"
        "Anbefalet.\nIndstilling\nDet indstilles, at status tages til efterretning.\n"
        "Beslutning\nTaget til efterretning.\n"
    )
    item = meeting.items[1]
    assert item.title == "Status på ventelister"
    assert item.decisions == ["Taget til efterretning."]
    assert item.case_text.startswith(heading)


def test_the_cases_own_handling_today_is_no_history() -> None:
    item = _only_item("Sagens behandling\nSagen behandles i regionsrådet.\nBeslutning\nGodkendt.\n")
    assert item.decisions == ["Godkendt."]


@pytest.mark.parametrize(
    ("said", "decisions"),
    [
        (
            "Indstillingen blev godkendt.\nTilføjelse:\nAnne Kvist (A) ønskede en status i juni.",
            [
                "Indstillingen blev godkendt.",
                "Tilføjelse: Anne Kvist (A) ønskede en status i juni.",
            ],
        ),
        (
            "Et flertal (A, V) godkendte indstillingen.\n"
            "Mindretallet (Ø) ønskede følgende ført til protokol:\n“Vi kan ikke støtte lukningen.”",
            [
                "Et flertal (A, V) godkendte indstillingen.",
                "Mindretallet (Ø) ønskede følgende ført til protokol: "
                "“Vi kan ikke støtte lukningen.”",
            ],
        ),
    ],
)
def test_a_label_or_an_announcement_on_its_own_line_joins_what_it_announces(
    said: str, decisions: list[str]
) -> None:
    item = _only_item(f"Indstilling\nDet indstilles, at planen godkendes.\nBeslutning\n{said}\n")
    assert item.decisions == decisions


def test_absent_members_under_their_label_stay_out_of_the_decision() -> None:
    item = _only_item("Beslutning\nGodkendt.\nFraværende:\nAnne Kvist (A)\n")
    assert item.decisions == ["Godkendt."]
    assert "Anne Kvist (A)" in item.minutes_text


@pytest.mark.parametrize(
    "heading",
    ["Forretningsudvalgets indstilling", "Direktionens indstilling", "Udvalgets indstilling"],
)
def test_a_bodys_recommendation_heading_opens_the_recommendations(heading: str) -> None:
    item = _only_item(
        f"Sagsfremstilling\nPlanen er udarbejdet i 2022.\n{heading}\n"
        "Forretningsudvalget indstiller til regionsrådet,\nat planen godkendes.\n"
        "Beslutning\nGodkendt.\n"
    )
    assert item.recommendations == ["at planen godkendes."]
    assert item.decisions == ["Godkendt."]


def test_the_grounds_for_the_recommendation_are_no_recommendation() -> None:
    item = _only_item(
        "Indstilling\nDirektionen indstiller,\nat planen godkendes.\n"
        "Indstillingens begrundelse\nPlanen bygger på erfaringer fra Nordvig.\n"
    )
    assert item.recommendations == ["at planen godkendes."]


PAGE_BREAK = (
    "Sagsfremstilling\nRegnskabet viser et samlet mindreforbrug på 87 mio. kr., som\n"
    "Regionsrådet 21. juni 2023\nSide 5 af 8\nforeslås overført til 2023.\n"
)


@pytest.mark.parametrize(
    "own", ["Beslutning", "Beslutning i Regionsrådet den 21. juni 2023", "Regionsrådets beslutning"]
)
def test_a_running_head_inside_a_sentence_heads_no_decision(own: str) -> None:
    item = _only_item(
        f"{PAGE_BREAK}Indstilling\nDirektionen indstiller,\nat regnskabet godkendes.\n"
        f"{own}\nGodkendt.\n"
    )
    assert item.decisions == ["Godkendt."]
    assert "mindreforbrug på 87 mio. kr., som foreslås overført til 2023." in item.case_text
    assert "Regionsrådet 21. juni 2023" in item.case_text  # kept, after the paragraph


def test_of_two_decisions_dated_the_same_day_the_later_told_is_this_meetings() -> None:
    item = _only_item(
        "Sagsfremstilling\nRegnskabet viser et mindreforbrug.\nRegionsrådet 21. juni 2023\n"
        "Regnskabet godkendes af revisionen.\n"
        "Beslutning i Regionsrådet den 21. juni 2023\nGodkendt.\n"
    )
    assert item.decisions == ["Godkendt."]


def test_a_body_and_date_line_opening_a_paragraph_still_heads_its_decision() -> None:
    item = _only_item(
        "Indstilling\nDet indstilles, at planen godkendes.\n"
        "Forretningsudvalget den 17. januar 2023\nAnbefalet.\n"
    )
    assert item.decisions == ["Anbefalet."]


@pytest.mark.parametrize(
    "heading", ["Økonomi", "Tidsplan", "Beslutningskompetence", "Lovgrundlag", "Vurdering"]
)
def test_a_topic_heading_stays_over_its_text_in_the_case(heading: str) -> None:
    item = _only_item(
        f"Sagsfremstilling\nPlanen er udarbejdet i 2022.\n{heading}\nRegionsrådet.\n"
        "Beslutning\nGodkendt.\n"
    )
    assert f"{heading}\n\nRegionsrådet." in item.case_text
    assert not item.case_text.startswith("Sagsfremstilling")


def test_the_votes_on_one_line_are_part_of_the_decision_not_the_minutes() -> None:
    item = _only_item(
        "Indstilling\nDirektionen indstiller,\nat planen godkendes.\nBeslutning\n"
        "For stemte 25: A, V og C. Imod stemte 3: Ø.\nIndstillingen blev godkendt.\n"
    )
    assert item.decisions == [
        "For stemte 25: A, V og C. Imod stemte 3: Ø.",
        "Indstillingen blev godkendt.",
    ]
    assert item.minutes_text == ""


def test_a_discussion_of_several_sentences_is_still_minutes() -> None:
    item = _only_item(
        "Beslutning\nUdvalget drøftede planen. Der var ønske om flere tal.\n"
        "Indstillingen blev godkendt.\n"
    )
    assert item.decisions == ["Indstillingen blev godkendt."]
    assert "Udvalget drøftede planen." in item.minutes_text


def test_lettered_points_are_one_recommendation_each() -> None:
    item = _only_item(
        "Indstilling\nKoncerndirektionen indstiller, at regionsrådet\n"
        "a) godkender forslaget til budget 2024 til 1. behandling,\n"
        "b) oversender ændringsforslag til 2. behandling senest den 15.\nseptember 2023.\n"
        "Beslutning\nGodkendt.\n"
    )
    assert item.recommendations == [
        "godkender forslaget til budget 2024 til 1. behandling",
        "oversender ændringsforslag til 2. behandling senest den 15. september 2023.",
    ]


@pytest.mark.parametrize(
    "head", ["Udvalget for Regional Udvikling 14. juni 2023", "Regionsrådet 14. juni 2023"]
)
def test_a_recommendation_split_by_a_page_break_reads_on_past_the_running_head(head: str) -> None:
    item = _only_item(
        "Indstilling\nAdministrationen indstiller,\n"
        "• at udkast til trafikplan sendes i høring,\n"
        "• at busrute 210 mellem Møllevang og Sandby opretholdes i hele plan-\n"
        f"{head}\nSide 2 af 4\nperioden, og\n• at køreplanerne tilpasses.\nBeslutning\nAnbefales.\n"
    )
    assert item.recommendations == [
        "at udkast til trafikplan sendes i høring",
        "at busrute 210 mellem Møllevang og Sandby opretholdes i hele planperioden",
        "at køreplanerne tilpasses.",
    ]
    assert item.decisions == ["Anbefales."]
