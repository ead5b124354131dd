"""In the browser: from the region page to the region matrix (accessible), an implementation's
status report form, and the status report for the steering forum as PDF."""

import io
import re

from playwright.sync_api import expect
from pypdf import PdfReader

from klynge.meetings.tests.conftest import PASSWORD

from .test_agreements import agreements  # noqa: F401 - shared fixture


def test_region_matrix_report_and_pdf(page, live_server, login, axe, agreements):  # noqa: F811
    login(page, live_server, "sekretariat", PASSWORD)
    region = agreements.committee.region
    page.goto(live_server.url + region.get_absolute_url())
    page.get_by_role("link", name="Samarbejdsaftaler: status pr. klynge og råd").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Samarbejdsaftaler")
    matrix = page.get_by_role("table", name=re.compile("Implementeringsstatus pr. klynge"))
    expect(matrix.get_by_role("columnheader")).to_have_count(3)
    expect(matrix.get_by_role("rowheader")).to_have_count(2)
    midt = matrix.get_by_role("row", name=re.compile("^Midtklyngen"))
    expect(midt).to_contain_text("Planlagt")
    expect(midt).to_contain_text("30. juni 2024")
    expect(matrix.get_by_role("row", name=re.compile("^Gødstrupklyngen"))).to_contain_text(
        "Implementeret"
    )
    axe(page)

    midt.get_by_role("link", name=re.compile("Planlagt")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Amning/barnets ernæring: Midtklyngen"
    )
    axe(page)
    page.get_by_label("Rapporteret den").fill("2024-06-28")
    page.get_by_label("Status", exact=True).select_option(label="I gang")
    page.get_by_label("Beskrivelse af status").fill(
        "Netværket er **etableret** og har holdt første møde."
    )
    page.get_by_role("button", name="Tilføj statusrapport").click()
    expect(page.get_by_role("status").first).to_contain_text("Statusrapporten er tilføjet")
    expect(page.locator("#reports")).to_contain_text("28. juni 2024")

    page.get_by_role("link", name="Samarbejdsaftale om en styrket indsats").first.click()
    page.get_by_role("link", name="Statusrapport til styregruppen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Statusrapport")
    expect(page.locator("#status-table")).to_contain_text("I gang")
    axe(page)
    pdf_url = page.get_by_role("link", name="Hent som PDF").get_attribute("href")
    response = page.request.get(live_server.url + pdf_url)
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    assert "Midtklyngen" in text and "I gang" in text
    assert "Gødstrupklyngen" in text and "Implementeret" in text
