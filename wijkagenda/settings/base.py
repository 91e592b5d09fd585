"""Settings shared by every environment, read from environment variables.

Each variable is listed in `.env.example` and in the README's configuration table.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "wijkagenda.web",
    "datasources",
    "neighbourhoods",
    "wijkagenda.agendas",
    "council_review",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wijkagenda.web.middleware.ApiVersionMiddleware",
    # Last: its 400 gets the language, the session and the API-Version header of the others.
    "wijkagenda.web.middleware.RejectNulCharactersMiddleware",
]

ROOT_URLCONF = "wijkagenda.urls"
WSGI_APPLICATION = "wijkagenda.wsgi.application"
# Pages and API paths have no trailing slash; a slash is a 404, never a redirect.
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wijkagenda.web.context_processors.site",
                "council_review.context_processors.work_links",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch (B1) first, English second.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "wijkagenda.web.staticfiles.PlotlyJsFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The look: "voorbeeld" is the neutral NL Design System theme; "denhaag" uses the design
# tokens of Gemeente Den Haag. Both are vendored under static/vendor with their licences.
WIJKAGENDA_THEME = env.str("WIJKAGENDA_THEME", default="voorbeeld")
WIJKAGENDA_THEMES = {
    "voorbeeld": ("voorbeeld-theme", "vendor/voorbeeld-design-tokens/theme.css"),
    "denhaag": ("denhaag-theme", "vendor/denhaag-design-tokens/theme.css"),
}
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "region-map"
LOGOUT_REDIRECT_URL = "region-map"

# Shipped reference data and demo files (see data/SOURCES.md).
WIJKAGENDA_DATA_DIR = env.path("WIJKAGENDA_DATA_DIR", default=str(BASE_DIR / "data"))
# The area the map page opens on.
WIJKAGENDA_DEFAULT_AREA = env.str("WIJKAGENDA_DEFAULT_AREA", default="GM0518")
# Observation imports: files above this size are refused before they are read.
WIJKAGENDA_IMPORT_MAX_MB = env.int("WIJKAGENDA_IMPORT_MAX_MB", default=20)
# Uploaded observation files wait here between the upload and the mapping step.
WIJKAGENDA_UPLOAD_DIR = env.path("WIJKAGENDA_UPLOAD_DIR", default=str(BASE_DIR / "var" / "uploads"))
# Participation: how long a confirmation link works, how long participants' e-mail addresses
# are kept after a round closes, how much anonymous people may send, and moderation words.
WIJKAGENDA_CONFIRM_HOURS = env.int("WIJKAGENDA_CONFIRM_HOURS", default=48)
WIJKAGENDA_RETENTION_DAYS = env.int("WIJKAGENDA_RETENTION_DAYS", default=180)
WIJKAGENDA_RATE_LIMITS = {
    "ip": (env.int("WIJKAGENDA_RATE_LIMIT_IP", default=20), 3600),
    "email": (env.int("WIJKAGENDA_RATE_LIMIT_EMAIL", default=5), 3600),
    "login": (env.int("WIJKAGENDA_RATE_LIMIT_LOGIN", default=10), 900),
}
WIJKAGENDA_MODERATION_WORDS = env.list("WIJKAGENDA_MODERATION_WORDS", default=[])
# Behind a reverse proxy: the META key with the client address, e.g. HTTP_X_FORWARDED_FOR.
WIJKAGENDA_TRUSTED_PROXY_HEADER = env.str("WIJKAGENDA_TRUSTED_PROXY_HEADER", default="")
# The address of the site in e-mails (confirmation and unsubscribe links).
WIJKAGENDA_SITE_URL = env.str("WIJKAGENDA_SITE_URL", default="http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Wijkagenda <noreply@wijkagenda.local>")
# Where `fetch_cbs` finds the CBS OData API (cbsodata's catalog_url), and whether over HTTPS.
WIJKAGENDA_CBS_CATALOG_URL = env.str("WIJKAGENDA_CBS_CATALOG_URL", default="opendata.cbs.nl")
WIJKAGENDA_CBS_USE_HTTPS = env.bool("WIJKAGENDA_CBS_USE_HTTPS", default=True)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "EXCEPTION_HANDLER": "wijkagenda.web.problems.problem_exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Wijkagenda API",
    "DESCRIPTION": "Regions, data and neighbourhood agendas. Follows the Dutch API Design Rules.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "LICENSE": {"name": "EUPL-1.2", "url": "https://eupl.eu/1.2/nl/"},
    "CONTACT": {
        "name": env.str("WIJKAGENDA_API_CONTACT_NAME", default="Wijkagenda"),
        "url": env.str("WIJKAGENDA_API_CONTACT_URL", default="https://example.org/wijkagenda"),
        "email": env.str("WIJKAGENDA_API_CONTACT_EMAIL", default="api@wijkagenda.local"),
    },
    # API-20: the major version in the base URL; the paths follow it.
    "SERVERS": [{"url": "/api/v1", "description": "This installation"}],
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "wijkagenda.web.openapi.add_conventions",
    ],
}
API_VERSION = SPECTACULAR_SETTINGS["VERSION"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"quiet_libraries": {"()": "wijkagenda.web.logfilters.QuietLibraries"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["quiet_libraries"]},
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # WeasyPrint and fontTools narrate every step of a PDF at INFO.
    "loggers": {name: {"level": "WARNING"} for name in ("weasyprint", "fontTools")},
}
