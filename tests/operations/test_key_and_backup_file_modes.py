"""Keys and backups are readable by their owner only from the first byte: an interrupted backup, an
existing file or a planted symlink never leaves them readable by others (whatever the umask)."""

import os
import stat

import pytest
from django.db import connection

from operations import backups
from operations.backups import BackupError, export_keys

KEYS = {"DJANGO_SECRET_KEY": "a-secret", "INQUIRY_ENCRYPTION_KEYS": "a-key"}


@pytest.fixture(autouse=True)
def _lenient_umask():
    old = os.umask(0o022)  # a common server umask: files come out world-readable unless asked otherwise
    yield
    os.umask(old)


def _mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_keys_are_written_owner_only(tmp_path):
    path = export_keys(tmp_path / "keys.env", environ=KEYS)
    assert _mode(path) == 0o600


def test_keys_are_never_written_into_an_existing_file(tmp_path):
    existing = tmp_path / "keys.env"
    existing.write_text("someone else's file\n")
    existing.chmod(0o644)
    with pytest.raises(BackupError, match="already exists"):
        export_keys(existing, environ=KEYS)
    assert existing.read_text() == "someone else's file\n"


def test_keys_never_follow_a_symlink(tmp_path):
    target = tmp_path / "world-readable.txt"
    target.write_text("")
    link = tmp_path / "keys.env"
    link.symlink_to(target)
    with pytest.raises(BackupError):
        export_keys(link, environ=KEYS)
    assert target.read_text() == ""


@pytest.mark.django_db
def test_an_interrupted_backup_leaves_only_an_owner_only_file(tmp_path, monkeypatch):
    """Interrupted where the data would start to flow: SQLite's copy, or pg_dump on PostgreSQL."""
    destination = tmp_path / "clinic.backup"
    partial = tmp_path / "clinic.backup.partial"
    seen = {}
    real_connect = backups.sqlite3.connect

    def interrupt():
        seen["mode"] = _mode(partial)  # the file exists before any data is written into it
        raise KeyboardInterrupt

    def connect(target, *args, **kwargs):
        if str(target) == str(partial):
            interrupt()
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    monkeypatch.setattr(backups.subprocess, "run", lambda *args, **kwargs: interrupt())
    monkeypatch.setattr(backups, "_tool", lambda name: name)
    with pytest.raises(KeyboardInterrupt):
        backups.backup(connection.settings_dict, destination)
    assert seen["mode"] == 0o600
    assert _mode(partial) == 0o600
    assert not destination.exists()


@pytest.mark.django_db
def test_a_finished_backup_is_owner_only(tmp_path):
    destination = backups.backup(connection.settings_dict, tmp_path / backups.backup_filename(connection.settings_dict))
    assert _mode(destination) == 0o600
