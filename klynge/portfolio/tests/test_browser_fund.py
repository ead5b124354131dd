"""In the browser: the secretariat reads the fund page (chart and table) and adds a budget line."""

import re

from playwright.sync_api import expect

from klynge.meetings.tests.conftest import PASSWORD


def test_fund_page_chart_table_and_a_new_line(page, live_server, login, axe, portfolio):
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(live_server.url + portfolio.fund.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(portfolio.fund.name)
    chart = page.get_by_role("img", name=re.compile("Budget pr. initiativ og år"))
    expect(chart).to_be_visible()
    expect(chart.locator("text").filter(has_text=re.compile(r"^1\.267$"))).to_have_count(1)
    table = page.locator("#budget-table")
    expect(table.locator("tfoot tr").first).to_contain_text("2.404")
    expect(table.locator("tfoot tr").first).to_contain_text("4.870")
    expect(page.locator("#unallocated")).to_contain_text("1,478 mio. kr.")
    axe(page)

    page.get_by_role("link", name="Forberedelse af implementering af Tele-KOL").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Forberedelse af implementering af Tele-KOL"
    )
    axe(page)
    page.get_by_role("link", name="Tilføj budgetlinje").click()
    expect(page).to_have_url(re.compile(r"/linjer/ny/$"))
    axe(page)
    page.get_by_label("År", exact=True).select_option("2024")
    page.get_by_label("Type", exact=True).select_option(label="Forbrug")
    page.get_by_label("Beløb i kroner").fill("8.576,50")
    page.get_by_role("button", name="Gem").click()

    expect(page.get_by_role("status").first).to_contain_text("Linjen er gemt")
    expect(page.locator("#lines-table")).to_contain_text("8.576,50 kr.")
    page.goto(live_server.url + portfolio.fund.get_absolute_url())
    expect(page.locator("#economy-table")).to_contain_text("8.577")
