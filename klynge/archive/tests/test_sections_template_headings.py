"""The headings a case template sets after Indstilling ("Konsekvenser", "Risikovurdering",
"KOMMUNIKATION") end its list of recommendations: the text under them is case text, with the
heading kept, never the end of the last recommendation. Made-up texts."""

from __future__ import annotations

import pytest

from .test_segment_cues import _only_item

RECOMMENDED = (
    "Indstilling\nAdministrationen indstiller, at\n"
    "1. budgettet godkendes\n2. sagen sendes til regionsrådet\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Konsekvenser",
        "Økonomiske konsekvenser",
        "Personalemæssige og økonomiske konsekvenser",
        "Konsekvenser for borgerne",
        "Risikovurdering",
        "Problemstilling",
        "Sagens baggrund",
        "Det videre forløb",
        "Administrationens vurdering",
        "KOMMUNIKATION",
        "TIDSPLAN OG VIDERE PROCES",
        "MILJØ OG KLIMA",
    ],
)
def test_a_template_heading_ends_the_recommendations(heading: str) -> None:
    item = _only_item(f"{RECOMMENDED}{heading}\nBudgettet giver færre midler til drift.\n")
    assert item.recommendations == ["budgettet godkendes", "sagen sendes til regionsrådet"]
    assert f"{heading}\n\nBudgettet giver færre midler til drift." in item.case_text


@pytest.mark.parametrize("line", ["KL", "PLO og KL", "Region Midtjylland"])
def test_an_acronym_or_a_name_on_a_wrapped_line_still_continues_it(line: str) -> None:
    item = _only_item(f"{RECOMMENDED[:-1]} og\n{line}\n")
    assert item.recommendations[-1] == f"sagen sendes til regionsrådet og {line}"


def test_a_template_heading_with_its_text_after_a_colon_is_read_as_one() -> None:
    item = _only_item(f"{RECOMMENDED}Konsekvenser: Ingen.\n")
    assert item.recommendations == ["budgettet godkendes", "sagen sendes til regionsrådet"]
    assert "Ingen." in item.case_text


@pytest.mark.parametrize("before", ["Resume\nDagsordenen forelægges.\n", "Sagen forelægges.\n", ""])
def test_a_lead_on_its_own_line_after_a_sentence_opens_the_recommendations(before: str) -> None:
    """A PDF's text has no blank line between a paragraph and "Direktionen indstiller,"."""
    item = _only_item(
        f"{before}Direktionen indstiller,\nat tidsplanen godkendes, og\nat der holdes et seminar.\n"
        "Beslutning\nGodkendt.\n"
    )
    assert item.recommendations == ["at tidsplanen godkendes", "at der holdes et seminar."]
    assert item.decisions == ["Godkendt."]


def test_the_lead_stays_where_it_stood_in_the_case_text() -> None:
    item = _only_item(
        "Sagsfremstilling\nSagen er kort.\nIndstilling\nDirektionen indstiller,\n"
        "at budgettet godkendes.\nRisikovurdering\nDer er ingen risici.\n"
    )
    assert item.recommendations == ["at budgettet godkendes."]
    assert item.case_text == (
        "Sagen er kort.\n\nDirektionen indstiller,\n\nRisikovurdering\n\nDer er ingen risici."
    )


@pytest.mark.parametrize("said", ["Ingen.", "Godkendt af regionsrådet i 2022.", "Intet."])
def test_the_text_under_a_topic_heading_at_the_end_is_no_decision(said: str) -> None:
    item = _only_item(f"Sagen er kort.\nKonsekvenser\n{said}\n")
    assert item.decisions == []
    assert item.case_text.endswith(f"Konsekvenser\n\n{said}")
