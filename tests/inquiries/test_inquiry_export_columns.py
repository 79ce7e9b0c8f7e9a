"""The CSV export opens in a spreadsheet as written: UTF-8 with a byte-order mark ("María López" stays
readable in Excel), the language of the form, and every note (time, author, text) in one cell; the
notes are read a chunk at a time, never with a query per row."""

import csv
import io
import uuid

from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.services import add_notes
from inquiries.models import Inquiry, InquiryNote
from inquiries.services import submit_inquiry

LIST_URL = "/admin/inquiries/inquiry/"


def _inquiry(name, language="en"):
    data = {"name": name, "email": f"{uuid.uuid4().hex[:8]}@example.org", "phone": "", "contact_method": "email"}
    data.update(contact_time="any", topic="other", message="", token=uuid.uuid4())
    return submit_inquiry(cleaned_data=data, language=language)[0]


def _export(client):
    ids = list(Inquiry.objects.values_list("pk", flat=True))
    response = client.post(LIST_URL, {"action": "export_csv", "_selected_action": ids[:1], "select_across": "1"})
    with CaptureQueriesContext(connection) as captured:
        raw = b"".join(response.streaming_content)
    # The reads (the audit rows are written in as many INSERTs as the database takes parameters).
    # On PostgreSQL the cases come through a server-side cursor: "DECLARE ... CURSOR FOR SELECT ...".
    reads = [q["sql"] for q in captured if q["sql"].startswith(("SELECT", "DECLARE"))]
    return raw, [sql.split(" FROM ")[1].split()[0] for sql in reads]


def test_the_export_has_a_bom_the_language_and_the_notes(client, reviewer):
    maria = _inquiry("María López", language="es")
    _inquiry("Sam Rivera")
    add_notes(notes=[InquiryNote(inquiry=maria, text="Llamé; dejé un mensaje.")], author=reviewer)
    add_notes(notes=[InquiryNote(inquiry=maria, text="Second try\n=HYPERLINK(1)")], author=reviewer)
    reviewer.user_permissions.add(Permission.objects.get(codename="export_inquiry"))
    client.force_login(reviewer)

    raw, _queries = _export(client)
    assert raw.startswith("\ufeff".encode())
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert rows["María López"]["language"] == "Spanish" and rows["Sam Rivera"]["language"] == "English"
    lines = rows["María López"]["notes"].split("\n")
    assert len(lines) == 3 and rows["Sam Rivera"]["notes"] == ""
    assert lines[0].endswith(", reviewer: Llamé; dejé un mensaje.")  # time, author: text, oldest first
    assert lines[1].endswith(", reviewer: Second try")
    assert lines[2] == "'=HYPERLINK(1)"  # a line that starts a formula is defused like any other cell


def test_the_notes_cost_the_same_queries_for_3_cases_as_for_300(client, reviewer):
    reviewer.user_permissions.add(Permission.objects.get(codename="export_inquiry"))
    client.force_login(reviewer)
    for n in range(3):
        add_notes(notes=[InquiryNote(inquiry=_inquiry(f"Row {n}"), text="Called.")], author=reviewer)
    _raw, few = _export(client)
    for n in range(3, 300):
        add_notes(notes=[InquiryNote(inquiry=_inquiry(f"Row {n}"), text="Called.")], author=reviewer)
    raw, many = _export(client)
    assert raw.decode("utf-8-sig").count("reviewer: Called.") == 300
    assert many == few == ['"inquiries_inquiry"', '"inquiries_inquirynote"']  # one chunk of 500: cases, notes
