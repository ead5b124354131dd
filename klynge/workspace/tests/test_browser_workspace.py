"""In the browser: a member prepares for her next meeting in three clicks (front page, meeting,
item 2), writes a private note and a shared comment; the secretariat finds the comment on its
front page and resolves it. Moving between items works with htmx and without JavaScript."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from klynge.meetings import services
from klynge.meetings.models import AgendaItem
from klynge.meetings.tests.conftest import PASSWORD, add_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TABLET = {"width": 768, "height": 1024}


@pytest.fixture
def published(steering):
    """The steering group's next meeting with its agenda out: a welcome, item 2 and item 3."""
    add_item(steering.meeting, "Velkomst", AgendaItem.Kind.WELCOME, 10)
    add_item(
        steering.meeting,
        "Status på akutteamet",
        minutes=25,
        recommendations=["at styregruppen tager status til efterretning"],
        case_text="Akutteamet har været i drift siden marts.\n\n- 412 besøg\n- 37 indlæggelser",
    )
    add_item(steering.meeting, "Eventuelt", AgendaItem.Kind.ANY_OTHER_BUSINESS, 5)
    services.publish_agenda(steering.meeting)
    return steering


@pytest.fixture
def open_as(browser, live_server, login):
    contexts = []

    def opened(username, viewport=None, javascript=True):
        context = browser.new_context(
            locale="da-DK",
            timezone_id="Europe/Copenhagen",
            viewport=viewport or {"width": 1280, "height": 900},
            java_script_enabled=javascript,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return login(context.new_page(), live_server, username, PASSWORD)

    yield opened
    for context in contexts:
        context.close()


def test_a_member_prepares_and_the_secretariat_resolves_her_comment(
    open_as, live_server, axe, published
):
    member = open_as("kristine")
    expect(member).to_have_url(live_server.url + "/")
    clicks = 0
    member.get_by_role("link", name=re.compile("Klyngestyregruppen")).first.click()
    clicks += 1
    agenda = member.get_by_role("navigation", name="Dagsorden")
    agenda.get_by_role("link", name=re.compile("Status på akutteamet")).click()
    clicks += 1
    expect(member.get_by_role("heading", level=1)).to_have_text("Punkt 2: Status på akutteamet")
    assert clicks <= 3
    expect(member.get_by_text("412 besøg")).to_be_visible()
    axe(member)

    member.get_by_label("Min note").fill("Spørg til bemandingen i weekenderne.")
    member.get_by_role("button", name="Gem note").click()
    expect(member.get_by_role("status").first).to_contain_text("Din note er gemt")
    member.get_by_label("Kommentar", exact=True).fill("Hvornår kommer evalueringen, @jonas?")
    member.get_by_role("button", name="Send kommentar").click()
    comment = member.locator(".klynge-comment").first
    expect(comment).to_contain_text("Hvornår kommer evalueringen")
    expect(comment.locator("strong", has_text="@jonas")).to_be_visible()
    axe(member)

    secretary = open_as("sekretariat")
    unresolved = (
        secretary.locator("section, div")
        .filter(has=secretary.get_by_role("heading", name=re.compile("Uafklarede kommentarer")))
        .last
    )
    expect(unresolved).to_contain_text("Hvornår kommer evalueringen")
    unresolved.get_by_role("link", name=re.compile("Status på akutteamet")).click()
    expect(secretary.get_by_text("Spørg til bemandingen")).to_have_count(0)  # her note is hers
    secretary.get_by_role("button", name=re.compile("Markér som løst")).click()
    expect(secretary.locator(".klynge-comment").first).to_contain_text("Løst af")
    secretary.goto(live_server.url + "/")
    expect(secretary.get_by_text("Alle kommentarer er afklaret.")).to_be_visible()


def test_moving_between_items_swaps_the_pane_with_htmx(open_as, live_server, published):
    member = open_as("kristine")
    second = published.meeting.items.get(title="Status på akutteamet")
    member.goto(live_server.url + second.get_absolute_url())
    member.evaluate("window.stayed = true")
    member.get_by_role("link", name=re.compile("Punkt 3")).first.click()
    expect(member.get_by_role("heading", level=1)).to_have_text("Punkt 3: Eventuelt")
    assert member.evaluate("window.stayed") is True  # no page load: the pane was swapped
    assert member.url.endswith(f"/punkter/{second.pk + 1}/")
    current = member.get_by_role("navigation", name="Dagsorden").locator("[aria-current=page]")
    expect(current).to_contain_text("Eventuelt")
    expect(member).to_have_title(re.compile("Punkt 3: Eventuelt"))


def test_reading_noting_and_commenting_work_without_javascript_on_a_tablet(
    open_as, live_server, published
):
    member = open_as("kristine", viewport=TABLET, javascript=False)
    member.goto(live_server.url + published.meeting.get_absolute_url())
    member.get_by_role("link", name="Læs dagsordenen punkt for punkt").click()
    expect(member.get_by_role("heading", level=1)).to_have_text("Punkt 1: Velkomst")
    member.get_by_role("link", name=re.compile("Punkt 2")).first.click()
    expect(member.get_by_role("heading", level=1)).to_have_text("Punkt 2: Status på akutteamet")
    assert member.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    member.get_by_label("Kommentar", exact=True).fill("Fint overblik.")
    member.get_by_role("button", name="Send kommentar").click()
    expect(member.locator(".klynge-comment").first).to_contain_text("Fint overblik.")
    member.get_by_role("link", name=re.compile("^Rediger")).click()
    member.get_by_label("Kommentar").fill("Fint overblik, tak.")
    member.get_by_role("button", name="Gem").click()
    expect(member.locator(".klynge-comment").first).to_contain_text("Fint overblik, tak.")
    member.get_by_role("link", name=re.compile("^Slet")).click()
    member.get_by_role("button", name="Slet kommentaren").click()
    expect(member.get_by_text("Ingen kommentarer endnu.")).to_be_visible()
