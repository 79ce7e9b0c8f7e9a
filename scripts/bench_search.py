"""`make bench` (second part): the site search over about 1,000 indexed documents, SQLite and PostgreSQL.

For each engine (SQLite in a scratch file under var/bench-search/; PostgreSQL in a scratch
database ``clinic_bench_search`` on DATABASE_URL's server, or 127.0.0.1:5432, when it answers):

1. migrate, load the sample content (its pages are indexed as they are published);
2. generate documents until the index holds ``BENCH_SEARCH_DOCUMENTS`` (default 1,000), half
   English, half Spanish, each a shuffle of the sample pages' own sentences (about 300 words),
   on bare page rows with an address, so a hit costs what a real one costs;
3. warm up, then time each query ``BENCH_SEARCH_ROUNDS`` times (default 200): the search alone
   (``search.selectors.search``: the full-text query, the snippets and the addresses), and the
   whole anonymous search page through Django (the view, the template, every middleware);
4. print a Markdown table of the median and 95th percentile, and save it in var/bench-search/.

Never touches the developer's database. Timings depend on the machine: reported, never asserted.
"""

import json
import os
import secrets
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench-search"
DOCUMENTS = int(os.environ.get("BENCH_SEARCH_DOCUMENTS", "1000"))
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "200"))
POSTGRES_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
POSTGRES_DB = "clinic_bench_search"
QUERIES = [
    ("en", "ketamine side effects"),
    ("en", "infusions"),
    ("en", "blood pressure"),
    ("en", "suicide"),
    ("en", "xylophonequartz"),
    ("es", "depresion"),
    ("es", "efectos secundarios"),
    ("es", "tratamientos"),
]


def log(message):
    print(message, file=sys.stderr, flush=True)


def child_env(database_url, var_dir):
    from cryptography.fernet import Fernet

    keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        INQUIRY_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        SITE_URL="https://clinic.example",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_BEHIND_TLS_PROXY="0",
        DJANGO_VAR_DIR=str(var_dir),
        DJANGO_STATIC_ROOT=str(var_dir / "static"),
        DJANGO_LOG_LEVEL="WARNING",
        DATABASE_URL=database_url,
        BENCH_SEARCH_CHILD="1",
    )
    return env


# --- In the child process: build, fill, time ---------------------------------------------------------


def _fill(target):
    import random

    from cms.models import Page, PageUrl
    from django.db import transaction

    from search.models import SearchDocument

    sentences = {"en": [], "es": []}
    for document in SearchDocument.objects.all():
        parts = [s.strip() for s in document.body.replace("\n", " ").split(". ") if len(s.strip()) > 20]
        sentences.setdefault(document.language, []).extend(parts)
    rng = random.Random(26)
    missing = target - SearchDocument.objects.count()
    with transaction.atomic():
        pages = []
        for number in range(missing):
            pages.append(Page(path=f"Z{number:07d}", depth=1, numchild=0, site_id=1, is_page_type=False))
        Page.objects.bulk_create(pages, batch_size=500)
        created = Page.objects.filter(path__startswith="Z").order_by("path")
        urls, documents = [], []
        for number, page in enumerate(created):
            language = "en" if number % 2 == 0 else "es"
            slug = f"bench-{number}"
            urls.append(PageUrl(page=page, site_id=1, language=language, slug=slug, path=f"bench/{slug}"))
            words = []
            while len(words) < 300:
                words.extend(rng.choice(sentences[language]).split())
            title = " ".join(rng.choice(sentences[language]).split()[:8])
            documents.append(SearchDocument(page=page, language=language, title=title, body=" ".join(words) + "."))
        PageUrl.objects.bulk_create(urls, batch_size=500)
        # One by one: each insert fires the FTS triggers on SQLite (bulk_create would too).
        SearchDocument.objects.bulk_create(documents, batch_size=200)
    return SearchDocument.objects.count()


def _percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _time(function, rounds):
    import statistics
    import time

    function()  # warm
    timings = []
    for _round in range(rounds):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), _percentile(timings, 0.95)


def child_main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import translation

    from search import selectors

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("load_sample_content", verbosity=0)
    call_command("rebuild_search_index", verbosity=0)
    total = _fill(DOCUMENTS)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchdocument")
    client = Client()
    rows = []
    for language, query in QUERIES:
        with translation.override(language):
            hits = len(selectors.search(query, language))
            search_median, search_p95 = _time(lambda q=query, lang=language: selectors.search(q, lang), ROUNDS)
        path = ("/search/" if language == "en" else "/es/buscar/") + "?q=" + query.replace(" ", "+")
        page_median, page_p95 = _time(lambda p=path: client.get(p), ROUNDS)
        rows.append([language, query, hits, search_median, search_p95, page_median, page_p95])
    print(json.dumps({"vendor": connection.vendor, "documents": total, "rows": rows}))


# --- In the parent: one child per engine ---------------------------------------------------------------


def postgres_url():
    try:
        import psycopg
    except ImportError:
        return None
    import dj_database_url

    admin = dj_database_url.parse(POSTGRES_ADMIN_URL)
    try:
        with psycopg.connect(
            host=admin["HOST"],
            port=admin["PORT"] or 5432,
            user=admin["USER"],
            password=admin["PASSWORD"] or None,
            dbname=admin["NAME"],
            autocommit=True,
            connect_timeout=3,
        ) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DB}")
            connection.execute(f"CREATE DATABASE {POSTGRES_DB}")
    except psycopg.Error as error:
        log(f"PostgreSQL not available ({type(error).__name__}); skipping it.")
        return None
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{POSTGRES_DB}"


def run_engine(name, database_url, var_dir):
    log(f"{name}: migrate, sample content, {DOCUMENTS} documents, {ROUNDS} rounds per query…")
    result = subprocess.run(  # noqa: S603 (this script, with the venv's own Python)
        [sys.executable, __file__],
        cwd=ROOT,
        env=child_env(database_url, var_dir),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        log(result.stderr[-3000:])
        raise SystemExit(f"{name}: the bench failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(results):
    lines = [
        f"Site search, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {ROUNDS} timed rounds per query after one warm-up, "
        "milliseconds (median / p95).",
        "",
        "| engine | documents | language | query | results | search median | search p95 | page median | page p95 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for language, query, hits, s_median, s_p95, p_median, p_p95 in result["rows"]:
            lines.append(
                f"| {result['vendor']} | {result['documents']} | {language} | {query} | {hits} | "
                f"{s_median:.1f} | {s_p95:.1f} | {p_median:.1f} | {p_p95:.1f} |"
            )
    return "\n".join(lines)


def main():
    if os.environ.get("BENCH_SEARCH_CHILD"):
        sys.path.insert(0, str(ROOT))
        child_main()
        return
    import shutil

    shutil.rmtree(BENCH_DIR, ignore_errors=True)
    (BENCH_DIR / "sqlite").mkdir(parents=True)
    results = [run_engine("SQLite", f"sqlite:///{BENCH_DIR / 'sqlite' / 'db.sqlite3'}", BENCH_DIR / "sqlite")]
    url = postgres_url()
    if url:
        (BENCH_DIR / "postgres").mkdir(parents=True)
        results.append(run_engine("PostgreSQL", url, BENCH_DIR / "postgres"))
    text = report(results)
    (BENCH_DIR / "report.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
