"""In the browser: a citizen follows a cluster without logging in, down to a meeting's agenda,
and axe-core finds nothing on any page on the way."""

import re

from django.urls import reverse
from playwright.sync_api import expect

from .test_site_pages import CLOSED_TITLE, public_world, steering  # noqa: F401 - fixtures


def test_a_visitor_follows_a_cluster_down_to_a_meeting(
    page,
    live_server,
    axe,
    public_world,  # noqa: F811
):
    page.goto(live_server.url + reverse("public:index"))
    expect(page.get_by_role("link", name="Log ind")).to_be_visible()
    axe(page)

    page.get_by_role("link", name="Midtklyngen").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Midtklyngen")
    axe(page)

    page.get_by_role("main").get_by_role("link", name="Klyngestyregruppen", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Klyngestyregruppen")
    expect(page.get_by_role("table")).to_contain_text("Kristine Stange")
    axe(page)

    page.get_by_role("link", name=re.compile("10. december 2026")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("10. december 2026")
    expect(page.get_by_role("main")).to_contain_text("Status på Tele-KOL")
    expect(page.get_by_role("main")).not_to_contain_text(CLOSED_TITLE)
    axe(page)

    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name=re.compile("."))).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_the_other_public_pages_pass_axe(page, live_server, axe, public_world):  # noqa: F811
    cluster, forum = public_world.forum.cluster, public_world.forum
    for url in (
        reverse("public:region", args=[cluster.region.slug]),
        reverse("public:decisions", args=[cluster.slug]) + "?forum=ukendt",
        reverse("public:initiatives", args=[cluster.slug]),
        reverse("public:terms", args=[forum.slug]),
        reverse("public:forum", args=[public_world.committee.slug]),
        reverse("public:meeting", args=[public_world.draft_meeting.pk]),
    ):
        page.goto(live_server.url + url)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        axe(page)
