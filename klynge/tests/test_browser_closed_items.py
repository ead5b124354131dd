"""In the browser: a member reads her own forum's closed item, not another forum's."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from playwright.sync_api import expect

from klynge.accounts.models import Role
from klynge.meetings import services
from klynge.meetings.tests.conftest import DAY, PASSWORD, add_item, aware
from klynge.organisation.tests.factories import ForumFactory

from .test_authorization_matrix import _pdf


def test_member_cannot_see_another_forums_closed_item(page, live_server, login, axe, steering):
    add_item(steering.meeting, "Egen personsag", closed=True, case_text="Styregruppens fortrolige")
    theme = ForumFactory(
        cluster=steering.forum.cluster,
        name="Temagruppen for børn, unge og familie",
        slug="midtklyngen-boern-unge",
    )
    other = services.create_meeting(
        theme,
        starts_at=aware(DAY + datetime.timedelta(days=1), 9),
        ends_at=aware(DAY + datetime.timedelta(days=1), 11),
    )
    closed = add_item(other, "Anden personsag", closed=True, case_text="Temagruppens fortrolige")
    services.add_attachment(
        closed, "Fortroligt notat", upload=SimpleUploadedFile("n.pdf", _pdf(), "application/pdf")
    )
    steering.member_user.roles.create(role=Role.MEMBER, cluster=steering.forum.cluster)

    login(page, live_server, "kristine", PASSWORD)
    whole = reverse("meetings:whole", args=[steering.meeting.pk])
    page.goto(live_server.url + whole)
    expect(page.locator("main")).to_contain_text("Styregruppens fortrolige")
    axe(page)

    # Only that the item exists: its number and "Lukket punkt", not its title; on the meeting
    # page, the whole agenda and the item's own page alike.
    page.goto(live_server.url + reverse("meetings:whole", args=[other.pk]))
    item = page.locator(f"section#punkt-{closed.pk}")
    expect(item).to_contain_text("Lukket punkt")
    for url in (other.get_absolute_url(), closed.get_absolute_url()):
        page.goto(live_server.url + url)
        expect(page.locator("main")).to_contain_text("Lukket punkt")
        expect(page.locator("main")).not_to_contain_text("Anden personsag")
        expect(page.locator("main")).not_to_contain_text("Temagruppens fortrolige")
        expect(page.locator("main")).not_to_contain_text("Fortroligt notat")
        axe(page)

    attachment = closed.attachments.get()
    response = page.request.get(
        f"{live_server.url}/moeder/{other.pk}/bilag/{attachment.pk}/", max_redirects=0
    )
    assert response.status == 404
