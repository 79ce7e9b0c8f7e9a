"""With a bucket named, uploads from the media library and the renditions go to that bucket, not local disk."""

import json

from tests.processes import start_django

REPORT = """
import json
from django.core.files.storage import storages as django_storages
from filer import settings as filer_settings
from filer.utils.loader import load_object
storages = {"default": django_storages["default"]}
for kind in ("main", "thumbnails"):
    spec = filer_settings.FILER_STORAGES["public"][kind]
    storages["filer_" + kind] = load_object(spec["ENGINE"])(**spec["OPTIONS"])
print(json.dumps({name: [type(s).__name__, getattr(s, "bucket_name", None), getattr(s, "location", None),
                         getattr(s, "custom_domain", None)] for name, s in storages.items()}))
"""


def _storages(**env):
    result = start_django(then=REPORT, DJANGO_DEBUG="1", **env)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_public_media_storage_uses_the_bucket():
    storages = _storages(
        DJANGO_S3_BUCKET="clinic-media", DJANGO_S3_CUSTOM_DOMAIN="media.clinic.example", DJANGO_S3_PREFIX="media"
    )
    for name in ("default", "filer_main", "filer_thumbnails"):
        assert storages[name] == ["S3Storage", "clinic-media", "media", "media.clinic.example"], name


def test_without_a_bucket_media_stays_on_local_disk():
    storages = _storages(DJANGO_S3_BUCKET="")
    assert {kind for kind, *_ in storages.values()} == {"FileSystemStorage"}
