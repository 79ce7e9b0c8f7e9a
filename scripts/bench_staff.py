"""`make bench-staff`: the intake team's tools with five years of requests, on SQLite and PostgreSQL.

Builds, in a scratch database per engine (never the site's), 100,000 inquiries with 100,000 notes,
10,000 referrals and 300,000 audit entries through the project's own models (values encrypted,
blind indexes computed), then times what a reviewer does through the real admin (Django's test
client, logged in as an intake reviewer) and the commands an operator runs, each in its own
process so its peak memory is its own. Prints one table per engine; copy it to docs/performance.md.

    make bench-staff                 # SQLite, and PostgreSQL when it answers on 127.0.0.1:5432
    make bench-staff SCALE=0.1       # a tenth of the rows, to try the bench quickly
    PAGES_ONLY=1 make bench-staff    # the reviewer pages alone (no export, purge or rotation), in
                                     # var/bench-staff-pages/ and its own PostgreSQL database

Timings are medians of 3 runs after one warm-up; nothing here is a pass/fail test. The export and the
commands also report their CPU time (user + system), which a busy shared machine inflates far less.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES_ONLY = os.environ.get("PAGES_ONLY", "") == "1"
SCRATCH = ROOT / "var" / ("bench-staff-pages" if PAGES_ONLY else "bench-staff")
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
PG_BENCH_DB = "clinic_bench_staff_pages" if PAGES_ONLY else "clinic_bench_staff"

BUILD = r"""
import random, sys, uuid
from datetime import timedelta
import django
django.setup()
from django.contrib.auth import get_user_model
from django.utils import timezone
from cases.models import AuditEntry
from inquiries.models import Inquiry, InquiryNote
from referrals.models import Referral
from staff.groups import REVIEWERS_GROUP, ensure_staff_groups
from django.contrib.auth.models import Group

scale = float(sys.argv[1])
rng = random.Random(7)
ensure_staff_groups()
user = get_user_model().objects.create_user("bench-reviewer", password="bench-password-123456", is_staff=True)
user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
now = timezone.now()
topics = [value for value, _label in Inquiry.Topic.choices]
statuses = ["new", "contacted", "scheduled", "not_a_fit", "closed"]

def batched(make, total, size=2000):
    for start in range(0, total, size):
        yield [make(n) for n in range(start, min(total, start + size))]

def inquiry(n):
    received = now - timedelta(minutes=26 * n)  # about five years for 100,000
    status = statuses[n % 5] if n > 200 else "new"
    closed = received + timedelta(days=3) if status in ("closed", "not_a_fit") else None
    case = Inquiry(
        name=f"Person {n}", email=f"person{n}@example.org", phone=f"555-01{n % 100:02d}-{n % 10000:04d}",
        contact_method="phone", contact_time="any", topic=topics[n % len(topics)], message="A message " * 8,
        language="es" if n % 4 == 0 else "en", received_at=received, status=status, status_changed_at=received,
        closed_at=closed, privacy_notice_version="2026-01", consented_at=received, submission_token=uuid.uuid4(),
        reply_due_at=received + timedelta(days=1), first_contacted_at=None if status == "new" else received,
    )
    case.refresh_blind_indexes()
    case.refresh_queue_key()
    return case

inquiries = int(100_000 * scale)
for rows in batched(inquiry, inquiries):
    Inquiry.objects.bulk_create(rows)
ids = list(Inquiry.objects.values_list("pk", flat=True))
for rows in batched(lambda n: InquiryNote(inquiry_id=ids[n % len(ids)], author=user, text="Called back."), inquiries):
    InquiryNote.objects.bulk_create(rows)

def referral(n):
    received = now - timedelta(minutes=260 * n)
    case = Referral(
        referrer_name="Dr. Ref", referrer_credentials="MD", referrer_npi="1234567893", referrer_practice="Practice",
        referrer_phone="555-010-0300", referrer_fax="", referrer_email=f"ref{n}@example.org", patient_name=f"P {n}",
        patient_birth_date="1980-01-01", patient_phone=f"555-02{n % 100:02d}-{n % 10000:04d}", patient_email="",
        patient_language="en", reason="trd", antidepressant_trials="2", trials_summary="Two trials.",
        current_medications="None.", urgency="routine", received_at=received, status=statuses[n % 5],
        status_changed_at=received, privacy_notice_version="2026-01", consented_at=received,
        submission_token=uuid.uuid4(), reply_due_at=received + timedelta(days=1),
    )
    case.refresh_blind_indexes()
    case.refresh_queue_key()
    return case

