"""Single sign-on through OpenID Connect against a real provider on loopback.

oidc-provider-mock runs a complete OpenID provider (discovery, authorize, token, userinfo,
JWKS with an RS256 key) in a thread; the test plays the browser with Django's test client and
``requests``, and Django exchanges the code with the provider over real HTTP.
"""

from urllib.parse import parse_qs, quote, urlsplit

import oidc_provider_mock
import pytest
import requests
from django.contrib.auth import SESSION_KEY

from klynge.accounts import auth

CLIENT_ID = "klynge-test"
CLIENT_SECRET = "klynge-test-secret"


@pytest.fixture(scope="module")
def provider():
    with oidc_provider_mock.run_server_in_thread(require_nonce=True) as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture(params=["issuer", "endpoints"])
def oidc(request, settings, provider, db):
    """SSO switched on, either by the issuer (discovery) or by the four endpoints."""
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_CREATE_USER = False
    if request.param == "issuer":
        settings.OIDC_OP_ISSUER = provider
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT = ""
        settings.OIDC_OP_TOKEN_ENDPOINT = ""
        settings.OIDC_OP_USER_ENDPOINT = ""
        settings.OIDC_OP_JWKS_ENDPOINT = ""
    else:
        settings.OIDC_OP_ISSUER = ""
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{provider}/oauth2/authorize"
        settings.OIDC_OP_TOKEN_ENDPOINT = f"{provider}/oauth2/token"
        settings.OIDC_OP_USER_ENDPOINT = f"{provider}/userinfo"
        settings.OIDC_OP_JWKS_ENDPOINT = f"{provider}/jwks"
    auth._discovered.clear()
    return settings


def provider_user(provider, sub, **claims):
    response = requests.put(f"{provider}/users/{quote(sub)}", json=claims, timeout=10)
    assert response.status_code == 204


