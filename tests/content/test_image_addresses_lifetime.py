"""How long the image renditions' addresses are kept (``content.images.addresses_keep_for``).

A public bucket or the local disk: a day. A private bucket with signed URLs: half the signature's
life, so a page built from a kept address never hands a visitor an expired link.
"""

from urllib.parse import parse_qs, urlsplit

from django.core.files.storage import FileSystemStorage
from storages.backends.s3 import S3Storage

from content.images import DAY, addresses_keep_for


def _bucket(**options):
    return S3Storage(
        bucket_name="clinic-media",
        endpoint_url="http://127.0.0.1:9",  # never contacted: signing a URL is done locally
        region_name="us-east-1",
        access_key="test-access-key",
        secret_key="test-secret-key",
        signature_version="s3v4",
        **options,
    )


def test_plain_addresses_are_kept_a_day(tmp_path):
    assert addresses_keep_for(FileSystemStorage(location=tmp_path)) == DAY
    assert addresses_keep_for(_bucket(querystring_auth=False)) == DAY


def test_signed_addresses_are_kept_half_as_long_as_their_signature_lasts():
    bucket = _bucket(querystring_auth=True, querystring_expire=3600)
    signed_for = int(parse_qs(urlsplit(bucket.url("renditions/abc-480.webp")).query)["X-Amz-Expires"][0])
    assert signed_for == 3600
    assert addresses_keep_for(bucket) == 1800 < signed_for
    assert addresses_keep_for(_bucket(querystring_auth=True, querystring_expire=90)) == 60
