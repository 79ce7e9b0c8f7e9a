"""How long the intake dashboard takes with 100,000 cases on SQLite (docs/performance.md).

    .venv/bin/python scripts/dashboard_bench.py [--cases 100000] [--spread-days 730]

Builds a scratch SQLite database under var/dashboard-bench/<cases>-<days>/ (never the developer's
var/db.sqlite3), with production settings (DEBUG off) and throwaway keys. It stores the cases once,
encrypted like real ones, with bulk_create (4 in 5 inquiries, 1 in 5 referrals, received evenly over
``--spread-days`` days back from now, of every topic, language and status); a second run reuses them.
Then it times, five times each, the dashboard's numbers (intake_dashboard.selectors) and the whole
page as a logged-in reviewer sees it (Django's test client), counts the queries, and prints Markdown.

Timings depend on the machine: they are reported, never asserted.
"""

import argparse
import os
import secrets
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def reference(prefix, number):
    digits = ""
    for _ in range(8):
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return f"{prefix}-{digits}"


def configure(var_dir):
    from cryptography.fernet import Fernet

    var_dir.mkdir(parents=True, exist_ok=True)
    key_file = var_dir / "keys.env"
    if not key_file.exists():  # the cases are encrypted under these: keep them with the scratch database
        key_file.write_text(f"{Fernet.generate_key().decode()}\n{secrets.token_urlsafe(50)}\n")
        key_file.chmod(0o600)
    fernet_key, secret_key = key_file.read_text().split()
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings",
        DJANGO_VAR_DIR=str(var_dir),
        DJANGO_DEBUG="0",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STAFF_2FA="0",
        DJANGO_ALLOWED_HOSTS="testserver",
        SITE_URL="https://clinic.example",
        DJANGO_SECRET_KEY=secret_key,
        INQUIRY_ENCRYPTION_KEYS=fernet_key,
    )
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import override_settings

    # No collectstatic here: plain static URLs, as in the tests (the manifest is not what is measured).
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    storages = {**settings.STORAGES, "staticfiles": plain}
    override_settings(STORAGES=storages).enable()


def seed(total, spread_days):
    from datetime import timedelta

    from django.utils import timezone

    from inquiries.models import Inquiry
    from referrals.models import Referral

    if Inquiry.objects.count() + Referral.objects.count() >= total:
        return False
    Inquiry.objects.all().delete()
    Referral.objects.all().delete()
    now = timezone.now()
    step = timedelta(days=spread_days) / total
    topics, statuses = Inquiry.Topic.values, ("new", "contacted", "scheduled", "not_a_fit", "closed")
    batch = []
    for n in range(total):
        received = now - step * (n + 1)
        status = statuses[n % 5] if n > total // 100 else "new"  # the newest 1% not answered yet
        times = {
            "received_at": received,
            "status": status,
            "status_changed_at": received,
            "reply_due_at": received + timedelta(hours=20) if n % 10 else None,
            "first_contacted_at": received + timedelta(minutes=30 + (n * 37) % 2880) if status != "new" else None,
            "privacy_notice_version": "2026-01",
            "consented_at": received,
            "submission_token": uuid.uuid4(),
        }
        if n % 5 == 4:
            case = Referral(
                reference=reference("REF", n),
                referrer_name="Dr. Bench",
                referrer_credentials="MD",
                referrer_npi="1234567893",
                referrer_practice="Bench Practice",
                referrer_phone="555-010-0300",
                referrer_email=f"referrer{n % 500}@example.org",
                patient_name="Bench Patient",
                patient_birth_date="1980-04-23",
                patient_phone=f"555-01{n % 10000:04d}",
                patient_language="en",
                reason="trd",
                antidepressant_trials="2",
                trials_summary="Two trials.",
                current_medications="None.",
                urgency="routine",
                **times,
            )
        else:
            case = Inquiry(
                reference=reference("INQ", n),
                name="Bench Person",
                email=f"person{n}@example.org",
                phone=f"555-02{n % 10000:04d}",
                contact_method="phone",
                contact_time="any",
                topic=topics[n % len(topics)],
                message="",
                language="es" if n % 3 == 0 else "en",
                **times,
            )
        case.refresh_blind_indexes()
        case.refresh_queue_key()  # its place in the reviewers' list, as submit_case gives it
        batch.append(case)
        if len(batch) == 2000 or n == total - 1:
            for model in (Inquiry, Referral):
                model.objects.bulk_create([c for c in batch if isinstance(c, model)])
            batch = []
    return True


def timed(action, times=5):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    seconds = []
    for _ in range(times):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            action()
            seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), min(seconds), max(seconds), len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--spread-days", type=int, default=730)
    args = parser.parse_args()
    configure(ROOT / "var" / "dashboard-bench" / f"{args.cases}-{args.spread_days}")

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from intake_dashboard import selectors
    from staff.groups import REVIEWERS_GROUP, ensure_staff_groups

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    if seed(args.cases, args.spread_days):
        print(f"Stored {args.cases:,} cases in {time.perf_counter() - started:.0f} s.", file=sys.stderr)
    ensure_staff_groups()
    reviewer, _ = get_user_model().objects.get_or_create(username="bench-reviewer", defaults={"is_staff": True})
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    client = Client()
    client.force_login(reviewer)

    numbers = selectors.dashboard_numbers()
    in_window = numbers.requests.total
    assert client.get("/admin/intake-dashboard/").status_code == 200  # warm the templates and the session

    def page():
        response = client.get("/admin/intake-dashboard/")
        assert response.status_code == 200

    rows = [("the numbers (selectors.dashboard_numbers)", timed(selectors.dashboard_numbers))]
    rows.append(("the whole page, as a reviewer", timed(page)))
    print(
        f"\n{args.cases:,} cases received over {args.spread_days} days, {in_window:,} of them in the 12 weeks; "
        f"SQLite, {timezone.now():%Y-%m-%d}.\n"
    )
    print("| what | median | fastest | slowest | SQL queries |")
    print("|---|---|---|---|---|")
    for name, (median, fastest, slowest, queries) in rows:
        print(f"| {name} | {median * 1000:.0f} ms | {fastest * 1000:.0f} ms | {slowest * 1000:.0f} ms | {queries} |")


if __name__ == "__main__":
    main()
