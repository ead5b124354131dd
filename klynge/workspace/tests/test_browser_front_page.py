"""In the browser: a member logs in and lands on the front page with the next meeting; the
secretariat sees its deadlines, changes a forum's, and the pages fit a tablet."""

from __future__ import annotations

from django.urls import reverse
from playwright.sync_api import Page, expect

from klynge.meetings.tests.conftest import PASSWORD, add_item
from klynge.templatetags.danish import dato
from klynge.workspace.tests.test_front_page import (  # noqa: F401 - fixtures
    plan,
    say,
    steering,
    world,
)

TABLET = {"width": 768, "height": 1024}


def fits(page: Page) -> None:
    """No sideways scrolling at the page's width."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], page.url


def test_a_member_lands_on_the_front_page_and_opens_the_next_meeting(
    page,
    live_server,
    login,
    axe,
    world,  # noqa: F811
):
    say(world.status, world.s.chair_user, "Kristine, se tallene", mentions=[world.member])
    login(page, live_server, world.member.username, PASSWORD)
    assert page.url == live_server.url + reverse("home")

    meetings = page.get_by_role("region", name="Mine næste møder")
    expect(meetings).to_contain_text(dato(world.coming.starts_at))
    expect(meetings).to_contain_text("Dagsorden udsendt")
    expect(meetings).to_contain_text("3 punkter ikke åbnet")
    expect(meetings).to_contain_text("1 ny kommentar")
    comments = page.get_by_role("region", name="Kommentarer til dig")
    expect(comments).to_contain_text("Jonas Dahl nævnte dig")
    expect(page.get_by_text("Sekretariatets fora")).to_have_count(0)
    axe(page)

    page.set_viewport_size(TABLET)
    fits(page)
    meetings.get_by_role("link", name=world.s.forum.name).click()
    assert page.url == live_server.url + world.coming.get_absolute_url()


def test_the_secretariat_sees_its_deadlines_and_changes_a_forums(
    page,
    live_server,
    login,
    axe,
    world,  # noqa: F811
):
    late = plan(world.s.forum, 2)
    add_item(late, "Status")
    login(page, live_server, world.s.secretary_user.username, PASSWORD)
    assert page.url == live_server.url + reverse("home")

    overdue = page.locator(".alert-error")
    expect(overdue).to_contain_text("1 frist er overskredet")
    expect(overdue).to_contain_text("5 dage over fristen")
    table = page.get_by_role("region", name="Møder og deres frister")
    meeting_link = page.get_by_role("link", name=f"{dato(late.starts_at)}, {world.s.forum.name}")
    row = table.get_by_role("row").filter(has=meeting_link)
    expect(row).to_contain_text("Dagsorden under udarbejdelse")
    expect(row).to_contain_text("5 dage over fristen")
    expect(table).to_contain_text("Referat senest")
    axe(page)

    page.get_by_text("Frister pr. forum").click()
    page.get_by_role("link", name=f"Ret fristerne for {world.s.forum.name}").click()
    page.get_by_label("Dagsorden ud, dage før mødet").fill("1")
    page.get_by_role("button", name="Gem").click()
    expect(page.get_by_role("status")).to_contain_text("Fristerne er gemt")
    late_row = page.get_by_role("row").filter(
        has=page.get_by_role("link", name=dato(late.starts_at), exact=True)
    )
    expect(late_row).to_contain_text("Frist om 1 dag")
    axe(page)

    page.get_by_label("Dagsorden ud, dage før mødet").fill("200")
    page.get_by_role("button", name="Gem").click()
    expect(page.locator(".form-error-message")).to_contain_text("mindre end eller lig 90")
    axe(page)

    page.set_viewport_size(TABLET)
    for name in ("home", "workspace:meetings"):
        page.goto(live_server.url + reverse(name))
        fits(page)
        axe(page)
    page.goto(live_server.url + reverse("workspace:forum_deadlines", args=[world.s.forum.slug]))
    fits(page)
