"""Search across the archive, on the database the suite runs on (SQLite, or PostgreSQL through
scripts/with-postgres.sh): the expectations are the same lists on both."""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django.utils.html import strip_tags

from klynge.accounts.models import Role, RoleAssignment, User
from klynge.archive.search.entries import SearchEntry
from klynge.archive.search.indexer import rebuild_index
from klynge.archive.search.query import SNIPPET_CHARS, search, snippet
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.models import AgendaItem, Decision
from klynge.meetings.tests.conftest import add_item
from klynge.organisation.models import Forum
from klynge.organisation.tests.factories import ClusterFactory, ForumFactory
from klynge.portfolio.models import Fund, Initiative


@dataclass
class Archive:
    steering: object
    other_forum: Forum
    region_forum: Forum
    approved: AgendaItem
    closed: AgendaItem
    other: AgendaItem
    region_item: AgendaItem
    action: Action
    initiative: Initiative
    admin: User
    reader: User


def meeting_on(forum, day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    return services.create_meeting(
        forum, starts_at=start, ends_at=start + datetime.timedelta(hours=2)
    )


def decide(item, outcome, text=""):
    Decision.objects.create(item=item, outcome=outcome, text=text)


@pytest.fixture
def archive(steering, django_capture_on_commit_callbacks):
    midt = steering.forum.cluster
    with django_capture_on_commit_callbacks(execute=True):
        approved = add_item(
            steering.meeting,
            "Kommissorium for arbejdsgruppen",
            recommendations=["at styregruppen godkender kommissoriet"],
            case_text="Klyngestyregruppen godkendte **kommissoriet** <script>alert(1)</script>.",
        )
        decide(approved, Decision.Outcome.APPROVED, "Kommissoriet blev godkendt.")
        closed = add_item(
            steering.meeting,
            "Budget for klyngen",
            closed=True,
            case_text="Klyngen godkender budgettet for næste år.",
        )
        west = ClusterFactory(name="Vestklyngen", slug="vestklyngen", region=midt.region)
        other_forum = ForumFactory(cluster=west, name="Styregruppe Vest", slug="vest-styregruppe")
        other = add_item(
            meeting_on(other_forum, datetime.date(2024, 3, 1)),
            "Kommissorier i klyngerne",
            kind=AgendaItem.Kind.ORIENTATION,
            minutes_text="Orienteringen om kommissorierne blev taget til efterretning.",
        )
        decide(other, Decision.Outcome.NOTED)
        region_forum = ForumFactory(
            cluster=None, region=midt.region, name="Sundhedssamarbejdsudvalget", slug="ssu"
        )
        region_item = add_item(
            meeting_on(region_forum, datetime.date(2025, 5, 20)),
            "Klynger i regionen",
            case_text="Planen for klyngerne godkendes af udvalget.",
        )
        action = Action.objects.create(
            forum=steering.forum,
            item=approved,
            title="Udsend det godkendte kommissorium",
            responsible_forum=steering.forum,
        )
        fund = Fund.objects.create(
            cluster=midt,
            owner_forum=steering.forum,
            name="Klyngemidler",
            granted_ore=100,
            start_year=2025,
            end_year=2026,
        )
        initiative = Initiative.objects.create(
            fund=fund,
            owner_forum=steering.forum,
            name="Opsporing af skrøbelighed",
            description="Frailty-score hos ældre borgere i klyngen.",
        )
    admin = User.objects.create_user("admin")
    RoleAssignment.objects.create(user=admin, role=Role.ADMINISTRATOR)
    reader = User.objects.create_user("laeser")
    RoleAssignment.objects.create(user=reader, role=Role.MEMBER, cluster=midt)
    return Archive(
        steering,
        other_forum,
        region_forum,
        approved,
        closed,
        other,
        region_item,
        action,
        initiative,
        admin,
        reader,
    )


def titles(results):
    return sorted(hit.title for hit in results.hits)


# The same expectations on SQLite and PostgreSQL: (query, filters, titles the admin finds).
CASES = [
    (
        "godkende",
        {},
        [
            "Budget for klyngen",
            "Klynger i regionen",
            "Kommissorium for arbejdsgruppen",
            "Udsend det godkendte kommissorium",
        ],
    ),
    (
        "kommissoriet",
        {},
        [
            "Kommissorier i klyngerne",
            "Kommissorium for arbejdsgruppen",
            "Udsend det godkendte kommissorium",
        ],
    ),
    (
        "kommissorier godkendt",
        {},
        ["Kommissorium for arbejdsgruppen", "Udsend det godkendte kommissorium"],
    ),
    ("klyngerne", {"kinds": ["initiative"]}, ["Opsporing af skrøbelighed"]),
    ("kommissorium", {"kinds": ["action"]}, ["Udsend det godkendte kommissorium"]),
    (
        "kommissorium",
        {"outcome": "approved"},
        ["Kommissorium for arbejdsgruppen", "Udsend det godkendte kommissorium"],
    ),
    ("kommissorium", {"outcome": "noted"}, ["Kommissorier i klyngerne"]),
    ("kommissorium", {"item_kind": "orientation"}, ["Kommissorier i klyngerne"]),
    (
        "klynge",
        {"date_from": datetime.date(2025, 1, 1), "date_to": datetime.date(2025, 12, 31)},
        ["Klynger i regionen"],
    ),
    ("skrøbelighed frailty", {}, ["Opsporing af skrøbelighed"]),
    ("og i at", {}, []),
    ("kommissorium budget", {}, []),
]


@pytest.mark.parametrize(("q", "filters", "expected"), CASES)
def test_same_results_on_every_database(archive, q, filters, expected):
    assert titles(search(archive.admin, q, per_page=50, **filters)) == expected, connection.vendor


def test_cluster_and_forum_filters(archive):
    midt = archive.steering.forum.cluster
    assert titles(search(archive.admin, "kommissorium", cluster=midt)) == [
        "Kommissorium for arbejdsgruppen",
        "Udsend det godkendte kommissorium",
    ]
    assert titles(search(archive.admin, "klynge", forum=archive.region_forum.pk)) == [
        "Klynger i regionen"
    ]


def test_closed_items_only_for_those_allowed(archive):
    secretary = archive.steering.secretary_user
    assert "Budget for klyngen" in titles(search(secretary, "budget"))
    assert titles(search(archive.reader, "budget")) == []
    # A seat in the forum opens its closed items.
    assert "Budget for klyngen" in titles(search(archive.steering.member_user, "budget"))


def test_other_clusters_hidden_when_out_of_scope(archive):
    secretary = archive.steering.secretary_user
    found = titles(search(secretary, "kommissorium"))
    assert "Kommissorier i klyngerne" not in found
    assert "Kommissorium for arbejdsgruppen" in found
    # The region-level forum is read by anyone with a role in a cluster of the region.
    assert titles(search(secretary, "regionen")) == ["Klynger i regionen"]


def test_anonymous_users_find_nothing(archive):
    assert search(AnonymousUser(), "kommissorium").total == 0


def test_snippets_are_highlighted_and_escaped(archive):
    results = search(archive.admin, "kommissoriet", kinds=["item"], item_kind="decision")
    hit = results.hits[0]
    assert hit.title == "Kommissorium for arbejdsgruppen"
    assert "<mark>kommissoriet</mark>" in hit.snippet
    assert "<mark>Kommissoriet</mark> blev godkendt" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "**" not in hit.snippet
    assert hit.title_html == "<mark>Kommissorium</mark> for arbejdsgruppen"


def test_results_grouped_by_cluster(archive):
    results = search(archive.admin, "klynge", per_page=50)
    labels = [label for label, _hits in results.groups]
    assert sorted(labels) == ["Midtklyngen", "Region Midtjylland", "Vestklyngen"]
    assert sum(len(hits) for _label, hits in results.groups) == results.total == len(results.hits)
    assert labels[0] == results.hits[0].cluster_name


def test_paging(archive):
    first = search(archive.admin, "godkende", per_page=3)
    second = search(archive.admin, "godkende", per_page=3, page=2)
    assert (first.total, first.pages, len(first.hits), len(second.hits)) == (4, 2, 3, 1)
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}


