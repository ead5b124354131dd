"""Header dates, times and places in the forms a third set of publishers prints them: English
month names, a meeting over two days, "klokken", a table's cell marks, the title line repeated
with more said, the meeting's day named in a sentence or alone on the first line, "Åben
dagsorden". Made-up texts, and texts that must not be read so."""

from __future__ import annotations

import pytest

from klynge.archive.importer.layouts import find_date, find_time_range
from klynge.archive.importer.segment import segment

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dato\n12. March 2019 -", "2019-03-12"),
        ("den 2. October 2020", "2020-10-02"),
        ("Referat, 31. august 1. september 2016", "2016-08-31"),
        ("seminar 30. dec. - 2. jan. 2021", "2020-12-30"),
        ("mødet 4. marts og 5. marts 2021", "2021-03-04"),
        ("Hovedbestyrelsen 15-maj-2002", "2002-05-15"),
        # Two whole dates: the first.
        ("den 3. maj 2021 og 4. juni 2021", "2021-05-03"),
    ],
)
def test_dates_in_more_forms(text: str, date: str) -> None:
    assert find_date(text) == date


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("tirsdag den 9. juni 2015, klokken 15:00 – 20:00 i Foreningens hus", ("15:00", "20:00")),
        ("klokken 9.30", ("09:30", None)),
    ],
)
def test_klokken_is_kl(text: str, times: tuple[str, str | None]) -> None:
    assert find_time_range(text)[:2] == times


def test_cell_marks_are_no_place() -> None:
    meeting = segment(
        "Referat\nDato: |\n04-11-2019 17:00:00 |\n---|---|\nSted: |\nByrådssalen |\n" + ITEMS
    )
    assert (meeting.date, meeting.start_time, meeting.location) == (
        "2019-11-04", "17:00", "Byrådssalen",
    )  # fmt: skip


def test_the_title_repeated_with_more_said_fills_in_end_and_place() -> None:
    meeting = segment(
        "Referat af bestyrelsesmøde onsdag den 4. marts 2020, klokken 10:00\n\n"
        "Referat af bestyrelsesmøde onsdag den 4. marts 2020, klokken 10:00 – 14:00 i "
        "Foreningens hus, Havnegade 3, 5000 Odense C\nTil stede: Anne Holm, Bo Dal, Kaj Berg"
        + ITEMS
    )
    assert (meeting.start_time, meeting.end_time) == ("10:00", "14:00")
    assert meeting.location == "Foreningens hus, Havnegade 3, 5000 Odense C"


def test_another_days_line_fills_in_nothing() -> None:
    meeting = segment(
        "Referat af mødet den 4. marts 2020 kl. 10:00\n\n"
        "Næste møde er den 9. april 2020 kl. 10:00 – 12:00 i Rådhuset" + ITEMS
    )
    assert (meeting.date, meeting.end_time, meeting.location) == ("2020-03-04", None, "")


@pytest.mark.parametrize(
    "text",
    [
        "1. Godkendelse af dagsorden 2. Eventuelt\nDagsorden for bestyrelsesmødet den 9. "
        "oktober 2014 klokken\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
        "09. okt 2014\nDeltagere:\n  • Anne Holm (A)\n  • Bo Dal (V)\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n",
    ],
)
def test_the_day_named_in_a_sentence_or_alone_on_the_first_line(text: str) -> None:
    meeting = segment(text)
    assert meeting.date == "2014-10-09"


def test_a_running_date_alone_is_unsure() -> None:
    meeting = segment("09. okt 2014\nDeltagere: Anne Holm, Bo Dal\n\n1. Eventuelt\nIntet.\n")
    assert meeting.is_unsure("date")


def test_a_day_without_its_year_is_not_completed() -> None:
    meeting = segment(
        "Dagsorden for bestyrelsesmødet den 9. oktober\n\n1. Godkendelse af dagsorden\n"
    )
    assert meeting.date is None


def test_an_open_agenda_title_gives_its_time() -> None:
    meeting = segment(
        "Åben dagsorden for møde i bestyrelsen fredag kl. 10:30\nDeltagere: Anne Holm, Bo Dal"
        + ITEMS
    )
    assert meeting.start_time == "10:30"


def test_the_day_the_papers_were_sent_ends_the_place() -> None:
    meeting = segment(
        "Referat\nDATO: Lørdag den 3. marts 2018 STED: Fagforeningshuset, lokale Havet "
        "Vestergade 5 Odense C Udsendt 8. marts 2018 Deltagere: Anne Holm, Bo Dal" + ITEMS
    )
    assert meeting.date == "2018-03-03"
    assert meeting.location == "Fagforeningshuset, lokale Havet Vestergade 5 Odense C"


def test_the_title_sentence_run_onto_the_people_gives_the_place() -> None:
    meeting = segment(
        "Til stede: Anne Holm, Bo Dal\nAfbud fra: Kaj Berg Fra sekretariatet: Ida Lund, "
        "referent Referat fra bestyrelsesmøde den 4. maj 2019 kl på Strandkroen, Vejlby "
        "Strand. Mødet er berammet til to timer Program: Møde" + ITEMS
    )
    assert meeting.date == "2019-05-04"
    assert meeting.location == "Strandkroen, Vejlby Strand"
    assert "Referat" not in " ".join(p.name for p in meeting.participants)


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("Skt. Clemens Torv 2", "Skt. Clemens Torv 2"),
        ("Rådhuset. Mødet er åbent for alle", "Rådhuset"),
    ],
)
def test_a_place_ends_with_its_sentence(place: str, kept: str) -> None:
    meeting = segment(f"Referat af mødet den 4. maj 2019 kl. 10:00 i {place}" + ITEMS)
    assert meeting.location == kept
