"""nginx with the operations guide's page cache, on loopback, in front of one gunicorn: for `make bench` and the tests.

``CACHE_HTTP`` and ``CACHE_LOCATION`` are the cache lines of deploy/nginx/clinic.conf, kept word for word
(tests/pagecache checks); ``config`` wraps them in a minimal nginx.conf with every path under one
scratch directory, so nginx runs as the current user without touching /etc or /var.
"""

import os
import shutil
import signal
import subprocess
from pathlib import Path

from scripts import local_servers
from scripts.local_servers import wait_listening

NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")

# http {} level: where the cache lives, and who counts as staff (a session cookie).
CACHE_HTTP = """
proxy_cache_path {cache_dir} levels=1:2 keys_zone=clinic_pages:10m max_size=256m inactive=10m use_temp_path=off;
"""

# In `location /`: keep what Django's Cache-Control allows (public, s-maxage), never a response
# with Set-Cookie (nginx's default), never for a request that carries a staff session.
CACHE_LOCATION = """
proxy_cache clinic_pages;
proxy_cache_key $scheme$host$request_uri;
proxy_cache_bypass $cookie_sessionid;
proxy_no_cache $cookie_sessionid;
proxy_cache_lock on;
proxy_cache_background_update on;
proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
add_header X-Cache-Status $upstream_cache_status always;
"""


TEMP_DIRS = ("body", "proxy", "fastcgi", "uwsgi", "scgi")


def main_config(scratch, http):
    """A minimal nginx.conf around the ``http`` block's own lines, every path under ``scratch`` (whose
    folders it makes), so nginx runs as the current user without touching /etc or /var. Also
    `make topology-check`'s, around deploy/nginx/clinic.conf."""
    scratch = Path(scratch)
    for name in TEMP_DIRS:
        (scratch / name).mkdir(parents=True, exist_ok=True)
    # As root (a CI container), workers would become "nobody" and lose the scratch directory.
    user = "user root;" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
    temp_paths = "\n".join(f"    {name}_temp_path {scratch}/{name};" for name in ("proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""
daemon off;
{user}
worker_processes 1;
pid {scratch}/nginx.pid;
error_log {scratch}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    client_body_temp_path {scratch}/body;
{temp_paths}
{http}
}}
"""


def config(scratch, *, listen_port, upstream_port):
    """Static files go through the same cache (whitenoise marks them public for a year)."""
    cache_dir = Path(scratch) / "cache"
    cache_dir.mkdir(parents=True, exist_ok=True)
    return main_config(
        scratch,
        f"""
    access_log off;
    {CACHE_HTTP.format(cache_dir=cache_dir).strip()}
    upstream clinic_app {{ server 127.0.0.1:{upstream_port}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{listen_port};
        server_name localhost;
        location /admin/ {{
            proxy_pass http://clinic_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
        location / {{
            {CACHE_LOCATION.strip()}
            proxy_pass http://clinic_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}""",
    )


def start(scratch, *, listen_port, upstream_port):
    """Start nginx in the foreground of a new process group; returns the Popen once it listens."""
    scratch = Path(scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    conf = scratch / "nginx.conf"
    conf.write_text(config(scratch, listen_port=listen_port, upstream_port=upstream_port))
    process = subprocess.Popen(  # noqa: S603
        [NGINX, "-c", str(conf), "-p", str(scratch)],
        stdout=subprocess.DEVNULL,
        stderr=open(scratch / "nginx.stderr", "a"),  # noqa: SIM115
        start_new_session=True,
    )
    wait_listening(process, listen_port, "nginx", seconds=15, log=scratch / "nginx.stderr")
    return process


def stop(process):
    local_servers.stop(process, signal.SIGQUIT)  # graceful: the master stops its worker
