"""Database backup and restore, for SQLite and PostgreSQL, while the site keeps serving.

* SQLite: the sqlite3 online-backup API copies a consistent snapshot page by page;
  readers and the writer carry on (WAL mode), and a write during the copy makes it
  restart from a consistent point, never a torn file.
* PostgreSQL: ``pg_dump --format=custom`` reads one consistent snapshot (a repeatable-read
  transaction) without blocking the site; ``pg_restore --clean`` puts it back.

Only data is in these files. The keys that make the data usable (DJANGO_SECRET_KEY,
INQUIRY_ENCRYPTION_KEYS, INQUIRY_HASH_KEY) are exported by ``export_keys`` to a separate
file that is stored somewhere else: a stolen backup alone reveals no inquiry.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

KEY_VARIABLES = ("DJANGO_SECRET_KEY", "INQUIRY_ENCRYPTION_KEYS", "INQUIRY_HASH_KEY")


class BackupError(Exception):
    pass


def is_sqlite(db):
    return db["ENGINE"].endswith("sqlite3")


def _pg_args_and_env(db):
    """libpq connection options as arguments, the password in the environment (never in `ps`)."""
    args = ["--host", str(db.get("HOST") or "127.0.0.1"), "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _tool(name):
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def backup_filename(db, now=None):
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"clinic-{stamp}.{'sqlite3' if is_sqlite(db) else 'pgdump'}"


# Owner-only from the first byte: O_EXCL refuses a file that is already there and O_NOFOLLOW a
# symlink planted in its place, so nothing is ever written through someone else's file or mode.
_PRIVATE_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW


def _create_private(path):
    """Create ``path`` empty with mode 600, or raise FileExistsError (a symlink counts as existing)."""
    os.close(os.open(path, _PRIVATE_NEW_FILE, 0o600))


def backup(db, destination):
    """Write a consistent copy of the database `db` (a Django DATABASES entry) to `destination`.

    The copy is written to ``<destination>.partial``, created mode 600 before any data goes in
    (an interrupted backup leaves nothing readable by others), then renamed into place.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)  # an earlier interrupted run's (a symlink is removed, not followed)
    _create_private(partial)
    if is_sqlite(db):
        source = sqlite3.connect(f"file:{db['NAME']}?mode=ro", uri=True, timeout=30)
        target = sqlite3.connect(partial)
        try:
            with target:
                source.backup(target, pages=1024)
        finally:
            target.close()
            source.close()
    else:
        args, env = _pg_args_and_env(db)
        command = [_tool("pg_dump"), *args, "--format=custom", "--no-owner", "--file", str(partial), db["NAME"]]
        result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
        if result.returncode != 0:
            partial.unlink(missing_ok=True)
            raise BackupError(f"pg_dump failed: {result.stderr.strip()[-500:]}")
    partial.replace(destination)  # a backup file is complete or absent, never half-written
    return destination


def restore(db, source):
    """Replace the contents of database `db` with the backup file `source`."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"No backup file at {source}.")
    if is_sqlite(db):
        backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        target = sqlite3.connect(db["NAME"], timeout=30)
        try:
            backup_db.backup(target)
        finally:
            target.close()
            backup_db.close()
    else:
        args, env = _pg_args_and_env(db)
        command = [
            _tool("pg_restore"),
            *args,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--dbname",
            db["NAME"],
            str(source),
        ]
        result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
        if result.returncode != 0:
            raise BackupError(f"pg_restore failed: {result.stderr.strip()[-500:]}")


def export_keys(destination, environ=None):
    """Write the key variables (as KEY=value lines) to a file readable by its owner only."""
    environ = os.environ if environ is None else environ
    missing = [name for name in KEY_VARIABLES[:2] if not environ.get(name)]
    if missing:
        raise BackupError(f"Not set here, so nothing to export: {', '.join(missing)}.")
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(destination, _PRIVATE_NEW_FILE, 0o600)
    except FileExistsError:
        raise BackupError(
            f"{destination} already exists: choose a new file name (the keys are never written into an existing file)."
        ) from None
    with os.fdopen(fd, "w") as out:
        out.write("# Clinic website keys. Keep apart from the database backups.\n")
        for name in KEY_VARIABLES:
            if environ.get(name):
                out.write(f"{name}={environ[name]}\n")
    return destination
