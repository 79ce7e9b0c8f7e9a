# The README's commands. `make run` serves the site with sample content on SQLite;
# `make test` runs the whole test suite (SQLite by default, PostgreSQL if DATABASE_URL says so).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
LOCAL_ENV := var/local.env

.PHONY: run test check lint format bench bench-staff screenshots backup restore clean production-check messages send-mail topology-check

$(PY):
	$(PYTHON) -m venv $(VENV)

# The production set (requirements.txt = requirements/base.txt) for `make run`, `check`, `bench`...
$(VENV)/.installed: requirements.txt requirements/base.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# The test and development tools on top (requirements/dev.txt), for `make test`, `lint`, `format`.
$(VENV)/.installed-dev: requirements/dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

# Local-only secrets, made once and kept under var/ (git-ignored).
$(LOCAL_ENV): | $(VENV)/.installed
	mkdir -p var
	$(PY) -c "import secrets; print('DJANGO_SECRET_KEY=' + secrets.token_urlsafe(50))" > $@
	$(INQUIRY_KEY_LINE) >> $@
	chmod 600 $@

# The local key that encrypts inquiries at rest (separate from the secret key).
INQUIRY_KEY_LINE = $(PY) -c "from cryptography.fernet import Fernet; print('INQUIRY_ENCRYPTION_KEYS=' + Fernet.generate_key().decode())"

# collectstatic only when a static file (the site's or an app's) or a package changed, so a second `make run` is quick.
STATIC_SOURCES := $(shell find static */static -type f 2>/dev/null)
var/.static-collected: $(VENV)/.installed $(STATIC_SOURCES) | $(LOCAL_ENV)
	set -a && . ./$(LOCAL_ENV) && DJANGO_DEBUG=1 $(PY) manage.py collectstatic --noinput -v 0
	touch $@

run: $(VENV)/.installed $(LOCAL_ENV) var/.static-collected
	@# var/local.env files made before inquiries existed lack the key: add one, once.
	grep -q '^INQUIRY_ENCRYPTION_KEYS=' $(LOCAL_ENV) || $(INQUIRY_KEY_LINE) >> $(LOCAL_ENV)
	set -a && . ./$(LOCAL_ENV) && export DJANGO_DEBUG=1 DJANGO_SECURE_SSL_REDIRECT=0 && \
	$(PY) manage.py migrate --noinput -v 0 && \
	$(PY) manage.py load_sample_content && \
	$(PY) manage.py rebuild_search_index && \
	$(PY) manage.py ensure_local_login --url http://$(HOST):$(PORT)/admin/login/ && \
	echo "Before launch, replace the sample clinic details, care team and medical reviewers: 'manage.py check --deploy --database default' lists each one left." && \
	echo "Serving http://$(HOST):$(PORT)/" && \
	$(PY) manage.py runserver $(HOST):$(PORT)

# One test process per core (pytest-xdist; TEST_WORKERS=0 runs them in this process, e.g. for pdb),
# each seeding the sample site once; browser tests (marker `browser`) run last, in Chromium.
# PYTEST_ARGS narrows it: make test PYTEST_ARGS='-m "not browser"'. Prints the 15 slowest tests.
TEST_WORKERS ?= auto
# Hand each worker one test at a time (it keeps two queued), in collection order: no worker sits idle
# while the other still holds a queue of browser tests, and every worker still runs the ordinary
# tests before the transactional ones, as pytest-django orders them.
XDIST_ARGS := --maxschedchunk=1
test: $(VENV)/.installed-dev
	$(PY) -m pytest -n $(TEST_WORKERS) $(XDIST_ARGS) --durations=15 $(PYTEST_ARGS)

# The guides' pictures (docs/screenshots/*.png), taken from the real screens by the browser tests'
# fixtures: run it after a change to a screen the guides show, then commit the PNGs.
screenshots: $(VENV)/.installed-dev
	GUIDE_SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots $(PY) -m pytest -q -m browser tests/browser/test_guide_screenshots.py

