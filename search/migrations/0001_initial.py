"""The search index table, and each engine's own full-text index over it (search/models.py).

The engine-specific parts are plain SQL run only on their own database; the ORM model stays
the same on both, so the rest of the code never asks which database it is on.
"""

import django.db.models.deletion
from django.db import migrations, models

# PostgreSQL: a text search configuration per language that strips accents before stemming.
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'clinic_en') THEN
        CREATE TEXT SEARCH CONFIGURATION clinic_en (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION clinic_en
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'clinic_es') THEN
        CREATE TEXT SEARCH CONFIGURATION clinic_es (COPY = spanish);
        ALTER TEXT SEARCH CONFIGURATION clinic_es
          ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart WITH unaccent, spanish_stem;
      END IF;
    END $$
    """,
    """
    ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
      CASE WHEN language = 'es' THEN
        setweight(to_tsvector('clinic_es'::regconfig, title), 'A') || setweight(to_tsvector('clinic_es'::regconfig, body), 'B')
      ELSE
        setweight(to_tsvector('clinic_en'::regconfig, title), 'A') || setweight(to_tsvector('clinic_en'::regconfig, body), 'B')
      END
    ) STORED
    """,
    "CREATE INDEX search_document_vector ON search_searchdocument USING gin (vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector",
]

# SQLite: one FTS5 table per language over the documents table, kept in step by triggers.
SQLITE_TOKENIZERS = {
    "en": "porter unicode61 remove_diacritics 2",
    "es": "unicode61 remove_diacritics 2",
}


def _sqlite_forward(language, tokenizer):
    table = f"search_fts_{language}"
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5(title, body, content='search_searchdocument', "
        f"content_rowid='id', tokenize='{tokenizer}')",
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON search_searchdocument WHEN new.language = '{language}' BEGIN "
        f"INSERT INTO {table}(rowid, title, body) VALUES (new.id, new.title, new.body); END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON search_searchdocument WHEN old.language = '{language}' BEGIN "
        f"INSERT INTO {table}({table}, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END",
        # One update trigger: the old words must leave before the new ones come (SQLite gives no
        # order between two triggers on one event).
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON search_searchdocument BEGIN "
        f"INSERT INTO {table}({table}, rowid, title, body) SELECT 'delete', old.id, old.title, old.body "
        f"WHERE old.language = '{language}'; "
        f"INSERT INTO {table}(rowid, title, body) SELECT new.id, new.title, new.body "
        f"WHERE new.language = '{language}'; END",
    ]


def _sqlite_backward(language):
    table = f"search_fts_{language}"
    return [
        *(f"DROP TRIGGER IF EXISTS {table}_{name}" for name in ("ai", "ad", "au")),
        f"DROP TABLE IF EXISTS {table}",
    ]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def full_text_forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, POSTGRES_FORWARD)
    elif vendor == "sqlite":
        for language, tokenizer in SQLITE_TOKENIZERS.items():
            _run(schema_editor, _sqlite_forward(language, tokenizer))


def full_text_backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, POSTGRES_BACKWARD)
    elif vendor == "sqlite":
        for language in SQLITE_TOKENIZERS:
            _run(schema_editor, _sqlite_backward(language))


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("cms", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=15)),
                ("title", models.CharField(max_length=255)),
                ("body", models.TextField()),
                ("indexed_at", models.DateTimeField(auto_now=True)),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="cms.page"
                    ),
                ),
            ],
            options={"verbose_name": "search index entry", "verbose_name_plural": "search index"},
        ),
        migrations.AddConstraint(
            model_name="searchdocument",
            constraint=models.UniqueConstraint(fields=("page", "language"), name="search_one_document_per_language"),
        ),
        migrations.RunPython(full_text_forward, full_text_backward),
    ]
