"""A clinician sends a referral: it is stored once, encrypted, the team gets a detail-free e-mail."""

from django.core import mail
from django.db import connection

from referrals.models import Referral

from .conftest import VALID_NPI

CANARY = "Zebracanary Quuxley"


def _raw_rows():
    table = connection.ops.quote_name(Referral._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (table name from the model)
        columns = [col[0] for col in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_the_form_page_shows_the_emergency_notice_above_the_form(client, referral_page):
    html = client.get(referral_page).content.decode()
    assert "If your patient is in immediate danger, call" in html
    # The first form in the page's main content (the header holds the site search form).
    assert html.index("immediate danger") < html.index("<form", html.index("<main"))
    assert 'type="file"' not in html
    assert "by fax" in html  # the page says how to send records


def test_a_valid_referral_is_stored_once_encrypted_with_a_reference(
    client, referral_page, referral_data, django_capture_on_commit_callbacks, deliver_mail
):
    data = referral_data(patient_name=CANARY, trials_summary=f"Notes about {CANARY}")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(referral_page, data)
        again = client.post(referral_page, data)  # a double click: the same form token
    assert response.status_code == 302 and again.status_code == 302
    referral = Referral.objects.get()
    assert referral.reference.startswith("REF-")
    assert referral.patient_name == CANARY
    assert referral.referrer_npi == VALID_NPI
    assert referral.antidepressant_trials == "3"
    assert referral.patient_birth_date == "1980-04-23"

    # The thank-you page names the reference, once: the next person at a shared computer does not see it.
    thanks = client.get(response["Location"]).content.decode()
    assert referral.reference in thanks
    assert referral.reference not in client.get(response["Location"]).content.decode()

    # Nothing readable in the database.
    dump = " ".join(str(value) for row in _raw_rows() for value in row.values())
    for value in (CANARY, "Zebracanary", VALID_NPI, "555-010-0400", "robin.referrer", "1980-04-23", "Sertraline"):
        assert value not in dump
    for column in Referral.ENCRYPTED_FIELDS:
        raw = _raw_rows()[0][column]
        assert raw == "" or raw.startswith("gAAAA"), column

    # One e-mail, with the reference and a link only (sent by the mail worker).
    deliver_mail()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == f"New referral {referral.reference}"
    body = message.subject + message.body
    assert f"/admin/referrals/referral/{referral.pk}/change/" in body
    for value in (CANARY, "Robin", VALID_NPI, "555-010", "Sertraline", "Venlafaxine", "depression", "1980"):
        assert value.lower() not in body.lower()


def _whole_database_dump():
    """Every row of every table, as text (a dump that works on SQLite and PostgreSQL)."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (introspected name)
            parts.extend(str(value) for row in cursor.fetchall() for value in row)
    return "\n".join(parts)


def test_the_canary_is_nowhere_in_the_database(client, referral_page, referral_data, reviewer):
    assert client.post(referral_page, referral_data(patient_name=CANARY, current_medications=CANARY)).status_code == 302
    referral = Referral.objects.get()
    # A reviewer opens it and adds a note naming the patient: notes are encrypted too.
    client.force_login(reviewer)
    assert client.get(f"/admin/referrals/referral/{referral.pk}/change/").status_code == 200
    assert CANARY not in _whole_database_dump()
