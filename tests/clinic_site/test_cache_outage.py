"""With Redis unreachable, pages still render and writes to the cache are dropped quietly."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from clinic_site.cache import FailSoftRedisCache
from tests.processes import DEAD_REDIS, DEAD_REDIS_URL


def test_dead_redis_reads_miss_and_writes_are_dropped():
    cache = FailSoftRedisCache(DEAD_REDIS_URL, {"OPTIONS": {"socket_connect_timeout": 0.2}})
    assert cache.get("anything", "fallback") == "fallback"
    assert cache.add("k", 1) is False
    cache.set("k", 1)
    assert cache.get_many(["a", "b"]) == {}
    assert cache.incr("counter") == 1


@pytest.mark.django_db
def test_pages_render_with_the_cache_down(client, seeded):
    # override_settings(CACHES=...) makes Django drop its cache connections, so
    # every cache user (page cache, menus, sessions) now talks to the dead Redis.
    with override_settings(CACHES=DEAD_REDIS):
        assert isinstance(caches["default"], FailSoftRedisCache)
        home = client.get("/")
        assert home.status_code == 200
        assert "When standard treatment has not been enough" in home.content.decode()
        response = client.get("/what-is-ketamine/")
        assert response.status_code == 200
        assert "first made in 1962" in response.content.decode()
