"""What search engines and link previews read: the canonical address and the JSON-LD graph.

Plain functions of the request, the clinic details and the page; the template tags in
``content.templatetags.clinic_tags`` only render what these return.
"""

from django.conf import settings
from django.utils import timezone

from articles.selectors import details_for_request
from clinic import hours, pricing
from clinic.selectors import get_clinic_details, get_opening_hours

from . import care_team
from .selectors import current_page_content, medical_review_for


def canonical_url(request):
    """The page's public address: SITE_URL and the path, without the query string."""
    return f"{settings.SITE_URL}{request.path}" if request is not None else settings.SITE_URL + "/"


def clinic_node(clinic, schedule):
    """The clinic as a schema.org MedicalClinic, with its opening hours (a clinic.hours.Schedule)."""
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
    opening = hours.opening_hours_specification(schedule)
    if opening:
        node["openingHoursSpecification"] = opening
    closed = hours.closed_dates_specification(schedule, timezone.localdate())
    if closed:
        node["specialOpeningHoursSpecification"] = closed
    if clinic.after_hours_phone:
        node["contactPoint"] = {
            "@type": "ContactPoint",
            "telephone": clinic.after_hours_phone,
            "contactType": "after-hours line for patients",
        }
    node["hasMap"] = clinic.map_url
    return node


# The page whose JSON-LD lists the prices (the same rows as its table and the FAQ's cost answer).
COSTS_PAGE_ID = "costs"


def page_node(content, review, url, *, care_team_url=None):
    """The page: a MedicalWebPage with its review date, reviewer and sources when it has a review."""
    node = {
        "@type": "MedicalWebPage" if review else "WebPage",
        "@id": url,
        "url": url,
        "name": content.page_title or content.title,
        "description": content.meta_description or "",
        "inLanguage": content.language,
        "publisher": {"@id": f"{settings.SITE_URL}/#clinic"},
    }
    if review:
        if review.last_reviewed:
            node["lastReviewed"] = review.last_reviewed.isoformat()
        if review.reviewer:
            node["reviewedBy"] = care_team.person_node(review.reviewer, page_url=care_team_url)
        sources = [{"@type": "CreativeWork", "name": s.title, "url": s.url} for s in review.sources.all()]
        if sources:
            node["citation"] = sources
    return node


def article_node(details, url):
    """A dated article (articles app) as a schema.org Article about the page, with its dates."""
    node = {
        "@type": "Article",
        "@id": f"{url}#article",
        "mainEntityOfPage": {"@id": url},
        "headline": details.extended_object.title,
        "description": details.summary,
        "inLanguage": details.extended_object.language,
        "datePublished": details.published_on.isoformat(),
        "dateModified": details.last_changed.isoformat(),
        "publisher": {"@id": f"{settings.SITE_URL}/#clinic"},
        "author": {"@id": f"{settings.SITE_URL}/#clinic"},
    }
    if details.topic_slugs:
        node["about"] = [str(label) for _slug, label in details.topic_labels]
    return node


def structured_data(request):
    """The JSON-LD document for this request: the clinic (with its clinicians), and the CMS page when there is one."""
    team_url = care_team.care_team_page_url_for(request)
    clinic = clinic_node(get_clinic_details(), get_opening_hours())
    team = care_team.team_nodes(page_url=team_url)
    if team:
        clinic["employee"] = team
    graph = [clinic]
    content = current_page_content(request)
    if content is not None and content.page.reverse_id == COSTS_PAGE_ID:
        offers = pricing.offer_nodes()
        if offers:
            clinic["makesOffer"] = offers
    if content is not None:
        review = medical_review_for(request, content)
        url = canonical_url(request)
        node = page_node(content, review, url, care_team_url=team_url)
        graph.append(node)
        details = details_for_request(request, content)
        if details is not None:
            node["datePublished"] = details.published_on.isoformat()
            node["dateModified"] = details.last_changed.isoformat()
            graph.append(article_node(details, url))
    return {"@context": "https://schema.org", "@graph": graph}
