"""An absence list that names substitutes and members away from some items only."""

from __future__ import annotations

import pytest

from klynge.archive.importer.people import absences_with_substitutes
from klynge.archive.importer.segment import segment


@pytest.mark.parametrize(
    "text",
    [
        "Anne Holm (A) stedfortræder Bo Berg (A) Carl Dahl (C) ved sag 3 og 4",
        "Anne Holm (A) Stedfortræder: Bo Berg (A) Carl Dahl (C) fra punkt 5",
        "Anne Holm (A) suppleant Bo Berg (A) Carl Dahl (C) under pkt. 2-7",
        "Carl Dahl (C) ved sag 1-17 Anne Holm (A) stedfortræder Bo Berg (A)",
    ],
)
def test_substitutes_and_absences_from_some_items(text):
    away = absences_with_substitutes(text)
    assert away.absent == ["Anne Holm"]
    assert [(p.name, p.substitute_for) for p in away.substitutes] == [("Bo Berg", "Anne Holm")]
    assert away.some_items == ["Carl Dahl"]


@pytest.mark.parametrize(
    "text", ["Anne Holm (A), Bo Berg (V) og Carl Dahl (C)", "Anne Holm (A) stedfortræder", ""]
)
def test_a_plain_list_is_not_read_here(text):
    assert absences_with_substitutes(text) is None


@pytest.mark.parametrize("label", ["Fraværende:", "Afbud:", "Afbud:\nFraværende:"])
def test_the_meeting_keeps_substitutes_and_members_away_from_some_items(label):
    meeting = segment(
        "Referat\nTirsdag den 21. august 2018 kl. 17.00\n"
        "Medlemmer: Anne Holm (A) Carl Dahl (C) Dorte Lund (V)\n"
        f"{label} Anne Holm (A) stedfortræder Bo Berg (A) Carl Dahl (C) ved sag 3\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert [p.name for p in meeting.apologies] == ["Anne Holm"]
    took_part = {(p.name, p.substitute_for) for p in meeting.participants}
    assert took_part == {("Carl Dahl", ""), ("Dorte Lund", ""), ("Bo Berg", "Anne Holm")}
    assert meeting.is_unsure("participants")


@pytest.mark.parametrize(
    "text",
    ["Carl Dahl ved sag nr. 2 – 25, 27 og 36", "Carl Dahl fra punkt 5", "Carl Dahl under pkt. 3"],
)
def test_one_member_away_from_some_items_without_party_letters(text):
    away = absences_with_substitutes(text)
    assert away.absent == [] and away.some_items == ["Carl Dahl"]


def test_one_member_away_from_some_items_is_no_apology():
    meeting = segment(
        "Referat\nTirsdag den 24. januar 2012 kl. 10.00\nMedlemmer: Anne Holm, Carl Dahl\n"
        "Fraværende:\n\nCarl Dahl ved sag nr. 2 – 25\n\n1. Godkendelse af dagsorden\n"
        "Beslutning\nGodkendt.\n"
    )
    assert meeting.apologies == []
    assert [p.name for p in meeting.participants] == ["Anne Holm", "Carl Dahl"]
