"""Template tags for the site chrome; each renders what a function in clinic.selectors, content.selectors or
content.seo builds."""

import json

from django import template
from django.conf import settings
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

from clinic import hours
from clinic import selectors as clinic_selectors
from content import care_team, languages, selectors, seo

register = template.Library()

# Characters that could end a <script> data block or start markup are written as \u escapes.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.simple_tag
def clinic_details():
    """The clinic details, read on first use: a page that never shows them (the 500 page) never reads them."""
    return SimpleLazyObject(clinic_selectors.get_clinic_details)


@register.simple_tag
def opening_hours_lines():
    """The opening hours as lines in the active language (clinic.hours.describe)."""
    return hours.describe(clinic_selectors.get_opening_hours())


@register.simple_tag
def upcoming_closures():
    """The clinic's closed days of the next two weeks, as lines (clinic.hours.upcoming_closures)."""
    return hours.upcoming_closures(clinic_selectors.get_opening_hours(), timezone.localdate())


@register.simple_tag(takes_context=True)
def medical_review(context):
    """The page's MedicalReview (with its sources), or None."""
    request = context.get("request")
    return selectors.medical_review_for(request, selectors.current_page_content(request))


@register.simple_tag
def page_language_states(page):
    """The page tree's Languages column: each language version's state (content.languages)."""
    return languages.language_states(page)


@register.simple_tag(takes_context=True)
def clinician_url(context, clinician):
    """The link to a clinician's profile on the care-team page ('' if that page is not published)."""
    return care_team.clinician_url(clinician, page_url=care_team.care_team_page_url_for(context.get("request")))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    return seo.canonical_url(context.get("request"))


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD (content.seo.structured_data) as a script data block."""
    data = json.dumps(seo.structured_data(context.get("request")), ensure_ascii=False)
    return mark_safe(  # noqa: S308 (JSON with <, >, & escaped; a data block, never executed)
        f'<script type="application/ld+json">{data.translate(_JSON_ESCAPES)}</script>'
    )


def _current_page(context):
    request = context.get("request")
    page = getattr(request, "current_page", None) if request is not None else None
    return page or None


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's links (content.languages.language_links)."""
    return languages.language_links(_current_page(context), translation.get_language())


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates for a page published in both languages (content.languages.alternate_links)."""
    return languages.alternate_links(_current_page(context))


@register.simple_tag
def language_assistance(clinic):
    """The language-assistance lines to show (content.languages.language_assistance_notices)."""
    return languages.language_assistance_notices(clinic, translation.get_language())


@register.simple_tag
def site_url():
    """The public address of the site, without a trailing slash (settings.SITE_URL)."""
    return settings.SITE_URL
