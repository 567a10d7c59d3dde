"""declinewiz settings: one module, read from the environment.

With nothing set it runs for development on SQLite in the project folder. Production sets
DEBUG=false and real values; `manage.py check --deploy` then passes with no warning.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import django.forms
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from python_ipware import IpWare
from xstatic.pkg import bootstrap as xstatic_bootstrap

# Small, strict readers of the environment: a typo in a production environment stops the
# start, loudly, rather than quietly changing behaviour ("ture" is not a boolean).
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean. Use one of: true, false, 1, 0, yes, no, on, off."
    )


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Production (DEBUG=false) needs a long random SECRET_KEY "
            "in the environment; generate one with: "
            'python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    # Development only: with DEBUG=false the start stops above without a SECRET_KEY.
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105  # nosec B105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "crispy_forms",
    "crispy_bootstrap5",
    "axes",
    "csp",
    "declinewiz.accounts",
    "declinewiz.drafts",
    "declinewiz.closeout",
]

MIDDLEWARE = [
    # Outermost, so that the responses Django writes itself when a middleware below refuses
    # a request (the 400 for a Host not in ALLOWED_HOSTS) carry them too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Every page below here, never the static files above: no cache keeps a copy.
    "declinewiz.accounts.middleware.NeverCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "declinewiz.urls"
WSGI_APPLICATION = "declinewiz.wsgi.application"

TEMPLATES = [
    # Django's own form templates (widgets, labels, error lists) in their Jinja2 versions: the
    # same markup as the Django-template ones in about a third of the time (a time-zone list is
    # 40 options). Found first by the form renderer below; every other template, the admin's
    # widgets included, is a Django template further down.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [Path(django.forms.__file__).resolve().parent / "jinja2"],
        "APP_DIRS": False,
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Persistent connections with a health check: a restarted database is picked up again
# without restarting the app.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL: readers never wait for a writer. synchronous=NORMAL: a commit is written but not
    # fsynced until the next checkpoint (a power cut may lose the last commits, never the file).
    # IMMEDIATE: a transaction that will write takes the lock up front, so two concurrent
    # saves queue up instead of one failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer must not hang a page: fail fast, show the 503 page.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 3

# One cache for every app server when CACHE_URL (or REDIS_URL) names a Redis, through Django's
# own Redis backend; otherwise each process keeps its own in memory. Sessions stay in the
# database either way (SESSION_ENGINE below), so a restarted Redis signs nobody out.
cache_url = env_str("CACHE_URL") or env_str("REDIS_URL")
if cache_url and not cache_url.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"CACHE_URL/REDIS_URL={cache_url!r} is not a Redis URL (redis://host:6379/0)."
    )

if cache_url:
    cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": cache_url}
    markup_apart = {"KEY_PREFIX": "markup"}
else:
    cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    markup_apart = {"LOCATION": "markup", "OPTIONS": {"MAX_ENTRIES": 3000}}
CACHES = {
    "default": cache,
    # Rendered markup, keyed by all it is made of (drafts/templatetags/markup_cache.py): form
    # fields and the drafts list's rows. Apart, so it never pushes out what the default cache
    # counts (sign-up attempts). Each is kept a day; in memory, at most 3,000 (a few MB) a
    # process.
    "markup": {**cache, **markup_apart, "TIMEOUT": 86400},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Sessions live in the database, whatever cache is configured: every app server sees them.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "drafts:list"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
# The site speaks English and holds no translations; the composer writes its own words. With
# USE_I18N off, Django skips its translation machinery on every string, date and link.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("bootstrap", xstatic_bootstrap.BASE_DIR),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0

# Forms render through the engines in TEMPLATES, in order: Django's Jinja2 form templates for
# the widgets inside crispy's field template, the Django templates for the rest.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Django's default: a short message travels in a signed cookie (HttpOnly, Secure and
# SameSite like the session's) and only a long one in the session, so a "Saved" after a POST
# does not write the session row again.
MESSAGE_STORAGE = "django.contrib.messages.storage.fallback.FallbackStorage"

# Email: the console by default (password reset links appear in the server's output).
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "declinewiz <no-reply@localhost>")

# Login throttling: five failures for one account (from any address), or from one address
# (for any account), lock it for a while.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Axes' reset on success deletes every failure that matches any lockout parameter: all those
# from the address too, so signing in to your own account (or signing up) would forgive your
# guesses at someone else's. A sign-in forgives only its own account's failures from its own
# address instead (accounts.views.SignInView), and a password reset those of its account.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Whose address a failure counts against (declinewiz.accounts.addresses): the connection's,
# or behind a reverse proxy the one that proxy appended to X-Forwarded-For. TRUSTED_PROXIES
# names the proxies (addresses or networks, one per hop, the outermost first); from any other
# peer the header is ignored.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
try:
    IpWare(precedence=("HTTP_X_FORWARDED_FOR",), proxy_list=TRUSTED_PROXIES)
except ValueError as error:
    raise ImproperlyConfigured(
        f"TRUSTED_PROXIES={','.join(TRUSTED_PROXIES)!r}: {error} Give the proxies' addresses "
        "or networks, comma-separated, e.g. TRUSTED_PROXIES=10.0.0.2 or 172.16.0.0/12."
    ) from None
AXES_CLIENT_IP_CALLABLE = "declinewiz.accounts.addresses.client_address"
# Sign-up says whether an email has an account (README, Security and data): at most this
# many sign-ups an hour from one address, so nobody can test a list of emails through it.
SIGN_UP_LIMIT = env_int("SIGN_UP_LIMIT", 10)
# The sign-in form posts the email as `username`, and passes it to authenticate() so. Axes
# would otherwise look for `email` (the USERNAME_FIELD), record failures with no account and
# never lock one: five failures anywhere would show everyone the lockout page instead.
AXES_USERNAME_FORM_FIELD = "username"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Bootstrap draws checkboxes and select arrows with data: SVG images.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if env_bool("BEHIND_TLS_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        if not TRUSTED_PROXIES:
            # Every client would have the proxy's address: five failed sign-ins by anyone
            # would lock everyone out.
            raise ImproperlyConfigured(
                "BEHIND_TLS_PROXY=true needs TRUSTED_PROXIES: the address (or network) of the "
                "proxy in front of the app, so each client is told apart by its own address."
            )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
