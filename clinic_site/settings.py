"""The one settings module, read from environment variables.

Every variable is listed in ``.env.example`` and in the README. The defaults are
the safe ones: DEBUG is off, a production start without ``DJANGO_SECRET_KEY``
stops with a message that names it, and with no ``DATABASE_URL`` the site uses an
SQLite file under ``var/`` so that a fresh clone runs with nothing else installed.
"""

import hashlib
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from cms import __version__ as _cms_version
from django.core.exceptions import ImproperlyConfigured

from clinic_site.env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent


VAR_DIR = Path(env("DJANGO_VAR_DIR") or BASE_DIR / "var")


# --- Core -------------------------------------------------------------------

DEBUG = env_bool("DJANGO_DEBUG", False)
# Set by the test configuration (pyproject.toml): plain static storage and a
# fast password hasher, nothing else differs.
TESTING = env_bool("DJANGO_TESTING", False)
# `make test` runs the suite in parallel processes (pytest-xdist names each "gw0", "gw1"...): each
# keeps its own var/ (test database, cache files, media, the mail worker's lock) and Redis database,
# so one worker's cache.clear() or media clean-up never reaches into another's test.
TEST_WORKER = env("PYTEST_XDIST_WORKER") if TESTING else ""
if TEST_WORKER:
    VAR_DIR = VAR_DIR / f"test-{TEST_WORKER}"
    VAR_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. It is required whenever DJANGO_DEBUG is off; "
            "set it to a long random string (see .env.example)."
        )
    # Only with DEBUG on (local development); `make run` sets a real random key anyway.
    SECRET_KEY = "development-only-key-never-used-with-debug-off"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# The public address of the site, for canonical links, the sitemap and staff e-mails.
# Required (https://) with DEBUG off: a forgotten one would tell search engines the site is on localhost.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip("/")
if not DEBUG and not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured(
        "SITE_URL is not set to an https:// address. It is required whenever DJANGO_DEBUG is off; "
        "set it to the site's public address, e.g. https://clinic.example (see .env.example)."
    )

INSTALLED_APPS = [
    "djangocms_simple_admin_style",
    # The admin's default site is staff.admin_site.ClinicAdminSite (two-factor when required).
    "staff.apps.ClinicAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "cms",
    "menus",
    "treebeard",
    "sekizai",
    "djangocms_versioning",
    "djangocms_text",
    "filer",
    "easy_thumbnails",
    "pagecache",
    # The clinic's own facts (details, hours, prices, care team); content builds the CMS side on them.
    "clinic",
    "content",
    "editorial",
    "cases",
    "post_office",
    "notifications",
    "inquiries",
    # The intake numbers in the admin; its template adds the dashboard link to the inquiries list.
    "intake_dashboard",
    "staff",
    "operations",
    "redirects",
    "selfchecks",
    "referrals",
    "search",
    "articles",
    # Production hardening: login lockout, staff two-factor, the CSP middleware's app.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
]

