"""The raw database columns hold ciphertext, never the submitted values; search works through keyed hashes."""

import pytest
from django.db import connection

from inquiries.models import Inquiry

VALUES = {
    "name": "Quincy Plaintextson",
    "email": "quincy.plain@example.org",
    "phone": "555-010-0199",
    "message": "Recognisable message about my anxiety",
}


def _raw_row(pk):
    table = connection.ops.quote_name(Inquiry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE id = %s", [pk])  # noqa: S608 (table name from the model)
        columns = [col[0] for col in cursor.description]
        return dict(zip(columns, cursor.fetchone(), strict=True))


def test_raw_columns_hold_no_plaintext(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(topic="anxiety", contact_method="text", **VALUES))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    raw = _raw_row(inquiry.pk)
    dump = " ".join(str(value) for value in raw.values()).lower()
    for value in [*VALUES.values(), "quincy", "5550100199", "0100199", "anxiety", "text message"]:
        assert value.lower() not in dump
    for column in ("name", "email", "phone", "message", "topic", "contact_method", "contact_time"):
        assert raw[column].startswith("gAAAA"), column  # a Fernet token
    # The model reads them back.
    assert inquiry.name == VALUES["name"]
    assert inquiry.message == VALUES["message"]


def test_blank_optional_values_stay_blank(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(phone="", message="", contact_method="email"))
    inquiry = Inquiry.objects.get()
    raw = _raw_row(inquiry.pk)
    assert raw["phone"] == "" and raw["message"] == ""
    assert raw["phone_hash"] == ""


def test_exact_search_by_email_and_phone_uses_the_keyed_hash(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(**VALUES))
    client.post(inquiry_page, inquiry_data(email="other@example.org", phone="555-010-0111"))
    assert Inquiry.objects.matching_email("Quincy.Plain@Example.org ").count() == 1
    assert Inquiry.objects.matching_phone("(555) 010 0199").count() == 1
    assert Inquiry.objects.matching_phone("+1 555 010 0199").count() == 1
    assert Inquiry.objects.matching_email("quincy@example.org").count() == 0
    raw = _raw_row(Inquiry.objects.matching_email(VALUES["email"]).get().pk)
    assert len(raw["email_hash"]) == 64 and VALUES["email"] not in raw["email_hash"]


def test_encrypted_columns_refuse_value_lookups(db):
    with pytest.raises(TypeError):
        list(Inquiry.objects.filter(email="someone@example.org"))
