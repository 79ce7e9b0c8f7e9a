"""The care team as the site shows it: profile links and JSON-LD nodes.

Plain functions, so template tags and the admin only call them. The clinicians themselves,
and the cached list of the listed ones, are clinic's (clinic.models, clinic.selectors). A clinician's
profile is an anchor on the "care-team" page (``reverse_id``); the link follows
the language being shown.
"""

from cms.models import Page
from django.conf import settings
from django.utils.translation import get_language

from clinic.selectors import listed_clinicians
from pagecache import page_links

CARE_TEAM_PAGE = "care-team"


def care_team_page_url(language=None):
    """The care-team page's path in ``language`` (the current one by default), or '' if it is not published."""
    language = language or get_language() or settings.LANGUAGE_CODE
    page = Page.objects.filter(reverse_id=CARE_TEAM_PAGE).first()
    if page is None:
        return ""
    try:
        return page.get_absolute_url(language=language) or ""
    except Exception:  # no content in that language yet
        return ""


def care_team_page_url_for(request):
    """``care_team_page_url()``, looked up once per request (review line, reviewer and team JSON-LD):
    from the menu the page builds anyway, else (editing, or a page the menu leaves out) from the page."""
    if request is None:
        return care_team_page_url()
    if "_care_team_page_url" not in request.__dict__:
        url = page_links.url_for_reverse_id(request, CARE_TEAM_PAGE)
        request.__dict__["_care_team_page_url"] = url if url is not None else care_team_page_url()
    return request.__dict__["_care_team_page_url"]


def clinician_url(clinician, language=None, *, absolute=False, page_url=None):
    """The clinician's profile: the care-team page with the clinician's anchor ('' without the page).

    ``page_url`` is the care-team page's path when the caller already has it (one lookup for many).
    """
    base = care_team_page_url(language) if page_url is None else page_url
    if not base:
        return ""
    url = f"{base}#{clinician.anchor}"
    return f"{settings.SITE_URL}{url}" if absolute else url


def person_node(clinician, language=None, *, page_url=None):
    """schema.org ``Person`` for a clinician: name, credentials (suffix and credential), role, profile URL."""
    node = {"@type": "Person", "name": clinician.name}
    url = clinician_url(clinician, language, absolute=True, page_url=page_url)
    if url:
        node["@id"] = url
        node["url"] = url
    if clinician.credentials:
        node["honorificSuffix"] = clinician.credentials
        node["hasCredential"] = [
            {"@type": "EducationalOccupationalCredential", "name": credential.strip()}
            for credential in clinician.credentials.split(",")
            if credential.strip()
        ]
    if clinician.local_role:
        node["jobTitle"] = clinician.local_role
    return node


def team_nodes(language=None, *, page_url=None):
    """``Person`` nodes for every listed clinician (for the clinic's JSON-LD), with one page lookup."""
    clinicians = listed_clinicians()
    if not clinicians:
        return []
    if page_url is None:
        page_url = care_team_page_url(language)
    return [person_node(clinician, language, page_url=page_url) for clinician in clinicians]
