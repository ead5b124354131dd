"""In Chromium: the preview marks what the reader is unsure of, and a document it cannot make
sense of is refused at the upload field."""

import pytest
from playwright.sync_api import expect

from klynge.archive import views
from klynge.archive.models import ImportedSource
from klynge.meetings.tests.conftest import PASSWORD
from klynge.tests import a11y

from .seeds import SEED_004

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def unsure_reader(monkeypatch):
    """The real reader, unsure of the start time, the apologies and item 3's decisions."""
    read = views.read_upload

    def reader(data, name):
        parsed = read(data, name)
        parsed.mark_unsure("start_time", "apologies")
        parsed.items[2].mark_unsure("decisions")
        return parsed

    monkeypatch.setattr(views, "read_upload", reader)


def upload(page, live_server, login, forum, path):
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(f"{live_server.url}/arkiv/import/?forum={forum.slug}")
    page.locator("#id_file").set_input_files(str(path))
    page.locator("main form button[type=submit]").click()


@pytest.mark.parametrize("width", [1280, 768])
def test_unsure_fields_are_marked_in_the_preview(
    page, live_server, login, axe, steering, unsure_reader, width
):
    page.set_viewport_size({"width": width, "height": 900})
    upload(page, live_server, login, steering.forum, SEED_004)
    summary = page.locator("#to-check")
    expect(summary.locator("h2")).to_contain_text("Kontrollér")
    assert summary.locator("li a").count() >= 3
    expect(summary).to_contain_text("Starter")
    expect(summary).to_contain_text("Afbud")
    expect(summary).to_contain_text("Punkt 3: Beslutninger")
    # The start time's hint is the input's description: said by a screen reader, not colour only.
    start = page.locator("#id_start_time")
    expect(start).to_have_attribute("aria-describedby", "id_start_time_helptext")
    expect(page.locator("#id_start_time_helptext")).to_contain_text("Usikker")
    expect(page.locator(".klynge-unsure").first).to_be_visible()
    # The summary's link leads to the field.
    summary.get_by_role("link", name="Starter").click()
    expect(page).to_have_url(f"{page.url.split('#')[0]}#id_start_time")
    expect(start).to_be_in_viewport()
    decisions = page.locator("#punkt-3 details.klynge-unsure")
    expect(decisions.locator("summary")).to_contain_text("Usikker")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    axe(page)
    problems = a11y.vnu_errors([a11y.Page("preview", page.url, page.content())])
    assert problems == []
    assert not ImportedSource.objects.exists()


def test_a_document_not_understood_is_refused_at_the_field(
    page, live_server, login, axe, steering, tmp_path
):
    shopping = tmp_path / "indkoebsliste.txt"
    shopping.write_text("Indkøbsliste\n\nmælk, brød og æbler\nkaffe\n", encoding="utf-8")
    upload(page, live_server, login, steering.forum, shopping)
    error = page.locator("#id_file_error")
    expect(error).to_contain_text("kunne ikke læses som et referat eller en dagsorden")
    expect(page.locator("#id_file")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("input[name=state]")).to_have_count(0)
    axe(page)
    assert not ImportedSource.objects.exists()
