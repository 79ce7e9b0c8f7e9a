"""One row that no configured key can decrypt (a removed key, a damaged column) shows as "cannot be
decrypted" with its reference, times and status, and the rest of the list and the export carry on."""

from django.contrib.auth.models import Permission
from django.db import connection

from cases.fields import UNDECRYPTABLE_LABEL
from inquiries.models import Inquiry
from tests.page_html import response_text

LIST_URL = "/admin/inquiries/inquiry/"


def _damage(inquiry, column="name"):
    table = connection.ops.quote_name(Inquiry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", ["gAAAAAdamaged", inquiry.pk])  # noqa: S608


def test_the_list_the_case_page_and_the_export_survive_a_damaged_row(client, reviewer, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(name="Damaged Row", topic="depression"))
    client.post(inquiry_page, inquiry_data(name="Whole Row"))
    damaged, whole = Inquiry.objects.order_by("received_at", "pk")
    _damage(damaged, "name")
    _damage(damaged, "topic")
    reviewer.user_permissions.add(Permission.objects.get(codename="export_inquiry"))
    client.force_login(reviewer)

    listing = client.get(LIST_URL)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert damaged.reference in html and whole.reference in html
    assert UNDECRYPTABLE_LABEL in html

    page = client.get(f"{LIST_URL}{damaged.pk}/change/")
    assert page.status_code == 200
    assert UNDECRYPTABLE_LABEL in page.content.decode()

    export = client.post(LIST_URL, {"action": "export_csv", "_selected_action": [damaged.pk, whole.pk]})
    text = response_text(export)
    assert export.status_code == 200 and UNDECRYPTABLE_LABEL in text and "Whole Row" in text
