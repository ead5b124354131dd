"""Hjælp: every page answers every logged-in role, its steps are numbered lists, its pictures
exist as small PNG files, and scripts/screenshots.py makes exactly those pictures."""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from lxml import html

from klynge.guide.guides import GUIDES, pictures
from klynge.guide.templatetags.guide import guide_step
from klynge.meetings.tests.conftest import steering  # noqa: F401 - the `steering` fixture
from klynge.tests import a11y

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "screenshots.py"
IMG = Path(settings.BASE_DIR) / "klynge" / "guide" / "static" / "guide" / "img"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def guide_urls() -> list[str]:
    return [reverse("guide:index")] + [guide.get_absolute_url() for guide in GUIDES]


def screenshots_module():
    """scripts/screenshots.py imported as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("klynge_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def users(steering, django_user_model):  # noqa: F811 - the fixture imported above
    reader = django_user_model.objects.create_user("laeser", password="x")
    return {
        "secretariat": steering.secretary_user,
        "chair": steering.chair_user,
        "member": steering.member_user,
        "reader": reader,
    }


@pytest.mark.parametrize("role", ["secretariat", "chair", "member", "reader"])
def test_every_guide_page_answers_each_role(client, users, role):
    client.force_login(users[role])
    for url in guide_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Content-Type"].startswith("text/html")


def test_the_guide_is_for_those_logged_in(client, db):
    for url in guide_urls():
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_an_unknown_role_is_not_found(client, users):
    client.force_login(users["member"])
    assert client.get(reverse("guide:role", args=["direktoer"])).status_code == 404


def test_the_guide_adds_no_query_to_the_page_frame(client, users):
    """The guide is written in the code: a long role page asks the database no more than the
    short index does (the session, the user and the header's menu)."""
    client.force_login(users["member"])
    client.get(reverse("guide:index"))
    with CaptureQueriesContext(connection) as frame:
        client.get(reverse("guide:index"))
    for guide in GUIDES:
        with CaptureQueriesContext(connection) as role_page:
            client.get(guide.get_absolute_url())
        assert len(role_page) == len(frame), guide.slug


def test_each_task_is_a_numbered_list_of_its_steps_with_its_picture(client, users):
    client.force_login(users["member"])
    for guide in GUIDES:
        page = html.fromstring(client.get(guide.get_absolute_url()).content)
        sections = page.xpath("//main//section[@class='klynge-guide-task']")
        assert [s.get("aria-labelledby") for s in sections] == [t.slug for t in guide.tasks]
        for section, task in zip(sections, guide.tasks, strict=True):
            steps = section.xpath("./ol/li")
            assert len(steps) == len(task.steps) >= 2, task.slug
            images = section.xpath(".//figure/img")
            if task.picture is None:
                assert images == []
                continue
            [image] = images
            assert image.get("src").endswith(f"/guide/img/{task.picture.name}.png")
            assert len(image.get("alt")) > 20
            assert section.xpath(".//figure/figcaption")[0].text_content().strip()


def test_the_role_pages_have_a_side_menu_marking_the_current_role(client, users):
    client.force_login(users["chair"])
    page = html.fromstring(client.get(reverse("guide:role", args=["formand"])).content)
    [current] = page.xpath("//nav/ul[@class='sidemenu']/li[@class='active current']")
    assert current.xpath("./a")[0].get("aria-current") == "page"
    assert current.xpath("./a")[0].text_content().strip() == "Formand"
    # The chair's tasks under it, linked to their headings.
    assert [a.get("href") for a in current.xpath("./ul//a")] == [
        f"#{task.slug}" for task in GUIDES[1].tasks
    ]


def test_the_guide_is_in_danish(client, users):
    client.force_login(users["member"])
    text = client.get(reverse("guide:role", args=["medlem"])).content.decode()
    assert "Find dit næste møde" in text
    assert "<strong>Min note</strong>" in text
    assert "Hjælp til medlemmer" in text


def test_every_picture_exists_as_a_small_png():
    assert len(pictures()) >= 12
    for picture in pictures():
        found = finders.find(picture.static_path)
        assert found, picture.static_path
        data = Path(found).read_bytes()
        assert data.startswith(PNG_SIGNATURE), picture.name
        assert len(data) <= 150_000, picture.name


def test_the_screenshot_script_makes_exactly_the_guides_pictures(db):
    script = screenshots_module()
    made = [figure.name for figure in script.figures()]
    assert sorted(made) == sorted({picture.name for picture in pictures()})
    assert len(made) == len(set(made))
    # No picture is left in the folder that the guide no longer shows.
    assert sorted(path.stem for path in IMG.glob("*.png")) == sorted(made)


def test_the_screenshot_scripts_pages_resolve(db):
    """Every address the script starts from exists, and every link it follows has a pattern
    that matches an address of that name (so a renamed route fails here, not in the browser)."""
    script = screenshots_module()
    screens = [s for role in (*script.ROLES, script.PUBLIC) for s in script.main_screens(role)]
    screens += [figure.screen for figure in script.figures()]
    for screen in screens:
        url = screen.start.url()
        assert resolve(url.split("?")[0]), url
        for link in screen.follow:
            sample = reverse(link.name, args=[str(n) for n in range(11, 11 + link.arity)])
            assert link.pattern().match(sample), (link.name, sample)
    names = {s.name for s in script.main_screens("medlem")}
    assert {"forside", "moede", "punkt", "hjaelp", "hjaelp-rolle"} <= names
    assert {s.name for s in script.main_screens(script.PUBLIC)} == {"forside", "referat"}
    assert set(script.ROLES) == {guide.slug for guide in GUIDES}


def test_a_step_escapes_its_text_and_marks_screen_names():
    assert guide_step("Vælg **Gem** <b>nu</b>") == "Vælg <strong>Gem</strong> &lt;b&gt;nu&lt;/b&gt;"


def test_the_guide_pages_are_valid_html(client, users):
    reason = a11y.vnu_missing()
    if reason:
        pytest.fail(reason, pytrace=False)
    client.force_login(users["member"])
    pages = [a11y.fetch(client, url, url)[1] for url in guide_urls()]
    assert a11y.vnu_errors(pages) == []


def test_axe_finds_nothing_and_tablets_need_no_sideways_scroll(
    page, live_server, login, axe, users
):
    users["member"].set_password("et-godt-kodeord-1")
    users["member"].save()
    login(page, live_server, users["member"].username, "et-godt-kodeord-1")
    for width in (1280, 768):
        page.set_viewport_size({"width": width, "height": 1024})
        for url in guide_urls():
            page.goto(live_server.url + url)
            axe(page)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, url


def test_a_guide_picture_is_reduced_and_refused_when_still_too_large():
    from PIL import Image

    script = screenshots_module()

    def png(image) -> bytes:
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return buffer.getvalue()

    screen = Image.new("RGB", (1000, 700), "white")
    small = script.small_png(png(screen), "flat")
    assert small.startswith(PNG_SIGNATURE) and len(small) < 10_000
    noise = Image.frombytes("RGB", (1000, 700), random.Random(1).randbytes(1000 * 700 * 3))
    with pytest.raises(script.ScreenshotError, match="choose a smaller region"):
        script.small_png(png(noise), "noise")


def test_the_script_follows_the_link_in_the_row_it_is_told_and_fails_loudly_otherwise(page, db):
    script = screenshots_module()
    meeting = script.Link("meetings:meeting", near="Referat under udarbejdelse")
    page.set_content(
        "<main><table>"
        '<tr><td><a href="/moeder/8/">11. december</a></td><td>Dagsorden udsendt</td></tr>'
        '<tr><td><a href="/moeder/7/">27. november</a></td><td>Referat under udarbejdelse</td></tr>'
        "</table></main>"
    )
    assert script.first_link(page, meeting, "test") == "/moeder/7/"
    assert script.first_link(page, script.Link("meetings:meeting"), "test") == "/moeder/8/"
    with pytest.raises(script.ScreenshotError, match="no link to workspace:item"):
        script.first_link(page, script.Link("workspace:item", 2), "test")
