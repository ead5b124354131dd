#!/usr/bin/env python
"""`make screenshots`: Klynge's main pages as each demo login sees them, and the guide's pictures.

Builds the demo into a throw-away SQLite database, serves it with `manage.py runserver` on a free
loopback port, logs in through the real login page as each demo login and saves the pages of
main_screens() at desktop and both tablet sizes into build/screenshots/<login>-<page>-<size>.png
(the public site as a visitor who is not logged in, as offentlig-…), with an index.html to
review them. The same run first takes the guide's pictures (figures()) into
klynge/guide/static/guide/img/, so the guide never shows an old screen.

Pages that carry ids are reached by following links from other pages, as a person would. A page
that cannot be reached, or does not answer 200, stops the run with a message saying which.
"""

from __future__ import annotations

import argparse
import html
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "screenshots"
GUIDE_IMG = ROOT / "klynge" / "guide" / "static" / "guide" / "img"
CHROMIUM = os.environ.get("KLYNGE_CHROMIUM", "/usr/bin/chromium")
SIZES = {"desktop": (1280, 900), "tablet": (768, 1024), "tablet-landscape": (1024, 768)}
ROLES = ("sekretariat", "formand", "medlem", "laeser")
# The public site is photographed as its readers see it: not logged in.
PUBLIC = "offentlig"
# Whole pages are cut at this height: enough to judge a layout, without 28,000-pixel files.
MAX_PAGE_HEIGHT = 6000
GUIDE_MAX_BYTES = 150_000
# The guide shows its pictures about 870 px wide: taken at this size they stay readable.
GUIDE_SIZE = SIZES["tablet-landscape"]
GUIDE_MAX_HEIGHT = 720
GUIDE_MARGIN = 12
# Stands in for an argument when an address is turned into a pattern for link-following.
SENTINEL = 987654321

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class ScreenshotError(Exception):
    """A page the run needs is missing, unreachable or broken."""


def reverse(name: str, args: tuple[str, ...] | list[str]) -> str:
    from django.urls import NoReverseMatch
    from django.urls import reverse as django_reverse

    try:
        return django_reverse(name, args=args)
    except NoReverseMatch as error:
        raise ScreenshotError(
            f"Klynge has no address {name} with {len(args)} argument(s)"
        ) from error


@dataclass(frozen=True)
class Route:
    """A named address with fixed arguments, e.g. the organisation tree."""

    name: str
    args: tuple[str, ...] = ()
    query: str = ""

    def url(self) -> str:
        return reverse(self.name, self.args) + self.query


@dataclass(frozen=True)
class Link:
    """An address with ids, found as a link on the page before, e.g. the next meeting."""

    name: str
    arity: int = 1
    # Only a link in a table row or list item whose text contains this, when given: the
    # meeting whose state is "Referat under udarbejdelse", say.
    near: str = ""

    def pattern(self) -> re.Pattern[str]:
        sentinels = [str(SENTINEL + i) for i in range(self.arity)]
        regex = re.escape(reverse(self.name, sentinels))
        for sentinel in sentinels:
            regex = regex.replace(sentinel, "[^/]+")
        return re.compile(regex + "$")


@dataclass(frozen=True)
class Screen:
    """A page: opened at `start`, then reached through each link of `follow` in turn."""

    name: str
    start: Route
    follow: tuple[Link, ...] = ()


# The pages people reach by following links, as they would: the next meeting from the list of
# meetings, one of its items from the meeting, and so on.
NEXT_MEETING = (Link("meetings:meeting"),)
AN_ITEM = (*NEXT_MEETING, Link("workspace:item", 2))


