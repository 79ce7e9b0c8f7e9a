"""`make topology-check`: the production layout on loopback, from the files in deploy/, and what it promises.

nginx runs deploy/nginx/clinic.conf (rewritten only for addresses, ports and paths: see SITE_REWRITES),
with a self-signed certificate, in front of two gunicorn app servers started with the command line,
working directory and environment file of deploy/systemd/clinic.service (deploy/clinic.env, with
loopback addresses and throwaway keys). Behind them: PostgreSQL (its own database, `topology_check`,
created and dropped here), a Redis server of its own on a free port (so restarting it never touches
the machine's), and an S3 server (`rclone serve s3`, scripts/s3_server.py) for the media.

It runs the README's release steps, then proves, and prints as a table:
  publish      a page published through app server 1 is served by app server 2 at once, and through
               nginx within the shared-cache lifetime (DJANGO_SHARED_CACHE_SECONDS + stale-while-revalidate);
  image        an image uploaded through app server 1 is shown by app server 2 (no local disk between them);
  session      a staff session started on app server 1 keeps working on app server 2;
  rolling      a rolling restart of both app servers (one at a time) under load: 0 errors, 0 lost inquiries;
  sigkill      app server 1 killed with SIGKILL under load: nginx fails over, every acknowledged inquiry stored;
  redis        Redis restarted under load: 0 errors (pages render from the database meanwhile).

The load is a bounded number of page views and intake-form posts from a few threads, to loopback only.
Everything it starts is stopped by process id, also on failure. Exit status 1 on any failed row.
"""

import base64
import contextlib
import hashlib
import hmac
import http.client
import http.cookies
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import edge_nginx, s3_server  # noqa: E402
from scripts.local_servers import free_port, wait_listening  # noqa: E402

