"""A backup taken while the site runs restores into an empty database with every inquiry readable.

The restore goes into a new database (a new SQLite file, or a new PostgreSQL database),
and a separate process, configured like a freshly provisioned server with the keys from
`export_keys`, reads it: the pages serve and every inquiry decrypts to what was submitted.
"""

import json
import os
import uuid
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from inquiries.models import Inquiry
from inquiries.services import submit_inquiry
from operations.backups import restore
from tests.processes import database_url, run_python

SUBMISSIONS = [
    {"name": "Ada Example", "email": "ada@example.org", "phone": "", "contact_method": "email", "topic": "depression"},
    {"name": "Bo Sample", "email": "bo@example.net", "phone": "555-0100", "contact_method": "phone", "topic": "ptsd"},
    {"name": "Cy Test", "email": "cy@example.com", "phone": "", "contact_method": "text", "topic": "cost"},
]

READ_BACK = """
import django, json
django.setup()
from django.test import Client
from inquiries.models import Inquiry
home = Client().get("/", HTTP_HOST="localhost")
rows = [{"reference": i.reference, "name": i.name, "email": i.email, "topic": i.topic, "message": i.message}
        for i in Inquiry.objects.order_by("reference")]
print(json.dumps({"home": home.status_code, "inquiries": rows}))
"""


def submit_all():
    for data in SUBMISSIONS:
        cleaned = {
            **data,
            "contact_time": "any",
            "message": f"Private note from {data['name']}",
            "token": uuid.uuid4(),
        }
        submit_inquiry(cleaned_data=cleaned)
    return sorted(
        (
            {"reference": i.reference, "name": i.name, "email": i.email, "topic": i.topic, "message": i.message}
            for i in Inquiry.objects.all()
        ),
        key=lambda row: row["reference"],
    )


def read_back(db, keys_file, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SECRET_KEY", "INQUIRY_ENCRYPTION_KEYS"}}
    for line in Path(keys_file).read_text().splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            env[name] = value
    env.update(DATABASE_URL=database_url(db), DJANGO_SETTINGS_MODULE="clinic_site.settings", **env_overrides)
    return run_python(READ_BACK, env=env)


@pytest.fixture
def empty_database(tmp_path):
    """A database nothing has touched: a new SQLite file, or a new PostgreSQL database."""
    db = dict(connection.settings_dict)
    if db["ENGINE"].endswith("sqlite3"):
        db["NAME"] = str(tmp_path / "restored.sqlite3")
        yield db
        return
    name = f"restore_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    db["NAME"] = name
    yield db
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_backup_restores_with_every_inquiry_readable(tmp_path, empty_database):
    call_command("load_sample_content", verbosity=0)
    submitted = submit_all()
    assert len(submitted) == len(SUBMISSIONS)

    backup_file = tmp_path / "backups" / "clinic.backup"
    call_command("backup_db", output=str(backup_file))
    keys_file = tmp_path / "keys" / "clinic-keys.env"
    call_command("export_keys", str(keys_file))

    # The data backup holds no readable health data and no keys; the keys file is private.
    data = backup_file.read_bytes()
    assert b"Ada Example" not in data and b"Private note" not in data
    assert os.environ["INQUIRY_ENCRYPTION_KEYS"].encode() not in data
    assert (keys_file.stat().st_mode & 0o777) == 0o600

    restore(empty_database, backup_file)
    result = read_back(empty_database, keys_file)
    assert result.returncode == 0, result.stderr[-2000:]
    restored = json.loads(result.stdout.strip().splitlines()[-1])
    assert restored["home"] == 200
    assert restored["inquiries"] == submitted


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_restored_backup_without_the_keys_reveals_nothing(tmp_path, empty_database):
    submit_all()
    backup_file = tmp_path / "clinic.backup"
    call_command("backup_db", output=str(backup_file))
    restore(empty_database, backup_file)
    wrong_keys = tmp_path / "wrong.env"
    wrong_keys.write_text(f"DJANGO_SECRET_KEY={'y' * 50}\nINQUIRY_ENCRYPTION_KEYS={Fernet.generate_key().decode()}\n")
    result = read_back(empty_database, wrong_keys)
    assert result.returncode != 0 or "Ada Example" not in result.stdout
    assert "Ada Example" not in result.stdout + result.stderr
