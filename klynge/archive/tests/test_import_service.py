"""Saving a confirmed import: the meeting, its items and decisions, its people, the source."""

import datetime
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from klynge.archive.importer.parsed import ParsedItem, ParsedMeeting, ParsedPerson
from klynge.archive.models import ImportedSource
from klynge.archive.outcomes import decision_text, outcome_of
from klynge.archive.people import propose_people
from klynge.archive.services import DuplicateImport, import_parsed
from klynge.demo.meeting_004 import ITEMS as SEED_004_ITEMS
from klynge.demo.syddanmark import LILLEBAELT_APOLOGIES, LILLEBAELT_PRESENT
from klynge.meetings.models import AgendaItem, Attendance, Decision, Meeting
from klynge.organisation.models import Person
from klynge.organisation.tests.factories import PersonFactory

from .seeds import SEED_004

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def small_minutes() -> ParsedMeeting:
    """A meeting as the segmenter would read a short set of minutes."""
    return ParsedMeeting(
        source="referat.txt",
        document_kind="minutes",
        title="Klyngestyregruppen",
        date="2023-06-07",
        start_time="08:30",
        end_time="11:30",
        location="Regionshospitalet Viborg",
        leader="Mette Andreassen",
        minute_takers=["Anne Referent"],
        participants=[
            ParsedPerson("Jonas Dahl", "hospitalsdirektør", "Hospitalsenhed Midt"),
            ParsedPerson("mette andreassen", "direktør", "Viborg Kommune"),
            ParsedPerson("Ny Stedfortræder", "chef", "Viborg Kommune", "Kristine Stange"),
        ],
        apologies=[ParsedPerson("Kristine Stange", "sundhedschef", "Viborg Kommune")],
        items=[
            ParsedItem(1, "Velkomst", "welcome", "08:30", "08:40", "Mette Andreassen"),
            ParsedItem(
                2,
                "Status på initiativerne",
                "decision",
                "08:40",
                "09:05",
                summary="Status.",
                case_text="Baggrund.",
                recommendations=["Godkender status", "Godkender planen", "Drøfter økonomien"],
                minutes_text="Styregruppen drøftede status.",
                decisions=["Godkendt.", "Godkendt (med forbehold for økonomien).", "Drøftet."],
                attachments=["Bilag 1 status.pdf", "https://example.org/plan"],
            ),
            ParsedItem(
                3,
                "Udsat sag",
                "decision",
                "09:05",
                None,
                recommendations=["Godkender forslaget"],
                decisions=["Punktet blev udsat til næste møde."],
            ),
            ParsedItem(4, "Orientering", "orientation", "09:20", "09:30", decisions=[]),
            ParsedItem(
                5,
                "Fælles beslutning",
                "decision",
                None,
                None,
                recommendations=["at A", "at B"],
                decisions=["Indstillingerne blev godkendt."],
            ),
        ],
        unplaced_text="Side 3 af 7",
    )


def test_minutes_become_a_published_archive_meeting(steering):
    data = b"referat 7. juni 2023"
    source = import_parsed(
        small_minutes(), steering.forum, data=data, filename="referat.txt", user=None
    )
    meeting = source.meeting
    assert meeting.state == Meeting.State.MINUTES_PUBLISHED
    assert meeting.starts_at == datetime.datetime(2023, 6, 7, 8, 30, tzinfo=CPH)
    assert meeting.ends_at == datetime.datetime(2023, 6, 7, 11, 30, tzinfo=CPH)
    assert meeting.minutes_published_at == meeting.ends_at
    assert meeting.minutes_approved_at == meeting.ends_at
    assert "referat.txt" in meeting.approval_note
    assert meeting.agenda_published_at == meeting.starts_at
    assert meeting.place == "Regionshospitalet Viborg"
    assert meeting.leader == steering.municipal_chair
    assert [p.name for p in meeting.minute_takers.all()] == ["Anne Referent"]

    items = list(meeting.items.order_by("position"))
    assert [(i.title, i.kind, i.duration_minutes) for i in items] == [
        ("Velkomst", "welcome", 10),
        ("Status på initiativerne", "decision", 25),
        ("Udsat sag", "decision", 15),
        ("Orientering", "orientation", 10),
        ("Fælles beslutning", "decision", 0),
    ]
    status = items[1]
    assert status.summary == "Status."
    assert status.minutes_text == "Styregruppen drøftede status."
    assert status.case_text == "Baggrund.\n\n**Bilag**\n\n- Bilag 1 status.pdf"
    assert [a.url for a in status.attachments.all()] == ["https://example.org/plan"]
    decisions = [
        (d.recommendation.number, d.outcome, d.text)
        for d in status.decisions.select_related("recommendation")
    ]
    assert decisions == [
        (1, "approved", ""),
        (2, "approved_with_remarks", "Godkendt (med forbehold for økonomien)."),
        (3, "discussed", ""),
    ]
    assert [(d.outcome, d.text) for d in items[2].decisions.all()] == [
        ("postponed", "Punktet blev udsat til næste møde.")
    ]
    assert not items[3].decisions.exists()
    assert [d.outcome for d in items[4].decisions.all()] == ["approved", "approved"]

    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.file.read() == data
    assert source.size == len(data)
    assert source.confirmed["unplaced_text"] == "Side 3 af 7"
    assert source.confirmed["items"][1]["title"] == "Status på initiativerne"


