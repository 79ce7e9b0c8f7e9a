"""The admin pages' old addresses: the clinic's models were content's until they got their own app."""

from django.http import HttpResponsePermanentRedirect
from django.urls import reverse


def moved_admin_page(request, model, rest):
    """/admin/content/<model>/... (a bookmark from before the move) answers 301 with /admin/clinic/<model>/...."""
    query = request.META.get("QUERY_STRING", "")
    target = f"{reverse('admin:index')}clinic/{model}/{rest}"
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