def main_screens(role: str) -> list[Screen]:
    """The pages of a demo login, or of the public site for PUBLIC."""
    from klynge.demo.midtklyngen import CLUSTER

    if role == PUBLIC:
        return [
            Screen("forside", Route("public:index")),
            Screen("referat", Route("public:decisions", (CLUSTER,)), (Link("public:meeting"),)),
        ]
    meetings = Route("workspace:meetings")
    return [
        Screen("forside", Route("home")),
        Screen("moeder", meetings),
        Screen("moede", meetings, NEXT_MEETING),
        Screen("punkt", meetings, AN_ITEM),
        Screen("organisation", Route("organisation:tree")),
        Screen("forum", meetings, (*NEXT_MEETING, Link("organisation:forum"))),
        Screen("opfoelgning", Route("followup:cluster", (CLUSTER,))),
        Screen("portefoelje", Route("portfolio:cluster", (CLUSTER,))),
        Screen("soeg", Route("search:search", query="?q=sundhedsaftale")),
        Screen("hjaelp", Route("guide:index")),
        Screen("hjaelp-rolle", Route("guide:role", (role,))),
    ]


@dataclass(frozen=True)
class Figure:
    """A picture for the guide: the part `region` of a screen, as `role` sees it."""

    name: str
    role: str
    screen: Screen
    region: str = "main"
    # Fills in a form without sending it, so the picture shows the field in use.
    fill: tuple[tuple[str, str], ...] = ()


def figures() -> list[Figure]:
    """The guide's pictures (klynge/guide/guides.py names them), each of one login's screen."""
    from klynge.demo.midtklyngen import CLUSTER, STEERING

    home = Screen("forside", Route("home"))
    meetings = Route("workspace:meetings")
    # The demo's coming and recent meetings, found by their state in the list of meetings.
    preparing = (Link("meetings:meeting", near="Dagsorden under udarbejdelse"),)
    published = (Link("meetings:meeting", near="Dagsorden udsendt"),)
    minutes = (Link("meetings:meeting", near="Referat under udarbejdelse"),)
    # An item that has comments: its side-menu line counts them ("2 kommentarer").
    discussed = Link("workspace:item", 2, near="kommentar")
    item = Screen("punkt", meetings, (*published, discussed))
    return [
        Figure("sekretariat-forside", "sekretariat", home),
        Figure(
            "sekretariat-planlaeg",
            "sekretariat",
            Screen("planlaeg", Route("meetings:meeting_new", (STEERING,))),
            "main form",
            # Not the date and time: Debian's Chromium shows them in American format.
            (
                ("main form input[type=text]", "Ekstraordinært møde om overdragelsen"),
                ("main form textarea", "Regionshuset Viborg, mødelokale 2"),
            ),
        ),
        Figure(
            "sekretariat-punkt",
            "sekretariat",
            Screen("nyt-punkt", meetings, (*preparing, Link("meetings:item_new"))),
            "main form",
        ),
        Figure(
            "sekretariat-gennemlaesning",
            "sekretariat",
            Screen("gennemlaesning", meetings, (*minutes, Link("workspace:review", 2))),
        ),
        Figure(
            "sekretariat-moede",
            "sekretariat",
            Screen("moede", meetings, preparing),
            "section[aria-labelledby=secretariat-heading]",
        ),
        Figure(
            "sekretariat-afbud",
            "sekretariat",
            Screen("moede", meetings, published),
            "section[aria-labelledby=attendance-heading]",
        ),
        Figure(
            "sekretariat-referat",
            "sekretariat",
            Screen("referat", meetings, (*minutes, Link("meetings:minutes_edit", 2))),
            "main form",
        ),
        Figure(
            "sekretariat-opfoelgning",
            "sekretariat",
            Screen("opfoelgning", Route("followup:cluster", (CLUSTER,))),
        ),
        Figure("formand-forside", "formand", home),
        Figure(
            "formand-gennemlaesning",
            "formand",
            Screen("punkt", meetings, (*minutes, discussed)),
            "#kommentarer",
            (
                (
                    ".klynge-comment-form textarea",
                    "Mødet i februar ligger i kommunernes vinterferie. Kan vi flytte det en uge?",
                ),
            ),
        ),
        Figure(
            "formand-godkend",
            "formand",
            Screen("moede", meetings, minutes),
            "section[aria-labelledby=approval-heading]",
        ),
        Figure("medlem-forside", "medlem", home),
        Figure("medlem-punkt", "medlem", item),
        Figure(
            "medlem-note",
            "medlem",
            item,
            "#note",
            (("#note textarea", "Spørg til, hvordan kommunerne er med i implementeringen."),),
        ),
        Figure(
            "medlem-kommentar",
            "medlem",
            item,
            "#kommentarer",
            (
                (
                    ".klynge-comment-form textarea",
                    "@sekretariat kan vi få tallene for 2025 med som bilag?",
                ),
            ),
        ),
        Figure(
            "medlem-afbud",
            "medlem",
            Screen("afbud", meetings, (*published, Link("meetings:apology"))),
            "main form",
        ),
        Figure("laeser-moeder", "laeser", Screen("moeder", meetings)),
        Figure(
            "laeser-soeg",
            "laeser",
            Screen("soeg", Route("search:search", query="?q=sundhedsaftale")),
        ),
    ]


