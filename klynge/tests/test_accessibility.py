"""In the browser: axe-core finds no violation on the main pages, and the keyboard works.

One browser page visits many URLs and every violation is collected before the test fails, so
one run lists everything to fix. The keyboard tests follow a keyboard user: Tab from the top
reaches the skip link first, the skip link moves focus to the main content, the main menu is
reachable, and forms are sent with Enter.
"""

from __future__ import annotations

from django.urls import reverse
from playwright.sync_api import Page, expect

from klynge.meetings.models import Meeting
from klynge.meetings.tests.conftest import PASSWORD
from klynge.tests import a11y
from klynge.tests.a11y import scene_fixture  # noqa: F401 - the `scene` fixture
from klynge.tests.test_authorization_matrix import World, world  # noqa: F401 - `scene` needs it

# The secretariat's main pages, with the arguments of the authorization matrix.
MAIN_PAGES = [
    "organisation:tree",
    "organisation:region",
    "organisation:cluster",
    "organisation:forum",
    "organisation:composition",
    "organisation:person",
    "organisation:terms",
    "organisation:rotation",
    "organisation:membership_add",
    "meetings:forum_meetings",
    "meetings:meeting_new",
    "meetings:item_edit",
    "meetings:minutes_edit",
    "meetings:exclusions",
    "meetings:attachment_add",
    "followup:mine",
    "followup:cluster",
    "followup:forum_actions",
    "followup:action",
    "followup:action_new",
    "followup:backlog",
    "followup:trail",
    "followup:annual_plan",
    "portfolio:index",
    "portfolio:cluster",
    "portfolio:fund",
    "portfolio:initiative",
    "portfolio:region_agreements",
    "portfolio:agreement",
    "portfolio:implementation",
    "search:search",
    "archive:import",
    "archive:source",
]


def main_urls(w: World, meetings: dict[str, Meeting]) -> list[str]:
    urls = [reverse(name, args=a11y.RULES[name].args(w)) for name in MAIN_PAGES]
    urls.append(reverse("search:search") + "?q=status")
    for meeting in meetings.values():
        urls.append(meeting.get_absolute_url())
        urls.append(reverse("meetings:item_new", args=[meeting.pk]))
    return urls


def visit_all(page: Page, base: str, urls: list[str], axe) -> list[str]:
    """Run axe on each URL; every failed load and every violation, as text."""
    problems = []
    for url in urls:
        response = page.goto(base + url)
        if response is None or response.status != 200:
            problems.append(f"{url}: status {response.status if response else '?'}")
            continue
        problems += a11y.axe_problems(page, axe)
    return problems


def form_with_errors(page: Page, base: str, w: World, axe) -> list[str]:
    """An item form sent empty comes back with its errors: they must be accessible too."""
    page.goto(base + reverse("meetings:item_new", args=[w.meeting.pk]))
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".form-error-message").first).to_be_visible()
    return a11y.axe_problems(page, axe)


def test_axe_finds_nothing_on_the_main_secretariat_pages(
    page,
    live_server,
    login,
    axe,
    scene,
):
    w, meetings = scene.world, scene.meetings
    page.goto(live_server.url + reverse("login"))
    problems = a11y.axe_problems(page, axe)
    login(page, live_server, w.users["secretariat"].username, PASSWORD)
    urls = main_urls(w, meetings)
    problems += visit_all(page, live_server.url, urls, axe)
    problems += form_with_errors(page, live_server.url, w, axe)
    assert not problems, "\n".join(problems)
    assert len(urls) >= len(MAIN_PAGES) + len(Meeting.CYCLE) * 2


def test_axe_finds_nothing_on_the_public_pages(page, live_server, axe, scene):
    w, meetings = scene.world, scene.meetings
    urls, unknown = a11y.public_urls(w, meetings)
    problems = [f"{u}: no candidates in a11y.PUBLIC_PARAMETERS" for u in unknown]
    per_state = a11y.public_meeting_urls(meetings)
    problems += visit_all(page, live_server.url, list(per_state.values()), axe)
    for name, candidates in urls.items():
        statuses = []
        for url in candidates:
            response = page.goto(live_server.url + url)
            statuses.append(response.status if response else 0)
            if statuses[-1] < 400:
                break
        else:
            problems.append(f"{name}: statuses {statuses} for {candidates}")
            continue
        if "text/html" in (response.headers.get("content-type") or ""):
            problems += a11y.axe_problems(page, axe)
    assert not problems, "\n".join(problems)


def tab(page: Page) -> dict[str, object]:
    """Press Tab and describe what has focus now."""
    page.keyboard.press("Tab")
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className,
                    text: (el.innerText || el.value || '').trim(),
                    nav: el.closest('nav[aria-label]')?.getAttribute('aria-label') || '',
                    after_main: el !== document.body && Boolean(
                        document.getElementById('main-content').compareDocumentPosition(el)
                        & Node.DOCUMENT_POSITION_FOLLOWING)};
        }"""
    )


def test_skip_link_is_first_visible_and_moves_focus_to_main(page, live_server, login, steering):
    login(page, live_server, steering.secretary_user.username, PASSWORD)
    # The secretariat's meeting page, and the public front page once the public site exists.
    urls = [steering.meeting.get_absolute_url(), a11y.reverse_or_none("public:index")]
    for url in filter(None, urls):
        page.goto(live_server.url + url)
        check_skip_link(page)


def check_skip_link(page: Page) -> None:
    skip = page.locator("a.skipnav")
    # Out of sight until focused (DKFDS animates it in), then wholly inside the viewport.
    expect(skip).not_to_be_in_viewport()

    focused = tab(page)
    assert focused["cls"] == "skipnav", (page.url, focused)
    assert skip.get_attribute("href") == "#main-content"
    expect(skip).to_be_in_viewport(ratio=1)

    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main-content", page.url
    assert page.url.endswith("#main-content")
    # The next Tab continues from the main content on (or after it, when it has no link), not
    # back in the header.
    focused = tab(page)
    assert focused["after_main"], (page.url, focused)


def test_main_menu_is_reachable_by_keyboard(page, live_server, login, steering):
    login(page, live_server, steering.secretary_user.username, PASSWORD)
    page.goto(live_server.url + reverse("organisation:tree"))
    # The desktop main menu (the mobile drawer's copy of it is hidden at this width).
    links = page.locator("header nav.nav a").all_inner_texts()
    assert len(links) >= 2
    seen = [tab(page) for _ in range(len(links) + 8)]
    assert [f["text"] for f in seen if f["nav"] == "Hovedmenu"] == links, seen
    # And the search box in the header after them.
    assert any(f["id"] == "header-search" for f in seen), seen


def test_forms_are_sent_with_enter(page, live_server, steering):
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Brugernavn").fill(steering.secretary_user.username)
    password = page.get_by_label("Adgangskode")
    password.fill(PASSWORD)
    with page.expect_navigation():
        password.press("Enter")
    assert "/log-ind/" not in page.url

    search = page.locator("#header-search")
    search.fill("status")
    with page.expect_navigation():
        search.press("Enter")
    assert page.url.startswith(live_server.url + reverse("search:search") + "?q=status")
    expect(page.locator("h1")).to_be_visible()
