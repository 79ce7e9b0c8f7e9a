"""A person who phones with only their name is found: the list's search matches the exact full name
(accents, capitals and extra spaces aside) through a keyed hash, and the list shows a Name column."""

import uuid
from io import StringIO

from cryptography.fernet import Fernet
from django.core.management import call_command
from django.test import override_settings

from cases import crypto
from inquiries.models import Inquiry
from inquiries.services import submit_inquiry

from ..page_html import PageReader

LIST_URL = "/admin/inquiries/inquiry/"


def _inquiry(name, email):
    data = {"name": name, "email": email, "phone": "", "contact_method": "email", "contact_time": "any"}
    data.update(topic="other", message="", token=uuid.uuid4())
    return submit_inquiry(cleaned_data=data)[0]


def _found(client, term):
    html = client.get(LIST_URL, {"q": term}).content.decode()
    return {reference for reference in Inquiry.objects.values_list("reference", flat=True) if reference in html}


def test_the_full_name_finds_the_person_however_it_is_typed(client, reviewer):
    maria = _inquiry("María  López-Díaz", "maria@example.org")
    mario = _inquiry("Mario López Díaz", "mario@example.org")
    client.force_login(reviewer)

    for typed in ("María López-Díaz", "maria lopez diaz", "  MARÍA   LÓPEZ DÍAZ ", "Maria Lopez-Diaz"):
        assert _found(client, typed) == {maria.reference}, typed
    # Exact, not partial: a first name alone, or the names in another order, find nobody.
    assert _found(client, "María") == set()
    assert _found(client, "López-Díaz María") == set()
    assert _found(client, "Mario Lopez Diaz") == {mario.reference}


def test_the_list_has_a_name_column_and_stores_only_a_hash_of_the_name(client, reviewer):
    maria = _inquiry("María López", "maria@example.org")
    client.force_login(reviewer)
    page = PageReader(client.get(LIST_URL).content.decode())
    assert [cell for cell in page.find("td", **{"class": "field-name"})]
    assert "María López" in page.text
    # Not a sort link: the stored name is ciphertext, and sorting by it would read every case.
    assert [th["class"] for th in page.find("th") if "column-name" in th.get("class", "")] == ["column-name"]
    assert "sortable" in next(th["class"] for th in page.find("th") if "column-received_at" in th.get("class", ""))

    stored = Inquiry.objects.values("name_hash").get(pk=maria.pk)["name_hash"]
    assert stored == crypto.blind_index("name", "maria lopez") and "maria" not in stored
    assert Inquiry.objects.matching_name("MARIA LOPEZ").get() == maria


def test_the_name_is_still_found_after_the_keys_rotate(client, reviewer):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[old], INQUIRY_HASH_KEY=""):
        maria = _inquiry("María López", "maria@example.org")
        before = Inquiry.objects.values_list("name_hash", flat=True).get()
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[new, old], INQUIRY_HASH_KEY=""):
        call_command("rotate_inquiry_keys", stdout=StringIO())
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[new], INQUIRY_HASH_KEY=""):
        assert Inquiry.objects.values_list("name_hash", flat=True).get() != before  # the newest key's hash
        assert Inquiry.objects.matching_name("maria lopez").get() == maria
        client.force_login(reviewer)
        assert _found(client, "María López") == {maria.reference}
