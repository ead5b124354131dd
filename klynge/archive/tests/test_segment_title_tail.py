"""Minutes typed as a plain list: the outcome on the title's own line, and the document's kind
told by its outcome sentences (title_tail, items, segment)."""

from __future__ import annotations

import pytest

from klynge.archive.importer.segment import segment
from klynge.archive.importer.title_tail import presenter_by_role, split_title_tail


@pytest.mark.parametrize(
    ("heading", "title", "tail"),
    [
        ("Godkendelse af dagsorden. Godkendt.", "Godkendelse af dagsorden", "Godkendt."),
        ("Referat fra sidste møde Godkendt med en rettelse.", "Referat fra sidste møde",
         "Godkendt med en rettelse."),
        ("Forslag om ny vedtægt. Vedtaget uden ændringer.", "Forslag om ny vedtægt",
         "Vedtaget uden ændringer."),
        ("Valg af referent- Jonas", "Valg af referent", "Jonas"),
        ("Valg af kasserer- Mette Holm", "Valg af kasserer", "Mette Holm"),
        ("Skal vi holde julefrokost? Karin undersøger priser", "Skal vi holde julefrokost?",
         "Karin undersøger priser"),
    ],
)  # fmt: skip
def test_what_follows_the_title_on_its_line_is_cut_off(heading, title, tail):
    assert split_title_tail(heading) == (title, tail)


@pytest.mark.parametrize(
    "heading",
    [
        "Social- og Sundhedsudvalgets budget",
        "Godkendelse af regnskab",
        "Hvad gør vi nu?",
        "Orientering om det godkendte budget",
        "Status på projekt Sundhed- Og Trivsel i hele regionen",
    ],
)
def test_a_title_without_a_tail_is_kept_whole(heading):
    assert split_title_tail(heading)[0] == heading


@pytest.mark.parametrize(
    ("heading", "title", "who"),
    [
        ("Årsmøde 2026 ved formanden", "Årsmøde 2026", "formanden"),
        ("Nyt fra kommunen ved sekretariatet", "Nyt fra kommunen", "sekretariatet"),
        ("Oplæg ved direktør Hanne Berg", "Oplæg ved direktør Hanne Berg", ""),
        ("Ændringer ved budgettet", "Ændringer ved budgettet", ""),
    ],
)
def test_a_role_after_ved_presents_the_item(heading, title, who):
    assert presenter_by_role(heading) == (title, who)


def test_minutes_with_the_outcome_on_the_title_line():
    text = (
        "Bestyrelsesmøde 4. marts 2026\n\n"
        "Til stede: Ole Berg, Kirsten Dahl og Lise Holm\n\n"
        "1. Godkendelse af dagsorden. Godkendt.\n\n"
        "2. Referat af sidste møde. Godkendt med en rettelse af datoen.\n\n"
        "3. Valg af referent- Lise\n\n"
        "4. Årsmøde 2026 ved formanden\n"
        "Vi undersøger tre steder.\n"
    )
    meeting = segment(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Referat af sidste møde"),
        (3, "Valg af referent"),
        (4, "Årsmøde 2026"),
    ]
    assert meeting.document_kind == "minutes"
    assert meeting.items[3].presenter == "formanden"


@pytest.mark.parametrize(
    "outcome",
    [
        "Besluttes at vi venter med invitationen.",
        "Det blev besluttet at holde mødet i Vejle.",
        "Godkendt.",
        "Vedtaget",
    ],
)
def test_an_outcome_sentence_opening_a_line_makes_minutes(outcome):
    text = (
        "Møde i bestyrelsen 4. marts 2026\n\n"
        "1. Sommerfest\nDer var forslag om flere datoer.\n"
        f"{outcome}\n\n2. Eventuelt\nIntet.\n"
    )
    assert segment(text).document_kind == "minutes"


@pytest.mark.parametrize(
    "line",
    [
        "Det indstilles, at bestyrelsen godkender budgettet.",
        "Regionsrådet besluttede den 3. maj at gå videre med planen.",
        "videnscenter og forum for fælles initiativer og\nbeslutninger.",
    ],
)
def test_an_agenda_that_proposes_or_tells_history_stays_an_agenda(line):
    text = (
        "Møde i bestyrelsen 4. marts 2026\n\n"
        f"1. Sommerfest\n{line}\nSekretariatet har undersøgt priserne på tre steder.\n\n"
        "2. Eventuelt\n"
    )
    meeting = segment(text)
    assert meeting.document_kind == "agenda"
