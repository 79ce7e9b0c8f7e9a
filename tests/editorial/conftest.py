"""Drafts of the sample pages, made as an editor makes them, and the admin's publish URL."""

import pytest
from cms.api import add_plugin
from cms.models import Page, PageContent
from django.urls import reverse
from djangocms_versioning.models import Version


@pytest.fixture
def new_draft(seeded, editor):
    """make(reverse_id) -> a new draft PageContent of that published sample page ("New Draft")."""

    def make(reverse_id):
        content = PageContent.objects.get(page=Page.objects.get(reverse_id=reverse_id), language="en")
        return Version.objects.get_for_content(content).copy(editor).content

    return make


def add_text(draft, html):
    placeholder = draft.get_placeholders().get(slot="content")
    return add_plugin(placeholder, "TextPlugin", draft.language, body=html)


def version_of(content):
    """The content's Version as the database has it now (get_for_content may answer from a cache)."""
    return Version.objects.get(pk=Version.objects.get_for_content(content).pk)


def publish_url(content):
    return reverse("admin:djangocms_versioning_pagecontentversion_publish", args=(version_of(content).pk,))


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []
