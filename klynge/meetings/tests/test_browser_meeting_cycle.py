"""In the browser: the whole cycle from an empty agenda to approved minutes and their PDF."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from klynge.meetings.models import Meeting

from .conftest import PASSWORD


@pytest.fixture
def as_user(browser, live_server, login):
    """A fresh browser context logged in as the given user."""
    contexts = []

    def open_as(username):
        context = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen")
        contexts.append(context)
        page = context.new_page()
        return login(page, live_server, username, PASSWORD)

    yield open_as
    for context in contexts:
        context.close()


def add_item(page, title, kind, minutes, recommendations=""):
    page.get_by_role("link", name="Tilføj punkt").click()
    page.get_by_label("Type").select_option(label=kind)
    page.get_by_label("Titel").fill(title)
    page.get_by_label("Varighed (minutter)").fill(str(minutes))
    page.get_by_label("Sagsfremstilling").fill(
        f"Baggrund for {title.lower()}.\n\n- første\n- anden"
    )
    if recommendations:
        page.get_by_label("Indstillinger").fill(recommendations)
    page.get_by_role("button", name="Gem").click()
    expect(page.get_by_role("status").first).to_contain_text("Punktet er gemt")


def take_step(page, name):
    page.get_by_role("link", name=name).click()
    page.get_by_role("button", name=name).click()


def test_secretary_member_and_chairs_run_the_cycle(as_user, live_server, axe, steering):
    url = live_server.url + steering.meeting.get_absolute_url()

    secretary = as_user("sekretariat")
    secretary.goto(url)
    add_item(
        secretary,
        "Velkomst og godkendelse af dagsorden",
        "Velkomst",
        10,
        "at dagsordenen godkendes",
    )
    add_item(
        secretary,
        "Status på de 4 initiativer",
        "Beslutningspunkt",
        25,
        "at orienteringen tages til efterretning\nat sekretariatet udarbejder en model",
    )
    add_item(secretary, "Eventuelt", "Eventuelt", 10)
    expect(secretary.locator("#redigering")).to_contain_text("kl. 08:40–09:05")
    axe(secretary)
    take_step(secretary, "Udsend dagsordenen")
    expect(secretary.locator(".klynge-state")).to_have_text("Dagsorden udsendt")

    member = as_user("kristine")
    member.goto(url)
    member.get_by_role("link", name="Meld afbud").click()
    axe(member)
    member.get_by_label("Bemærkning").fill("Ferie")
    member.get_by_role("button", name="Meld afbud").click()
    expect(member.locator("#attendance")).to_contain_text("Afbud")

    secretary.goto(url)
    take_step(secretary, "Registrér mødet som afholdt")
    write_minutes(
        secretary,
        "Velkomst og godkendelse af dagsorden",
        [("Godkendt", "Dagsordenen blev godkendt")],
    )
    write_minutes(
        secretary,
        "Status på de 4 initiativer",
        [
            ("Taget til efterretning", "Orienteringerne blev taget til efterretning"),
            ("Godkendt", "Sekretariatet udarbejder forslag til en model"),
        ],
    )
    axe(secretary)

    for chair in ("jonas", "mette"):
        page = as_user(chair)
        page.goto(url)
        page.get_by_role("button", name="Godkend referatet").click()
        expect(page.get_by_role("status").first).to_contain_text("Du har godkendt referatet")
    assert Meeting.objects.get(pk=steering.meeting.pk).state == Meeting.State.MINUTES_APPROVED

    secretary.goto(url)
    take_step(secretary, "Offentliggør referatet")
    expect(secretary.locator(".klynge-state")).to_have_text("Referat offentliggjort")
    pdf_url = secretary.get_by_role("link", name="Hent referat som PDF").get_attribute("href")
    response = secretary.request.get(live_server.url + pdf_url)
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    text = re.sub(r"\s+", " ", text)
    for decision in (
        "Dagsordenen blev godkendt",
        "Orienteringerne blev taget til efterretning",
        "Sekretariatet udarbejder forslag til en model",
    ):
        assert decision in text
    assert "Kristine Stange" in text


def write_minutes(page, title, decisions):
    page.get_by_role("link", name=f"Referat {title}").click()
    page.locator("#id_minutes_text").fill(f"Der var en drøftelse af {title.lower()}.")
    rows = page.locator("fieldset.klynge-decision-row")
    for index, (outcome, text) in enumerate(decisions):
        row = rows.nth(index)
        row.get_by_role("combobox").select_option(label=outcome)
        row.get_by_label("Beslutningens ordlyd").fill(text)
    page.get_by_role("button", name="Gem").click()
    expect(page.get_by_role("status").first).to_contain_text("Referatet af punktet er gemt")
