"""Helpers for content tests: what an editor does in the CMS admin, by its real URLs."""

import pytest
from cms.models import PageContent
from cms.utils.urlutils import admin_reverse
from djangocms_versioning.models import Version


def _content(page):
    return PageContent.admin_manager.filter(page=page, language="en").latest("pk")


@pytest.fixture
def add_page(editor_client):
    """Add a page through the CMS's add form (under ``parent``); return it, still a draft."""

    def add(title, slug, parent=None):
        url = admin_reverse("cms_pagecontent_add") + "?language=en" + (f"&parent_page={parent.pk}" if parent else "")
        data = {"title": title, "slug": slug, "language": "en"}
        if parent is not None:
            data["parent_page"] = parent.pk
        response = editor_client.post(url, data)
        assert response.status_code == 302, getattr(response, "context_data", {}).get("errors")
        content = PageContent.admin_manager.get(slug=slug, language="en")
        give_medical_review(content)
        return content.page

    return add


def give_medical_review(content):
    """What an editor fills in under Page > Medical review (the editorial checks want it on an article)."""
    from datetime import date

    from clinic.models import Clinician
    from content.models import MedicalReview, Source

    reviewer, _created = Clinician.objects.get_or_create(
        slug="a-example",
        defaults={"name": "Dr. A. Example", "credentials": "MD", "role": "Medical Director", "bio": "A sample."},
    )
    if not reviewer.medical_reviewer:
        reviewer.medical_reviewer = True
        reviewer.save(update_fields=["medical_reviewer"])
    review = MedicalReview.objects.create(extended_object=content, reviewer=reviewer, last_reviewed=date.today())
    Source.objects.create(
        review=review, title="NIMH: Depression", url="https://www.nimh.nih.gov/health/topics/depression"
    )


@pytest.fixture
def publish(editor_client):
    """Publish a page's current draft through versioning's admin "Publish" button."""

    def publish(page):
        version = Version.objects.get_for_content(_content(page))
        url = admin_reverse("djangocms_versioning_pagecontentversion_publish", args=[version.pk])
        response = editor_client.post(url)
        assert response.status_code == 302, response.content.decode()[:2000]
        state = Version.objects.get(pk=version.pk).state
        assert state == "published", "the publish was refused (editorial checks?)"
        return response

    return publish


@pytest.fixture
def new_draft(editor):
    """A new draft of a published page (the toolbar's "New draft"), to change and publish again."""

    def new_draft(page):
        published = PageContent.objects.get(page=page, language="en")
        return Version.objects.get_for_content(published).copy(editor).content

    return new_draft


@pytest.fixture
def move_page(editor_client):
    """Drag a page in the page tree: make it the child at ``position`` of ``target``."""

    def move(page, target, position=0):
        url = admin_reverse("cms_page_move_page", args=[page.pk])
        response = editor_client.post(url, {"target": target.pk, "position": position})
        assert response.status_code == 200, response.content.decode()[:2000]
        return response

    return move