for rows in batched(referral, int(10_000 * scale)):
    Referral.objects.bulk_create(rows)
references = list(Inquiry.objects.values_list("reference", flat=True)[:5000])
actions = ["listed", "viewed", "changed", "note_added"]
for rows in batched(
    lambda n: AuditEntry(actor=user, actor_name=user.username, action=actions[n % 4],
                         inquiry_reference=references[n % len(references)], at=now - timedelta(minutes=9 * n)),
    int(300_000 * scale),
):
    AuditEntry.objects.bulk_create(rows)
from django.db import connection
if connection.vendor == "postgresql":
    # As autovacuum leaves a database that has run for years: planner statistics and a visibility map
    # (without them PostgreSQL guesses, and sorts 100,000 rows for a page its index could read).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
counts = [model.objects.count() for model in (Inquiry, InquiryNote, Referral, AuditEntry)]
print("built", *counts)
"""

MEASURE = r"""
import json, statistics, sys, time
import django
django.setup()
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext
from cases.models import AuditEntry
from inquiries.models import Inquiry

from django.contrib.auth import get_user_model
client = Client()
client.force_login(get_user_model().objects.get(username="bench-reviewer"))
sample = Inquiry.objects.order_by("pk")[500]
deep_audit_page = min(1000, AuditEntry.objects.count() // 100 - 1)
pages = {
    "open the inquiries list": "/admin/inquiries/inquiry/",
    "overdue filter": "/admin/inquiries/inquiry/?reply=overdue",
    "search by e-mail (exact, blind index)": f"/admin/inquiries/inquiry/?q=person{sample.pk}%40example.org",
    "search by phone": "/admin/inquiries/inquiry/?q=" + sample.phone,
    "search by full name": f"/admin/inquiries/inquiry/?q=person+{sample.name.split()[-1]}",
    "list page 1,000 (or the last)": f"/admin/inquiries/inquiry/?p={min(1000, Inquiry.objects.count() // 50 - 1)}",
    "status filter: New": "/admin/inquiries/inquiry/?status__exact=new",
    "open the audit trail": "/admin/cases/auditentry/",
    "audit trail page 1,000 (or the last)": f"/admin/cases/auditentry/?p={deep_audit_page}",
    "a case page": f"/admin/inquiries/inquiry/{sample.pk}/change/",
    "referrals list": "/admin/referrals/referral/",
}
results = {}
for label, url in pages.items():
    client.get(url)  # warm-up
    times, cpu = [], []
    for _ in range(3):
        with CaptureQueriesContext(connection) as captured:
            start, cpu_start = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        assert response.status_code == 200, (url, response.status_code)
    results[label] = {"seconds": statistics.median(times), "cpu": statistics.median(cpu), "queries": len(captured)}
print(json.dumps(results))
"""

EXPORT = r"""
import json, resource, time
import django
django.setup()
from django.test import Client
from inquiries.models import Inquiry
from django.contrib.auth.models import Permission, User

user = User.objects.get(username="bench-reviewer")
user.user_permissions.add(Permission.objects.get(codename="export_inquiry"))
client = Client()
client.force_login(user)
first = Inquiry.objects.order_by("pk").values_list("pk", flat=True).first()
start = time.perf_counter()
cpu_start = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
data = {"action": "export_csv", "_selected_action": [first], "select_across": "1"}
response = client.post("/admin/inquiries/inquiry/", data)
size, first_bytes = 0, None
for chunk in response.streaming_content:
    if first_bytes is None:
        first_bytes = time.perf_counter() - start
    size += len(chunk)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - start, "first_bytes": first_bytes, "bytes": size,
                  "cpu": usage.ru_utime + usage.ru_stime - cpu_start, "max_rss_mb": usage.ru_maxrss / 1024}))
