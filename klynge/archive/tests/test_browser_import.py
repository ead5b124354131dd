"""In Chromium: a secretary uploads seed 004, corrects the preview and imports it."""

import re

import pytest
from playwright.sync_api import expect

from klynge.archive.models import ImportedSource
from klynge.meetings.models import Meeting
from klynge.meetings.tests.conftest import PASSWORD

from .seeds import SEED_004

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def open_preview(page, live_server, login, forum):
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(f"{live_server.url}/arkiv/import/?forum={forum.slug}")
    expect(page.locator("#id_forum")).to_have_value(str(forum.pk))
    page.locator("#id_file").set_input_files(str(SEED_004))
    page.locator("main form button[type=submit]").click()
    expect(page.locator("input[name=state]")).to_have_count(1)


def test_upload_and_preview_pages_pass_axe(page, live_server, login, axe, steering):
    login(page, live_server, "sekretariat", PASSWORD)
    page.goto(f"{live_server.url}/arkiv/import/")
    axe(page)
    page.locator("#id_forum").select_option(str(steering.forum.pk))
    page.locator("#id_file").set_input_files(str(SEED_004))
    page.locator("main form button[type=submit]").click()
    expect(page.locator("input[name=state]")).to_have_count(1)
    # Whatever the segmenter places, the rest of the text is on the page.
    expect(page.locator("main")).to_contain_text("Lillebælt")
    axe(page)
    assert not ImportedSource.objects.exists()


def test_seed_004_is_corrected_and_imported(page, live_server, login, steering):
    open_preview(page, live_server, login, steering.forum)
    items = page.locator("fieldset[id^=punkt-]")
    assert items.count() == 17
    page.locator("#id_item_1_kind").select_option("orientation")
    page.locator("button[name=update]").click()
    expect(page.locator("#id_item_1_kind")).to_have_value("orientation")
    page.locator("button[name=confirm]").click()
    expect(page).to_have_url(re.compile(r"/moeder/\d+/$"))
    meeting = Meeting.objects.get(imported_source__isnull=False)
    assert page.url.endswith(meeting.get_absolute_url())
    expect(page.locator("main")).to_contain_text("Besøg fra det tværsektorielle forskningscenter")
    kinds = list(meeting.items.order_by("position").values_list("kind", flat=True))
    assert kinds[:3] == ["welcome", "orientation", "decision"]
    assert meeting.state == Meeting.State.MINUTES_PUBLISHED
