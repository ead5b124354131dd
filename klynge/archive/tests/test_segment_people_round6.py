"""People in the forms a fourth set of publishers prints them: an all-caps heading or a body's
word under a people label is no one's name. Made-up texts, and texts that must be read."""

from __future__ import annotations

import pytest

from klynge.archive.importer.people import name_like
from klynge.archive.importer.segment import segment

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n"


@pytest.mark.parametrize(
    "text",
    [
        "LUKKEDE PUNKTER",
        "ÅBEN DAGSORDEN",
        "Kommunalbestyrelsen",
        "Socialudvalget",
        "Ældrerådet",
        "Teknisk Udvalg",
    ],
)
def test_a_heading_or_a_body_is_no_name(text: str) -> None:
    assert not name_like(text, min_words=1)


@pytest.mark.parametrize("text", ["Ida Holm", "Bo B. Berg", "Anne-Mette Ravn", "Ib Dal Ø"])
def test_names_stay_names(text: str) -> None:
    assert name_like(text)


@pytest.mark.parametrize("heading", ["LUKKEDE SAGER", "BESLUTNINGSSAGER"])
def test_a_heading_under_an_empty_absence_label_is_no_apology(heading: str) -> None:
    text = (
        "Referat\nSocialudvalget\nDato: 4. maj 2021\nDeltagere:\nIda Holm\nBo Berg\n"
        f"Fraværende:\n\n{heading}\n" + ITEMS
    )
    meeting = segment(text)
    assert meeting.apologies == []
    assert [p.name for p in meeting.participants] == ["Ida Holm", "Bo Berg"]


def test_a_body_after_an_empty_absence_label_is_no_apology() -> None:
    text = (
        "Referat Miljøudvalget Dato: 4. maj 2021 Afbud: Fraværende: Bemærkninger:\n"
        "Miljøudvalget, bemærkninger til dagsordenen\n" + ITEMS
    )
    assert segment(text).apologies == []


def test_an_apology_in_capitals_and_lower_case_names_is_still_read() -> None:
    text = "Referat\nDato: 4. maj 2021\nAfbud:\nKarl Emil Vest\n" + ITEMS
    assert [p.name for p in segment(text).apologies] == ["Karl Emil Vest"]
