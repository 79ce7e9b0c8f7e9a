"""The reviewers' lists cost the same few queries with 10 rows as with 2,000: nothing is read, decrypted
or counted per row (the scale the clinic reaches in five years is measured by `make bench-staff`)."""

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import AuditEntry
from inquiries.models import InquiryNote
from inquiries.services import submit_inquiry

PAGES = [
    "/admin/inquiries/inquiry/",
    "/admin/inquiries/inquiry/?reply=overdue",
    "/admin/inquiries/inquiry/?status__exact=new&assigned=nobody",
    "/admin/inquiries/inquiry/?q=row7%40example.org",
    "/admin/inquiries/inquiry/?q=row+example",  # a full name every row shares: still one page of 50
    "/admin/inquiries/inquiry/?p=3",
    "/admin/cases/auditentry/",
    "/admin/referrals/referral/",
]


def _add_inquiries(start, count, reviewer):
    for n in range(start, start + count):
        data = {"name": "Row Example", "email": f"row{n}@example.org", "phone": "", "contact_method": "email"}
        data.update(contact_time="any", topic="other", message="", token=uuid.uuid4())
        inquiry = submit_inquiry(cleaned_data=data)[0]
        InquiryNote.objects.create(inquiry=inquiry, author=reviewer, text="Called, no answer.")
    AuditEntry.record_many(actor=reviewer, action="viewed", references=[f"INQ-{n:08d}" for n in range(count)])


def _queries(client):
    """Queries per page, each page asked twice: the first view also fills per-user caches (the CMS's
    user settings, the menu) that have nothing to do with the rows. The CMS's URL-revision read is not
    counted: it comes back whenever its 10-second cache entry lapses (pagecache/urlconf_revision.py),
    which on a slow, busy machine can fall between any two requests."""
    for page in PAGES:
        client.get(page)
    counts = {}
    for page in PAGES:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page).status_code == 200, page
        counts[page] = sum(1 for query in captured if "cms_urlconfrevision" not in query["sql"])
    return counts


def test_the_lists_cost_the_same_queries_whatever_the_row_count(client, reviewer):
    client.force_login(reviewer)
    _add_inquiries(0, 10, reviewer)
    one_page = _queries(client)
    _add_inquiries(10, 1_990, reviewer)
    many = _queries(client)
    # A list longer than a page reads its rows' keys from the index first (IndexFirstPaginator): one
    # query more than a list that fits on one page (the admin then skips the paginator), never more.
    extra = {page: count - one_page[page] for page, count in many.items()}
    assert set(extra.values()) <= {0, 1}, extra
    assert extra["/admin/inquiries/inquiry/"] == 1 and extra["/admin/inquiries/inquiry/?q=row7%40example.org"] == 0
    assert max(many.values()) <= 15, many
