"""`make bench`: gunicorn in production mode on loopback, measured in one run.

What it does, in order:
1. Builds a scratch site under var/bench/ (never the developer's var/db.sqlite3): a real
   random secret key, DEBUG off, migrate, the sample content, collectstatic (hashed,
   gzip + brotli files).
2. For each cache setup (the file cache under var/bench/, then Redis when REDIS_URL or a
   local Redis answers), starts gunicorn with gunicorn.conf.py on 127.0.0.1:8301 and
   measures:
   * SQL queries per cold and warm anonymous view (Django test client +
     CaptureQueriesContext in a subprocess with the same settings);
   * requests/s, p50 and p99 latency at concurrency 1 and 16 for the home page, an
     article, the contact page, the article in Spanish and a static file (the ceiling), each run bounded by a
     request count and a time limit;
   * the home page and all its assets over the wire, compressed as a browser gets them.
3. Stops gunicorn by its PID and prints a Markdown report (also saved in var/bench/).

Loopback only. Timings depend on the machine: they are reported, never asserted.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts import edge_nginx  # noqa: E402

BENCH_DIR = ROOT / "var" / "bench"
HOST = "127.0.0.1"
PORT = int(os.environ.get("BENCH_PORT", "8301"))
NGINX_PORT = int(os.environ.get("BENCH_NGINX_PORT", "8302"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
MAX_REQUESTS = int(os.environ.get("BENCH_MAX_REQUESTS", "4000"))
MAX_SECONDS = float(os.environ.get("BENCH_SECONDS", "6"))
CONCURRENCY = (1, 16)
BROWSER_ENCODING = "br, gzip, deflate"
PYTHON = sys.executable


def log(message):
    print(message, file=sys.stderr, flush=True)


def base_env(redis_url=None):
    from cryptography.fernet import Fernet

    keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    keys_file = BENCH_DIR / "keys.json"
    if not keys_file.exists():
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        keys_file.write_text(
            json.dumps({"secret": secrets.token_urlsafe(50), "inquiry": Fernet.generate_key().decode()})
        )
        keys_file.chmod(0o600)
    keys = json.loads(keys_file.read_text())
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=keys["secret"],
        INQUIRY_ENCRYPTION_KEYS=keys["inquiry"],
        DJANGO_ALLOWED_HOSTS=HOST,
        # Required with DEBUG off; only links in pages and e-mails use it.
        SITE_URL="https://clinic.example",
        # Plain HTTP on loopback: no redirect to HTTPS, no proxy header to trust.
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_BEHIND_TLS_PROXY="0",
        DJANGO_VAR_DIR=str(BENCH_DIR),
        DJANGO_STATIC_ROOT=str(BENCH_DIR / "static"),
        DJANGO_LOG_LEVEL="WARNING",
        GUNICORN_BIND=f"{HOST}:{PORT}",
        GUNICORN_ACCESS_LOG="",
    )
    if redis_url:
        env.update(REDIS_URL=redis_url, DJANGO_CACHE_PREFIX="bench")
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def prepare():
    env = base_env()
    log("Preparing the scratch site under var/bench/ (migrate, sample content, collectstatic)...")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_sample_content")
    manage(env, "collectstatic", "--noinput", "-v", "0")


QUERY_COUNTS = """
import django, json, sys
django.setup()
from cms.models import Page
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.models import PageContent

def path_of(reverse_id, fallback, language="en"):
    page = Page.objects.filter(reverse_id=reverse_id).first()
    try:
        published = page and PageContent.objects.filter(page=page, language=language).exists()
        return page.get_absolute_url(language) if published else fallback
    except Exception:
        return fallback

paths = {"home": "/", "article": path_of("what-is-ketamine", "/what-is-ketamine/"),
         "contact": path_of("contact", "/contact/"),
         # One Spanish page (the same article under /es/), served from the page cache like English.
         "article (es)": path_of("what-is-ketamine", "/es/", "es")}
