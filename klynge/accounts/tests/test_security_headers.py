"""Security headers on every page, and a Content Security Policy that DKFDS and htmx live with."""

import re

import pytest

from klynge.accounts.models import Role, RoleAssignment
from klynge.organisation.tests.factories import ForumFactory

PASSWORD = "et-godt-kodeord-til-klynge"

EXPECTED_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'self'",
    "object-src": "'none'",
}


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            directives[name] = value.strip()
    return directives


@pytest.fixture
def secretary(django_user_model):
    return django_user_model.objects.create_user("sekretariat", password=PASSWORD)


def assert_security_headers(response):
    csp = parse_csp(response["Content-Security-Policy"])
    for directive, value in EXPECTED_CSP.items():
        assert csp.get(directive) == value, (directive, csp)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in policy


def assert_no_inline_code(html):
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert inline_scripts == []
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_login_page_carries_the_security_headers(client, db):
    response = client.get("/log-ind/")
    assert response.status_code == 200
    assert_security_headers(response)
    assert_no_inline_code(response.text)


def test_pages_behind_the_login_carry_them_too(client, secretary):
    ForumFactory(name="Klyngestyregruppen")
    client.force_login(secretary)
    response = client.get("/organisation/")
    assert response.status_code == 200
    assert_security_headers(response)
    assert_no_inline_code(response.text)
    assert '<meta name="htmx-config" content=\'{"includeIndicatorStyles": false}\'>' in (
        response.text
    )


def test_redirects_and_lockouts_carry_them(client, secretary):
    assert_security_headers(client.get("/organisation/"))  # redirect to the login


def test_browser_reports_no_csp_violation(page, live_server, login, secretary):
    """DKFDS's CSS, its icons and htmx run under the policy: Chromium reports no violation."""
    forum = ForumFactory(name="Klyngestyregruppen")
    RoleAssignment.objects.create(user=secretary, role=Role.SECRETARIAT, cluster=forum.cluster)
    reports = []

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            reports.append(message.text)

    page.on("console", on_console)
    page.context.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
        "e.violatedDirective + ' ' + e.blockedURI));"
    )

    page.goto(live_server.url + "/log-ind/")
    assert page.evaluate("window.__csp") == []
    login(page, live_server, "sekretariat", PASSWORD)
    for path in ("/organisation/", forum.get_absolute_url()):
        response = page.goto(live_server.url + path)
        assert response.status == 200
        assert "default-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.htmx") == "object", "htmx loaded"
        assert page.evaluate("window.__csp") == [], path
        # DKFDS's stylesheet is applied (not blocked): its font is on the body.
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "IBM Plex Sans" in font or "sans" in font.lower()
    assert reports == []
