"""In the browser: the secretariat runs Midtklyngen's transition from step 1 to the report."""

import re

from playwright.sync_api import expect

from klynge.organisation.models import OrganisationalChange

from .conftest import PASSWORD


def test_the_secretariat_runs_the_wizard_to_the_report(page, live_server, login, axe, reform):
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(live_server.url + "/organisation/overgang/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overgang til et sundhedsråd")
    axe(page)
    page.get_by_label("Midtklyngen").check()
    page.get_by_label("Efterfølger: et eksisterende sundhedsråd").select_option(
        label="Sundhedsråd Midt"
    )
    page.get_by_role("button", name="Videre: fora").click()

    expect(page).to_have_url(re.compile(r"/overgang/fora/\?plan="))
    axe(page)
    page.get_by_label("Hvad sker der med Temagruppen for psykiatri").select_option(label="Ophører")
    page.get_by_role("button", name="Videre: forhåndsvisning").click()

    expect(page).to_have_url(re.compile(r"/overgang/forhaandsvisning/\?plan="))
    axe(page)
    expect(page.locator("#totals")).to_contain_text("Puljernes restbeløb")
    expect(page.locator("#funds")).to_contain_text("580.000 kr.")
    expect(page.locator("#actions")).to_contain_text("Temadag om psykiatri")
    assert OrganisationalChange.objects.count() == 0
    page.get_by_role("button", name="Bekræft og gennemfør overgangen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Midtklyngen videreført i Sundhedsråd Midt"
    )
    axe(page)
    expect(page.get_by_role("link", name="Hent som PDF")).to_be_visible()
    assert OrganisationalChange.objects.get().recorded_by == reform.secretary