@dataclass
class Shot:
    """One file written, with what was noticed while taking it."""

    path: Path
    role: str
    screen: str
    size: str
    url: str
    notes: list[str] = field(default_factory=list)


# --- the demo server ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_environment(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "KLYNGE_DATABASE_URL": f"sqlite:///{workdir / 'demo.sqlite3'}",
        "KLYNGE_MEDIA_ROOT": str(workdir / "media"),
        "KLYNGE_DEBUG": "1",
        "KLYNGE_DEMO": "1",
        "DJANGO_SETTINGS_MODULE": "klynge.settings",
    }


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


@contextmanager
def demo_server(env: dict[str, str]) -> Iterator[str]:
    """The demo, built afresh, served until the block ends; yields its base URL."""
    began = time.monotonic()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "build_demo")
    progress(f"demo built in {time.monotonic() - began:.0f} s")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # --insecure: static files are served by runserver whatever DEBUG says.
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_up(base + "/log-ind/", server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_until_up(url: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ScreenshotError(
                f"runserver stopped: {server.stderr.read() if server.stderr else ''}"
            )
        try:
            with urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise ScreenshotError(f"runserver did not answer at {url} within 30 s")


# --- the browser ----------------------------------------------------------------------------------


def log_in(page: object, base: str, username: str, password: str) -> None:
    page.goto(base + "/log-ind/")
    form = page.locator("form:has(input[name='password'])")
    form.locator("input[name='username']").fill(username)
    form.locator("input[name='password']").fill(password)
    with page.expect_navigation():
        form.locator("button[type='submit']").first.click()
    if "/log-ind/" in page.url:
        raise ScreenshotError(f"login as {username} was refused")


def open_page(page: object, base: str, url: str, what: str) -> None:
    response = page.goto(base + url)
    status = response.status if response else 0
    if status != 200:
        raise ScreenshotError(f"{what}: {url} answered {status}")


def first_link(page: object, link: Link, what: str) -> str:
    """The first link on the page that goes where `link` says."""
    pattern = link.pattern()
    # The page's own content first, then where it sits (the breadcrumbs), then the menus.
    for scope in ("main a[href]", "nav.breadcrumbs a[href]", "a[href]"):
        links = page.eval_on_selector_all(
            scope,
            "els => els.map(e => [e.getAttribute('href'), "
            "(e.closest('tr, li') || e).textContent.replace(/\\s+/g, ' ')])",
        )
        for href, around in links:
            if pattern.match(urlsplit(href).path) and link.near in around:
                return urlsplit(href).path
    near = f" near {link.near!r}" if link.near else ""
    raise ScreenshotError(f"{what}: no link to {link.name}{near} on {page.url}")


def resolve(page: object, base: str, screen: Screen, what: str) -> str:
    """The address of the screen, found by following its links from its start."""
    url = screen.start.url()
    for link in screen.follow:
        open_page(page, base, url, what)
        url = first_link(page, link, what)
    return url


def page_notes(page: object, width: int) -> list[str]:
    notes = []
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    if scroll_width > width:
        notes.append(f"page is {scroll_width} px wide in a {width} px window")
    return notes


def shoot_page(page: object, path: Path) -> None:
    # Pictures below the fold load only when scrolled to; the whole page is photographed.
    page.evaluate(
        "() => document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_function("() => [...document.images].every(i => i.complete)")
    height = page.evaluate("() => document.documentElement.scrollHeight")
    width = page.viewport_size["width"]
    clip = {"x": 0, "y": 0, "width": width, "height": min(height, MAX_PAGE_HEIGHT)}
    page.screenshot(path=path, full_page=True, clip=clip)


def shoot_role(browser: object, base: str, role: str, password: str) -> list[Shot]:
    context = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen")
    context.set_default_timeout(15_000)
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        if role != PUBLIC:
            log_in(page, base, role, password)
        urls = {s.name: resolve(page, base, s, f"{role}/{s.name}") for s in main_screens(role)}
        shots = []
        for size, (width, height) in SIZES.items():
            page.set_viewport_size({"width": width, "height": height})
            for name, url in urls.items():
                failed.clear()
                open_page(page, base, url, f"{role}/{name}")
                shot = Shot(OUT / f"{role}-{name}-{size}.png", role, name, size, url)
                shoot_page(page, shot.path)
                shot.notes = page_notes(page, width) + [f"request failed: {f}" for f in failed]
                shots.append(shot)
        return shots
    finally:
        context.close()


def shoot_figures(browser: object, base: str, password: str) -> list[Path]:
    written = []
    for role in ROLES:
        wanted = [figure for figure in figures() if figure.role == role]
        if not wanted:
            continue
        width, height = GUIDE_SIZE
        context = browser.new_context(
            locale="da-DK",
            timezone_id="Europe/Copenhagen",
            viewport={"width": width, "height": height},
        )
        page = context.new_page()
        try:
            log_in(page, base, role, password)
            for figure in wanted:
                written.append(shoot_figure(page, base, figure))
        finally:
            context.close()
    return written


# The region's box on the page, its width cut to where its visible content ends (text, fields
# and anything with a border or a background): a form is narrower than its column.
REGION_BOX = """(el) => {
    const r = el.getBoundingClientRect();
    let right = r.left;
    const range = document.createRange();
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const seen = (e) => e.checkVisibility({visibilityProperty: true});
    while (texts.nextNode()) {
        if (!seen(texts.currentNode.parentElement)) continue;
        range.selectNodeContents(texts.currentNode);
        const b = range.getBoundingClientRect();
        if (b.width) right = Math.max(right, b.right);
    }
    const drawn = (e) => {
        const style = getComputedStyle(e);
        return e.matches('input, select, textarea, button, img, svg')
            || parseFloat(style.borderRightWidth) > 0
            || !['transparent', 'rgba(0, 0, 0, 0)'].includes(style.backgroundColor);
    };
    for (const c of el.querySelectorAll('*')) {
        if (!seen(c) || !drawn(c)) continue;
        const b = c.getBoundingClientRect();
        if (b.width) right = Math.max(right, b.right);
    }
    return {x: r.left + scrollX, y: r.top + scrollY, width: Math.min(right, r.right) - r.left,
            height: r.height};
}"""


def shoot_figure(page: object, base: str, figure: Figure) -> Path:
    what = f"guide picture {figure.name}"
    open_page(page, base, resolve(page, base, figure.screen, what), what)
    for selector, text in figure.fill:
        page.locator(selector).first.fill(text)
    # The breadcrumbs end just above main: the picture's margin would catch half a line.
    page.evaluate("document.querySelectorAll('nav.breadcrumbs').forEach(n => n.remove())")
    region = page.locator(figure.region).first
    if region.count() == 0:
        raise ScreenshotError(f"{what}: nothing matches {figure.region!r} on {page.url}")
    box = page.evaluate(REGION_BOX, region.element_handle())
    # A little of the page around the region, so its edges do not touch the frame.
    box = {
        "x": max(box["x"] - GUIDE_MARGIN, 0),
        "y": max(box["y"] - GUIDE_MARGIN, 0),
        "width": box["width"] + 2 * GUIDE_MARGIN,
        "height": min(box["height"] + 2 * GUIDE_MARGIN, GUIDE_MAX_HEIGHT),
    }
    path = GUIDE_IMG / f"{figure.name}.png"
    path.write_bytes(small_png(page.screenshot(full_page=True, clip=box), what))
    return path


def small_png(png: bytes, what: str) -> bytes:
    """The picture in at most 256 colours (screens have few), refused when still too large."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    buffer = io.BytesIO()
    image.quantize(256, dither=Image.Dither.NONE).save(buffer, "PNG", optimize=True)
    data = buffer.getvalue()
    if len(data) > GUIDE_MAX_BYTES:
        raise ScreenshotError(
            f"{what}: {len(data) // 1000} KB after reduction; choose a smaller region"
        )
    return data


# --- the review page ----------------------------------------------------------------------------


def write_index(shots: list[Shot], guide: list[Path]) -> Path:
    rows = []
    for role in (*ROLES, PUBLIC):
        rows.append(f"<h2>{html.escape(role)}</h2>")
        for shot in [s for s in shots if s.role == role]:
            notes = "".join(f"<li>{html.escape(n)}</li>" for n in shot.notes)
            rows.append(
                f'<figure><a href="{shot.path.name}"><img src="{shot.path.name}" loading="lazy" '
                f'alt="{html.escape(shot.role)}: {html.escape(shot.screen)}, {shot.size}"></a>'
                f"<figcaption>{html.escape(shot.screen)} · {shot.size} · "
                f"<code>{html.escape(shot.url)}</code>"
                f"{f'<ul>{notes}</ul>' if notes else ''}</figcaption></figure>"
            )
    rows.append("<h2>Vejledningens billeder</h2>")
    for path in guide:
        rel = os.path.relpath(path, OUT)
        rows.append(
            f'<figure><a href="{rel}"><img src="{rel}" alt="{path.stem}"></a>'
            f"<figcaption>{path.name} · {path.stat().st_size // 1000} KB</figcaption></figure>"
        )
    index = OUT / "index.html"
    index.write_text(INDEX_TEMPLATE.replace("{{ body }}", "\n".join(rows)), encoding="utf-8")
    return index


INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Klynge: skærmbilleder</title>
<style>
body { font-family: sans-serif; margin: 2rem; }
figure { display: inline-block; vertical-align: top; width: 22rem; margin: 0 1rem 2rem 0; }
figure img { width: 100%; max-height: 30rem; object-fit: cover; object-position: top;
             border: 1px solid #999; }
figcaption { font-size: .85rem; overflow-wrap: anywhere; }
figcaption li { color: #b60202; }
</style></head>
<body><h1>Klynge: skærmbilleder</h1>
{{ body }}
</body></html>
"""


# --- the run ------------------------------------------------------------------------------------


def run(guide_only: bool = False) -> tuple[list[Shot], list[Path]]:
    from playwright.sync_api import sync_playwright

    from klynge.demo.logins import PASSWORD

    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    GUIDE_IMG.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="klynge-screenshots-") as workdir,
        demo_server(demo_environment(Path(workdir))) as base,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, chromium_sandbox=False
        )
        try:
            # The guide's pictures first, so the help pages among the screenshots show them.
            began = time.monotonic()
            guide = shoot_figures(browser, base, PASSWORD)
            progress(f"the guide's pictures: {time.monotonic() - began:.0f} s")
            shots = []
            for role in () if guide_only else (*ROLES, PUBLIC):
                began = time.monotonic()
                shots += shoot_role(browser, base, role, PASSWORD)
                progress(f"{role}: {time.monotonic() - began:.0f} s")
        finally:
            browser.close()
    return shots, guide


def progress(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "klynge.settings")
    import django

    django.setup()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--guide-only", action="store_true", help="only the guide's pictures, not the pages"
    )
    args = parser.parse_args(argv)
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    setup_django()
    started = time.monotonic()
    try:
        shots, guide = run(args.guide_only)
    except ScreenshotError as error:
        print(f"make screenshots: {error}", file=sys.stderr)
        return 1
    index = write_index(shots, guide)
    noted = [shot for shot in shots if shot.notes]
    for shot in noted:
        for note in shot.notes:
            print(f"  {shot.path.name}: {note}")
    print(f"screenshots_written: {len(shots)}")
    print(f"guide_pictures_written: {len(guide)}")
    print(f"screenshots_with_notes: {len(noted)}")
    print(f"seconds: {time.monotonic() - started:.0f}")
    print(f"{len(shots)} screenshots and {len(guide)} guide pictures; review {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
