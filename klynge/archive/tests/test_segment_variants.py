"""Layouts of other Danish municipal and regional systems, and documents with no layout at all.

The fixtures in fixtures/variants/ are short synthetic documents in the styles of First Agenda /
Prepare ("Punkt 2 - …", "fold dette punkt ind Resume", "Beslutning i … den …", "Det indstilles,
at | … |"), SBSYS/Acadre ("2. Titel (kl. …)", "• At …", "(midlertidigt for …)", "PAUSE 15 min."),
eDoc ("Sag nr. 1: …", "Administrationen indstiller, at", decisions after prose) and a page with
no structure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from klynge.archive.importer.parsed import ParsedMeeting
from klynge.archive.importer.segment import segment
from klynge.archive.tests.test_segment_seed003 import assert_nothing_dropped

FIXTURES = Path(__file__).parent / "fixtures" / "variants"


def _read(name: str) -> tuple[str, ParsedMeeting]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, segment(text)


def test_first_agenda_style():
    _, meeting = _read("first_agenda.txt")
    assert (meeting.forum, meeting.document_kind) == ("Sundhedsudvalget", "minutes")
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2025-03-12", "16:00", "18:00")
    assert meeting.location == "Rådhuset, mødelokale 2"
    assert [p.name for p in meeting.participants] == [
        "Anne Hansen",
        "Bo Jensen",
        "Carl Nielsen",
        "Dorte Madsen",
    ]
    assert [p.name for p in meeting.apologies] == ["Erik Sørensen"]
    welcome, budget, closed = meeting.items
    assert (welcome.number, welcome.kind, welcome.title) == (
        1,
        "welcome",
        "Godkendelse af dagsorden",
    )
    assert welcome.summary == "Udvalget godkender dagsordenen."
    assert welcome.recommendations == ["dagsordenen godkendes."]
    assert welcome.decisions == ["Godkendt."]
    assert (budget.number, budget.kind) == (2, "decision")
    assert budget.title == "Budgetopfølgning 2025 for sundhedsområdet"
    # "Det indstilles, at | 1. … |": table cells read as the numbered list they hold.
    assert budget.recommendations == [
        "udvalget tager budgetopfølgningen til efterretning",
        "udvalget godkender en omplacering på 2 mio. kr.",
    ]
    assert budget.case_text.endswith("Det indstilles, at")
    assert budget.attachments == [
        "Bilag 1: Budgetopfølgning marts 2025.pdf",
        "Bilag 2: Notat om hjemmesygepleje.docx",
    ]
    assert budget.decisions == ["Taget til efterretning.", "Godkendt."]
    # "Åbent punkt" / "Lukket punkt" become the item's flag, in the heading or below it.
    assert (welcome.closed, budget.closed, closed.closed) == (False, False, True)
    assert closed.title == "Personalesag"
    assert closed.case_text.startswith("Sagen behandles for lukkede døre.")
    assert closed.decisions == ["Drøftet."]


def test_sbsys_numbered_style():
    _, meeting = _read("sbsys_numbered.txt")
    assert (meeting.forum, meeting.document_kind) == ("Social- og Sundhedsudvalget", "agenda")
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2025-03-04", "15:00", "17:30")
    assert (meeting.location, meeting.leader) == ("Byrådssalen", "Lise Holm")
    assert meeting.minute_takers == ["Jens Berg", "Maja Lund"]
    substitute = meeting.participants[2]
    assert (substitute.name, substitute.substitute_for) == ("Anne Hansen", "Bo Jensen")
    assert [(p.name, p.title) for p in meeting.apologies] == [("Bo Jensen", "udvalgsmedlem")]
    kinds = [(i.number, i.kind, i.start_time, i.end_time) for i in meeting.items]
    assert kinds == [
        (1, "welcome", "15:00", "15:05"),
        (2, "orientation", "15:05", "15:30"),
        (3, "decision", "15:30", "16:00"),
        (None, "break", "16:00", "16:15"),
        (4, "any_other_business", "16:15", "16:30"),
    ]
    akut = meeting.items[1]
    assert (akut.title, akut.presenter) == (
        "Orientering om akutfunktionen",
        "sundhedschef Mette Holm",
    )
    # The sub-bullet belongs to its parent recommendation.
    assert akut.recommendations == [
        "At orienteringen tages til efterretning",
        "At udvalget drøfter, om funktionen skal udvides; herunder om der skal ansættes en "
        "ekstra sygeplejerske",
    ]
    assert akut.attachments == ["Statistik for akutfunktionen 2024"]
    # "Det indstilles, at …" without an "Indstilling" heading is the recommendation, from its
    # "at"; the lead-in stays with the case text.
    assert meeting.items[2].recommendations == ["at udvalget anbefaler aftalen over for byrådet."]
    assert meeting.items[2].case_text.endswith("Det indstilles,")


def test_edoc_style_with_decisions_after_prose():
    _, meeting = _read("edoc_bullets.txt")
    assert meeting.forum == "Ældre- og Sundhedsudvalget"
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2025-04-03", "09:00", "11:00")
    status, news = meeting.items
    assert (status.number, status.title) == (1, "Status på forebyggende hjemmebesøg")
    assert status.recommendations == [
        "status tages til efterretning",
        "udvalget drøfter indsatsen for ensomme ældre",
    ]
    assert status.minutes_text == "Udvalget drøftede indsatsen og bad om en plan."
    assert status.decisions == [
        "Taget til efterretning.",
        "Drøftet, administrationen udarbejder en plan til juni.",
    ]
    assert (news.number, news.kind) == (2, "written_orientation")
    # A link announced by the text stays in the text.
    assert news.case_text.endswith("Se https://www.example.dk/nyhedsbrev")


def test_unknown_layout_is_kept_whole_in_unplaced_text():
    text, meeting = _read("garbage.txt")
    assert meeting.items == []
    assert meeting.participants == []
    for line in text.splitlines():
        assert " ".join(line.split()) in meeting.unplaced_text


@pytest.mark.parametrize("text", ["", "\n\n   \n", "1.", "Punkt", "Beslutning\nGodkendt.", "|||"])
def test_degenerate_input_does_not_raise(text):
    meeting = segment(text)
    assert isinstance(meeting, ParsedMeeting)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_nothing_dropped(name):
    text, meeting = _read(name)
    assert_nothing_dropped(text, meeting)


def test_the_drop_check_can_fail():
    text, meeting = _read("sbsys_numbered.txt")
    meeting.items[1].case_text = ""
    with pytest.raises(AssertionError):
        assert_nothing_dropped(text, meeting)