def sso_login(client, provider, sub, *, start="/oidc/authenticate/"):
    """Start at Klynge, authorise at the provider as ``sub``, come back with the code."""
    response = client.get(start)
    assert response.status_code == 302
    authorize = response["Location"]
    assert authorize.startswith(f"{provider}/oauth2/authorize?")
    query = parse_qs(urlsplit(authorize).query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["redirect_uri"] == ["http://testserver/oidc/callback/"]
    assert query["nonce"] and query["state"] and query["code_challenge"]
    assert "openid" in query["scope"][0].split()

    answer = requests.post(authorize, data={"sub": sub}, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    callback = urlsplit(answer.headers["Location"])
    assert callback.path == "/oidc/callback/"
    assert "code" in parse_qs(callback.query)
    return client.get(f"{callback.path}?{callback.query}")


def test_login_page_offers_the_organisations_login(client, oidc):
    response = client.get("/log-ind/")
    assert "Log ind med organisationens login" in response.text
    assert 'href="/oidc/authenticate/"' in response.text


def test_an_existing_user_logs_in_through_the_provider(client, oidc, provider, django_user_model):
    user = django_user_model.objects.create_user(
        "anne.sekretaer", email="Anne.Sekretaer@skive.dk", password=None
    )
    provider_user(
        provider,
        "sub-anne",
        email="anne.sekretaer@skive.dk",
        email_verified=True,
        preferred_username="ask@skive",
        given_name="Anne",
        family_name="Sekretær",
    )
    client.get("/log-ind/")
    session_before = client.cookies["sessionid"].value if "sessionid" in client.cookies else ""

    response = sso_login(client, provider, "sub-anne")

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session[SESSION_KEY] == str(user.pk)
    assert client.session["_auth_user_backend"] == "klynge.accounts.auth.KlyngeOIDCBackend"
    assert client.cookies["sessionid"].value != session_before
    user.refresh_from_db()
    assert (user.username, user.first_name, user.last_name) == (
        "anne.sekretaer",
        "Anne",
        "Sekretær",
    )
    page = client.get("/organisation/")
    assert page.status_code == 200
    assert "Anne Sekretær" in page.text


def test_the_login_returns_to_the_page_asked_for(client, oidc, provider, django_user_model):
    django_user_model.objects.create_user("bo", email="bo@viborg.dk", password=None)
    provider_user(provider, "sub-bo", email="bo@viborg.dk", email_verified=True)
    response = sso_login(client, provider, "sub-bo", start="/oidc/authenticate/?next=/moeder/")
    assert response["Location"] == "/moeder/"


def test_an_unknown_email_is_refused_when_users_are_not_created(
    client, oidc, provider, django_user_model
):
    django_user_model.objects.create_user("kendt", email="kendt@skive.dk", password=None)
    provider_user(provider, "sub-ukendt", email="ukendt@skive.dk", email_verified=True)

    response = sso_login(client, provider, "sub-ukendt")

    assert response.status_code == 302
    assert response["Location"] == "/log-ind/"
    assert SESSION_KEY not in client.session
    assert not django_user_model.objects.filter(email="ukendt@skive.dk").exists()
    page = client.get("/log-ind/")
    assert "Login via din organisation gav ikke adgang til Klynge" in page.text
    assert client.get("/organisation/").status_code == 302


def test_an_unverified_email_is_refused(client, oidc, provider, django_user_model):
    django_user_model.objects.create_user("cecilie", email="cecilie@skive.dk", password=None)
    provider_user(provider, "sub-cecilie", email="cecilie@skive.dk", email_verified=False)
    sso_login(client, provider, "sub-cecilie")
    assert SESSION_KEY not in client.session


def test_an_inactive_user_is_refused(client, oidc, provider, django_user_model):
    django_user_model.objects.create_user(
        "gammel", email="gammel@skive.dk", password=None, is_active=False
    )
    provider_user(provider, "sub-gammel", email="gammel@skive.dk", email_verified=True)
    sso_login(client, provider, "sub-gammel")
    assert SESSION_KEY not in client.session


def test_users_are_created_when_the_installation_allows_it(
    client, oidc, provider, django_user_model
):
    oidc.OIDC_CREATE_USER = True
    provider_user(
        provider,
        "sub-dorte",
        email="dorte@silkeborg.dk",
        email_verified=True,
        preferred_username="dorte.silkeborg",
        given_name="Dorte",
        family_name="Ø",
    )

    sso_login(client, provider, "sub-dorte")

    user = django_user_model.objects.get(email="dorte@silkeborg.dk")
    assert client.session[SESSION_KEY] == str(user.pk)
    assert (user.username, user.first_name, user.last_name) == ("dorte.silkeborg", "Dorte", "Ø")
    assert not user.has_usable_password()
    assert not user.is_staff and not user.is_superuser


def test_a_created_user_is_named_after_sub_without_preferred_username(
    client, oidc, provider, django_user_model
):
    oidc.OIDC_CREATE_USER = True
    provider_user(provider, "sub-erik", email="erik@skive.dk", email_verified=True)
    sso_login(client, provider, "sub-erik")
    assert django_user_model.objects.get(email="erik@skive.dk").username == "sub-erik"


def test_a_callback_without_a_started_login_is_refused(client, oidc):
    response = client.get("/oidc/callback/?code=stolen&state=guessed")
    assert response.status_code == 302
    assert response["Location"] == "/log-ind/"
    assert SESSION_KEY not in client.session


def test_a_token_for_another_client_is_refused(client, oidc, provider, django_user_model):
    """The ID token's audience must be Klynge's client id."""
    django_user_model.objects.create_user("fie", email="fie@skive.dk", password=None)
    provider_user(provider, "sub-fie", email="fie@skive.dk", email_verified=True)
    response = client.get("/oidc/authenticate/")
    authorize = response["Location"].replace(f"client_id={CLIENT_ID}", "client_id=another-app")
    answer = requests.post(authorize, data={"sub": "sub-fie"}, allow_redirects=False, timeout=10)
    callback = urlsplit(answer.headers["Location"])
    # The provider issued the code to "another-app": the exchange with Klynge's id fails.
    client.get(f"{callback.path}?{callback.query}")
    assert SESSION_KEY not in client.session


def test_password_logins_do_not_reach_the_provider(client, oidc, django_user_model):
    django_user_model.objects.create_user("gorm", password="et-godt-kodeord-til-klynge")
    response = client.post(
        "/log-ind/?code=x&state=y",
        {"username": "gorm", "password": "forkert-kodeord-123"},
    )
    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_sso_is_off_without_client_credentials(client, oidc):
    oidc.OIDC_RP_CLIENT_SECRET = ""
    assert client.get("/oidc/authenticate/").status_code == 404
    assert client.get("/oidc/callback/?code=a&state=b").status_code == 404
    assert "organisationens login" not in client.get("/log-ind/").text
