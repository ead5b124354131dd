"""In the browser: the secretariat sends the draft minutes to the chairs, a chair comments at an
item, the secretariat resolves the comment, the chairs' approval records the round in the
version; a participant approves the minutes with one click and the secretariat withdraws the
approval after confirming. Every page passes axe and the Nu HTML checker."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from klynge.meetings.models import DocumentVersion
from klynge.meetings.tests.conftest import PASSWORD
from klynge.tests import a11y
from klynge.workspace.models import ParticipantApproval, ReviewRound
from klynge.workspace.tests import review_world


@pytest.fixture
def as_user(browser, live_server, login):
    """A fresh browser context logged in as the given user, at tablet width if asked."""
    contexts = []

    def open_as(username, width=1280, height=900):
        context = browser.new_context(
            locale="da-DK",
            timezone_id="Europe/Copenhagen",
            viewport={"width": width, "height": height},
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return login(context.new_page(), live_server, username, PASSWORD)

    yield open_as
    for context in contexts:
        context.close()


class Seen:
    """The pages the test has looked at, for one run of the HTML checker at the end."""

    def __init__(self, axe):
        self.axe = axe
        self.pages: list[a11y.Page] = []

    def check(self, page, label):
        self.axe(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
        self.pages.append(a11y.Page(label, page.url, page.content()))


def test_a_review_round_from_sending_to_the_record(as_user, live_server, axe, steering):
    w = review_world.build(steering)
    review_world.to_minutes_draft(w)
    meeting_url = live_server.url + w.meeting.get_absolute_url()
    seen = Seen(axe)

    secretary = as_user("sekretariat")
    secretary.goto(meeting_url)
    panel = secretary.locator("#gennemlaesning")
    panel.get_by_role("link", name="Send udkastet til referatet til gennemlæsning").click()
    expect(secretary.get_by_label("Jonas Dahl")).to_be_checked()
    expect(secretary.get_by_label("Mette Andreassen")).to_be_checked()
    expect(secretary.get_by_label("Kristine Stange")).not_to_be_checked()
    seen.check(secretary, "review_start")
    secretary.get_by_label("Besked med udkastet").fill("Se især punkt 1.")
    secretary.get_by_label("Kommentarer senest").fill("2026-12-20")
    secretary.get_by_role("button", name="Send til gennemlæsning").click()
    expect(secretary.get_by_role("status").first).to_contain_text(
        "Udkastet er sendt til gennemlæsning."
    )
    expect(secretary.get_by_role("heading", level=1)).to_have_text(
        "Gennemlæsning af udkast til referat"
    )
    review_round = ReviewRound.objects.get()
    assert {p.name for p in review_round.reviewers.all()} == {"Jonas Dahl", "Mette Andreassen"}

    chair = as_user("jonas", 768, 1024)  # a chair reads on a tablet
    chair.goto(meeting_url)
    expect(chair.locator("#gennemlaesning")).to_contain_text(
        "Sekretariatet beder dig gennemlæse udkastet til referatet senest 20. december 2026"
    )
    seen.check(chair, "meeting page, chair reviewing")
    chair.locator("#gennemlaesning").get_by_role("link", name="Læs punkterne").click()
    expect(chair.get_by_role("heading", level=1)).to_contain_text("Status på akutteam")
    chair.locator(".klynge-comment-form textarea[name=text]").fill(
        "Datoen i referatet skal være den 10."
    )
    chair.get_by_role("button", name="Send kommentar").click()
    expect(chair.locator("#kommentarer .klynge-thread")).to_contain_text(
        "Datoen i referatet skal være den 10."
    )
    said = review_round.comments.get()
    assert said.text == "Datoen i referatet skal være den 10."

    secretary.goto(live_server.url + review_round.get_absolute_url())
    expect(secretary.locator(f"#kommentar-{said.pk}")).to_contain_text("Ikke løst")
    seen.check(secretary, "review round")
    secretary.get_by_role("button", name=re.compile("^Markér som løst")).click()
    expect(secretary.get_by_role("status").first).to_contain_text(
        "Kommentaren er markeret som løst."
    )
    expect(secretary.locator(f"#kommentar-{said.pk}")).to_contain_text("Løst")

    for username in ("jonas", "mette"):
        page = chair if username == "jonas" else as_user("mette")
        page.goto(meeting_url)
        page.locator("#approval-heading").locator("..").get_by_role(
            "button", name="Godkend referatet"
        ).click()
        expect(page.get_by_role("status").first).to_contain_text("Du har godkendt referatet.")
    version = DocumentVersion.objects.get(meeting=w.meeting, kind=DocumentVersion.Kind.MINUTES)
    review_round.refresh_from_db()
    assert review_round.version == version and not review_round.is_open

    secretary.goto(live_server.url + version.get_absolute_url())
    record = secretary.locator("#gennemlaesning")
    expect(record).to_contain_text("Gennemlæsning før udsendelse")
    expect(record).to_contain_text("Datoen i referatet skal være den 10.")
    expect(record).to_contain_text("Løst")
    expect(record.get_by_role("button")).to_have_count(0)
    seen.check(secretary, "version with the round")

    errors = _html_errors(seen)
    assert errors == []


def test_a_participant_approves_and_the_secretariat_withdraws(as_user, live_server, axe, steering):
    w = review_world.build(steering)
    review_world.to_minutes_draft(w)
    meeting_url = live_server.url + w.meeting.get_absolute_url()
    seen = Seen(axe)

    member = as_user("kristine", 768, 1024)
    member.goto(meeting_url)
    approval = member.locator("#deltagernes-godkendelse")
    expect(approval).to_contain_text("0 af 2 deltagere har godkendt referatet.")
    seen.check(member, "meeting page, participant")
    approval.get_by_role("button", name="Godkend referatet").click()
    expect(member.get_by_role("status").first).to_contain_text("Du har godkendt referatet.")
    expect(approval).to_contain_text("1 af 2 deltagere har godkendt referatet.")
    expect(approval).to_contain_text("Du godkendte referatet")
    expect(approval.get_by_role("button")).to_have_count(0)
    given = ParticipantApproval.objects.get()
    assert given.person == w.steering.member and given.by_user == w.steering.member_user

    secretary = as_user("sekretariat")
    secretary.goto(meeting_url)
    secretary.locator("#deltagernes-godkendelse").get_by_role(
        "link", name="Træk godkendelsen tilbage Kristine Stange"
    ).click()
    expect(secretary.get_by_role("heading", level=1)).to_have_text(
        "Træk godkendelsen fra Kristine Stange tilbage"
    )
    seen.check(secretary, "withdraw confirmation")
    assert ParticipantApproval.objects.exists()  # nothing changes before the confirmation
    secretary.get_by_role("button", name="Træk godkendelsen tilbage").click()
    expect(secretary.get_by_role("status").first).to_contain_text(
        "Godkendelsen fra Kristine Stange er trukket tilbage."
    )
    expect(secretary.locator("#deltagernes-godkendelse")).to_contain_text(
        "0 af 2 deltagere har godkendt referatet."
    )
    assert not ParticipantApproval.objects.exists()
    seen.check(secretary, "meeting page, secretariat")

    assert _html_errors(seen) == []


def _html_errors(seen: Seen) -> list[str]:
    if reason := a11y.vnu_missing():
        pytest.fail(reason, pytrace=False)
    return a11y.vnu_errors(seen.pages)
