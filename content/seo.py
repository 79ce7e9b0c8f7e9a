"""What search engines and link previews read: the canonical address and the JSON-LD graph.

Plain functions of the request, the clinic details and the page; the template tags in
``content.templatetags.clinic_tags`` only render what these return.
"""

from django.conf import settings

from . import care_team, pricing
from .selectors import current_page_content, get_clinic_details, medical_review_for


def canonical_url(request):
    """The page's public address: SITE_URL and the path, without the query string."""
    return f"{settings.SITE_URL}{request.path}" if request is not None else settings.SITE_URL + "/"


def clinic_node(clinic):
    """The clinic as a schema.org MedicalClinic."""
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


def structured_data(request):
    """The JSON-LD document for this request: the clinic (with its clinicians), and the CMS page when there is one."""
    team_url = care_team.care_team_page_url_for(request)
    clinic = clinic_node(get_clinic_details())
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
        graph.append(page_node(content, review, canonical_url(request), care_team_url=team_url))
    return {"@context": "https://schema.org", "@graph": graph}