DEPLOY = ROOT / "deploy"
SCRATCH = ROOT / "var" / "topology"
DB_NAME = "topology_check"
PG_ADMIN_URL = os.environ.get("TOPOLOGY_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
HOST = "clinic.example"
SHARED_SECONDS, STALE_SECONDS = 5, 2  # the page cache's lifetime for this run (production: 60 + 30)
FAIL_TIMEOUT = 10  # deploy/nginx/clinic.conf: max_fails=3 fail_timeout=10s
LOAD_THREADS = 4
LOAD_MAX_REQUESTS = 1500  # per scenario, all threads together
LOAD_MAX_SECONDS = 90
PAGES = ["/", "/what-is-ketamine/", "/es/", "/faq/"]
STAFF_USER, STAFF_PASSWORD = "topology-admin", secrets.token_urlsafe(18)


# An editor's change as a new draft of the "What is ketamine" page; prints the Publish button's address.
NEW_DRAFT = """
import os
from cms.models import Page, PageContent
from django.contrib.auth import get_user_model
from django.urls import reverse
from djangocms_versioning.models import Version
user = get_user_model().objects.get(username=os.environ["TOPOLOGY_STAFF_USER"])
content = PageContent.objects.get(page=Page.objects.get(reverse_id="what-is-ketamine"), language="en")
draft = Version.objects.get_for_content(content).copy(user)
plugin = draft.content.get_placeholders().get(slot="content").get_plugins().first().get_bound_plugin()
plugin.body = "<p>" + os.environ["TOPOLOGY_WORDING"] + "</p>"
plugin.save()
print(reverse("admin:djangocms_versioning_pagecontentversion_publish", args=[draft.pk]))
"""

# The media library's upload address for the editors' "Images" folder.
UPLOAD_URL = """
from django.urls import reverse
from filer.models import Folder
from content.seeding import IMAGES_FOLDER
folder = Folder.objects.get(name=IMAGES_FOLDER, parent=None)
print(reverse("admin:filer-ajax_upload", kwargs={"folder_id": folder.pk}))
"""


def read_environment_file(path):
    """As systemd's EnvironmentFile= reads it: KEY=value lines, '#' lines ignored, outer quotes removed."""
    values = {}
    for line in Path(path).read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition("=")
        values[key] = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value
    return values


def read_unit(path):
    """The [Service] section's keys of a systemd unit (one value each)."""
    service, section = {}, None
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            service[key] = value
    return service


# The only changes made to deploy/nginx/clinic.conf: addresses, ports and paths. Each must be found.
def site_rewrites(*, http_port, https_port, app_ports, cert, key, scratch):
    return [
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("10.0.1.11:8001", f"127.0.0.1:{app_ports[0]}"),
        ("10.0.1.12:8001", f"127.0.0.1:{app_ports[1]}"),
        ("/etc/letsencrypt/live/clinic.example/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/clinic.example/privkey.pem", str(key)),
        ("/var/cache/nginx/clinic", str(scratch / "cache")),
        ("/var/log/nginx/clinic.log", str(scratch / "access.log")),
        ("/srv/clinic/var/media/", str(scratch / "media") + "/"),
    ]


def nginx_config(scratch, **ports_and_paths):
    """deploy/nginx/clinic.conf rewritten for loopback, inside a minimal nginx.conf under ``scratch``."""
    scratch = Path(scratch)
    site = (DEPLOY / "nginx" / "clinic.conf").read_text()
    for old, new in site_rewrites(scratch=scratch, **ports_and_paths):
        if old not in site:
            raise RuntimeError(f"deploy/nginx/clinic.conf no longer has {old!r}: update site_rewrites")
        site = site.replace(old, new)
    for name in ("cache", "media"):
        (scratch / name).mkdir(parents=True, exist_ok=True)
    (scratch / "clinic.conf").write_text(site)
    conf = scratch / "nginx.conf"
    conf.write_text(edge_nginx.main_config(scratch, f"    include {scratch}/clinic.conf;"))
    return conf


def self_signed_certificate(directory):
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(  # noqa: S603
        [
            shutil.which("openssl"),
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            f"/CN={HOST}",
            "-addext",
            f"subjectAltName=DNS:{HOST}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],  # fmt: skip
        check=True,
        capture_output=True,
    )
    return cert, key


class Processes:
    """Everything this run starts, stopped by process id (its whole process group) in reverse order."""

    def __init__(self):
        self.running = {}

    def start(self, name, command, *, env=None, cwd=ROOT):
        log = open(SCRATCH / f"{name}.log", "a")  # noqa: SIM115
        process = subprocess.Popen(  # noqa: S603
            command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.running[name] = process
        return process

    def stop(self, name, sig=signal.SIGTERM, timeout=30):
        process = self.running.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop_all(self):
        for name in reversed(list(self.running)):
            with contextlib.suppress(ProcessLookupError):
                self.stop(name)


class Browser:
    """A tiny HTTP client with cookies: through nginx (HTTPS, the self-signed certificate) or straight
    to one app server (plain HTTP, saying X-Forwarded-Proto: https as nginx does)."""

    def __init__(self, topology):
        self.topology = topology
        self.cookies = {}

    def request(self, method, path, *, via="nginx", body=None, headers=None, timeout=40):
        if via == "nginx":
            connection = http.client.HTTPSConnection(
                "127.0.0.1", self.topology.https_port, context=self.topology.tls, timeout=timeout
            )
        else:
            connection = http.client.HTTPConnection("127.0.0.1", via, timeout=timeout)
        all_headers = {"Host": HOST, **(headers or {})}
        if via != "nginx":
            all_headers.update({"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            content = response.read()
            for header in response.msg.get_all("Set-Cookie") or []:
                for name, morsel in http.cookies.SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response, content.decode("utf-8", "replace")
        finally:
            connection.close()

    def form_post(self, path, fields, *, via="nginx", files=None):
        headers = {"Origin": f"https://{HOST}", "Referer": f"https://{HOST}{path}"}
        if "csrftoken" in self.cookies:
            headers["X-CSRFToken"] = self.cookies["csrftoken"]
        if files:
            boundary = uuid.uuid4().hex
            parts = []
            for name, value in fields.items():
                disposition = f'Content-Disposition: form-data; name="{name}"'
                parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
            for name, (filename, data, content_type) in files.items():
                head = (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                    f"Content-Type: {content_type}\r\n\r\n"
                )
                parts.append(head.encode() + data + b"\r\n")
            body = b"".join(parts) + f"--{boundary}--\r\n".encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        else:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self.request("POST", path, via=via, body=body, headers=headers)

    def log_in(self, via, totp_secret):
        """The production login: the password, then the device and its authenticator code (two-factor on)."""
        self.request("GET", "/admin/login/", via=via)
        fields = {"csrfmiddlewaretoken": self.cookies["csrftoken"], "username": STAFF_USER, "password": STAFF_PASSWORD}
        status, _, html = self.form_post("/admin/login/", fields, via=via)
        device = re.search(r'value="(otp_totp\.totpdevice/\d+)"', html)
        if status != 200 or not device:
            return False
        fields.update(otp_device=device.group(1), otp_token=totp_code(totp_secret))
        status, _, _ = self.form_post("/admin/login/", fields, via=via)
        return status == 302 and "sessionid" in self.cookies


def totp_code(secret, now=None):
    """The authenticator app's current code (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) for a base32 secret."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int((now or time.time()) // 30).to_bytes(8, "big")
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(int.from_bytes(digest[offset : offset + 4], 'big') & 0x7FFFFFFF) % 1_000_000:06d}"


def hidden(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else None


class Load:
    """Page views and intake-form posts through nginx from a few threads until told to stop (bounded)."""

    def __init__(self, topology):
        self.topology = topology
        self.stop_event = threading.Event()
        self.lock = threading.Lock()
        self.requests = self.errors = 0
        self.acknowledged = []  # form tokens of posts answered with the thank-you redirect
        self.error_samples = []
        self.threads = [threading.Thread(target=self.run, args=(n,), daemon=True) for n in range(LOAD_THREADS)]
        self.started = time.monotonic()
        self.tag = secrets.token_hex(3)  # every scenario's page views are new cache keys, never nginx's stale copies

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def count(self, ok, what):
        with self.lock:
            self.requests += 1
            if not ok:
                self.errors += 1
                if len(self.error_samples) < 5:
                    self.error_samples.append(what)

    def done(self):
        return (
            self.stop_event.is_set()
            or self.requests >= LOAD_MAX_REQUESTS
            or time.monotonic() - self.started > LOAD_MAX_SECONDS
        )

    def run(self, number):
        browser = Browser(self.topology)
        step = 0
        while not self.done():
            step += 1
            if step % 4:
                # A new cache key each time: the view reaches an app server.
                path = f"{PAGES[step % len(PAGES)]}?load={self.tag}-{number}-{step}"
                self.attempt(lambda path=path: browser.request("GET", path)[0] == 200, f"GET {path.split('?')[0]}")
            else:
                self.attempt(lambda: self.post_inquiry(Browser(self.topology)), "POST /contact/")

    def attempt(self, call, what):
        try:
            ok = call()
            self.count(ok, what + ("" if ok else ": unexpected answer"))
        except (OSError, http.client.HTTPException) as exc:
            self.count(False, f"{what}: {type(exc).__name__}")

    def post_inquiry(self, browser):
        status, _, html = browser.request("GET", "/contact/")
        if status != 200:
            return False
        token = hidden(html, "token")
        fields = {
            "csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken"),
            "token": token,
            "name": "Load Test",
            "email": "load.test@example.org",
            "phone": "",
            "contact_method": "email",
            "contact_time": "any",
            "topic": "depression",
            "message": "A test message from the topology check.",
            "consent": "on",
            "website": "",
        }
        status, response, _ = browser.form_post("/contact/", fields)
        if status == 302 and "thank-you" in (response.getheader("Location") or ""):
            with self.lock:
                self.acknowledged.append(token)
            return True
        return False


class Topology:
    def __init__(self):
        self.processes = Processes()
        self.rows = []
        self.https_port, self.http_port = free_port(), free_port()
        self.app_ports = [free_port(), free_port()]
        self.redis_port, self.s3_port = free_port(), free_port()
        self.tls = None
        self.env = None
        self.unit = read_unit(DEPLOY / "systemd" / "clinic.service")

    # --- setting up ----------------------------------------------------------------------------
    def database_url(self, name):
        return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    def psql(self, sql, database="postgres"):
        import psycopg

        with psycopg.connect(self.database_url(database), autocommit=True) as connection:
            cursor = connection.execute(sql)
            return cursor.fetchall() if sql.lstrip().upper().startswith("SELECT") else None

    def site_environment(self, s3):
        """deploy/clinic.env, with loopback addresses, throwaway keys and this run's settings."""
        from cryptography.fernet import Fernet

        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_", "INQUIRY_"))}
        env.pop("DATABASE_URL", None)
        env.pop("REDIS_URL", None)
        env.update({k: v for k, v in read_environment_file(DEPLOY / "clinic.env").items() if v != ""})
        env.update(s3.environment())
        env.update(
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
            INQUIRY_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
            DATABASE_URL=self.database_url(DB_NAME),
            REDIS_URL=f"redis://127.0.0.1:{self.redis_port}/0",
            DJANGO_ALLOWED_HOSTS=HOST,
            DJANGO_CSRF_TRUSTED_ORIGINS=f"https://{HOST}",
            SITE_URL=f"https://{HOST}",
            DJANGO_PROXY_COUNT="1",
            GUNICORN_FORWARDED_ALLOW_IPS="127.0.0.1",
            GUNICORN_WORKERS="2",
            DJANGO_SHARED_CACHE_SECONDS=str(SHARED_SECONDS),
            DJANGO_PUBLIC_MAX_AGE=str(SHARED_SECONDS),
            DJANGO_STALE_WHILE_REVALIDATE_SECONDS=str(STALE_SECONDS),
            # Every load request comes from 127.0.0.1: the form's per-address limit would refuse them.
            INQUIRY_RATE_LIMIT="1000000",
            DJANGO_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            DJANGO_STATIC_ROOT=str(SCRATCH / "staticfiles"),
            DJANGO_LOG_LEVEL="WARNING",
            GUNICORN_ACCESS_LOG="",
        )
        return env

    def app_environment(self, number):
        # Each app server has its own var/ directory: nothing on local disk is shared.
        return {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{self.app_ports[number]}",
            "TOPOLOGY_STAFF_USER": STAFF_USER,
            "DJANGO_VAR_DIR": str(SCRATCH / f"app{number + 1}" / "var"),
        }

    def manage(self, *args, env=None):
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env or self.app_environment(0),
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-1500:]}{result.stderr[-3000:]}")
        return result.stdout

    def release(self):
        """The README's release steps, in order (docs/operations.md, "Each release")."""
        timings = {}
        for step in (
            ("migrate", "--noinput", "-v", "0"),
            ("ensure_staff_groups",),
            ("collectstatic", "--noinput", "-v", "0"),
            ("check", "--deploy", "--fail-level", "WARNING"),
        ):
            started = time.monotonic()
            self.manage(*step)
            timings[step[0]] = time.monotonic() - started
        # Not a release step: the sample pages to serve, and a staff account to log in with.
        self.manage("load_sample_content", "-v", "0")
        self.manage(
            "shell", "-c",
            "from django.contrib.auth import get_user_model; import os; "
            f"get_user_model().objects.create_superuser('{STAFF_USER}', 'topology@clinic.example', "
            "os.environ['TOPOLOGY_STAFF_PASSWORD'])",
            env={**self.app_environment(0), "TOPOLOGY_STAFF_PASSWORD": STAFF_PASSWORD},
        )  # fmt: skip
        # Two-factor login is on (deploy/clinic.env): enrol an authenticator as an administrator does.
        enrolled = self.manage("enroll_2fa", STAFF_USER, "--no-qr")
        self.totp_secret = urllib.parse.parse_qs(
            urllib.parse.urlsplit(re.search(r"otpauth://\S+", enrolled).group(0)).query
        )["secret"][0]
        return timings

    def app_command(self):
        """deploy/systemd/clinic.service's ExecStart, with the virtualenv of this checkout for /srv/clinic/.venv."""
        command = shlex.split(self.unit["ExecStart"])
        venv = self.unit["WorkingDirectory"] + "/.venv/bin/"
        assert command[0].startswith(venv), command
        return [str(Path(sys.executable).parent / command[0].removeprefix(venv)), *command[1:]]

    def start_app(self, number):
        name = f"app{number + 1}"
        (SCRATCH / name / "var").mkdir(parents=True, exist_ok=True)
        # WorkingDirectory=/srv/clinic is this checkout; EnvironmentFile= is the environment above.
        process = self.processes.start(name, self.app_command(), env=self.app_environment(number))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited (see var/topology/{name}.log)")
            try:
                if Browser(self).request("GET", "/healthz", via=self.app_ports[number], timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{name} did not answer /healthz within 60 s")

    def start_redis(self):
        process = self.processes.start(
            "redis",
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.redis_port), "--save", "", "--appendonly", "no"],
        )
        wait_listening(process, self.redis_port, "redis-server", seconds=60)

    def up(self):
        shutil.rmtree(SCRATCH, ignore_errors=True)
        SCRATCH.mkdir(parents=True)
        self.psql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        self.psql(f'CREATE DATABASE "{DB_NAME}"')
        self.start_redis()
        s3 = s3_server.start(SCRATCH / "s3", port=self.s3_port, log=SCRATCH / "s3.log")
        self.processes.running["s3"] = s3.process
        self.s3 = s3
        self.env = self.site_environment(s3)
        timings = self.release()
        for number in (0, 1):
            self.start_app(number)
        cert, key = self_signed_certificate(SCRATCH)
        self.tls = ssl.create_default_context(cafile=str(cert))
        self.tls.check_hostname = False  # we connect to 127.0.0.1; the chain is still verified
        conf = nginx_config(
            SCRATCH / "nginx", http_port=self.http_port, https_port=self.https_port,
            app_ports=self.app_ports, cert=cert, key=key,
        )  # fmt: skip
        nginx = self.processes.start("nginx", [edge_nginx.NGINX, "-c", str(conf), "-p", str(SCRATCH / "nginx")])
        wait_listening(nginx, self.https_port, "nginx", seconds=60, log=SCRATCH / "nginx" / "error.log")
        return timings

    def down(self):
        self.processes.stop_all()
        try:
            self.psql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        except Exception as exc:  # noqa: BLE001 (the database server may be what failed)
            print(f"could not drop database {DB_NAME}: {type(exc).__name__}")

    # --- the scenarios ---------------------------------------------------------------------------
    def row(self, scenario, ok, *, requests="", errors="", acknowledged="", stored="", note=""):
        self.rows.append((scenario, requests, errors, acknowledged, stored, "pass" if ok else "FAIL", note))

    def staff_session(self):
        browser = Browser(self)
        logged_in = browser.log_in(self.app_ports[0], self.totp_secret)
        status, _, html = browser.request("GET", "/admin/", via=self.app_ports[1])
        ok = logged_in and status == 200 and STAFF_USER in html and 'action="/admin/logout/"' in html
        self.row(
            "session",
            ok,
            requests=4,
            errors=0 if ok else 1,
            note="logged in (password + TOTP) on app 1, admin index on app 2",
        )
        return browser

    def publish(self, staff):
        wording = f"Topology check wording {secrets.token_hex(4)}."
        path = "/what-is-ketamine/"
        for _ in range(2):  # warm nginx's cache: the old page is a HIT there before the publish
            _, response, _ = Browser(self).request("GET", path)
        warmed = response.getheader("X-Cache-Status") == "HIT"
        # A new draft with the new wording (as an editor's edit), then the Publish button on app server 1.
        out = self.manage("shell", "-c", NEW_DRAFT, env={**self.app_environment(0), "TOPOLOGY_WORDING": wording})
        publish_url = out.splitlines()[-1]
        staff.request("GET", "/admin/", via=self.app_ports[0])
        status, _, _ = staff.form_post(
            publish_url, {"csrfmiddlewaretoken": staff.cookies["csrftoken"]}, via=self.app_ports[0]
        )
        published = time.monotonic()
        app2_seen = wording in Browser(self).request("GET", path, via=self.app_ports[1])[2]
        limit = SHARED_SECONDS + STALE_SECONDS + 2
        nginx_after = None
        while time.monotonic() - published < limit + 5:
            if wording in Browser(self).request("GET", path)[2]:
                nginx_after = time.monotonic() - published
                break
            time.sleep(0.25)
        ok = status == 302 and app2_seen and warmed and nginx_after is not None and nginx_after <= limit
        seen = "never" if nginx_after is None else f"{nginx_after:.1f} s"
        self.row(
            "publish", ok, note=f"app 2 at once: {'yes' if app2_seen else 'NO'}; nginx after {seen} (limit {limit} s)"
        )

    def image(self, staff):
        folder_upload = self.manage("shell", "-c", UPLOAD_URL).strip().splitlines()[-1]
        from io import BytesIO

        from PIL import Image

        buffer = BytesIO()
        Image.new("RGB", (900, 600), (90, 140, 160)).save(buffer, "JPEG")
        staff.request("GET", "/admin/", via=self.app_ports[0])
        status, _, body = staff.form_post(
            folder_upload, {}, via=self.app_ports[0], files={"file": ("topology.jpg", buffer.getvalue(), "image/jpeg")}
        )
        uploaded = json.loads(body) if status == 200 else {}
        # App server 2 makes the library's thumbnail from the original: it must read it from the bucket.
        icon_status, icon, _ = staff.request("GET", uploaded.get("thumbnail_180", "/missing"), via=self.app_ports[1])
        thumbnail_url = icon.getheader("Location") or ""
        fetched = []
        for url in (uploaded.get("original_image", ""), thumbnail_url):
            parts = urllib.parse.urlsplit(url)
            ok = parts.netloc == f"127.0.0.1:{self.s3_port}"
            if ok:
                connection = http.client.HTTPConnection("127.0.0.1", self.s3_port, timeout=20)
                connection.request("GET", parts.path + "?" + parts.query)
                response = connection.getresponse()
                ok = response.status == 200 and response.getheader("Content-Type", "").startswith("image/")
                response.read()
                connection.close()
            fetched.append(ok)
        local_files = [p for n in (1, 2) for p in (SCRATCH / f"app{n}" / "var").rglob("*") if p.is_file()]
        local_media = [p for p in local_files if "media" in p.parts]
        ok = status == 200 and icon_status in (301, 302) and all(fetched) and not local_media
        self.row(
            "image",
            ok,
            note=f"upload on app 1 {status}; thumbnail by app 2 {icon_status}; from S3: "
            f"original {'200' if fetched[0] else 'NO'}, thumbnail {'200' if fetched[1] else 'NO'}; "
            f"files under the app servers' media: {len(local_media)}",
        )

    def stored(self, tokens):
        if not tokens:
            return 0
        listed = ",".join(f"'{uuid.UUID(t)}'" for t in tokens)  # UUIDs parsed here: nothing else gets in
        query = f"SELECT count(*) FROM inquiries_inquiry WHERE submission_token IN ({listed})"  # noqa: S608
        return self.psql(query, DB_NAME)[0][0]

    def under_load(self, scenario, action, *, require_no_errors=True, note=""):
        with Load(self) as load:
            time.sleep(3)  # a steady load before the event
            detail = action() or ""
            time.sleep(3)  # and after it
        acknowledged, stored = len(load.acknowledged), self.stored(load.acknowledged)
        ok = acknowledged > 0 and stored == acknowledged and (load.errors == 0 or not require_no_errors)
        samples = f"; errors: {', '.join(load.error_samples)}" if load.error_samples else ""
        self.row(
            scenario, ok, requests=load.requests, errors=load.errors, acknowledged=acknowledged, stored=stored,
            note=(note + detail + samples).strip("; "),
        )  # fmt: skip

    def restart_app(self, number):
        """What `systemctl restart clinic` does on one server: SIGTERM (gunicorn drains), then start again."""
        self.processes.stop(f"app{number + 1}", signal.SIGTERM, timeout=int(self.unit["TimeoutStopSec"]))
        self.start_app(number)

    def rolling_restart(self):
        started = time.monotonic()
        for number in (0, 1):
            self.restart_app(number)
            # The release waits for /healthz and for nginx to count the server in again (fail_timeout).
            time.sleep(FAIL_TIMEOUT + 1)
        return f"both restarted, one at a time, in {time.monotonic() - started:.0f} s"

    def kill_app(self):
        self.processes.stop("app1", signal.SIGKILL, timeout=10)
        time.sleep(5)  # nginx serves from app 2 alone meanwhile
        self.start_app(0)  # systemd's Restart=on-failure
        return "app 1 killed (SIGKILL), started again 5 s later"

    def restart_redis(self):
        self.processes.stop("redis", signal.SIGTERM)
        time.sleep(5)  # pages render from the database meanwhile
        self.start_redis()
        return "Redis down 5 s"

    def measure(self):
        """What each part holds after the scenarios: for the sizing in docs/operations.md."""

        def rss_mb(pid):
            pids, total = [pid], 0
            while pids:
                current = pids.pop()
                with contextlib.suppress(OSError):
                    status = Path(f"/proc/{current}/status").read_text()
                    total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
                    for task in Path(f"/proc/{current}/task").iterdir():
                        pids += [int(child) for child in (task / "children").read_text().split()]
            return total / 1024

        apps = [rss_mb(self.processes.running[f"app{n}"].pid) for n in (1, 2)]
        database = self.psql(f"SELECT pg_database_size('{DB_NAME}')", DB_NAME)[0][0] / 1e6
        redis_info = subprocess.run(  # noqa: S603
            [shutil.which("redis-cli"), "-p", str(self.redis_port), "info", "memory"], capture_output=True, text=True
        ).stdout
        redis = int(re.search(r"used_memory:(\d+)", redis_info).group(1)) / 1e6 if "used_memory:" in redis_info else 0
        media = sum(p.stat().st_size for p in (SCRATCH / "s3").rglob("*") if p.is_file()) / 1e6
        self.resources = (
            f"app server (master + 2 workers) {apps[0]:.0f} MB and {apps[1]:.0f} MB RSS; PostgreSQL database "
            f"{database:.0f} MB; Redis {redis:.1f} MB; S3 objects {media:.1f} MB"
        )

    def print_table(self, timings, elapsed):
        headers = ("scenario", "requests", "errors", "inquiries acked", "stored", "result", "")
        rows = [headers, *[tuple(str(v) for v in row) for row in self.rows]]
        widths = [max(len(row[i]) for row in rows) for i in range(len(headers) - 1)]
        print()
        for row in rows:
            print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=False)) + "  " + row[-1])
        print()
        log = SCRATCH / "nginx" / "access.log"
        if log.exists():  # which app server answered, from nginx's own log ($upstream_addr, last field)
            answered = {}
            for line in log.read_text().splitlines():
                for address in line.rsplit(" ", 1)[-1].split(","):
                    answered[address.strip()] = answered.get(address.strip(), 0) + 1
            names = {f"127.0.0.1:{port}": f"app {n + 1}" for n, port in enumerate(self.app_ports)}
            names["-"] = "nginx's cache"
            print("answered by: " + ", ".join(f"{names.get(a, a)} {c}" for a, c in sorted(answered.items())))
        print("resources: " + getattr(self, "resources", "not measured"))
        print("release steps: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()))
        print(f"topology check: {elapsed:.0f} s in all")


def main():
    started = time.monotonic()
    for program in ("openssl", "redis-server", edge_nginx.NGINX):
        if not shutil.which(program) and not Path(program).exists():
            print(f"topology check: {program} is not installed")
            return 2
    topology = Topology()
    try:
        timings = topology.up()
        staff = topology.staff_session()
        topology.publish(staff)
        topology.image(staff)
        topology.under_load("rolling", topology.rolling_restart)
        topology.under_load("sigkill", topology.kill_app)
        topology.under_load("redis", topology.restart_redis)
        topology.measure()
    finally:
        topology.down()
    topology.print_table(timings, time.monotonic() - started)
    failed = [row[0] for row in topology.rows if row[5] != "pass"]
    if failed:
        print(f"FAILED: {', '.join(failed)} (logs in var/topology/)")
        return 1
    print("all scenarios passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