MIDDLEWARE = [
    # Apphook URLs are built per process; this reloads them after a publish (the CMS's
    # middleware, reading the revision from the shared cache instead of the database).
    "pagecache.urlconf_revision.ApphookReloadMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Cache-Control and Vary for shared caches, decided from the finished response.
    "pagecache.cache_headers.CacheHeadersMiddleware",
    # CSP (public or staff policy) and the headers Django does not set; before
    # whitenoise so static files carry them too.
    "clinic_site.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A warm anonymous page straight from the cache, already compressed, before gzip, sessions,
    # auth and the CMS (only responses a shared cache may keep; the headers around it are still
    # made per request).
    "pagecache.response_cache.AnonymousResponseCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # With two-factor on, staff signed in without a verified second factor are anonymous.
    "staff.two_factor.UnverifiedStaffAreAnonymousMiddleware",
    # Page drafts (edit, preview, structure, the wizard) only for those who may change pages.
    "staff.page_rights.PageDraftsForEditorsMiddleware",
    "staff.sessions.StaffSessionTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A page's draft, preview and structure views in the page's own language (content/draft_language.py).
    "content.draft_language.DraftLanguageMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "editorial.publishing.CurrentRequestMiddleware",
    # Every "Unpublish" goes through its confirmation, which offers the other languages too.
    "content.unpublish.UnpublishConfirmationMiddleware",
    # "Copy all plugins" leaves the copied images' alt text for the translator (content/copy_language.py).
    "content.copy_language.CopiedAltTextMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    # The page an anonymous request belongs to, from the shared cache (the form pages' one query).
    "pagecache.current_page.CachedCurrentPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    # On the way out, the CMS builds the toolbar only to read one flag: not for a visitor who
    # is not staff and never used it (building it was a large share of the Contact page's time).
    "pagecache.toolbar.UnbuiltToolbarMiddleware",
    # The CMS requires its language-cookie middleware (`cms check`); the language is in the URL
    # (/es/...), so CacheHeadersMiddleware drops that cookie from anonymous responses, which
    # shared caches could not store with it.
    "cms.middleware.language.LanguageCookieMiddleware",
    # A 404 at a page's old address answers 301 to where the page is now (redirects/).
    "redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic_site.urls"
WSGI_APPLICATION = "clinic_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.media",
                "django.template.context_processors.csrf",
                "django.template.context_processors.tz",
                "django.template.context_processors.i18n",
                "cms.context_processors.cms_settings",
                "sekizai.context_processors.sekizai",
                # Published pages' addresses in one read (the footer's links cost no query).
                "pagecache.context_processors.page_links",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
_db = dj_database_url.parse(DATABASE_URL)
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE takes the write
    # lock at BEGIN so two writers queue (up to `timeout` seconds) instead of
    # failing with "database is locked" when a read turns into a write.
    _db["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;",
        "timeout": 20,
    }
    # A file, not memory, so a live server's threads and other processes share it; one per test run
    # (by process id), so two runs in one checkout never write into each other's database.
    _db["TEST"] = {"NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")}
else:
    _db["CONN_MAX_AGE"] = env_int("DJANGO_CONN_MAX_AGE", 60)
    _db["CONN_HEALTH_CHECKS"] = True
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------
# The CMS keeps its page-cache version key in the cache, so the cache must be
# shared by every worker process or a publish is only seen by one of them.

REDIS_URL = env("REDIS_URL")
if REDIS_URL and TEST_WORKER:
    # Test worker gw0 uses Redis database 1, gw1 database 2...: Django's cache.clear() empties a
    # whole database. (A single-process test run keeps the database REDIS_URL names.)
    REDIS_URL = urlunsplit(urlsplit(REDIS_URL)._replace(path=f"/{int(TEST_WORKER.removeprefix('gw')) + 1}"))
CACHE_KEY_PREFIX = env("DJANGO_CACHE_PREFIX", "test" if TESTING else "clinic")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache, but an outage degrades to "no cache" instead of a 500.
            "BACKEND": "clinic_site.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
