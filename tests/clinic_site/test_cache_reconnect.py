"""The shared Redis cache recovers by itself when Redis drops its connections (a restart, a failover)."""

import os
import uuid

import pytest
import redis

from clinic_site.cache import FailSoftRedisCache

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


@pytest.fixture
def live_redis():
    admin = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        admin.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis answers at {REDIS_URL}")
    yield admin
    admin.close()


def test_cache_reads_again_after_redis_drops_every_connection(live_redis):
    cache = FailSoftRedisCache(REDIS_URL, {"KEY_PREFIX": f"reconnect-{uuid.uuid4().hex}", "TIMEOUT": 60})
    cache.set("page", "cached body")
    assert cache.get("page") == "cached body"
    # The cache keeps one client per pool between operations; Redis now drops its connections.
    me = cache._cache.get_client().client_id()
    assert live_redis.client_kill_filter(_id=me) == 1
    # The next reads reconnect (at worst one read misses, and the page renders from the database).
    reads = [cache.get("page", "miss") for _ in range(3)]
    assert reads[-1] == "cached body"
    assert set(reads) <= {"cached body", "miss"}
    cache.delete("page")