client = Client(HTTP_HOST="127.0.0.1")
out = {"paths": paths, "queries": {}}
cache.clear()
client.get("/")  # first request of the process: apphooks and URL conf load once
for name, path in paths.items():
    cache.clear()
    # A new client is a new middleware stack: no worker-local copy of the page survives (the
    # response cache keeps one for a few seconds), as in a worker that has not served it yet.
    client = Client(HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as cold:
        status = client.get(path).status_code
    with CaptureQueriesContext(connection) as warm:
        client.get(path)
    out["queries"][name] = {"status": status, "cold": len(cold), "warm": len(warm)}
print(json.dumps(out))
"""


def query_counts(env):
    result = subprocess.run(  # noqa: S603
        [PYTHON, "-c", QUERY_COUNTS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def start_server(env):
    process = subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(BENCH_DIR / "gunicorn.log", "a"),  # noqa: SIM115
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited; see var/bench/gunicorn.log")
        try:
            status, _, _ = fetch("/healthz")
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.2)
    stop_server(process)
    raise RuntimeError("gunicorn did not answer /healthz within 60 s")


def stop_server(process):
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)  # the master stops its workers
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


def fetch(path, encoding=BROWSER_ENCODING, port=None):
    """One GET on a new connection; (status, headers, body as received)."""
    connection = http.client.HTTPConnection(HOST, port or PORT, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": HOST, "Accept-Encoding": encoding})
        response = connection.getresponse()
        body = response.read()
        return response.status, response.getheaders(), body
    finally:
        connection.close()


def load(path, concurrency, port=None):
    """Requests/s and latency percentiles for `path` at `concurrency`, bounded in count and time."""
    latencies, errors = [], []
    lock = threading.Lock()
    budget = {"left": MAX_REQUESTS}
    stop_at = time.monotonic() + MAX_SECONDS

    def worker():
        while time.monotonic() < stop_at:
            with lock:
                if budget["left"] <= 0:
                    return
                budget["left"] -= 1
            started = time.perf_counter()
            try:
                status, _, _ = fetch(path, port=port)
            except OSError as exc:
                errors.append(type(exc).__name__)
                continue
            elapsed = time.perf_counter() - started
            with lock:
                if status == 200:
                    latencies.append(elapsed)
                else:
                    errors.append(status)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else float("nan")

    return {
        "requests": len(latencies),
        "errors": len(errors),
        "rps": len(latencies) / wall if wall else 0.0,
        "p50": pct(0.50),
        "p99": pct(0.99),
    }


# The screens the home page is weighed for: what a phone and a desktop browser download.
MEDIA_HEADER_BYTES = 300  # status line and headers a proxy sends with an image
VIEWPORTS = (("phone, 390 px at 3x", 390, 3), ("desktop, 1280 px at 1x", 1280, 1))


def slot_width(sizes, viewport):
    """The CSS width a `sizes` attribute gives an image at this viewport width (rem = 16 px)."""

    def length(text):
        number = float(re.match(r"[\d.]+", text).group())
        if text.endswith("vw"):
            return number * viewport / 100
        return number * 16 if text.endswith("rem") or text.endswith("em") else number

    for entry in (e.strip() for e in (sizes or "100vw").split(",")):
        match = re.match(r"\(\s*min-width:\s*([\d.]+(?:px|rem|em))\s*\)\s*(.+)", entry)
        if not match:
            return length(entry)
        if viewport >= length(match.group(1)):
            return length(match.group(2))
    return viewport


def pick_candidate(srcset, sizes, viewport, density):
    """The srcset entry a browser takes: the narrowest at least slot width x pixel density, else the widest."""
    candidates = []
    for item in srcset.split(","):
        url, _, descriptor = item.strip().partition(" ")
        if descriptor.strip().endswith("w"):
            candidates.append((int(descriptor.strip()[:-1]), url))
    if not candidates:
        return srcset.split(",")[0].split()[0]
    need = slot_width(sizes, viewport) * density
    wide_enough = sorted(c for c in candidates if c[0] >= need)
    return (wide_enough[0] if wide_enough else max(candidates))[1]


class AssetFinder(HTMLParser):
    """Same-origin assets a browser with WebP support loads for the page at one viewport."""

    def __init__(self, viewport=390, density=1):
        super().__init__()
        self.viewport, self.density = viewport, density
        self.assets = []
        self.webp = None  # the <source type="image/webp"> of the <picture> being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href") and not {"canonical", "alternate"} & set(attrs.get("rel", "").split()):
            self.assets.append(attrs["href"])
        elif tag == "picture":
            self.webp = None
        elif tag == "source" and attrs.get("type") == "image/webp" and attrs.get("srcset"):
            self.webp = attrs
        elif tag == "img":
            chosen = self.webp or attrs
            if chosen.get("srcset"):
                self.assets.append(pick_candidate(chosen["srcset"], chosen.get("sizes"), self.viewport, self.density))
            elif attrs.get("src"):
                self.assets.append(attrs["src"])
        elif tag == "script" and attrs.get("src"):
            self.assets.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "picture":
            self.webp = None


def page_weight(path="/", viewport=390, density=1):
    """Bytes over the wire (headers + compressed body) for the page and every same-origin asset it loads."""

    def wire(status, headers, body):
        head = sum(len(k) + len(v) + 4 for k, v in headers) + 17
        return head + len(body)

    status, headers, body = fetch(path)
    total = {"html": wire(status, headers, body), "assets": 0, "count": 0}
    _, _, plain = fetch(path, encoding="identity")
    finder = AssetFinder(viewport, density)
    finder.feed(plain.decode("utf-8", "replace"))
    seen, queue = set(), [u for u in finder.assets if u.startswith("/") and not u.startswith("//")]
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        status, headers, body = fetch(url)
        if status != 200 and url.startswith("/media/") and (BENCH_DIR / "media" / url[7:]).is_file():
            # gunicorn does not serve uploads: the proxy or object storage does (docs/operations.md, Deployment).
            # Weigh the file as it lies on disk (images are served as they are), with typical headers.
            total["assets"] += (BENCH_DIR / "media" / url[7:]).stat().st_size + MEDIA_HEADER_BYTES
            total["count"] += 1
            continue
        if status != 200:
            continue
        total["assets"] += wire(status, headers, body)
        total["count"] += 1
        if url.endswith(".css"):  # fonts and images a stylesheet pulls in
            _, _, css = fetch(url, encoding="identity")
            base = url.rsplit("/", 1)[0]
            for ref in re.findall(r"url\(['\"]?([^'\")]+)['\"]?\)", css.decode("utf-8", "replace")):
                if ref.startswith("data:"):
                    continue
                queue.append(ref if ref.startswith("/") else f"{base}/{ref}")
    total["total"] = total["html"] + total["assets"]
    return total, sorted(seen)


def static_file_path():
    _, _, html = fetch("/", encoding="identity")
    match = re.search(r'href="(/static/[^"]+\.css)"', html.decode("utf-8", "replace"))
    return match.group(1) if match else "/static/css/site.css"


def header(name, headers):
    return next((v for k, v in headers if k.lower() == name.lower()), "")


def redis_answers(url):
    match = re.match(r"redis://([^:/]+):(\d+)", url)
    try:
        with socket.create_connection((match.group(1), int(match.group(2))), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def run_setup(label, env):
    log(f"[{label}] counting queries...")
    counts = query_counts(env)
    log(f"[{label}] starting gunicorn on {HOST}:{PORT}...")
    process = start_server(env)
    log(f"[{label}] gunicorn pid {process.pid}")
    try:
        static = static_file_path()
        targets = {**counts["paths"], "static": static}
        for path in targets.values():  # warm the page cache in every worker's shared cache
            for _ in range(3):
                fetch(path)
        _, static_headers, _ = fetch(static)
        load_results = {}
        for name, path in targets.items():
            for concurrency in CONCURRENCY:
                log(f"[{label}] {name} {path} at concurrency {concurrency}...")
                load_results[(name, concurrency)] = load(path, concurrency)
        weights = {name: page_weight("/", width, density) for name, width, density in VIEWPORTS}
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        workers = len(children.read_text().split()) if children.exists() else "?"
        edge_results, edge_status = edge_load(label, {k: targets[k] for k in ("home", "article", "static")})
    finally:
        stop_server(process)
        log(f"[{label}] gunicorn pid {process.pid} stopped")
    return {
        "label": label,
        "targets": targets,
        "counts": counts["queries"],
        "load": load_results,
        "weights": weights,
        "static_cache_control": header("Cache-Control", static_headers),
        "static_encoding": header("Content-Encoding", static_headers),
        "workers": workers,
        "edge": edge_results,
        "edge_status": edge_status,
    }


def edge_load(label, targets):
    """The same pages through nginx with the operations guide's cache (scripts/edge_nginx.py), static included."""
    if not Path(edge_nginx.NGINX).exists():
        log(f"[{label}] no nginx at {edge_nginx.NGINX}: skipping the edge-cache rows")
        return {}, {}
    scratch = BENCH_DIR / "nginx"
    shutil.rmtree(scratch, ignore_errors=True)
    nginx = edge_nginx.start(scratch, listen_port=NGINX_PORT, upstream_port=PORT)
    log(f"[{label}] nginx pid {nginx.pid} on {HOST}:{NGINX_PORT} in front of gunicorn")
    try:
        status = {}
        for name, path in targets.items():
            for _ in range(3):
                _, headers, _ = fetch(path, port=NGINX_PORT)
            status[name] = header("X-Cache-Status", headers)
        results = {}
        for name, path in targets.items():
            for concurrency in CONCURRENCY:
                log(f"[{label}] through nginx: {name} {path} at concurrency {concurrency}...")
                results[(name, concurrency)] = load(path, concurrency, port=NGINX_PORT)
        return results, status
    finally:
        edge_nginx.stop(nginx)


def summary(result):
    """The issue's ratios in one table: each page's req/s over the static file's, served the same way,
    at concurrency 1 / 16, and the contact page's median time over a cached page's."""

    def ratios(rows, name):
        cells = []
        for concurrency in CONCURRENCY:
            ceiling = rows.get(("static", concurrency), {}).get("rps")
            row = rows.get((name, concurrency))
            cells.append(f"{row['rps'] / ceiling:.2f}" if row and ceiling else "n/a")
        return " / ".join(cells)

    load, edge = result["load"], result["edge"]
    lines = ["| ratio (c1 / c16) | value |", "|---|---|"]
    for name in ("home", "article", "article (es)"):
        lines.append(f"| warm {name} vs static, from gunicorn | {ratios(load, name)} |")
    for name in ("home", "article"):
        lines.append(f"| cached {name} vs static, through nginx | {ratios(edge, name) if edge else 'no nginx'} |")
    lines.append(f"| contact vs static, from gunicorn | {ratios(load, 'contact')} |")
    times = []
    for concurrency in CONCURRENCY:
        contact, home = load.get(("contact", concurrency)), load.get(("home", concurrency))
        times.append(f"{contact['p50'] / home['p50']:.1f}x" if contact and home and home["p50"] else "n/a")
    lines.append(f"| contact p50 over a cached page's (home) | {' / '.join(times)} |")
    return lines


def report(results):
    lines = [
        f"`make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
        f"gunicorn sync workers: {results[0]['workers']}, load generator: Python threads on the same machine, "
        f"each run at most {MAX_REQUESTS} requests or {MAX_SECONDS:g} s.",
        "",
    ]
    for result in results:
        lines += [f"### {result['label']}", "", *summary(result), ""]
        lines += [
            "| page | path | c | req/s | p50 ms | p99 ms | errors | vs static |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for (name, concurrency), row in result["load"].items():
            ceiling = result["load"][("static", concurrency)]["rps"]
            ratio = row["rps"] / ceiling if ceiling else float("nan")
            lines.append(
                f"| {name} | `{result['targets'][name]}` | {concurrency} | {row['rps']:.0f} | {row['p50']:.1f} | "
                f"{row['p99']:.1f} | {row['errors']} | {ratio:.2f} |"
            )
        if result["edge"]:
            lines += [
                "",
                "Through nginx with the operations guide's page cache (`X-Cache-Status` after warming: "
                + ", ".join(f"{k} {v or 'none'}" for k, v in result["edge_status"].items())
                + "); vs static = the static file through the same nginx:",
                "",
                "| page | c | req/s | p50 ms | p99 ms | errors | vs static |",
                "|---|---|---|---|---|---|---|",
            ]
            for (name, concurrency), row in result["edge"].items():
                ceiling = result["edge"][("static", concurrency)]["rps"]
                ratio = row["rps"] / ceiling if ceiling else float("nan")
                lines.append(
                    f"| {name} | {concurrency} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
                    f"{row['errors']} | {ratio:.2f} |"
                )
        lines += ["", "| page | status | SQL queries cold | SQL queries warm |", "|---|---|---|---|"]
        for name, row in result["counts"].items():
            lines.append(f"| {name} | {row['status']} | {row['cold']} | {row['warm']} |")
        lines += [
            "",
            f"Home page over the wire (headers included, `Accept-Encoding: {BROWSER_ENCODING}`, WebP accepted; "
            "uploaded images weighed from disk, as the proxy serves them):",
            "",
        ]
        for screen, (weight, assets) in result["weights"].items():
            lines.append(
                f"- {screen}: {weight['total'] / 1024:.1f} kB (HTML {weight['html'] / 1024:.1f} kB + "
                f"{weight['count']} assets {weight['assets'] / 1024:.1f} kB: {', '.join(assets)})"
            )
        lines += [
            "",
            f"Static file: `Cache-Control: {result['static_cache_control']}`, "
            f"`Content-Encoding: {result['static_encoding'] or 'none'}`.",
            "",
        ]
    return "\n".join(lines)


def main():
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    prepare()
    setups = [("File cache (var/bench/cache, shared by the workers)", base_env())]
    if redis_answers(REDIS_URL):
        setups.append((f"Redis cache ({REDIS_URL})", base_env(REDIS_URL)))
    else:
        log(f"No Redis answers at {REDIS_URL}: measuring the file cache only.")
    results = [run_setup(label, env) for label, env in setups]
    text = report(results)
    out = BENCH_DIR / f"results-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.md"
    out.write_text(text + "\n")
    print(text)
    log(f"Saved in {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
