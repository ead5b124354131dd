"""In the browser: a decision gets an action and a referral; the receiving forum's secretariat
puts it on its agenda; the trail shows both meetings; the action's reminder is mailed."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from klynge.accounts.models import Role, User
from klynge.followup.models import Action
from klynge.followup.tests.test_reminders import subject
from klynge.meetings import services as meetings
from klynge.meetings.models import AgendaItem, Decision
from klynge.meetings.tests.conftest import DAY, PASSWORD, aware
from klynge.organisation.models import Forum
from klynge.organisation.tests.factories import ForumFactory


@pytest.fixture
def decided_and_theme(steering):
    item = meetings.save_item(
        AgendaItem(
            meeting=steering.meeting,
            title="Foreløbige erfaringer med det politiske niveau",
            duration_minutes=15,
        ),
        ["at klyngestyregruppen drøfter erfaringerne"],
    )
    meetings.publish_agenda(steering.meeting)
    meetings.hold_meeting(steering.meeting)
    rec = item.recommendations.get()
    meetings.record_minutes(item, "Drøftet.", "", [(rec, Decision.Outcome.FORWARDED, "")])
    theme = ForumFactory(
        cluster=steering.forum.cluster,
        name="Voksentemagruppen for somatik",
        slug="midtklyngen-somatik",
        kind=Forum.Kind.THEME_GROUP,
    )
    theme_meeting = meetings.create_meeting(
        theme,
        starts_at=aware(DAY + datetime.timedelta(days=21), 13),
        ends_at=aware(DAY + datetime.timedelta(days=21), 15),
    )
    theme_secretary = User.objects.create_user("tema-sekretaer", password=PASSWORD)
    theme_secretary.roles.create(role=Role.SECRETARIAT, forum=theme)
    return item, theme, theme_meeting


def test_decision_to_action_referral_schedule_and_trail(
    page, live_server, login, axe, steering, decided_and_theme, smtp, run_worker
):
    item, theme, theme_meeting = decided_and_theme
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(live_server.url + steering.meeting.get_absolute_url())
    page.get_by_role("link", name=f"Opgave {item.title}").click()
    page.get_by_label("Hvad").fill(
        "Sekretariatet udarbejder forslag til en model for økonomistyring"
    )
    page.get_by_label("Ansvarlig person").select_option(label="Kristine Stange")
    due = timezone.localdate() + datetime.timedelta(days=3)
    page.get_by_label("Frist").fill(due.isoformat())
    page.get_by_role("button", name="Gem").click()
    expect(page.get_by_role("status").first).to_contain_text("Opgaven er oprettet")
    axe(page)

    page.goto(live_server.url + steering.meeting.get_absolute_url())
    page.get_by_role("link", name=f"Videresend {item.title}").click()
    page.get_by_label("Videresend til").select_option(label="Voksentemagruppen for somatik")
    page.get_by_label("Hvad forummet bedes gøre").fill("Temagruppen kommer med en anbefaling.")
    page.get_by_role("button", name="Videresend").click()
    expect(page.locator("#trail")).to_contain_text("Voksentemagruppen for somatik")
    axe(page)

    other = page.context.browser.new_context(locale="da-DK")
    theme_page = login(other.new_page(), live_server, "tema-sekretaer", PASSWORD)
    theme_page.goto(live_server.url + f"/opfoelgning/fora/{theme.slug}/kommende-punkter/")
    expect(theme_page.locator("#backlog")).to_contain_text(item.title)
    axe(theme_page)
    theme_page.get_by_role("link", name=f"Sæt på en dagsorden {item.title}").click()
    theme_page.get_by_label("Møde").select_option(index=1)
    theme_page.get_by_role("button", name="Sæt på dagsordenen").click()
    expect(theme_page.get_by_role("status").first).to_contain_text("Sagen er sat på dagsordenen")
    other.close()

    page.goto(live_server.url + f"/opfoelgning/punkter/{item.pk}/spor/")
    trail = page.locator("#trail")
    expect(trail).to_contain_text("Klyngestyregruppen")
    expect(trail).to_contain_text("Voksentemagruppen for somatik")
    expect(trail.get_by_role("link", name=item.title)).to_have_count(2)
    axe(page)
    assert Action.objects.get().responsible_person == steering.member
    assert theme_meeting.items.get().from_backlog.origin_item == item

    run_worker(timezone.localdate())
    [reminder] = smtp.to(steering.member.email)
    assert "Påmindelse" in subject(reminder)
    assert "model for økonomistyring" in reminder.get_content()
