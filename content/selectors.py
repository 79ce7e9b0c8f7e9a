"""Reading the CMS side: the page being shown, its medical review, published pages.

Plain functions that templates tags, views and the sitemap call; nothing here writes
to the database. The clinic's details and opening hours are read in clinic.selectors.
"""

from cms.models import PageContent
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from .models import MedicalReview

LANGUAGE = "en"


def current_page_content(request):
    """The PageContent being shown (the draft in edit mode), or None off CMS pages."""
    page = getattr(request, "current_page", None) if request is not None else None
    if not page:
        return None
    content = page.get_content_obj()
    return content if getattr(content, "pk", None) else None


def medical_review_for(request, content):
    """The MedicalReview (with its sources) of ``content``, or None; looked up once per request.

    The page body and the JSON-LD both ask for it while one page renders.
    """
    if content is None:
        return None
    looked_up = request.__dict__.setdefault("_medical_reviews", {}) if request is not None else {}
    if content.pk not in looked_up:
        looked_up[content.pk] = (
            MedicalReview.objects.filter(extended_object=content)
            .select_related("reviewer")
            .prefetch_related("sources")
            .first()
        )
    return looked_up[content.pk]


def published_pages(language=LANGUAGE):
    """The published page contents, in tree order (the sitemap, the tests)."""
    return PageContent.objects.filter(language=language).select_related("page").order_by("page__path")


def published_dates(contents):
    """{page content pk: when its published version was last changed}, for the sitemap's lastmod."""
    return {
        version.object_id: version.modified
        for version in Version.objects.filter(
            object_id__in=[content.pk for content in contents],
            content_type=ContentType.objects.get_for_model(PageContent),
            state=PUBLISHED,
        )
    }
