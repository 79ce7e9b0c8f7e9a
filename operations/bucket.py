"""Backups off the machine: copy a backup file to a private S3-compatible bucket, list, fetch, prune.

The bucket is ``DJANGO_BACKUP_BUCKET`` (never the media bucket, which may be public), on the same
object store as the media (``DJANGO_S3_ENDPOINT_URL``, ``DJANGO_S3_REGION``, the AWS_* credentials).
The files are the ones ``backup_db`` writes: data only, keys apart (see operations/backups.py).
"""

from pathlib import Path

from django.conf import settings
from django.core.files import File

from operations.backups import BackupError, _create_private

PREFIX = "backups"


def _storage():
    from storages.backends.s3 import S3Storage  # only when a bucket is used

    if not settings.BACKUP_BUCKET:
        raise BackupError("DJANGO_BACKUP_BUCKET is not set: no bucket to copy backups to or from.")
    return S3Storage(
        bucket_name=settings.BACKUP_BUCKET,
        endpoint_url=settings.S3_ENDPOINT_URL or None,
        region_name=settings.S3_REGION or None,
        location=PREFIX,
        default_acl=None,
        file_overwrite=True,
        querystring_auth=True,
        signature_version="s3v4",
    )


def upload(path):
    """Copy the backup file at ``path`` into the bucket under its own name; returns that name."""
    path = Path(path)
    with path.open("rb") as handle:
        return _storage().save(path.name, File(handle))


def names():
    """The backups in the bucket, oldest first (the names are dated)."""
    return sorted(name for name in _storage().listdir("")[1] if name.startswith("clinic-"))


def download(name, destination):
    """Fetch backup ``name`` ("latest" for the newest) from the bucket to ``destination`` (mode 600)."""
    if name == "latest":
        available = names()
        if not available:
            raise BackupError("The backup bucket holds no backup.")
        name = available[-1]
    storage = _storage()
    if not storage.exists(name):
        raise BackupError(f"No backup named {name} in the backup bucket.")
    destination = Path(destination)
    _create_private(destination)  # mode 600 before a byte of data is in it
    with storage.open(name, "rb") as source, destination.open("wb") as target:
        for chunk in iter(lambda: source.read(1024 * 1024), b""):
            target.write(chunk)
    return destination


def prune(keep):
    """Delete all but the newest ``keep`` backups in the bucket; returns the names deleted."""
    storage = _storage()
    old = names()[:-keep]
    for name in old:
        storage.delete(name)
    return old
