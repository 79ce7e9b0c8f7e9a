"""The two full-text queries: PostgreSQL's text search and SQLite's FTS5 (see models.py).

``find(query, language, limit)`` returns ``Hit``s, best first. Each engine marks the matched
words in the snippet with two private-use characters (``MARK_START``, ``MARK_END``), never
with HTML, so the template escapes the text and adds ``<mark>`` itself (``selectors.snippet_parts``).

The words are passed as query parameters, never formatted into the SQL. Neither query writes
anything, and no error message carrying them is logged (``selectors.search``).
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db import connection

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = " … "
MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    document_id: int
    page_id: int
    title: str
    snippet: str


def words(query):
    """The words of a query (letters and digits), at most MAX_WORDS: what both engines look for."""
    return _WORD.findall(query)[:MAX_WORDS]


def _strip_accents(word):
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# --- PostgreSQL ---------------------------------------------------------------------------------

POSTGRES_CONFIGS = {"en": "clinic_en", "es": "clinic_es"}
_HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, "
    f'FragmentDelimiter="{ELLIPSIS}"'
)
# Rank and cut first, then make headlines for the kept rows only (ts_headline re-reads the text).
_POSTGRES_SQL = """
SELECT hit.id, hit.page_id, hit.title, ts_headline(%(config)s::regconfig, hit.body, hit.q, %(options)s)
FROM (
  SELECT d.id, d.page_id, d.title, d.body, q, ts_rank(d.vector, q) AS rank
  FROM search_searchdocument d, plainto_tsquery(%(config)s::regconfig, %(words)s) q
  WHERE d.language = %(language)s AND d.vector @@ q
  ORDER BY rank DESC, d.id
  LIMIT %(limit)s
) hit
ORDER BY hit.rank DESC, hit.id
"""


def _find_postgres(query_words, language, limit):
    config = POSTGRES_CONFIGS.get(language, "clinic_en")
    params = {
        "config": config,
        "options": _HEADLINE_OPTIONS,
        "words": " ".join(query_words),
        "language": language,
        "limit": limit,
    }
    with connection.cursor() as cursor:
        cursor.execute(_POSTGRES_SQL, params)
        return [Hit(*row) for row in cursor.fetchall()]


# --- SQLite FTS5 --------------------------------------------------------------------------------

SQLITE_TABLES = {"en": "search_fts_en", "es": "search_fts_es"}
# Spanish has no FTS5 stemmer: a word of six letters or more also matches longer words that start
# like it, less a plural ending ("tratamientos" finds "tratamiento", "depresiones" "depresión").
_SPANISH_PLURAL = re.compile(r"(es|s)$")


def _fts_term(word, language):
    word = _strip_accents(word).lower()
    if language == "es" and len(word) >= 6:
        return f'"{_SPANISH_PLURAL.sub("", word)}"*'
    return f'"{word}"'


# Django's "%s" placeholders, not sqlite3's "?": both reach SQLite as "?", but with DEBUG on (or
# while a test counts queries) Django prints each query with its parameters through "%s".
_SQLITE_SQL = """
SELECT d.id, d.page_id, d.title, snippet({table}, 1, %s, %s, %s, 24)
FROM {table} JOIN search_searchdocument d ON d.id = {table}.rowid
WHERE {table} MATCH %s AND d.language = %s
ORDER BY bm25({table}, 8.0, 1.0), d.id
LIMIT %s
"""


def _find_sqlite(query_words, language, limit):
    table = SQLITE_TABLES.get(language, "search_fts_en")
    match = " ".join(_fts_term(word, language) for word in query_words)
    sql = _SQLITE_SQL.format(table=table)
    with connection.cursor() as cursor:
        cursor.execute(sql, [MARK_START, MARK_END, ELLIPSIS.strip(), match, language, limit])
        return [Hit(*row) for row in cursor.fetchall()]


def find(query, language, limit=20):
    """The best ``limit`` published documents in ``language`` that hold every word of ``query``."""
    query_words = words(query)
    if not query_words:
        return []
    if connection.vendor == "postgresql":
        return _find_postgres(query_words, language, limit)
    return _find_sqlite(query_words, language, limit)
