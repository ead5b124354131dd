"""Password login: lockout after repeated failures, session cookies, password rules."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

PASSWORD = "et-godt-kodeord-til-klynge"


@pytest.fixture
def secretary(django_user_model):
    return django_user_model.objects.create_user("sekretariat", password=PASSWORD)


def attempt(client, username, password, ip="10.0.0.1"):
    return client.post("/log-ind/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_login_with_the_right_password_rotates_the_session(client, secretary):
    client.get("/log-ind/")
    client.session["before"] = True
    before = client.cookies["sessionid"].value if "sessionid" in client.cookies else None

    response = attempt(client, "sekretariat", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/"
    cookie = client.cookies["sessionid"]
    assert cookie.value != before
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert not cookie["expires"], "the session ends when the browser closes"
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert client.get("/organisation/").status_code == 200


def test_wrong_password_is_refused_in_danish(client, secretary):
    response = attempt(client, "sekretariat", "forkert-kodeord-123")
    assert response.status_code == 200
    assert "Forkert brugernavn eller adgangskode" in response.text


def test_five_failures_lock_the_username_at_that_address_for_30_minutes(client, secretary):
    for _ in range(4):
        assert attempt(client, "sekretariat", "forkert-kodeord-123").status_code == 200

    locked = attempt(client, "sekretariat", "forkert-kodeord-123")
    assert locked.status_code == 429
    assert "registration/locked_out.html" in [t.name for t in locked.templates]
    assert "For mange mislykkede forsøg" in locked.text
    assert "30 minutter" in locked.text
    assert 'class="alert alert-error' in locked.text

    # Even the right password is refused while locked out ...
    assert attempt(client, "sekretariat", PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session
    # ... but only for this username at this address.
    assert attempt(client, "sekretariat", PASSWORD, ip="10.0.0.2").status_code == 302
    client.logout()

    # After the cool-off the user can log in again.
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=31)
    )
    assert attempt(client, "sekretariat", PASSWORD).status_code == 302


def test_other_usernames_from_a_locked_address_may_still_log_in(
    client, secretary, django_user_model
):
    django_user_model.objects.create_user("formand", password=PASSWORD)
    for _ in range(5):
        attempt(client, "sekretariat", "forkert-kodeord-123")
    assert attempt(client, "formand", PASSWORD).status_code == 302


def test_a_successful_login_resets_the_failures(client, secretary):
    for _ in range(4):
        attempt(client, "sekretariat", "forkert-kodeord-123")
    assert attempt(client, "sekretariat", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert attempt(client, "sekretariat", "forkert-kodeord-123").status_code == 200
    assert attempt(client, "sekretariat", PASSWORD).status_code == 302


def test_failures_behind_a_trusted_proxy_count_per_client_address(client, secretary, settings):
    settings.KLYNGE_TRUSTED_PROXY_COUNT = 1

    def via_proxy(password, client_ip):
        return client.post(
            "/log-ind/",
            {"username": "sekretariat", "password": password},
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR=f"1.2.3.4, {client_ip}",  # the first entry is spoofable
        )

    for _ in range(5):
        via_proxy("forkert-kodeord-123", "192.0.2.10")
    assert via_proxy(PASSWORD, "192.0.2.10").status_code == 429
    assert via_proxy(PASSWORD, "192.0.2.11").status_code == 302


def test_force_login_is_not_affected_by_a_lockout(client, secretary):
    for _ in range(5):
        attempt(client, "sekretariat", "forkert-kodeord-123", ip="127.0.0.1")
    client.force_login(secretary)
    assert client.get("/organisation/").status_code == 200


def test_logout_is_by_post_only(client, secretary):
    client.force_login(secretary)
    assert client.get("/log-ud/").status_code == 405
    assert client.post("/log-ud/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_login_page_has_no_sso_button_when_oidc_is_not_configured(client, settings):
    settings.OIDC_RP_CLIENT_ID = ""
    response = client.get("/log-ind/")
    assert response.status_code == 200
    assert "organisationens login" not in response.text
    assert client.get("/oidc/authenticate/").status_code == 404


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kort-kode1", "Denne adgangskode er for kort. Den skal indeholde mindst 12 tegn."),
        ("123456789012345", "Denne adgangskode er udelukkende numerisk."),
        ("password1234", "Denne adgangskode er for almindelig."),
    ],
)
def test_weak_passwords_are_refused_in_danish(password, message):
    with translation.override("da"), pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert message in refused.value.messages


def test_a_password_like_the_username_is_refused(django_user_model, db):
    user = django_user_model(username="annemette.kragh", email="amk@example.dk")
    with translation.override("da"), pytest.raises(ValidationError) as refused:
        validate_password("annemette.kragh", user)
    assert any("minder for meget" in message for message in refused.value.messages)


def test_a_strong_password_is_accepted():
    validate_password("Mødekalender-for-Midtklyngen-2025")
