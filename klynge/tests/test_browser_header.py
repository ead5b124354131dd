"""In the browser: the page frame loads without a failed request (the favicon included), the item
form's check box sits beside its label, and the header's menus open at tablet width with and
without JavaScript."""

from __future__ import annotations

from django.urls import reverse
from playwright.sync_api import Page, expect

from klynge.meetings.tests.conftest import PASSWORD


def failed_requests(page: Page) -> list[str]:
    """Collects every request of the page that fails or answers 4xx/5xx."""
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.status} {response.url}") if response.status >= 400 else None
        ),
    )
    return failed


def test_a_page_loads_without_a_failed_request_and_has_a_favicon(
    page, live_server, login, steering
):
    failed = failed_requests(page)
    login(page, live_server, steering.secretary_user.username, PASSWORD)
    page.goto(live_server.url + reverse("organisation:forum", args=[steering.forum.slug]))
    page.wait_for_load_state("networkidle")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    response = page.request.get(live_server.url + icon)
    assert response.status == 200
    assert "svg" in response.headers["content-type"]
    page.goto(live_server.url + reverse("public:index"))
    page.wait_for_load_state("networkidle")
    assert failed == []
    # What a browser asks for by itself (a PDF in its viewer, the admin) leads to the icon.
    answer = page.request.get(live_server.url + "/favicon.ico")
    assert answer.status == 200 and "svg" in answer.headers["content-type"]


def test_the_closed_item_check_box_sits_beside_its_label(page, live_server, login, steering):
    login(page, live_server, steering.secretary_user.username, PASSWORD)
    page.goto(live_server.url + reverse("meetings:item_new", args=[steering.meeting.pk]))
    box = page.locator("#id_closed")
    label = page.locator("label[for=id_closed]")
    expect(label).to_be_visible()
    box_at, label_at = box.bounding_box(), label.bounding_box()
    # DKFDS draws the box at the start of the label's row; the input lies over it.
    assert abs(box_at["y"] - label_at["y"]) < label_at["height"], (box_at, label_at)
    assert label_at["x"] - 2 <= box_at["x"] <= label_at["x"] + 8, (box_at, label_at)
    assert box_at["y"] > 300, "not in the page's top-left corner"
    label.click()
    expect(box).to_be_checked()


def test_the_switcher_and_the_mobile_menu_open_without_javascript(browser, live_server, steering):
    for javascript in (True, False):
        context = browser.new_context(
            viewport={"width": 768, "height": 1024}, java_script_enabled=javascript
        )
        page = context.new_page()
        page.goto(live_server.url + reverse("login"))
        page.locator("input[name=username]").fill(steering.member_user.username)
        page.locator("input[name=password]").fill(PASSWORD)
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        page.goto(live_server.url + reverse("organisation:tree"))
        forum_link = page.locator(".klynge-places a", has_text=steering.forum.name)
        expect(forum_link).to_be_hidden()
        page.locator(".klynge-places summary").click()
        expect(forum_link).to_be_visible()
        page.locator(".klynge-places summary").click()

        drawer_link = page.locator(".navigation-menu-mobile a", has_text="Organisation")
        expect(drawer_link).to_be_hidden()
        page.locator(".button-menu-open").click()
        expect(drawer_link).to_be_visible()
        expect(drawer_link).to_have_attribute("aria-current", "page")
        page.locator(".button-menu-close").click()
        expect(drawer_link).to_be_hidden()
        assert page.evaluate("document.documentElement.scrollWidth") <= 768
        context.close()
