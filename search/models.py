"""The search index: one row per published page and language.

The row holds plain text only (title and the words a visitor reads); the database's own
full-text engine keeps its index of these rows by itself, so the ORM never writes it:

* **PostgreSQL**: a generated ``vector`` column (``tsvector``, the title weighted above the
  body) in the ``clinic_en``/``clinic_es`` text search configurations (the stock english or
  spanish stemmer after ``unaccent``), with a GIN index (migration 0001).
* **SQLite**: one FTS5 table per language (``search_fts_en`` with the porter stemmer,
  ``search_fts_es`` without: FTS5 has no Spanish stemmer), external-content tables over this
  one, filled by triggers on insert, update and delete (migration 0001).

Nothing a visitor types is ever stored here or anywhere else (docs/security-privacy.md).
"""

from cms.models import Page
from django.db import models


class SearchDocument(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=15)
    title = models.CharField(max_length=255)
    body = models.TextField()
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="search_one_document_per_language")]
        verbose_name = "search index entry"
        verbose_name_plural = "search index"

    def __str__(self):
        return f"{self.title} [{self.language}]"