else:
    CACHES = {
        "default": {
            # Files under var/ are shared by every local worker process.
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / ("cache-test" if TESTING else "cache")),
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# What shared caches (nginx's proxy_cache, a CDN) and browsers may keep of an anonymous public
# page (pagecache/cache_headers.py). A publish shows on the public site within
# SHARED_CACHE_SECONDS (plus one request while a stale copy is refreshed).
SHARED_CACHE_SECONDS = env_int("DJANGO_SHARED_CACHE_SECONDS", 60)
PUBLIC_PAGE_MAX_AGE = env_int("DJANGO_PUBLIC_MAX_AGE", 60)
STALE_WHILE_REVALIDATE_SECONDS = env_int("DJANGO_STALE_WHILE_REVALIDATE_SECONDS", 30)

# --- Passwords ----------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# --- Language and time ----------------------------------------------------------

# English at today's URLs (no /en/ prefix), Spanish under /es/ (clinic_site/urls.py).
# The names are shown in each language's own words (the language switcher).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# Site templates' strings; each app keeps its own <app>/locale/. The compiled .mo files
# are committed (GNU gettext is not needed): `make messages` rebuilds them with polib.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("DJANGO_TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True
SITE_ID = 1

# --- Static and media files -------------------------------------------------------

STATIC_URL = "/static/"
# collectstatic's output: ./staticfiles, or a scratch copy for `make bench`.
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# Tests upload and draw images into their own folder (emptied at the start of each run), so a
# test run never touches the media of the site `make run` serves.
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT") or VAR_DIR / ("test-media" if TESTING else "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            # Hashed, pre-compressed files in production; plain files in development
            # and tests, so a stylesheet change shows without re-running collectstatic.
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING or DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 31536000

# --- django CMS -----------------------------------------------------------------

CMS_TEMPLATES = [
    ("pages/article.html", "Article"),
    ("pages/home.html", "Home page"),
]
# A new page gets the first template, the article (heading, medical review, sources), not
# its parent's: inheriting gave pages added under Home the home page's template.
CMS_TEMPLATE_INHERITANCE = False
# Which plugins editors may put where (content/cms_plugins.py). Page cards only on the
# home page; one crisis notice per page; the image plugin everywhere text goes.
_ARTICLE_PLUGINS = [
    "TextPlugin",
    "FaqItemPlugin",
    "CalloutPlugin",
    "SourcesListPlugin",
    "CallToActionPlugin",
    "CrisisNoticePlugin",
    "ClinicContactPlugin",
    "InquiryRetentionPlugin",
    "PicturePlugin",
    "SelfCheckPlugin",
    "CareTeamPlugin",
    # Before the first visit (issue 24): prices, visiting details, after-hours help, printing, privacy contact.
    "PriceListPlugin",
    "ClinicVisitPlugin",
    "AfterHoursPlugin",
    "PrintButtonPlugin",
    "PrivacyContactPlugin",
    "ArticleListPlugin",
]
# The plugin picker groups plugins by module, modules and plugins each in alphabetical order, so
# djangocms-text's "Generic" module came after "Clinic", and Text, the block editors add most, came
# last. In a "Basics" module of its own, it comes first.
_PICKER_MODULES = {"TextPlugin": "Basics"}
CMS_PLACEHOLDER_CONF = {
    "pages/article.html content": {
        "name": "Page content",
        "plugins": _ARTICLE_PLUGINS,
        "plugin_modules": _PICKER_MODULES,
        "limits": {
            "CrisisNoticePlugin": 1,
            "ClinicContactPlugin": 1,
            "SelfCheckPlugin": 1,
            "ClinicVisitPlugin": 1,
            "PrivacyContactPlugin": 1,
        },
    },
    "pages/home.html content": {
        "name": "Home page content",
        "plugins": [*_ARTICLE_PLUGINS, "PageTeaserGroupPlugin"],
        "plugin_modules": _PICKER_MODULES,
        "limits": {"CrisisNoticePlugin": 1, "ClinicContactPlugin": 1, "SelfCheckPlugin": 1},
    },
}
# Each language is its own PageContent with its own versions. A page with no published
# Spanish version is left out of Spanish menus, and its /es/ address redirects to the
# English page instead of showing English text under a Spanish URL.
CMS_LANGUAGES = {
    SITE_ID: [
        {"code": "en", "name": "English", "public": True, "fallbacks": ["es"]},
        {"code": "es", "name": "Español", "public": True, "fallbacks": ["en"]},
    ],
    "default": {"hide_untranslated": True, "redirect_on_fallback": True, "public": True},
}
CMS_PERMISSION = False
# Visitors never get the CMS toolbar (its login form) from "?toolbar_on"; staff sign in at /admin/.
# It would also have been kept in the Contact page's cached blank form for the next visitor.
CMS_TOOLBAR_ANONYMOUS_ON = False
CMS_PAGE_CACHE = True
CMS_PLACEHOLDER_CACHE = True
CMS_PLUGIN_CACHE = True
CMS_CACHE_DURATIONS = {"content": 300, "menus": 3600, "permissions": 3600}
# Cached pages hold absolute links (canonical, JSON-LD): a new SITE_URL starts a new page cache.
CMS_CACHE_PREFIX = f"cms_{_cms_version}_{hashlib.sha256(SITE_URL.encode()).hexdigest()[:10]}_"
DJANGOCMS_VERSIONING_ENABLE_MENU_REGISTRATION = True
# Editorial checks (editorial/rules.py): a medical review falls due this many months after it was made.
CONTENT_REVIEW_MAX_AGE_MONTHS = env_int("CONTENT_REVIEW_MAX_AGE_MONTHS", 12)
# This site's own pages (by reverse id, Page > Advanced settings > Id) that the editorial rules
# treat apart: article pages that give no health information, so need no medical review
# ("care-team" and "refer-a-patient" come with the care-team pages), and the pages that always
# carry a crisis notice. The rules themselves name no page.
EDITORIAL_PAGES_WITHOUT_REVIEW = (
    "contact",
    "crisis-help",
    "privacy",
    "care-team",
    "refer-a-patient",
    # Legal notices and practical pages: no health advice (the cost and preparing pages are reviewed).
    "good-faith-estimate",
    "visiting-the-clinic",
    "notice-of-privacy-practices",
    "accessibility",
    # The articles' list page: each article carries its own review.
    "articles",
)
EDITORIAL_CRISIS_NOTICE_PAGES = ("crisis-help",)
# The admin's current style, said outright: otherwise the admin style app renders our
# public base.html on each process's first admin page to guess it (and logs a traceback).
CMS_LEGACY_STYLE = False
X_FRAME_OPTIONS = "SAMEORIGIN"  # the CMS edits pages in a same-origin frame

THUMBNAIL_HIGH_RESOLUTION = True
THUMBNAIL_PROCESSORS = (
    "easy_thumbnails.processors.colorspace",
    "easy_thumbnails.processors.autocrop",
    "filer.thumbnail_processors.scale_and_crop_with_subject_location",
    "easy_thumbnails.processors.filters",
)
FILER_ENABLE_PERMISSIONS = False

SILENCED_SYSTEM_CHECKS = [
    # django-cms 5.1 pins treebeard < 6, whose models trip this check on Django 5.2;
    # the warning is about treebeard's own abstract models, not ours.
    "treebeard.E001",
    # X_FRAME_OPTIONS stays SAMEORIGIN because the CMS shows pages being edited in a
    # same-origin frame. Public pages still refuse every frame through the CSP's
    # `frame-ancestors 'none'` (clinic_site/headers.py); staff pages allow 'self' only.
    "security.W019",
]

# --- E-mail ---------------------------------------------------------------------

EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "website@clinic.example")