def test_index_follows_saves_and_deletes(archive, django_capture_on_commit_callbacks):
    item = archive.region_item
    with django_capture_on_commit_callbacks(execute=True):
        item.title = "Frailty-score i regionen"
        services.save_item(item)
    assert titles(search(archive.admin, "frailty", kinds=["item"])) == ["Frailty-score i regionen"]
    with django_capture_on_commit_callbacks(execute=True):
        item.decisions.create(outcome=Decision.Outcome.POSTPONED, text="Udskudt til efteråret")
    assert titles(search(archive.admin, "efterår")) == ["Frailty-score i regionen"]
    with django_capture_on_commit_callbacks(execute=True):
        item.delete()
    assert titles(search(archive.admin, "frailty", kinds=["item"])) == []
    assert not SearchEntry.objects.filter(kind="item", object_id=item.pk).exists()


def test_meeting_moved_moves_its_entries(archive, django_capture_on_commit_callbacks):
    meeting = archive.other.meeting
    with django_capture_on_commit_callbacks(execute=True):
        meeting.starts_at += datetime.timedelta(days=400)
        meeting.ends_at += datetime.timedelta(days=400)
        meeting.save()
    entry = SearchEntry.objects.get(kind="item", object_id=archive.other.pk)
    assert entry.date == datetime.date(2025, 4, 5)


