"""Template tags for the site chrome: clinic details, medical review, canonical link, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from content.clinic import get_clinic_details

register = template.Library()

# Characters that could end a <script> data block or start markup are written as \u escapes.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.simple_tag
def clinic_details():
    return get_clinic_details()


def _page_content(context):
    """The PageContent being shown (the draft in edit mode), or None off CMS pages."""
    request = context.get("request")
    page = getattr(request, "current_page", None) if request else None
    if not page:
        return None
    content = page.get_content_obj()
    return content if getattr(content, "pk", None) else None


@register.simple_tag(takes_context=True)
def medical_review(context):
    """The page's MedicalReview (with its sources), or None."""
    from content.models import MedicalReview

    content = _page_content(context)
    if content is None:
        return None
    # The page body and the JSON-LD both ask: look it up once per request.
    request = context.get("request")
    looked_up = request.__dict__.setdefault("_medical_reviews", {}) if request is not None else {}
    if content.pk not in looked_up:
        looked_up[content.pk] = (
            MedicalReview.objects.filter(extended_object=content).prefetch_related("sources").first()
        )
    return looked_up[content.pk]


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context.get("request")
    return f"{settings.SITE_URL}{request.path}" if request else settings.SITE_URL + "/"


def clinic_graph_node(clinic):
    node = {
        "@type": "MedicalClinic",
        "@id": f"{settings.SITE_URL}/#clinic",
        "name": clinic.name,
        "url": f"{settings.SITE_URL}/",
        "telephone": clinic.phone,
        "email": clinic.email,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": clinic.street_address,
            "addressLocality": clinic.locality,
            "addressRegion": clinic.region,
            "postalCode": clinic.postal_code,
            "addressCountry": clinic.country,
        },
        "areaServed": clinic.service_area,
        "medicalSpecialty": "Psychiatric",
    }
    if clinic.opening_hours_schema:
        node["openingHours"] = clinic.opening_hours_schema
    return node


@register.simple_tag(takes_context=True)
def structured_data(context):
    """A JSON-LD block: the clinic, and the page (a MedicalWebPage when it has a medical review)."""
    graph = [clinic_graph_node(get_clinic_details())]
    content = _page_content(context)
    if content is not None:
        review = medical_review(context)
        page = {
            "@type": "MedicalWebPage" if review else "WebPage",
            "@id": canonical_url(context),
            "url": canonical_url(context),
            "name": content.page_title or content.title,
            "description": content.meta_description or "",
            "inLanguage": content.language,
            "publisher": {"@id": f"{settings.SITE_URL}/#clinic"},
        }
        if review:
            if review.last_reviewed:
                page["lastReviewed"] = review.last_reviewed.isoformat()
            if review.reviewed_by:
                page["reviewedBy"] = {"@type": "Person", "name": review.reviewed_by}
            sources = [{"@type": "CreativeWork", "name": s.title, "url": s.url} for s in review.sources.all()]
            if sources:
                page["citation"] = sources
        graph.append(page)
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return mark_safe(  # noqa: S308 (JSON with <, >, & escaped; a data block, never executed)
        f'<script type="application/ld+json">{data.translate(_JSON_ESCAPES)}</script>'
    )


@register.simple_tag
def site_url():
    """The public address of the site, without a trailing slash (settings.SITE_URL)."""
    return settings.SITE_URL