# Django's system checks, missing migrations, the CMS's own check and the editorial checks.
check: $(VENV)/.installed
	DJANGO_DEBUG=1 $(PY) manage.py check
	DJANGO_DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput -v 0
	DJANGO_DEBUG=1 $(PY) manage.py cms check
	@# The editorial checks (editorial/rules.py) over this database's published pages, then over a
	@# fresh copy of the sample content in a scratch SQLite database: a blocking problem fails.
	DJANGO_DEBUG=1 $(PY) manage.py check_content
	rm -rf var/check-sample && mkdir -p var/check-sample
	export DJANGO_DEBUG=1 DJANGO_VAR_DIR=$(CURDIR)/var/check-sample DATABASE_URL= REDIS_URL= && \
	$(PY) manage.py migrate --noinput -v 0 && $(PY) manage.py load_sample_content -v 0 && \
	$(PY) manage.py check_content
	@# The deployment checks, in production mode with throwaway keys: every warning fails.
	DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=clinic.example SITE_URL=https://clinic.example DJANGO_PROXY_COUNT=1 \
	DJANGO_SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	INQUIRY_ENCRYPTION_KEYS="$$($(PY) -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')" \
	$(PY) manage.py check --deploy --fail-level WARNING

# Compile every locale/*/LC_MESSAGES/django.po to its .mo with polib (no GNU gettext needed);
# the .mo files are committed. `--check` lists untranslated, fuzzy or stale entries.
messages: $(VENV)/.installed-dev
	$(PY) scripts/compile_messages.py
	$(PY) scripts/compile_messages.py --check

# The dependency auditor lives in its own virtualenv (requirements/audit.txt).
AUDIT_VENV := var/audit-venv
$(AUDIT_VENV)/.installed: requirements/audit.txt
	$(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements/audit.txt || echo "pip-audit could not be installed here: the dependency audit will say it could not check."
	touch $@

lint: $(VENV)/.installed-dev $(AUDIT_VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	@# pip-audit over both requirement files; says plainly when it could not check (scripts/audit_requirements.py).
	@if [ -x $(AUDIT_VENV)/bin/pip-audit ]; then $(PY) scripts/audit_requirements.py $(AUDIT_VENV)/bin/pip-audit; \
	else echo "Dependency audit: COULD NOT CHECK (pip-audit is not installed in $(AUDIT_VENV))."; fi

format: $(VENV)/.installed-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# gunicorn in production mode on 127.0.0.1:8301 against a scratch copy under var/bench/:
# req/s and p50/p99 at concurrency 1 and 16, SQL queries per view, page weight; file cache, then Redis.
# Then the site search over ~1,000 generated documents on SQLite and PostgreSQL (scripts/bench_search.py).
bench: $(VENV)/.installed
	$(PY) scripts/bench.py
	$(PY) scripts/bench_search.py

# The intake team's tools with five years of requests (100,000 inquiries...), on SQLite and PostgreSQL,
# in scratch databases: admin pages' time and queries, the export, the purge, the key rotation.
# SCALE=0.1 for a quick try. Not a test: the figures go to docs/performance.md.
bench-staff: $(VENV)/.installed
	SCALE=$(or $(SCALE),1) $(PY) scripts/bench_staff.py

# A dated database backup in var/backups/ (or BACKUP_DIR), taken while the site serves; keeps the newest 14.
# Run it with the site's environment (DATABASE_URL...). Keys: `manage.py export_keys FILE`, stored elsewhere.
BACKUP_DIR ?= var/backups
backup: $(VENV)/.installed
	$(PY) manage.py backup_db --output-dir $(BACKUP_DIR) --keep 14

# Send every queued e-mail now, including what waits for its next retry and what ran out of retries:
# after a mail-server outage. The timer runs the same command without --now every minute.
# Run it with the site's environment (DATABASE_URL, EMAIL_HOST...).
send-mail: $(VENV)/.installed
	$(PY) manage.py send_mail_queue --now

# Put a backup back: make restore FILE=var/backups/clinic-....sqlite3 (asks before replacing anything).
restore: $(VENV)/.installed
	@test -n "$(FILE)" || (echo "usage: make restore FILE=path/to/backup" && exit 2)
	$(PY) manage.py restore_db $(FILE)

# A fresh virtualenv with the production set alone (no test tools) under var/production-venv:
# it migrates a scratch SQLite database, passes `check --deploy --fail-level WARNING` and answers
# /healthz through gunicorn in production mode. .ci/run runs it.
production-check:
	scripts/production_check.sh

# The production layout on loopback from the files in deploy/: nginx (TLS, page cache, two upstreams),
# two gunicorn app servers, PostgreSQL (its own database, topology_check), a Redis and an S3 server of
# its own. Runs the release steps, then publish, image, staff session, rolling restart, SIGKILL and
# Redis restart under load; prints a table and fails on any failed row. 4 to 8 minutes (scripts/topology_check.py).
topology-check: $(VENV)/.installed-dev
	$(PY) scripts/topology_check.py

clean:
	rm -rf var/cache var/cache-test staticfiles
