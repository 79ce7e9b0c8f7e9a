"""Softer problems do not stop a publish: the editor is told after publishing, in the admin
messages, and in the toolbar's "Content check" menu on the page."""

from datetime import date

import pytest
from cms.api import add_plugin
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url
from django.test import override_settings

from content.models import MedicalReview
from content.seeding import sample_image

from .conftest import add_text, messages_of, publish_url, version_of


def _publish(editor_client, draft):
    response = editor_client.post(publish_url(draft), follow=True)
    assert response.status_code == 200
    assert version_of(draft).state == "published", messages_of(response)
    return " ".join(messages_of(response))


def test_an_old_review_is_published_with_a_warning(editor_client, new_draft):
    draft = new_draft("how-it-works")
    MedicalReview.objects.filter(extended_object=draft).update(last_reviewed=date(2024, 5, 1))
    assert "Medical review is due: “2024-05-01”" in _publish(editor_client, draft)


@override_settings(CONTENT_REVIEW_MAX_AGE_MONTHS=1)
def test_the_review_age_is_a_setting(editor_client, new_draft):
    draft = new_draft("how-it-works")
    MedicalReview.objects.filter(extended_object=draft).update(last_reviewed=date(2026, 9, 1))
    assert "Medical review is due" in _publish(editor_client, draft)


def test_a_missing_meta_description_is_a_warning(editor_client, new_draft):
    draft = new_draft("faq")
    PageContent.admin_manager.filter(pk=draft.pk).update(meta_description="")
    assert "No meta description" in _publish(editor_client, draft)


def test_a_meta_description_used_by_another_page_is_a_warning(editor_client, new_draft):
    draft = new_draft("faq")
    other = PageContent.objects.get(page__reverse_id="how-it-works", language="en")
    PageContent.admin_manager.filter(pk=draft.pk).update(meta_description=other.meta_description.upper())
    assert "Meta description used twice" in _publish(editor_client, draft)


def test_an_image_without_alt_text_is_a_warning(editor_client, editor, new_draft):
    draft = new_draft("faq")
    placeholder = draft.get_placeholders().get(slot="content")
    add_plugin(placeholder, "PicturePlugin", "en", image=sample_image(editor), alt="", decorative=False)
    assert "Image without alt text" in _publish(editor_client, draft)


def test_a_decorative_image_needs_no_alt_text(editor_client, editor, new_draft):
    draft = new_draft("faq")
    placeholder = draft.get_placeholders().get(slot="content")
    add_plugin(placeholder, "PicturePlugin", "en", image=sample_image(editor), alt="", decorative=True)
    assert "Image without alt text" not in _publish(editor_client, draft)


def test_a_page_about_suicide_without_crisis_help_beside_it_is_a_warning(editor_client, new_draft):
    draft = new_draft("how-it-works")
    # Only these words on the page (its review and sources stay, so it may be published).
    draft.get_placeholders().get(slot="content").cmsplugin_set.all().delete()
    add_text(draft, "<p>Some people have thoughts of suicide while depressed.</p>")
    assert "No crisis notice" in _publish(editor_client, draft)


@pytest.mark.parametrize(
    "extra",
    [
        ("CrisisNoticePlugin", {"title": "Get help now"}),
        ("TextPlugin", {"body": "<p>If you are thinking about suicide, call or text 988.</p>"}),
    ],
)
def test_a_crisis_notice_or_988_beside_the_words_is_enough(editor_client, new_draft, extra):
    draft = new_draft("faq")
    add_text(draft, "<p>Some people have thoughts of suicide while depressed.</p>")
    add_plugin(draft.get_placeholders().get(slot="content"), extra[0], "en", **extra[1])
    assert "No crisis notice" not in _publish(editor_client, draft)


def test_the_toolbar_lists_the_problems_of_the_page_being_edited(editor_client, new_draft):
    draft = new_draft("faq")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    PageContent.admin_manager.filter(pk=draft.pk).update(meta_description="")
    html = editor_client.get(get_object_edit_url(draft)).content.decode()
    assert "Content check: 1 to fix" in html
    assert "Stops publishing: Over-claim: “cures”" in html
    assert "Warning: No meta description" in html
    assert "/admin/editorial/contenthealth/" in html


def test_the_sample_pages_show_no_warnings_after_publishing(editor_client, new_draft):
    for reverse_id in ("home", "faq", "crisis-help", "contact"):
        message = _publish(editor_client, new_draft(reverse_id))
        assert "please check" not in message, (reverse_id, message)
