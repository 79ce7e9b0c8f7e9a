"""Publishes made in code (the seed command, the shell, an API) go through the same checks,
and only a superuser's recorded override lets a blocked draft through."""

import pytest
from cms.models import Page
from django.contrib.auth import get_user_model
from django.test import Client

from content.seeding import seed_pages
from editorial.models import PublishOverride
from editorial.publishing import ContentCheckFailed

from .conftest import add_text, publish_url, version_of


def test_a_publish_in_code_is_refused_and_nothing_changes(editor, new_draft):
    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    with pytest.raises(ContentCheckFailed, match="Over-claim: “cures”"):
        version_of(draft).publish(editor)
    assert version_of(draft).state == "draft"
    assert "cures depression" not in Client().get("/what-to-expect/").content.decode()


def test_the_seed_command_refuses_an_unfit_page(seeded):
    spec = {
        "reverse_id": "planted",
        "title": "Planted",
        "slug": "planted",
        "template": "pages/article.html",
        "meta_description": "A page planted by a test.",
        "sections": [("TextPlugin", {"body": "<p>Guaranteed results.</p>"})],
    }
    with pytest.raises(ContentCheckFailed, match="Planted \\[en\\]"):
        seed_pages([spec])
    assert not Page.objects.filter(reverse_id="planted").exists()  # the whole seeding rolled back


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("chief", "chief@clinic.example", "a-long-test-password-123")


def _override_form(page, rule="over-claim"):
    return {"page": page.pk, "language": "en", "rule": rule, "reason": "Quoted from a patient story, checked by Dr A."}


def test_a_superuser_override_is_recorded_and_lets_that_draft_publish(client, superuser, editor, new_draft):
    draft = new_draft("what-to-expect")
    add_text(draft, "<p>“It felt like a miracle,” one patient told us.</p>")
    client.force_login(superuser)
    response = client.post("/admin/editorial/publishoverride/add/", _override_form(draft.page))
    assert response.status_code == 302, response.content.decode()[:2000]

    record = PublishOverride.objects.get()
    assert (record.page_title, record.language, record.rule, record.created_by_name) == (
        "What to expect",
        "en",
        "over-claim",
        "chief",
    )
    assert record.version_number == version_of(draft).number

    client.force_login(editor)
    client.post(publish_url(draft))
    assert version_of(draft).state == "published"
    # The override was for that version only: the next draft is checked again.
    next_draft = new_draft("what-to-expect")
    with pytest.raises(ContentCheckFailed):
        version_of(next_draft).publish(editor)


def test_an_override_of_another_rule_does_not_help(superuser, editor, new_draft):
    from editorial.services import draft_version_of, record_override

    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    record_override(user=superuser, version=draft_version_of(draft.page, "en"), rule_id="fda-off-label", reason="x")
    with pytest.raises(ContentCheckFailed):
        version_of(draft).publish(editor)


def test_editors_see_overrides_but_cannot_make_one(editor_client, new_draft):
    draft = new_draft("what-to-expect")
    assert editor_client.get("/admin/editorial/publishoverride/").status_code == 200
    assert editor_client.get("/admin/editorial/publishoverride/add/").status_code == 403
    assert editor_client.post("/admin/editorial/publishoverride/add/", _override_form(draft.page)).status_code == 403
    assert not PublishOverride.objects.exists()


def test_only_a_superuser_may_record_an_override_in_code(editor, new_draft):
    from editorial.services import draft_version_of, record_override

    draft = new_draft("what-to-expect")
    with pytest.raises(PermissionError):
        record_override(user=editor, version=draft_version_of(draft.page, "en"), rule_id="over-claim", reason="x")
