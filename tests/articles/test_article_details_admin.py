"""An editor fills in Page > Article details on a draft: topics as tick boxes, related articles
picked among articles only; visitors see the change once the draft is published."""

import pytest
from cms.models import PageContent
from django.test import Client
from djangocms_versioning.models import Version

from articles.models import ArticleDetails
from tests.public_pages import AT_HOME_ARTICLE, SPRAVATO_ARTICLE

pytestmark = pytest.mark.django_db


def test_an_editor_changes_the_topics_and_summary_of_a_draft(
    editor_client, editor, seeded, django_capture_on_commit_callbacks
):
    visitor = Client()
    published = PageContent.objects.get(page__reverse_id=SPRAVATO_ARTICLE, language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content
    details = ArticleDetails.objects.get(extended_object=draft)
    url = f"/admin/articles/articledetails/{details.pk}/change/"

    form = editor_client.get(url).content.decode()
    assert 'type="checkbox" name="topic_choices" value="costs"' in form
    assert "checked" in form.split('value="costs"')[1][:40]

    at_home = PageContent.objects.get(page__reverse_id=AT_HOME_ARTICLE, language="en").page
    data = {
        "published_on": "2026-11-16",
        "updated_on": "2026-12-01",
        "summary": "What each treatment is, and what it costs.",
        "topic_choices": ["costs", "safety"],
        "image_alt": "",
        "related_pages": [at_home.pk],
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    details.refresh_from_db()
    assert details.topic_slugs == ["safety", "costs"]

    assert "What each treatment is" not in visitor.get("/articles/").content.decode()  # still a draft
    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_content(draft).publish(editor)
    assert "What each treatment is" in visitor.get("/articles/").content.decode()
    assert "Spravato and IV ketamine" in visitor.get("/articles/topic/safety/").content.decode()
    html = visitor.get("/articles/spravato-and-iv-ketamine/").content.decode()
    assert 'Updated <time datetime="2026-12-01">' in html
    assert '"dateModified": "2026-12-01"' in html


def test_an_image_needs_its_alt_text():
    from django.core.exceptions import ValidationError

    details = ArticleDetails(published_on="2026-01-01", summary="s", image_id=1, image_alt="")
    with pytest.raises(ValidationError):
        details.clean()
