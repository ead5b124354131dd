"""A closed item's text, title included, reaches nobody outside the forum and nobody excluded
from it: no page, document, feed, download, search hit, API answer, action, trail or imported
original. Those who read the forum see only that the item exists ("Lukket punkt"). The forum's
cluster has a successor (a council): the council's secretariat reads the closed item as the
cluster's did, and nobody else of the council does."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.urls import reverse
from pypdf import PdfReader

from klynge.archive import services as archive
from klynge.archive.importer.parsed import ParsedItem, ParsedMeeting
from klynge.archive.search.indexer import rebuild_index
from klynge.followup import services as followup
from klynge.followup.models import Action
from klynge.meetings import services
from klynge.meetings.models import Decision, ItemExclusion, Meeting
from klynge.meetings.tests.conftest import DAY, aware

from .test_authorization_matrix import RULES, world  # noqa: F401 - the shared world fixture

# Long enough that no random token (CSRF, nonce) on a page can contain it by chance.
SECRET = "Fortroligt LUKKETSAGZQX9WK: borgeren Jens Hansen"
MARK = "LUKKETSAGZQX9WK"


@pytest.fixture
def secret_world(world):  # noqa: F811
    item = world.closed_item
    item.title = f"Personsag {MARK}"
    item.case_text = f"Sagen om {SECRET}."
    item.summary = SECRET
    item.save()
    services.save_item(item, [f"at {SECRET} tages til efterretning"], reason="Rettelse")
    services.hold_meeting(world.meeting)
    rec = item.recommendations.get()
    services.record_minutes(
        item, f"Referat: {SECRET}", f"Uenighed om {SECRET}", [(rec, Decision.Outcome.NOTED, SECRET)]
    )
    open_rec = world.open_item.recommendations.get()
    services.record_minutes(
        world.open_item, "Åbent", "", [(open_rec, Decision.Outcome.APPROVED, "")]
    )
    for chair in services.chairs(Meeting.objects.get(pk=world.meeting.pk)):
        services.approve_minutes(world.meeting, chair)
    services.publish_minutes(world.meeting)
    _follow_up_on_the_closed_item(world, item)
    _discuss_the_closed_item(world, item)
    _import_a_document_with_the_closed_item(world)
    # The tests run inside one transaction, so the after-commit indexing never fires: index now.
    rebuild_index()
    return world


def _follow_up_on_the_closed_item(world, item) -> None:  # noqa: F811
    """An action on the closed item, and the matter forwarded to the other cluster's forum and
    put on its agenda, so that the closed item is a step of an open item's trail there."""
    followup.save_action(
        Action(
            forum=world.forum,
            item=item,
            title=f"Følg op på {MARK}",
            notes=SECRET,
            responsible_party=world.steering.viborg,
        )
    )
    referral = followup.forward(item, world.other_forum, title="Opfølgning på en sag")
    meeting = services.create_meeting(
        world.other_forum, starts_at=aware(DAY, 13), ends_at=aware(DAY, 14)
    )
    world.onward_item = followup.schedule(referral.backlog_item, meeting)


def _discuss_the_closed_item(world, item) -> None:  # noqa: F811
    """The chair's note and comment on the closed item, a member's reply mentioning the chair."""
    from klynge.workspace import services as workspace

    workspace.save_note(item, world.steering.chair_user, f"Note om {SECRET}")
    comment = workspace.add_comment(item, world.steering.chair_user, f"Kommentar om {SECRET}")
    workspace.add_comment(
        item, world.steering.member_user, f"@jonas svar om {MARK}", parent=comment
    )


def _import_a_document_with_the_closed_item(world) -> None:  # noqa: F811
    parsed = ParsedMeeting(
        date="2023-06-07",
        items=[
            ParsedItem(number=1, title="Velkomst", kind="welcome"),
            ParsedItem(number=2, title=f"Sag {MARK}", case_text=SECRET, closed=True),
        ],
        unplaced_text=SECRET,
    )
    source = archive.import_parsed(
        parsed, world.forum, data=f"Referat\n{SECRET}".encode(), filename="referat.txt"
    )
    # The excluded member is excluded from the imported closed item too.
    closed = source.meeting.items.get(closed=True)
    ItemExclusion.objects.create(item=closed, person=world.users["excluded"].person)


def readable_text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content.startswith(b"%PDF"):
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return " ".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return content.decode("utf-8", "replace")


def visit_everything(client, world) -> dict[str, str]:  # noqa: F811
    texts = {}
    for name, rule in RULES.items():
        if rule.method != "get":
            continue
        response = client.get(reverse(name, args=rule.args(world)))
        texts[name] = readable_text(response)
    for kind, number in (("agenda", 2), ("minutes", 1)):
        url = reverse("meetings:version", args=[world.meeting.pk, kind, number])
        texts[f"version {kind} {number}"] = readable_text(client.get(url))
    closed = reverse("workspace:item", args=[world.meeting.pk, world.closed_item.pk])
    texts["the closed item in the workspace"] = readable_text(client.get(closed))
    trail = reverse("followup:trail", args=[world.onward_item.pk])
    texts["trail of the forwarded matter"] = readable_text(client.get(trail))
    for words in (MARK, "borgeren Jens Hansen"):
        texts[f"search {words}"] = search_text(client, words)
    return texts


def search_text(client, words: str) -> str:
    """What the search shows of its hits (the page itself repeats the words searched for)."""
    response = client.get(reverse("search:search"), {"q": words})
    if response.status_code != 200:
        return ""
    hits = response.context["results"].hits
    return " ".join(f"{hit.title} {hit.snippet} {hit.url}" for hit in hits)


@pytest.mark.parametrize(
    "role",
    ["anonymous", "outsider", "reader", "other_secretariat", "excluded", "successor_member"],
)
def test_no_page_document_or_feed_shows_a_closed_item_to_outsiders(client, secret_world, role):
    user = secret_world.users[role]
    if user is not None:
        client.force_login(user)
    leaks = [name for name, text in visit_everything(client, secret_world).items() if MARK in text]
    assert leaks == []


@pytest.mark.parametrize("role", ["member", "successor_secretariat"])
def test_the_forums_member_and_the_successors_secretariat_read_the_closed_item(
    client, secret_world, role
):
    client.force_login(secret_world.users[role])
    texts = visit_everything(client, secret_world)
    assert MARK in texts["meetings:meeting"]
    assert MARK in texts["meetings:minutes_pdf"]
    assert MARK in texts["meetings:minutes_docx"]
    assert MARK in texts["version minutes 1"]
    assert MARK in texts[f"search {MARK}"]
    assert MARK in texts["archive:source_download"]
    assert MARK in texts["followup:forum_actions"]
    assert MARK in texts["api:action-list"]
    assert MARK in texts["the closed item in the workspace"]


def test_a_reader_sees_that_the_closed_item_exists(client, secret_world):
    client.force_login(secret_world.users["reader"])
    texts = visit_everything(client, secret_world)
    for name in ("meetings:meeting", "meetings:minutes_pdf", "meetings:agenda_docx"):
        assert "Lukket punkt" in texts[name], name
