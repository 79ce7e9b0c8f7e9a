"""Gunicorn settings for production (and `make bench`): `gunicorn -c gunicorn.conf.py clinic_site.wsgi`.

Each value can be overridden from the environment (GUNICORN_*), so one file serves
every server size. Behind the TLS proxy, bind to a private address or a unix socket.
"""

import multiprocessing
import os
import sys
from pathlib import Path

# The project's own environment helpers (no Django import), whichever directory gunicorn starts in.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from clinic_site.env import env, env_int  # noqa: E402

wsgi_app = "clinic_site.wsgi:application"
bind = env("GUNICORN_BIND", "127.0.0.1:8001")

# Sync workers: pages are served from the cache with no waiting on I/O, and the proxy
# buffers slow clients, so CPU count decides throughput. 2 x CPUs + 1 covers the moments
# a worker waits on the database.
workers = env_int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = env_int("GUNICORN_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"

# A request may take at most 30 s; a restart lets in-flight requests finish for 20 s.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak never grows; jitter avoids all at once.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200
# Load the app once in the master and fork: quicker starts, shared memory.
preload_app = True

# Requests are small forms; refuse oversized request lines and headers early.
limit_request_line = 4094
limit_request_fields = 100

# Access log to stdout, without query strings (%(U)s is the path only): a search term or a
# token in a URL never reaches the logs. No user agent, no referrer.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = env("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'

# The TLS proxy's address: only it may say a request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = env("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips
