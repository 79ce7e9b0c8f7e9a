"""A Redis cache that degrades to "no cache" instead of failing the request.

When Redis is unreachable every read is a miss and every write is dropped, so
pages render from the database, sessions load from the database
(``cached_db``), and rate limits fail open. A short connect timeout keeps a dead
Redis from stalling each request. The outage is logged, without cache keys.

It also keeps one ``redis.Redis`` client per connection pool: Django builds a new
one for every operation, and redis-py's constructor copies its whole
response-callback table, a large share of a cached page view's time, since each view
reads the cache more than once (the figure: docs/performance.md).
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

_OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
_LOG_EVERY_SECONDS = 30


def _fail_soft(fallback):
    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except _OUTAGE_ERRORS as exc:
                self._log_outage(method.__name__, exc)
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        return wrapper

    return decorator


def _default_arg(key, default=None, *args, **kwargs):
    return kwargs.get("default", default)


def _incr_fallback(key, delta=1, *args, **kwargs):
    # A counter that cannot be read starts again: rate limits fail open.
    return delta


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client wrapper, reusing a client per pool (clients are thread-safe; the pool is fork-aware)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(index))
        return client


class FailSoftRedisCache(RedisCache):
    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _log_outage(self, operation, exc):
        now = time.monotonic()
        if now - FailSoftRedisCache._last_logged >= _LOG_EVERY_SECONDS:
            FailSoftRedisCache._last_logged = now
            logger.warning("Cache unavailable (%s during %s); serving without it.", type(exc).__name__, operation)

    get = _fail_soft(_default_arg)(RedisCache.get)
    get_many = _fail_soft({})(RedisCache.get_many)
    has_key = _fail_soft(False)(RedisCache.has_key)
    add = _fail_soft(False)(RedisCache.add)
    set = _fail_soft(None)(RedisCache.set)
    set_many = _fail_soft([])(RedisCache.set_many)
    touch = _fail_soft(False)(RedisCache.touch)
    delete = _fail_soft(False)(RedisCache.delete)
    delete_many = _fail_soft(None)(RedisCache.delete_many)
    incr = _fail_soft(_incr_fallback)(RedisCache.incr)
    clear = _fail_soft(False)(RedisCache.clear)
