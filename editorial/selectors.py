"""Read-only views of the site's content for the editorial screens and the check_content command."""

from dataclasses import dataclass, field
from datetime import date

from cms.models import PageContent
from django.conf import settings
from django.utils import timezone
from djangocms_versioning.constants import DRAFT, PUBLISHED
from djangocms_versioning.models import Version

from .checks import check_page_content, medical_review_of, needs_review, review_due_date


@dataclass
class HealthRow:
    page_content: PageContent
    state: str
    reviewed_by: str = ""
    last_reviewed: date | None = None
    due: date | None = None
    days_until_due: int | None = None
    needs_review: bool = False
    findings: list = field(default_factory=list)
    # How a translation has drifted from the English version (content/translation_drift.py): shown
    # on the newest version of that language (its draft if it has one).
    drift: list = field(default_factory=list)

    @property
    def title(self):
        return self.page_content.title

    @property
    def language(self):
        return self.page_content.language

    @property
    def overdue(self):
        return self.days_until_due is not None and self.days_until_due < 0

    @property
    def days_overdue(self):
        return -self.days_until_due if self.overdue else 0

    @property
    def blocking(self):
        return [f for f in self.findings if f.blocking]

    @property
    def warnings(self):
        return [f for f in self.findings if not f.blocking]


def published_page_contents():
    """Every published PageContent, every language, in page-tree order."""
    return PageContent.objects.select_related("page").order_by("page__path", "language")


def current_page_contents():
    """Per page and language: the published version and the draft, each as a (content, state) pair.

    A draft is listed beside the published version it will replace, so its problems show before
    anyone tries to publish it.
    """
    versions = Version.objects.filter(
        content_type__app_label="cms", content_type__model="pagecontent", state__in=[PUBLISHED, DRAFT]
    ).prefetch_related("content__page")
    rows = [(version.content, version.state) for version in versions if version.content is not None]
    # In tree order; per page and language, the published version first.
    return sorted(rows, key=lambda pair: (pair[0].page.path, pair[0].language, pair[1] != PUBLISHED))


def health_row(page_content, state, *, today):
    review = medical_review_of(page_content)
    row = HealthRow(page_content=page_content, state=state, needs_review=needs_review(page_content))
    if review is not None:
        row.reviewed_by = review.reviewer_name
        row.last_reviewed = review.last_reviewed
        if review.last_reviewed:
            row.due = review_due_date(review.last_reviewed)
            row.days_until_due = (row.due - today).days
    row.findings = check_page_content(page_content, today=today)
    return row


# How the content-health table can be sorted: ?o=<key> (or -<key> for the reverse).
SORT_KEYS = {
    "due": lambda row: (row.days_until_due is None, row.days_until_due if row.days_until_due is not None else 0),
    "title": lambda row: row.title.lower(),
    "language": lambda row: row.language,
    "reviewed": lambda row: (row.last_reviewed is None, row.last_reviewed or date.min),
    "reviewer": lambda row: row.reviewed_by.lower(),
    "problems": lambda row: (-len(row.blocking), -len(row.warnings), -len(row.drift)),
}
DEFAULT_SORT = "due"


def content_health_rows(*, order=DEFAULT_SORT, today=None):
    """Every page in each language with its review, current findings and translation drift; overdue
    reviews first by default."""
    from content.translation_drift import drift

    today = today or timezone.localdate()
    rows = [health_row(content, state, today=today) for content, state in current_page_contents()]
    # Per page and translation, the last row is the newest version (a draft follows its published one).
    newest = {(row.page_content.page_id, row.language): row for row in rows if row.language != settings.LANGUAGE_CODE}
    for (_page, language), row in newest.items():
        row.drift = drift(row.page_content.page, source=settings.LANGUAGE_CODE, translation=language)
    key = order.lstrip("-")
    if key not in SORT_KEYS:
        key, order = DEFAULT_SORT, DEFAULT_SORT
    rows.sort(key=SORT_KEYS[key], reverse=order.startswith("-"))
    return rows


def reviews_due(*, within_days=30, today=None):
    """Published pages whose medical review is overdue or falls due within ``within_days``."""
    today = today or timezone.localdate()
    due = []
    for content in published_page_contents():
        review = medical_review_of(content)
        if review is None or review.last_reviewed is None:
            continue
        due_on = review_due_date(review.last_reviewed)
        if (due_on - today).days <= within_days:
            due.append((content, review, due_on))
    return sorted(due, key=lambda item: item[2])
