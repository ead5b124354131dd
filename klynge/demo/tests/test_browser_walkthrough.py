"""A newcomer logs in to the demo and browses to Midtklyngen's steering group."""

from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect


def test_newcomer_finds_the_steering_group_members_and_check(
    page, live_server, login, axe, transactional_db, settings
):
    settings.DEMO = True
    call_command("build_demo", stdout=StringIO())
    login(page, live_server, "sekretariat", "klynge-demo")
    page.goto(live_server.url + reverse("organisation:tree"))
    heading = page.get_by_role("heading", name="Regioner, klynger, sundhedsråd og fora")
    expect(heading).to_be_visible()
    axe(page)

    page.get_by_role("link", name="Midtklyngen", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Midtklyngen")
    axe(page)
    page.get_by_role("link", name="Klyngestyregruppen", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Klyngestyregruppen")
    members = page.locator("section", has=page.get_by_role("heading", name="Medlemmer"))
    expect(members.get_by_role("row", name="Mette Andreassen")).to_contain_text("Medformand")
    expect(page.locator("#composition-check")).to_contain_text("Skive Kommune")
    expect(page.locator("#composition-check")).to_contain_text("Opfyldt")
    axe(page)

    page.get_by_role("link", name="Kommissorium for klyngestyregruppen").click()
    expect(page.get_by_role("link", name="Hent som PDF")).to_be_visible()
    axe(page)
