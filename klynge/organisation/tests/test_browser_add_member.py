"""In the browser: the secretariat adds a member and sees the composition check change."""

import re

from playwright.sync_api import expect


def skive_line(page):
    return page.locator("#composition-check tr", has_text="Skive Kommune")


def test_secretary_adds_a_member_and_the_check_changes(
    page, live_server, login, axe, midt, secretary
):
    login(page, live_server, "sekretariat", "klynge-test-password")
    page.goto(live_server.url + midt.forum.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Voksentemagruppen for somatik")
    expect(skive_line(page)).to_contain_text("1 af 2–4")
    expect(skive_line(page)).to_contain_text("Mangler")
    axe(page)

    page.get_by_role("link", name="Tilføj medlem").click()
    expect(page).to_have_url(re.compile(r"/medlemmer/ny/$"))
    axe(page)
    page.get_by_label("Eller en ny person: navn").fill("Jan Bendix Jensen")
    page.get_by_label("Titel").fill("chef for Pleje og Omsorg")
    page.get_by_label("Repræsenterer").select_option(label="Skive Kommune")
    page.get_by_label("Plads i kommissoriet").select_option(
        label="Kommune: 2–4 chef-/lederrepræsentanter"
    )
    page.get_by_role("button", name="Gem").click()

    expect(page.get_by_role("status").first).to_contain_text("Jan Bendix Jensen er tilføjet")
    expect(skive_line(page)).to_contain_text("2 af 2–4")
    expect(skive_line(page)).to_contain_text("Opfyldt")
    expect(page.get_by_role("table").filter(has_text="Jan Bendix Jensen")).to_be_visible()


def test_a_bad_date_is_shown_at_the_field(page, live_server, login, midt, secretary):
    login(page, live_server, "sekretariat", "klynge-test-password")
    page.goto(live_server.url + f"/organisation/fora/{midt.forum.slug}/medlemmer/ny/")
    page.get_by_label("Eller en ny person: navn").fill("Morten Kurth")
    page.get_by_label("Repræsenterer").select_option(label="Viborg Kommune")
    page.get_by_label("Fra", exact=False).first.fill("2024-05-01")
    page.get_by_label("Til (første dag uden pladsen)").fill("2024-04-01")
    page.get_by_role("button", name="Gem").click()
    expect(page.locator(".form-error-message")).to_contain_text(
        "Slutdatoen skal ligge efter startdatoen."
    )
    expect(page.get_by_role("alert")).to_contain_text("intet er gemt")