def test_one_index_write_per_transaction(archive, django_capture_on_commit_callbacks):
    item = archive.approved
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item.minutes_text = "Drøftet"
        item.save()
        item.recommendations.first().save()
        item.decisions.first().save()
    assert len(callbacks) == 1


def test_rebuild_gives_the_same_results(archive):
    before = {q: titles(search(archive.admin, q, per_page=50)) for q, _f, _e in CASES}
    assert rebuild_index(batch_size=2) == SearchEntry.objects.count() == 6
    after = {q: titles(search(archive.admin, q, per_page=50)) for q, _f, _e in CASES}
    assert before == after
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert SearchEntry.objects.count() == 6


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's ispell dictionary")
@pytest.mark.django_db
def test_postgres_hunspell_dictionary_agrees_with_the_python_lemmas():
    from klynge.archive.search.checks import has_hunspell, hunspell_dictionary
    from klynge.archive.search.lemma import lemma

    assert has_hunspell()
    assert hunspell_dictionary(databases=["default"]) == []
    words = ["godkendt", "godkendes", "godkendte", "kommissoriet", "kommissorier", "klyngen"]
    with connection.cursor() as cursor:
        for word in words:
            cursor.execute("SELECT ts_lexize('danish_hunspell', %s)", [word])
            assert set(cursor.fetchone()[0]) == set(lemma(word)), word
        cursor.execute("SELECT to_tsvector('klynge_danish', 'Klyngerne godkendte kommissoriet')")
        vector = cursor.fetchone()[0]
    assert "'godkende'" in vector and "'kommissorium'" in vector and "'klynge'" in vector


def test_beyond_the_count_cap_the_newest_matches_come_first(archive, monkeypatch):
    from klynge.archive.search import query

    everything = search(archive.admin, "godkende", per_page=100)
    assert not everything.more and everything.total == 4
    monkeypatch.setattr(query, "COUNT_CAP", 2)
    capped = search(archive.admin, "godkende", per_page=2)
    assert capped.more and capped.total == 2 and capped.pages == 1
    newest = max(hit.date for hit in everything.hits)
    assert [hit.date for hit in capped.hits] == [newest, newest]
    assert search(archive.admin, "godkende", per_page=2, page=2).hits == []
    # The permission rules hold on this path too.
    assert "Budget for klyngen" not in titles(search(archive.reader, "godkende"))


def test_a_snippet_is_cut_around_the_first_match_of_a_long_text():
    body = "Indledning. " * 500 + "Klyngen godkendte kommissoriet. " + "Afslutning. " * 500
    text = snippet(body, {"godkende"})
    assert text.startswith("… ") and text.endswith(" …")
    assert "<mark>godkendte</mark>" in text
    assert len(strip_tags(text)) <= SNIPPET_CHARS + 4
