"""The Nu HTML checker (vnu) finds no error on the secretariat's pages nor on the public site.

Every page is fetched with the test client and all of them are checked in one run of vnu: the
JVM takes seconds to start, the pages take milliseconds each. Pages that cannot be fetched are
reported together with the HTML errors, so one run shows everything that is wrong.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from klynge.meetings.models import Meeting
from klynge.tests import a11y
from klynge.tests.a11y import scene_fixture  # noqa: F401 - the `scene` fixture
from klynge.tests.test_authorization_matrix import World, world  # noqa: F401 - `scene` needs it

# The secretariat reads at least this many HTML pages of the matrix: a guard against the loop
# silently checking nothing because the fixtures or the rules changed.
MIN_SECRETARIAT_PAGES = 60

# Forms posted empty: the page comes back with its error messages, which must be valid too.
INVALID_POSTS = [
    "meetings:meeting_new",
    "meetings:item_new",
    "followup:action_new",
    "organisation:membership_add",
    "portfolio:initiative_new",
]

# A page with an HTML error, checked with the others.
CANARY = a11y.Page("canary", "/canary/", "<!DOCTYPE html><html lang=da><p><div>x</p></html>")

# The meeting-page family checked in every state of the cycle.
PER_STATE = ["meetings:meeting", "meetings:meeting_edit", "meetings:item_new"]


@pytest.fixture
def vnu():
    reason = a11y.vnu_missing()
    if reason:
        pytest.fail(reason, pytrace=False)
    return a11y.vnu_errors


class Collector:
    """Fetches pages, keeping the HTML ones and noting every one that failed."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.pages: list[a11y.Page] = []
        self.problems: list[str] = []

    def get(self, label: str, url: str) -> int:
        status, page = a11y.fetch(self.client, label, url)
        if page:
            self.pages.append(page)
        return status

    def must_get(self, label: str, url: str) -> None:
        status = self.get(label, url)
        if status != 200:
            self.problems.append(f"{label} ({url}): status {status}")

    def post_invalid(self, label: str, url: str, data: dict[str, str] | None = None) -> None:
        response = self.client.post(url, data or {})
        if response.status_code != 200 or not a11y.is_html(response):
            self.problems.append(f"{label} (POST {url}): status {response.status_code}")
            return
        self.pages.append(a11y.Page(label, url, response.content.decode()))


def collect_secretariat(pages: Collector, w: World, meetings: dict[str, Meeting]) -> None:
    pages.client.force_login(w.users["secretariat"])
    for name, url in a11y.secretariat_urls(w):
        # Files (PDF, Word, iCalendar) and redirects are not pages; refusals are.
        if pages.get(name, url) >= 400:
            pages.problems.append(f"{name} ({url}): refused to the secretariat")
    for state, meeting in meetings.items():
        for name in PER_STATE:
            pages.must_get(f"{name} [{state}]", reverse(name, args=[meeting.pk]))
        if meeting.is_past(Meeting.State.AGENDA_PUBLISHED):
            item = meeting.items.filter(closed=False).first()
            url = reverse("meetings:minutes_edit", args=[meeting.pk, item.pk])
            pages.must_get(f"meetings:minutes_edit [{state}]", url)
    for name in INVALID_POSTS:
        pages.post_invalid(f"{name} [invalid]", reverse(name, args=a11y.RULES[name].args(w)))


def collect_public(pages: Collector, w: World, meetings: dict[str, Meeting]) -> None:
    """Every page of the public namespace as the anonymous visitor sees it."""
    pages.client.logout()
    urls, unknown = a11y.public_urls(w, meetings)
    pages.problems += [f"{u}: no candidates in a11y.PUBLIC_PARAMETERS" for u in unknown]
    for name, candidates in urls.items():
        statuses = []
        for url in candidates:
            statuses.append(pages.get(name, url))
            if statuses[-1] < 400:
                break
        else:
            pages.problems.append(f"{name}: statuses {statuses} for {candidates}")
    for state, url in a11y.public_meeting_urls(meetings).items():
        pages.must_get(f"public:meeting [{state}]", url)


def test_no_html_errors_on_secretariat_and_public_pages(scene, vnu):
    w, meetings = scene.world, scene.meetings
    # A failing public page is reported with the rest instead of stopping the run.
    pages = Collector(Client(raise_request_exception=False))
    pages.must_get("login", reverse("login"))
    pages.post_invalid("login [invalid]", reverse("login"), {"username": "x", "password": "y"})
    collect_secretariat(pages, w, meetings)
    secretariat_count = len(pages.pages)
    collect_public(pages, w, meetings)

    # A broken page in the same run shows the checker works and reports by page.
    errors = vnu([*pages.pages, CANARY])
    assert any(e.startswith("canary (/canary/)") for e in errors), errors
    problems = pages.problems + [e for e in errors if not e.startswith("canary")]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)
    assert secretariat_count >= MIN_SECRETARIAT_PAGES, [p.label for p in pages.pages]
