"""RSS/Atom feeds and iCalendar files of public fora and clusters (klynge.publish.feeds,
klynge.publish.calendars): what they hold, what they never hold, and what they cost."""

import datetime
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from klynge.meetings.models import AgendaItem, Meeting
from klynge.organisation.models import Cluster, Forum
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory
from klynge.publish.feeds import FEED_SIZE, public_url

ATOM = "{http://www.w3.org/2005/Atom}"
SECRET = "LUKKET-HEMMELIGHED"
FEED_NAMES = ["forum_rss", "forum_atom", "cluster_rss", "cluster_atom", "forum_ics", "cluster_ics"]


@dataclass
class Public:
    cluster: Cluster
    forum: Forum
    hidden: Forum
    held: Meeting
    upcoming: Meeting
    planned: Meeting
    secret: Meeting


def at(days: int, hour: int = 9) -> datetime.datetime:
    """A moment `days` from today, at the hour in Copenhagen."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def meeting(forum, days, agenda=None, minutes=None, **fields):
    made = Meeting.objects.create(
        forum=forum,
        starts_at=at(days),
        ends_at=at(days, 11),
        agenda_published_at=at(agenda) if agenda is not None else None,
        minutes_published_at=at(minutes) if minutes is not None else None,
        **fields,
    )
    AgendaItem.objects.create(meeting=made, position=1, title=f"Åbent punkt {made.pk}")
    AgendaItem.objects.create(meeting=made, position=2, title=SECRET, closed=True)
    AgendaItem.objects.create(meeting=made, position=3, title=f"Andet punkt {made.pk}")
    return made


@pytest.fixture
def public(db) -> Public:
    cluster = ClusterFactory(name="Midtklyngen", slug="midtklyngen")
    forum = ForumFactory(cluster=cluster, name="Klyngestyregruppen", slug="styregruppe")
    hidden = ForumFactory(cluster=cluster, name="Lukket gruppe", slug="lukket", public=False)
    return Public(
        cluster=cluster,
        forum=forum,
        hidden=hidden,
        held=meeting(
            forum,
            -20,
            agenda=-27,
            minutes=-10,
            place="Regionshuset Viborg\nMødelokale 1",
            virtual_address="https://teams.example/hemmeligt-link",
        ),
        upcoming=meeting(forum, 7, agenda=-1, title="Temamøde"),
        planned=meeting(forum, 60),
        secret=meeting(hidden, -5, agenda=-12, minutes=-2),
    )


def get(client, name, slug):
    return client.get(reverse(f"feeds:{name}", args=[slug]))


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel.findall("item")


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def day(moment):
    return f"{timezone.localtime(moment).day}."


def test_forum_rss_has_an_entry_per_publication_newest_first(client, public):
    items = rss_items(get(client, "forum_rss", "styregruppe"))
    titles = [item.findtext("title") for item in items]
    held, upcoming = public.held.starts_at, public.upcoming.starts_at
    assert [title.split(":")[0] for title in titles] == ["Dagsorden", "Referat", "Dagsorden"]
    assert titles[0].startswith(f"Dagsorden: Klyngestyregruppen {day(upcoming)} ")
    assert titles[1].startswith(f"Referat: Klyngestyregruppen {day(held)} ")
    assert titles[2].startswith(f"Dagsorden: Klyngestyregruppen {day(held)} ")
    # Danish month names and the year: "10. december 2026".
    assert titles[0].endswith(f" {upcoming.year}")
    assert not any(month in " ".join(titles) for month in ("January", "May", "October"))


def test_rss_entry_lists_the_open_items_and_links_the_public_meeting(client, public):
    first = rss_items(get(client, "forum_rss", "styregruppe"))[0]
    text = first.findtext("description")
    pk = public.upcoming.pk
    assert text == f"<ul><li>Åbent punkt {pk}</li><li>Andet punkt {pk}</li></ul>"
    assert first.findtext("link") == "http://testserver" + public_url("public:meeting", pk)
    assert first.find("guid").get("isPermaLink") == "false"
    assert first.findtext("pubDate")


def test_guids_are_unique_and_stable(client, public):
    first = [i.findtext("guid") for i in rss_items(get(client, "forum_rss", "styregruppe"))]
    again = [i.findtext("guid") for i in rss_items(get(client, "forum_rss", "styregruppe"))]
    assert first == again
    assert len(set(first)) == 3
    assert f"meeting/{public.held.pk}/minutes" in first[1]


def test_atom_feed_validates_with_the_same_entries(client, public):
    entries = atom_entries(get(client, "forum_atom", "styregruppe"))
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert [title.split(":")[0] for title in titles] == ["Dagsorden", "Referat", "Dagsorden"]
    ids = {entry.findtext(f"{ATOM}id") for entry in entries}
    assert len(ids) == 3
    assert all(entry.findtext(f"{ATOM}published") for entry in entries)
    summary = entries[0].find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert f"Åbent punkt {public.upcoming.pk}" in summary.text


def test_cluster_feeds_hold_only_the_public_fora(client, public):
    other = ForumFactory(cluster=public.cluster, name="Temagruppe Demens", slug="demens")
    meeting(other, -3, agenda=-4)
    items = rss_items(get(client, "cluster_rss", "midtklyngen"))
    titles = [item.findtext("title") for item in items]
    assert len(titles) == 4
    assert titles[0].startswith("Dagsorden: Klyngestyregruppen")
    assert titles[1].startswith("Dagsorden: Temagruppe Demens")
    assert not any("Lukket gruppe" in title for title in titles)
    entries = atom_entries(get(client, "cluster_atom", "midtklyngen"))
    assert len(entries) == 4


def test_minutes_appear_only_once_published(client, public):
    public.held.minutes_published_at = None
    public.held.save()
    titles = [i.findtext("title") for i in rss_items(get(client, "forum_rss", "styregruppe"))]
    assert [title.split(":")[0] for title in titles] == ["Dagsorden", "Dagsorden"]


def test_feed_keeps_the_newest_publications(client, public):
    for n in range(FEED_SIZE):
        meeting(public.forum, -100 - n, agenda=-101 - n)
    items = rss_items(get(client, "forum_rss", "styregruppe"))
    assert len(items) == FEED_SIZE
    assert items[0].findtext("title").startswith("Dagsorden: Klyngestyregruppen")
    assert f"meeting/{public.upcoming.pk}/agenda" in items[0].findtext("guid")


@pytest.mark.parametrize("name", ["forum_rss", "forum_atom", "forum_ics"])
def test_a_forum_off_the_public_site_is_not_found(client, public, name):
    assert get(client, name, "lukket").status_code == 404
    assert get(client, name, "findes-ikke").status_code == 404


@pytest.mark.parametrize("name", ["cluster_rss", "cluster_atom", "cluster_ics"])
def test_an_unknown_cluster_is_not_found(client, public, name):
    assert get(client, name, "findes-ikke").status_code == 404


@pytest.mark.parametrize("name", FEED_NAMES)
def test_closed_items_and_hidden_fora_never_appear(client, public, name):
    slug = "midtklyngen" if name.startswith("cluster") else "styregruppe"
    response = get(client, name, slug)
    assert response.status_code == 200
    content = response.content.decode()
    assert SECRET not in content
    assert "Lukket gruppe" not in content
    assert "hemmeligt-link" not in content


def calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_uid(response):
    return {str(event["uid"]): event for event in calendar(response).walk("VEVENT")}


def test_forum_calendar_holds_upcoming_and_last_years_meetings(client, public):
    old = meeting(public.forum, -400, agenda=-410, minutes=-390)
    events = events_by_uid(get(client, "forum_ics", "styregruppe"))
    starts = sorted(event.decoded("dtstart") for event in events.values())
    expected = [public.held.starts_at, public.upcoming.starts_at, public.planned.starts_at]
    assert starts == expected
    assert not any(uid.startswith(f"public-meeting-{old.pk}@") for uid in events)


def test_calendar_event_has_time_place_link_and_stable_uid(client, public, settings):
    settings.KLYNGE_BASE_URL = "https://klynge.example.dk"
    events = events_by_uid(get(client, "forum_ics", "styregruppe"))
    again = events_by_uid(get(client, "forum_ics", "styregruppe"))
    assert events.keys() == again.keys()
    held = events[f"public-meeting-{public.held.pk}@klynge.example.dk"]
    assert held["dtstart"].params["TZID"] == "Europe/Copenhagen"
    assert str(held.decoded("dtstart").tzinfo) == "Europe/Copenhagen"
    assert held.decoded("dtstart") == public.held.starts_at
    assert held.decoded("dtend") == public.held.ends_at
    assert held["dtstamp"]
    assert str(held["location"]) == "Regionshuset Viborg, Mødelokale 1"
    link = "http://testserver" + public_url("public:meeting", public.held.pk)
    assert str(held["url"]) == link
    assert str(held["summary"]) == "Klyngestyregruppen"
    upcoming = next(e for e in events.values() if "Temamøde" in str(e["summary"]))
    assert str(upcoming["summary"]) == "Klyngestyregruppen: Temamøde"


def test_calendar_has_its_time_zone_and_name(client, public):
    parsed = calendar(get(client, "cluster_ics", "midtklyngen"))
    zones = [str(zone["tzid"]) for zone in parsed.walk("VTIMEZONE")]
    assert zones == ["Europe/Copenhagen"]
    assert str(parsed["x-wr-calname"]) == "Midtklyngen – Klynge"
    assert len(parsed.walk("VEVENT")) == 3


def test_feeds_answer_anonymous_readers_without_a_login(client, public):
    for name in FEED_NAMES:
        slug = "midtklyngen" if name.startswith("cluster") else "styregruppe"
        response = get(client, name, slug)
        assert response.status_code == 200, name


@pytest.mark.parametrize(
    ("name", "slug", "queries"),
    [
        ("forum_rss", "styregruppe", 3),
        ("forum_atom", "styregruppe", 3),
        # A body's feeds first look up its kind, which decides its address (body_urls).
        ("cluster_rss", "midtklyngen", 4),
        ("cluster_atom", "midtklyngen", 4),
        ("forum_ics", "styregruppe", 2),
        ("cluster_ics", "midtklyngen", 3),
    ],
)
def test_query_count_is_fixed(client, public, django_assert_num_queries, name, slug, queries):
    with django_assert_num_queries(queries):
        assert get(client, name, slug).status_code == 200
    other = ForumFactory(cluster=public.cluster, slug="endnu-en")
    for n in range(5):
        meeting(public.forum, -30 - n, agenda=-31 - n, minutes=-29 - n)
        meeting(other, 10 + n, agenda=-1)
    with django_assert_num_queries(queries):
        assert get(client, name, slug).status_code == 200