def test_attendance_maps_people_and_substitutes(steering):
    source = import_parsed(small_minutes(), steering.forum, data=b"x", filename="r.txt")
    rows = {
        a.person.name: a
        for a in Attendance.objects.filter(meeting=source.meeting).select_related(
            "person", "party", "substitute"
        )
    }
    assert set(rows) == {"Jonas Dahl", "Mette Andreassen", "Ny Stedfortræder", "Kristine Stange"}
    assert rows["Jonas Dahl"].status == Attendance.Status.ATTENDING
    assert rows["Jonas Dahl"].person == steering.hospital_chair
    assert rows["Jonas Dahl"].party == steering.hospital
    assert rows["Jonas Dahl"].membership is not None
    assert rows["Kristine Stange"].status == Attendance.Status.APOLOGY
    assert rows["Kristine Stange"].person == steering.member
    assert rows["Kristine Stange"].substitute.name == "Ny Stedfortræder"
    new = Person.objects.get(name="Ny Stedfortræder")
    assert new.title == "chef"
    assert new.organisation == steering.viborg
    assert "Kristine Stange" in rows["Ny Stedfortræder"].role_text


def test_people_mapping_overrides_the_default(steering):
    other = PersonFactory(name="J. Dahl")
    people = {"Jonas Dahl": other.pk, "Kristine Stange": None}
    source = import_parsed(
        small_minutes(), steering.forum, data=b"y", filename="r.txt", people=people
    )
    names = set(source.meeting.attendances.values_list("person_id", flat=True))
    assert other.pk in names
    assert steering.hospital_chair.pk not in names
    # None: a new person even though one of that name exists.
    assert Person.objects.filter(name="Kristine Stange").count() == 2
    assert steering.member.pk not in names


def test_propose_people_matches_loosely(steering):
    PersonFactory(name="Maria K. Christensen")
    PersonFactory(name="Søren Østergård")
    parsed = ParsedMeeting(
        leader="Jonas Dahl",
        participants=[
            ParsedPerson("maria christensen"),
            ParsedPerson("Soren Ostergard"),
            ParsedPerson("Søren Østergård"),
            ParsedPerson("Helt Ny"),
        ],
        minute_takers=["KRISTINE STANGE"],
    )
    proposal = propose_people(parsed, steering.forum)
    by_name = {k: (Person.objects.get(pk=v).name if v else None) for k, v in proposal.items()}
    assert by_name == {
        "Jonas Dahl": "Jonas Dahl",
        "maria christensen": "Maria K. Christensen",
        # ø and å are letters, not accented o and a.
        "Soren Ostergard": None,
        "Søren Østergård": "Søren Østergård",
        "Helt Ny": None,
        "KRISTINE STANGE": "Kristine Stange",
    }


def test_the_same_file_twice_is_detected(steering):
    first = import_parsed(small_minutes(), steering.forum, data=b"same", filename="a.txt")
    meetings = Meeting.objects.count()
    with pytest.raises(DuplicateImport) as raised:
        import_parsed(small_minutes(), steering.forum, data=b"same", filename="b.txt")
    assert raised.value.source == first
    assert Meeting.objects.count() == meetings


def test_nothing_is_saved_when_a_late_step_fails(steering, settings):
    parsed = small_minutes()
    # Items, people and attendance are saved before the attachments; a link too long to store
    # fails there.
    parsed.items[1].attachments = ["https://example.org/" + "x" * 1200]
    before = (Meeting.objects.count(), Person.objects.count(), AgendaItem.objects.count())
    with pytest.raises(ValidationError):
        import_parsed(parsed, steering.forum, data=b"late", filename="late.txt")
    after = (Meeting.objects.count(), Person.objects.count(), AgendaItem.objects.count())
    assert after == before
    assert not ImportedSource.objects.exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("late*"))