"""

COMMAND = r"""
import json, resource, sys, time
from io import StringIO
import django
django.setup()
from django.core.management import call_command
start, cpu_start = time.perf_counter(), sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
call_command(*sys.argv[1:], stdout=StringIO(), stderr=StringIO())
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": usage.ru_utime + usage.ru_stime - cpu_start,
                  "max_rss_mb": usage.ru_maxrss / 1024}))
"""


def run(code, env, *args):
    command = [sys.executable, "-c", code, *args]  # our own code, in a new interpreter
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise SystemExit(f"bench step failed:\n{result.stderr[-3000:]}")
    return result.stdout.strip().splitlines()[-1]


def environment(database_url):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings",
        DJANGO_DEBUG="1",  # plain static files (no collectstatic needed); the database work is the same
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_STAFF_2FA="0",
        DJANGO_VAR_DIR=str(SCRATCH),
        DATABASE_URL=database_url,
        INQUIRY_ENCRYPTION_KEYS=os.environ.get("BENCH_KEY", "3KcbPP0MWcWFeHUyznt196yyR38R2o-3Jabqv4gcUSU="),
        REDIS_URL="",
    )
    return env


def postgres_available():
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True, connect_timeout=3):
            return True
    except Exception:
        return False


def fresh_postgres():
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{PG_BENCH_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{PG_BENCH_DB}"')
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_BENCH_DB}"


def bench(engine, database_url, scale):
    env = environment(database_url)
    print(f"[{engine}] migrating a scratch database ...", flush=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    print(f"[{engine}] building the data set (scale {scale}) ...", flush=True)
    print(f"[{engine}] {run(BUILD, env, str(scale))}", flush=True)
    pages = json.loads(run(MEASURE, env))
    # CPU: this process's own (for SQLite, the database's work too; PostgreSQL's server is not in it).
    rows = [(label, f"{v['seconds']:.3f} s (CPU {v['cpu']:.3f} s)", str(v["queries"])) for label, v in pages.items()]
    if PAGES_ONLY:
        return _print(engine, scale, rows)
    export = json.loads(run(EXPORT, env))
    # The commands in production mode: with DEBUG on, Django keeps every query's SQL in memory, which
    # for the rotation's batch updates is most of its peak memory.
    production = {**env, "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "bench-only-" + "k" * 50}
    production.update(SITE_URL="https://clinic.example", DJANGO_SECURE_SSL_REDIRECT="0")
    rotation = json.loads(run(COMMAND, production, "rotate_inquiry_keys"))
    purge = json.loads(run(COMMAND, production, "purge_inquiries", "--days", "365"))
    rows.append(
        (
            "export every inquiry as CSV",
            f"{export['seconds']:.1f} s, CPU {export['cpu']:.1f} s (first bytes {export['first_bytes']:.2f} s), "
            f"{export['max_rss_mb']:.0f} MB",
            "-",
        )
    )
    rows.append(
        (
            "retention purge (closed over a year ago)",
            f"{purge['seconds']:.1f} s, CPU {purge['cpu']:.1f} s, {purge['max_rss_mb']:.0f} MB",
            "-",
        )
    )
    rows.append(
        (
            "key rotation of every case",
            f"{rotation['seconds']:.1f} s, CPU {rotation['cpu']:.1f} s, {rotation['max_rss_mb']:.0f} MB",
            "-",
        )
    )
    _print(engine, scale, rows)


def _print(engine, scale, rows):
    print(f"\n### {engine}, scale {scale}\n\n| what | time (memory) | queries |\n|---|---|---|")
    for row in rows:
        print(f"| {' | '.join(row)} |")
    print(flush=True)


def main():
    scale = float(os.environ.get("SCALE", "1"))
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir(parents=True)
    bench("SQLite", f"sqlite:///{SCRATCH / 'db.sqlite3'}", scale)
    if postgres_available():
        bench("PostgreSQL", fresh_postgres(), scale)
    else:
        print("PostgreSQL does not answer on 127.0.0.1:5432: its table is skipped.")


if __name__ == "__main__":
    main()
