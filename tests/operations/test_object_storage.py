"""With DJANGO_S3_BUCKET set, images go to a real S3 server and pages link to them; backups go to a bucket.

The server is `rclone serve s3` on loopback (scripts/s3_server.py), started once for this module and
stopped by its process id. Settings are read at import, so the site runs in a new interpreter with the
bucket's variables, against this test's database.
"""

import io
import json
import os
import re
import sqlite3
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from PIL import Image

from scripts import s3_server
from tests.processes import database_url, free_port, run_manage, run_python

pytestmark = pytest.mark.slow

UPLOAD_AND_PUBLISH = """
import io, json, sys
import django
django.setup()
from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.test import Client
from djangocms_versioning.models import Version
from filer.models import Folder, Image
from content.seeding import IMAGES_FOLDER

editor = get_user_model().objects.get(username="editor")
client = Client(HTTP_HOST="localhost")
client.force_login(editor)
folder = Folder.objects.get(name=IMAGES_FOLDER, parent=None)
with open(sys.argv[1], "rb") as handle:
    upload = SimpleUploadedFile("treatment-room.jpg", handle.read(), content_type="image/jpeg")
answer = client.post(reverse("admin:filer-ajax_upload", kwargs={"folder_id": folder.pk}), {"file": upload})
image = Image.objects.get(pk=answer.json()["file_id"])
content = PageContent.objects.get(page=Page.objects.get(reverse_id="what-to-expect"), language="en")
draft = Version.objects.get_for_content(content).copy(editor).content
placeholder = draft.get_placeholders().get(slot="content")
url = admin_reverse("cms_placeholder_add_plugin") + (
    f"?placeholder_id={placeholder.pk}&plugin_type=PicturePlugin&plugin_language=en&plugin_position=99&cms_path=/"
)
added = client.post(url, {"image": image.pk, "alt": "The treatment room.", "size": "wide", "caption": ""})
Version.objects.get_for_content(draft).publish(editor)
page = Client(HTTP_HOST="localhost").get("/what-to-expect/")
print(json.dumps({"upload": answer.status_code, "plugin": added.status_code, "page": page.status_code,
                  "stored_as": image.file.name, "html": page.content.decode()}))
"""


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    root = tmp_path_factory.mktemp("s3")
    server = s3_server.start(root / "data", port=free_port(), log=root / "rclone.log")
    try:
        yield server
    finally:
        s3_server.stop(server.process)


def _site_env(s3, **overrides):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings",
        "DATABASE_URL": database_url(connection.settings_dict),
        **s3.environment(),
        **overrides,
    }


def _fetch(url):
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (loopback S3 server)
        return response.status, response.headers["Content-Type"], response.read()