def test_an_agenda_ends_published_and_a_missing_time_is_noted(steering):
    parsed = ParsedMeeting(
        document_kind="agenda",
        date="2024-03-01",
        participants=[ParsedPerson("Jonas Dahl")],
        items=[
            ParsedItem(1, "Velkomst", "welcome"),
            ParsedItem(2, "Sag", "decision", recommendations=["Godkender"]),
        ],
    )
    source = import_parsed(parsed, steering.forum, data=b"agenda", filename="dagsorden.txt")
    meeting = source.meeting
    assert meeting.state == Meeting.State.AGENDA_PUBLISHED
    assert meeting.starts_at == datetime.datetime(2024, 3, 1, 9, 0, tzinfo=CPH)
    assert meeting.ends_at == datetime.datetime(2024, 3, 1, 11, 0, tzinfo=CPH)
    assert len(source.confirmed["import_notes"]) == 2
    assert not Decision.objects.filter(item__meeting=meeting).exists()
    assert meeting.attendances.get().status == Attendance.Status.INVITED


def test_a_document_without_date_or_items_is_refused(steering):
    with pytest.raises(ValidationError) as raised:
        import_parsed(
            ParsedMeeting(items=[ParsedItem(1, "A")]), steering.forum, data=b"1", filename="a"
        )
    assert "date" in raised.value.error_dict
    with pytest.raises(ValidationError):
        import_parsed(ParsedMeeting(date="2024-01-01"), steering.forum, data=b"2", filename="a")
    assert not ImportedSource.objects.exists()


@pytest.mark.parametrize(
    ("text", "has_recommendation", "outcome"),
    [
        ("Godkendt.", True, "approved"),
        ("Indstillingen godkender", True, "approved"),
        ("Ikke godkendt.", True, "rejected"),
        ("Orienteringen blev taget til efterretning.", True, "noted"),
        ("Til orientering", False, "noted"),
        ("Punktet blev drøftet.", True, "discussed"),
        ("Styregruppen drøftede oplægget", False, "discussed"),
        ("Udsat til næste møde", True, "postponed"),
        ("Sagen sendes videre til Politisk niveau", True, "forwarded"),
        ("Videresendt.", True, "forwarded"),
        ("Godkendt (PLO har forbehold).", True, "approved_with_remarks"),
        ("GAF indsats: Middelfart undersøger sagen.", True, "approved_with_remarks"),
        ("Sekretariatet følger op.", False, "discussed"),
    ],
)
def test_outcome_is_read_from_the_wording(text, has_recommendation, outcome):
    assert outcome_of(text, has_recommendation) == outcome


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Godkendt.", ""),
        ("1. Godkendt.", ""),
        ("Drøftet", ""),
        ("Punktet blev drøftet.", ""),
        ("Punkterne blev godkendt uden tilføjelser.", "Punkterne blev godkendt uden tilføjelser."),
    ],
)
def test_decision_text_drops_a_bare_outcome(text, kept):
    assert decision_text(text) == kept


def _words(text):
    return " ".join(text.split())


def _seed_004_parsed() -> ParsedMeeting:
    from klynge.archive.importer.pipeline import read_document

    return read_document(SEED_004.read_bytes(), SEED_004.name)


def test_seed_004_imports_to_the_structure_of_the_demo(steering):
    source = import_parsed(
        _seed_004_parsed(), steering.forum, data=SEED_004.read_bytes(), filename=SEED_004.name
    )
    meeting = source.meeting
    assert meeting.state == Meeting.State.MINUTES_PUBLISHED
    assert meeting.starts_at == datetime.datetime(2025, 2, 26, 14, 30, tzinfo=CPH)
    assert meeting.leader.name == "Hanne Andersen"
    items = list(meeting.items.order_by("position").prefetch_related("recommendations"))
    assert [_words(i.title) for i in items] == [_words(d["title"]) for d in SEED_004_ITEMS]
    assert [i.kind for i in items] == [d["kind"] for d in SEED_004_ITEMS]
    assert [i.duration_minutes for i in items] == [
        d.get("duration_minutes", 0) for d in SEED_004_ITEMS
    ]
    assert [len(i.recommendations.all()) for i in items] == [
        len(d.get("recommendations", [])) for d in SEED_004_ITEMS
    ]
    outcomes = [sorted(d.outcome for d in i.decisions.all()) for i in items]
    assert outcomes == [
        sorted(outcome for _n, outcome, _t in d.get("decisions", [])) for d in SEED_004_ITEMS
    ]
    statuses = dict(meeting.attendances.values_list("person__name", "status"))
    assert statuses == {
        **dict.fromkeys(LILLEBAELT_PRESENT, "attending"),
        **dict.fromkeys(LILLEBAELT_APOLOGIES, "apology"),
    }