# Every e-mail the site sends goes through a queue in the database (django-post-office), stored in
# the same transaction as what it reports, and delivered by `manage.py send_mail_queue` (a timer or
# cron every minute; `make send-mail` after an outage) through EMAIL_BACKEND. One message per batch,
# so a worker killed mid-run re-sends at most the one message in flight (notifications/outbox.py).
POST_OFFICE = {
    "BACKENDS": {"default": EMAIL_BACKEND},
    "DEFAULT_PRIORITY": "medium",
    "BATCH_SIZE": 1,
    "THREADS_PER_PROCESS": 1,
    "MAX_RETRIES": env_int("MAIL_MAX_RETRIES", 12),
    "RETRY_INTERVAL": timedelta(minutes=env_int("MAIL_RETRY_MINUTES", 5)),
    "LOG_LEVEL": 1,  # failures only; a failure's log keeps the exception's type and text, never a body
    "SENDING_ORDER": ["created"],
    "MESSAGE_ID_ENABLED": False,
    "CELERY_ENABLED": False,
}
# `make run` (DEBUG) delivers each message right after its transaction commits; production never
# does: the worker sends, so an outage of the mail server can never fail or slow a form.
MAIL_DELIVER_ON_COMMIT = env_bool("MAIL_DELIVER_ON_COMMIT", DEBUG)
# /healthz says "mail": "delayed" when a message has waited longer than this.
MAIL_DELAYED_AFTER_MINUTES = env_int("MAIL_DELAYED_AFTER_MINUTES", 15)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security -------------------------------------------------------------------

SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# The load balancer's probe speaks plain HTTP to each app server: /healthz answers it.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Production sits behind a TLS proxy that sets X-Forwarded-Proto (and overwrites any
# value a client sent). Only trust the header when that proxy is there.
BEHIND_TLS_PROXY = env_bool("DJANGO_BEHIND_TLS_PROXY", not DEBUG)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000 if not DEBUG else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
# No address of a page about ketamine treatment leaks to other sites.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Django's language cookie, should anything set it (the CMS toolbar for staff): anonymous
# visitors get none, the language is in the address.
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Production hardening -----------------------------------------------------------
# Headers, staff logins, storage. README "Security" and "Deployment" explain each choice.

# Content-Security-Policy (django-csp 4). Public pages: our own files only, no inline
# code, no frames. clinic_site.headers.SecurityHeadersMiddleware sends STAFF_CSP instead on
# /admin/ and on pages a staff user sees with the CMS toolbar.
_MEDIA_ORIGINS = env_list("DJANGO_CSP_MEDIA_ORIGINS")  # e.g. the object-storage domain
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
    }
}
# What the CMS editing interface (toolbar, structure board, inline text editor, sideframe
# and modal iframes) and the admin need, found by editing, saving and publishing in
# Chromium (tests/browser/test_security_csp_browser.py): inline styles (the bundles inject them)
# and data:/blob: images. Scripts stay 'self' only: no 'unsafe-eval' was needed, and
# jQuery's refused `onfocusin="t"` feature probe changes nothing.
STAFF_CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'report-sample'"],
    "style-src": ["'self'", "'unsafe-inline'", "'report-sample'"],
    "img-src": ["'self'", "data:", "blob:", *_MEDIA_ORIGINS],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
}
# Browser features no page of this site uses.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()"
)

# Staff logins: django-axes locks a username at one IP address after repeated failures,
# for a cool-off period only, so an attacker elsewhere cannot lock a real user out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("DJANGO_AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# django-axes logs its settings once per process at start; the parallel test run's workers would
# print that after pytest's summary line, so the tests turn it off (DJANGO_AXES_VERBOSE=0).
AXES_VERBOSE = env_bool("DJANGO_AXES_VERBOSE", True)
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password"]
# Behind N proxies the client's address is the Nth from the right in X-Forwarded-For,
# which the proxy appends to; without a proxy it is REMOTE_ADDR.
# The lockout asks the site's own function (clinic_site/proxies.py), the one the forms' rate
# limit uses: django-ipware is not installed, and axes would otherwise use REMOTE_ADDR, which
# behind the proxy is the proxy's address for every client (one attacker would lock out everyone).
_PROXY_COUNT = env_int("DJANGO_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "clinic_site.proxies.client_address"

# Two-factor (django-otp TOTP, with static backup tokens) for the admin: required in
# production, off under `make run` (DEBUG) unless DJANGO_STAFF_2FA=1.
STAFF_2FA = env_bool("DJANGO_STAFF_2FA", not DEBUG)
OTP_TOTP_ISSUER = env("DJANGO_OTP_ISSUER", "Clinic website")

# Staff sessions end after 30 idle minutes and after 12 hours at most
# (staff.sessions.StaffSessionTimeoutMiddleware enforces the idle limit).
SESSION_COOKIE_AGE = 12 * 60 * 60
STAFF_SESSION_IDLE_SECONDS = env_int("DJANGO_STAFF_IDLE_MINUTES", 30) * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# WHITENOISE_MAX_AGE (a year) applies to every static file; whitenoise also marks the
# hashed names from the manifest `immutable`, so browsers never revalidate them.

# Media on S3-compatible object storage when a bucket is named; local disk otherwise.
# Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (read by boto3).
S3_BUCKET = env("DJANGO_S3_BUCKET")
S3_ENDPOINT_URL = env("DJANGO_S3_ENDPOINT_URL")
S3_REGION = env("DJANGO_S3_REGION")
# A private bucket on the same object store for `backup_db --to-bucket` (operations/bucket.py).
BACKUP_BUCKET = env("DJANGO_BACKUP_BUCKET")
if S3_BUCKET:
    _S3_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": S3_ENDPOINT_URL or None,
            "region_name": S3_REGION or None,
            "custom_domain": env("DJANGO_S3_CUSTOM_DOMAIN") or None,
            "location": env("DJANGO_S3_PREFIX", "media"),
            "default_acl": None,
            "file_overwrite": False,
            # Public page images: plain URLs (through the custom domain) unless a
            # private bucket wants signed ones.
            "querystring_auth": env_bool("DJANGO_S3_SIGNED_URLS", False),
            # Signature version 4 for every request and signed URL: what every S3-compatible
            # store accepts (boto3 would otherwise sign some URLs with the retired version 2).
            "signature_version": "s3v4",
        },
    }
    STORAGES["default"] = _S3_STORAGE
    # django-filer (the media library) builds its own storages from the backend class
    # alone, without STORAGES' options: hand it the same bucket for uploads and thumbnails.
    FILER_STORAGES = {
        "public": {
            kind: {"ENGINE": _S3_STORAGE["BACKEND"], "OPTIONS": _S3_STORAGE["OPTIONS"]}
            for kind in ("main", "thumbnails")
        }
    }