def test_an_image_uploaded_in_the_media_library_is_stored_in_the_bucket_and_shown_from_it(
    s3, transactional_db, seeded, editor, tmp_path
):
    photo = tmp_path / "room.jpg"
    Image.new("RGB", (1600, 1000), (120, 160, 170)).save(photo, "JPEG", quality=90)
    result = run_python(UPLOAD_AND_PUBLISH, str(photo), env=_site_env(s3), timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert (report["upload"], report["plugin"], report["page"]) == (200, 200, 200)

    # The original and its renditions are objects in the media bucket, under the prefix, not on disk.
    stored = s3.objects("clinic-media")
    assert f"media/{report['stored_as']}" in stored
    renditions = [name for name in stored if name.startswith("media/renditions/")]
    assert any(name.endswith(".webp") for name in renditions) and any(name.endswith(".jpg") for name in renditions)

    # Every address the page gives the browser (src and both srcsets) is the S3 server's, and answers.
    html = report["html"]
    addresses = set(re.findall(r'src="([^"]+/renditions/[^"]+)"', html))
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        addresses.update(item.strip().rsplit(" ", 1)[0] for item in srcset.split(",") if "/renditions/" in item)
    assert len(addresses) >= 4, addresses
    for address in addresses:
        address = address.replace("&amp;", "&")
        assert address.startswith(s3.endpoint + "/clinic-media/media/renditions/"), address
        status, content_type, body = _fetch(address)
        assert status == 200 and content_type in {"image/webp", "image/jpeg"}
        assert Image.open(io.BytesIO(body)).width in {480, 720, 1080, 1440}


def test_a_backup_copied_to_the_bucket_restores_from_it(s3, tmp_path):
    scratch_db = tmp_path / "site.sqlite3"
    env = _site_env(s3, DATABASE_URL=f"sqlite:///{scratch_db}", DJANGO_VAR_DIR=str(tmp_path / "var"))
    assert run_manage("migrate", "--noinput", "-v", "0", env=env).returncode == 0
    made = run_python(
        "import django, uuid; django.setup()\n"
        "from inquiries.services import submit_inquiry\n"
        "submit_inquiry(cleaned_data={'name': 'Ada Example', 'email': 'ada@example.org', 'phone': '',"
        " 'contact_method': 'email', 'topic': 'depression', 'contact_time': 'any', 'message': 'Private note',"
        " 'token': uuid.uuid4()})",
        env=env,
    )
    assert made.returncode == 0, made.stderr[-2000:]

    to_bucket = ("backup_db", "--output-dir", str(tmp_path / "backups"), "--to-bucket", "--keep", "2")
    backup = run_manage(*to_bucket, env=env)
    assert backup.returncode == 0, backup.stderr[-2000:]
    name = Path(backup.stdout.splitlines()[0]).name
    assert s3.objects("clinic-backups") == [f"backups/{name}"]
    assert not any(name.startswith("backups/") for name in s3.objects("clinic-media"))
    # With --keep the bucket keeps the newest N too (the privacy notice's "about 2 weeks" off the machine).
    for _ in range(2):
        again = run_manage(*to_bucket, env=env)
        assert again.returncode == 0, again.stderr[-2000:]
    newest = sorted(p.name for p in (tmp_path / "backups").glob("clinic-*.sqlite3"))[-2:]
    assert s3.objects("clinic-backups") == [f"backups/{n}" for n in newest] and name not in newest

    # A new server: an empty database, nothing on disk but the keys in its environment.
    fresh_db = tmp_path / "fresh.sqlite3"
    fresh_env = {**env, "DATABASE_URL": f"sqlite:///{fresh_db}", "DJANGO_VAR_DIR": str(tmp_path / "fresh-var")}
    restored = run_manage("restore_db", "latest", "--from-bucket", "--noinput", env=fresh_env)
    assert restored.returncode == 0, restored.stderr[-2000:]
    assert "Fetched latest from the backup bucket." in restored.stdout
    read = run_python(
        "import django; django.setup()\n"
        "from inquiries.models import Inquiry\n"
        "print([(i.name, i.message) for i in Inquiry.objects.all()])",
        env=fresh_env,
    )
    assert read.returncode == 0, read.stderr[-2000:]
    assert read.stdout.strip().splitlines()[-1] == "[('Ada Example', 'Private note')]"


def test_without_a_backup_bucket_the_copy_is_refused_and_the_local_backup_kept(s3, tmp_path):
    env = _site_env(
        s3, DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}", DJANGO_BACKUP_BUCKET="", DJANGO_VAR_DIR=str(tmp_path)
    )
    sqlite3.connect(tmp_path / "site.sqlite3").close()  # an empty database is enough to back up
    in_bucket = s3.objects("clinic-backups")
    result = run_manage("backup_db", "--output-dir", str(tmp_path / "backups"), "--to-bucket", env=env)
    assert result.returncode != 0 and "DJANGO_BACKUP_BUCKET is not set" in result.stderr
    assert len(list((tmp_path / "backups").glob("clinic-*.sqlite3"))) == 1
    assert s3.objects("clinic-backups") == in_bucket
