"""The reviewers' list puts cases nobody has answered first (the one due soonest on top), then every other
case newest first; one stored key (``queue_order``) with an index in the same order keeps that cheap on a
deep page, and a status change through the services moves the case."""

import uuid
from datetime import timedelta

import pytest
from django.contrib import admin
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from cases import services
from cases.backfill import fill_queue_order_and_name_hash
from inquiries.models import Inquiry
from inquiries.services import submit_inquiry

LIST_URL = "/admin/inquiries/inquiry/"


def _inquiry(received_at, name="Row Example"):
    data = {"name": name, "email": f"{uuid.uuid4().hex[:8]}@example.org", "phone": "", "contact_method": "email"}
    data.update(contact_time="any", topic="other", message="", token=uuid.uuid4())
    return submit_inquiry(cleaned_data=data, now=received_at)[0]


def _listed(client):
    html = client.get(LIST_URL).content.decode()
    found = [(html.index(i.reference), i.reference) for i in Inquiry.objects.all() if i.reference in html]
    return [reference for _at, reference in sorted(found)]


def test_unanswered_first_by_due_time_then_the_rest_newest_first(client, reviewer):
    now = timezone.now()
    oldest, older, newer, newest = (_inquiry(now - timedelta(days=days)) for days in (9, 6, 3, 1))
    services.change_status(cases=[older, newest], status="contacted", actor=reviewer)
    client.force_login(reviewer)
    assert _listed(client) == [oldest.reference, newer.reference, newest.reference, older.reference]

    services.change_status(cases=[oldest], status="closed", actor=reviewer)  # answered: joins the rest
    assert _listed(client) == [newer.reference, newest.reference, older.reference, oldest.reference]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan; PostgreSQL's is in docs/performance.md")
def test_the_list_reads_its_rows_in_index_order_without_sorting_them(reviewer):
    _inquiry(timezone.now())
    model_admin = admin.site.get_model_admin(Inquiry)
    request = RequestFactory().get(LIST_URL)
    request.user = reviewer
    ordering = model_admin.get_ordering(request)
    ordered = Inquiry.objects.order_by(*ordering)
    plan = _plan(ordered[950:1000])
    assert "inquiries_inquiry_queue" in plan
    assert "TEMP B-TREE" not in plan  # no sort of the whole table for page 20
    # The paginator's first step (IndexFirstPaginator) reads the keys from the index alone.
    assert "COVERING INDEX inquiries_inquiry_queue" in _plan(ordered.values_list("pk", flat=True)[950:1000])
    # "New" and the reply filters read their order from the index that starts with the status.
    assert "inquiry_status_queue" in _plan(ordered.filter(status="new")[:50])


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return " ".join(str(row[-1]) for row in cursor.fetchall())


def test_a_later_page_shows_the_next_cases_in_the_same_order(client, reviewer):
    now = timezone.now()
    for hours in range(55):
        _inquiry(now - timedelta(hours=hours))
    services.change_status(cases=Inquiry.objects.all()[:20], status="contacted", actor=reviewer)
    expected = list(Inquiry.objects.order_by("queue_order", "-pk").values_list("reference", flat=True))
    client.force_login(reviewer)
    html = client.get(LIST_URL, {"p": 2}).content.decode()
    shown = sorted((html.index(reference), reference) for reference in expected if reference in html)
    assert [reference for _at, reference in shown] == expected[50:]


def test_existing_cases_get_their_place_and_name_hash_from_the_migration(reviewer):
    now = timezone.now()
    waiting, answered = _inquiry(now - timedelta(days=2), "María López"), _inquiry(now - timedelta(days=1))
    services.change_status(cases=[answered], status="contacted", actor=reviewer)
    expected = dict(Inquiry.objects.values_list("pk", "queue_order"))
    expected_hash = Inquiry.objects.get(pk=waiting.pk).name_hash
    Inquiry.objects.update(queue_order=0, name_hash="")  # as the rows were before the migration

    fill_queue_order_and_name_hash(Inquiry, name_field="name", hash_column="name_hash", batch=1)

    assert dict(Inquiry.objects.values_list("pk", "queue_order")) == expected
    assert Inquiry.objects.matching_name("maria lopez").get().pk == waiting.pk
    assert Inquiry.objects.get(pk=waiting.pk).name_hash == expected_hash
