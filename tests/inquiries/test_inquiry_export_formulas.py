"""The CSV export quotes every cell and defuses a formula at the start of any part of a cell
(a spreadsheet splits cells at separators: "Ana;=HYPERLINK(...)" would run in a European locale)."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission

from cases.case_admin import _csv_safe
from inquiries.models import Inquiry
from tests.page_html import response_text

LIST_URL = "/admin/inquiries/inquiry/"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ('Ana;=HYPERLINK("http://x")', 'Ana;\'=HYPERLINK("http://x")'),
        ("Ana, +1 555", "Ana, '+1 555"),
        ("line one\n@SUM(A1)", "line one\n'@SUM(A1)"),
        ("tab\t-2", "tab\t'-2"),
        ("2026-12-06 10:00", "2026-12-06 10:00"),
        ("Jordan Example", "Jordan Example"),
    ],
)
def test_formula_starts_are_defused_anywhere_a_cell_can_split(value, safe):
    assert _csv_safe(value) == safe


def test_every_exported_cell_is_quoted_and_no_part_starts_a_formula(client, reviewer, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(message="Fine;=cmd, @SUM(A1) -2"))
    inquiry = Inquiry.objects.get()
    reviewer.user_permissions.add(Permission.objects.get(codename="export_inquiry"))
    client.force_login(reviewer)
    response = client.post(LIST_URL, {"action": "export_csv", "_selected_action": [inquiry.pk]})
    text = response_text(response).removeprefix("\ufeff")  # the byte-order mark is not a cell
    lines = [line for line in text.splitlines() if line]
    assert all(line.startswith('"') and line.endswith('"') for line in lines), lines[:2]
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "Fine;'=cmd, '@SUM(A1) -2" in cells