# --- Inquiries ------------------------------------------------------------------
# Inquiries are health data: encrypted at rest with their own keys (Fernet, newest
# first, comma-separated), never with SECRET_KEY. README: "Patient data and inquiries".

INQUIRY_ENCRYPTION_KEYS = env_list("INQUIRY_ENCRYPTION_KEYS")
if not INQUIRY_ENCRYPTION_KEYS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "INQUIRY_ENCRYPTION_KEYS is not set. It is required whenever DJANGO_DEBUG is off; set it to one or "
            "more Fernet keys, newest first (see .env.example and the README's 'Patient data and inquiries')."
        )
    # DEBUG only (e.g. `make check`); `make run` writes a real random key to var/local.env.
    INQUIRY_ENCRYPTION_KEYS = ["ZGV2ZWxvcG1lbnQtb25seS1pbnF1aXJ5LWtleS0wMDA="]  # noqa: S105 (DEBUG only)
# Key for the exact-search hashes of e-mail/phone/topic; empty = derived from each encryption key.
INQUIRY_HASH_KEY = env("INQUIRY_HASH_KEY", "")
# Who is told "a new inquiry arrived" (reference and admin link only).
INTAKE_NOTIFY_EMAIL = env("INTAKE_NOTIFY_EMAIL", "intake@clinic.example")
# Closed inquiries are deleted this many days after closing (`manage.py purge_inquiries`, daily cron).
INQUIRY_RETENTION_DAYS = env_int("INQUIRY_RETENTION_DAYS", 180)
# Per client address: at most INQUIRY_RATE_LIMIT form posts per INQUIRY_RATE_WINDOW seconds.
INQUIRY_RATE_LIMIT = env_int("INQUIRY_RATE_LIMIT", 5)
INQUIRY_RATE_WINDOW = env_int("INQUIRY_RATE_WINDOW", 3600)
# The client address for the rate limit: the same proxy count the login lockout uses
# (DJANGO_PROXY_COUNT); 0 = REMOTE_ADDR, N = the Nth address from the right in X-Forwarded-For.
TRUSTED_PROXY_COUNT = _PROXY_COUNT
# A form post larger than this is refused by the inquiry view (413).
INQUIRY_MAX_REQUEST_BYTES = 16 * 1024
# The version of the privacy notice a person accepts with the form (stored with each inquiry).
PRIVACY_NOTICE_VERSION = env("PRIVACY_NOTICE_VERSION", "2026-01")
# Referrals from clinicians (same keys, limits and retention as inquiries): the youngest patient accepted.
REFERRAL_MINIMUM_AGE = env_int("REFERRAL_MINIMUM_AGE", 18)
# Shown above the form and on the thank-you page.
# How many business days the clinic gives itself to reply (the clinic details' opening hours, in
# TIME_ZONE): the public form's promise and every case's reply-due time come from this one number;
# an urgent referral is due the same business day (cases/reply_due.py).
INQUIRY_REPLY_BUSINESS_DAYS = env_int("INQUIRY_REPLY_BUSINESS_DAYS", 1)

# --- Logging --------------------------------------------------------------------
# Logs never carry request bodies; nothing here logs form values.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
