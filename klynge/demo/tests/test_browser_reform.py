"""The issue's acceptance walk on the demo: the secretariat carries Midtklyngen into Sundhedsråd
Midt in the browser; then the 2023 minutes read the same, and the council's secretariat finds
the open actions."""

import re
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from klynge.followup.models import Action
from klynge.meetings.models import Meeting
from klynge.organisation.models import OrganisationalChange


def _minutes_text(page, live_server, meeting: Meeting) -> str:
    page.goto(live_server.url + reverse("meetings:whole", args=[meeting.pk]))
    return page.locator("main").inner_text()


def test_the_secretariat_carries_midtklyngen_into_its_council(
    page, live_server, login, axe, transactional_db, settings
):
    settings.DEMO = True
    call_command("build_demo", "--before-transition", stdout=StringIO())
    assert not OrganisationalChange.objects.filter(kind="succession").exists()
    meeting = Meeting.objects.get(
        forum__slug="midtklyngen-klyngestyregruppe", starts_at__year=2023, starts_at__month=6
    )
    open_actions = Action.objects.open().filter(forum__cluster__slug="midtklyngen").count()
    login(page, live_server, "sekretariat", "klynge-demo")
    before = _minutes_text(page, live_server, meeting)

    page.goto(live_server.url + "/organisation/overgang/")
    page.get_by_label("Midtklyngen").check()
    page.get_by_label("Efterfølger: et eksisterende sundhedsråd").select_option(
        label="Sundhedsråd Midt"
    )
    page.get_by_role("button", name="Videre: fora").click()
    expect(page).to_have_url(re.compile(r"/overgang/fora/\?plan="))
    page.get_by_role("button", name="Videre: forhåndsvisning").click()
    expect(page).to_have_url(re.compile(r"/overgang/forhaandsvisning/\?plan="))
    expect(page.locator("#actions")).to_contain_text("Opdateret budget for")
    expect(page.locator("#funds")).to_contain_text("1.478.000 kr.")
    axe(page)
    page.get_by_role("button", name="Bekræft og gennemfør overgangen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Midtklyngen videreført i Sundhedsråd Midt"
    )

    assert _minutes_text(page, live_server, meeting) == before
    # The council's secretariat finds the work waiting.
    page.context.clear_cookies()
    login(page, live_server, "raadssekretariat", "klynge-demo")
    assert _minutes_text(page, live_server, meeting) == before
    page.goto(live_server.url + "/opfoelgning/sundhedsraad/sundhedsraad-midt/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Opfølgning: Sundhedsråd Midt")
    expect(page.get_by_text(f"{open_actions} åbne opgaver")).to_be_visible()
    axe(page)
