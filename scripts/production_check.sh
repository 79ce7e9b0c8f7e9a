#!/usr/bin/env bash
# The production requirements alone start the site in production mode.
#
# A fresh virtualenv (var/production-venv) gets requirements.txt and nothing else (pip's
# cache makes a second run quick); then, with DEBUG off and throwaway keys, on a scratch
# SQLite database: no test tool is importable, migrations run, `check --deploy
# --fail-level WARNING` passes, and gunicorn (gunicorn.conf.py, the app preloaded) answers
# /healthz on 127.0.0.1, database and cache included. gunicorn is stopped by its PID.
# (No collectstatic: it takes minutes and the test suite covers the pages themselves.)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
VENV=var/production-venv
SCRATCH=var/production-check
PORT="${PRODUCTION_CHECK_PORT:-8302}"

rm -rf "$VENV" "$SCRATCH"
"$PYTHON" -m venv "$VENV"
# (This machine's pip config names local mirrors that may be absent: pip's warnings about them are dropped.)
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt 2> >(grep -v "is ignored: it is neither" >&2)
mkdir -p "$SCRATCH"

# Only what production sets: the environment is emptied first.
run() {
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
    DJANGO_SETTINGS_MODULE=clinic_site.settings DJANGO_DEBUG=0 \
    DJANGO_SECRET_KEY="$SECRET_KEY" INQUIRY_ENCRYPTION_KEYS="$INQUIRY_KEY" \
    DJANGO_ALLOWED_HOSTS=clinic.example DJANGO_CSRF_TRUSTED_ORIGINS=https://clinic.example SITE_URL=https://clinic.example \
    DJANGO_PROXY_COUNT=1 \
    DJANGO_VAR_DIR="$PWD/$SCRATCH" \
    DATABASE_URL="sqlite:///$PWD/$SCRATCH/db.sqlite3" \
    GUNICORN_BIND="127.0.0.1:$PORT" GUNICORN_WORKERS=2 GUNICORN_ACCESS_LOG= \
    "$@"
}
SECRET_KEY="$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(50))')"
INQUIRY_KEY="$("$VENV/bin/python" -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')"

for tool in pytest pytest_django playwright ruff polib; do
  if "$VENV/bin/python" -c "import $tool" 2>/dev/null; then
    echo "production set installs a development tool: $tool" >&2
    exit 1
  fi
done

run "$VENV/bin/python" manage.py migrate --noinput -v 0
run "$VENV/bin/python" manage.py check --deploy --fail-level WARNING

# `run ... &` is a subshell around gunicorn, so $! is not gunicorn's PID: the master writes its own
# (killing only the subshell left the master and its workers running after the check).
PIDFILE="$PWD/$SCRATCH/gunicorn.pid"
run "$VENV/bin/gunicorn" -c gunicorn.conf.py --pid "$PIDFILE" >"$SCRATCH/gunicorn.log" 2>&1 &
SUBSHELL_PID=$!
stop_gunicorn() {
  if [ -s "$PIDFILE" ]; then kill "$(cat "$PIDFILE")" 2>/dev/null || true; fi
  wait "$SUBSHELL_PID" 2>/dev/null || true
}
trap stop_gunicorn EXIT

fetch() {  # status code of GET $1 over plain HTTP, as the proxy's probe sends it
  "$VENV/bin/python" - "$PORT" "$1" <<'PY'
import http.client, sys
port, path = sys.argv[1:]
for attempt in range(60):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=5)
        conn.request("GET", path, headers={"Host": "clinic.example"})
        print(conn.getresponse().status)
        break
    except OSError:
        import time; time.sleep(0.5)
else:
    print("no answer")
PY
}
health="$(fetch /healthz)"
if [ "$health" != "200" ]; then
  echo "production set: /healthz answered $health (see $SCRATCH/gunicorn.log)" >&2
  exit 1
fi
echo "production set alone: check --deploy passes; gunicorn in production mode answers /healthz ($health)"
