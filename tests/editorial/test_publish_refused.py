"""Each blocking rule stops an editor's publish in the admin: a plain message, no error page,
and the live page stays as it was."""

import pytest
from django.test import Client
from djangocms_versioning.helpers import version_list_url

from content.models import MedicalReview

from .conftest import add_text, publish_url, version_of


def _try_publish(editor_client, draft):
    response = editor_client.post(publish_url(draft), follow=True)
    assert response.status_code == 200  # back on a page with the message, never a 500
    return " ".join(str(m) for m in response.context["messages"])


def _assert_still_draft_and_live_unchanged(draft, path, absent):
    assert version_of(draft).state == "draft"
    assert absent not in Client().get(path).content.decode()


@pytest.mark.parametrize(
    ("html", "rule_title", "words"),
    [
        ("<p>Ketamine cures depression.</p>", "Over-claim", "“cures”"),
        ("<p>Our results are guaranteed and the treatment is completely safe.</p>", "Over-claim", "“guaranteed”"),
        ("<p>It is a miracle with no side effects, and non-addictive.</p>", "Over-claim", "“no side effects”"),
    ],
)
def test_an_over_claim_is_not_published(editor_client, new_draft, html, rule_title, words):
    draft = new_draft("what-to-expect")
    add_text(draft, html)
    message = _try_publish(editor_client, draft)
    assert "This version was not published." in message
    assert rule_title in message and words in message
    _assert_still_draft_and_live_unchanged(draft, "/what-to-expect/", html[3:20])


def test_fda_approved_ketamine_for_depression_without_off_label_is_not_published(editor_client, new_draft):
    # The FAQ page never says "off-label" in its own text: claim FDA approval there.
    draft = new_draft("how-it-works")
    text = "Ketamine is FDA-approved for depression."
    add_text(draft, f"<p>{text}</p>")
    message = _try_publish(editor_client, draft)
    assert "FDA approval of ketamine" in message and "“FDA-approved”" in message
    _assert_still_draft_and_live_unchanged(draft, "/how-it-works/", text)


def test_a_success_figure_on_a_page_without_sources_is_not_published(editor_client, new_draft):
    draft = new_draft("contact")  # the contact page cites no sources
    add_text(draft, "<p>85% of our patients feel better.</p>")
    message = _try_publish(editor_client, draft)
    assert "Success figure without a source" in message and "“85%”" in message
    _assert_still_draft_and_live_unchanged(draft, "/contact/", "85% of our patients")


def test_a_figure_on_a_page_with_sources_still_needs_its_own_marker(editor_client, new_draft):
    # The FAQ lists six sources; that alone does not source a made-up figure.
    draft = new_draft("faq")
    plugin = add_text(draft, "<p>Ketamine helped depression in 90% of patients.</p>")
    message = _try_publish(editor_client, draft)
    assert "Success figure without a source" in message and "“90%”" in message
    _assert_still_draft_and_live_unchanged(draft, "/faq/", "90% of patients")

    plugin.body = '<p>Ketamine helped depression in 90% of patients.<sup><a href="#source-5">[5]</a></sup></p>'
    plugin.save()
    message = _try_publish(editor_client, draft)
    assert version_of(draft).state == "published", message
    assert "90% of patients." in Client().get("/faq/").content.decode()


def test_an_article_without_a_medical_review_is_not_published(editor_client, new_draft):
    draft = new_draft("benefits-and-risks")
    MedicalReview.objects.filter(extended_object=draft).update(reviewer=None)
    add_text(draft, "<p>A new paragraph.</p>")
    message = _try_publish(editor_client, draft)
    assert "No medical review" in message
    _assert_still_draft_and_live_unchanged(draft, "/benefits-and-risks/", "A new paragraph.")


def test_an_article_without_sources_is_not_published(editor_client, new_draft):
    draft = new_draft("benefits-and-risks")
    MedicalReview.objects.get(extended_object=draft).sources.all().delete()
    add_text(draft, "<p>A new paragraph.</p>")
    message = _try_publish(editor_client, draft)
    assert "No sources" in message
    _assert_still_draft_and_live_unchanged(draft, "/benefits-and-risks/", "A new paragraph.")


def test_the_near_misses_publish(editor_client, new_draft):
    draft = new_draft("what-to-expect")
    add_text(
        draft,
        "<p>Curious? Ketamine is not a cure. It is FDA-approved as an anesthetic, and esketamine (Spravato) "
        "is FDA-approved for treatment-resistant depression.</p>",
    )
    message = _try_publish(editor_client, draft)
    assert "This version was not published." not in message, message
    assert version_of(draft).state == "published", message
    assert "Ketamine is not a cure." in Client().get("/what-to-expect/").content.decode()


def test_drawing_the_version_list_does_not_run_the_check(editor_client, new_draft, monkeypatch):
    """The versioning admin asks the publish conditions for every row it draws; only a real
    publish runs the full check, so the list stays fast and keeps its Publish button."""
    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")

    def must_not_run(page_content):
        raise AssertionError("the full check ran while drawing the version list")

    monkeypatch.setattr("editorial.publishing.check_page_content", must_not_run)
    response = editor_client.get(version_list_url(draft))
    assert response.status_code == 200
    assert publish_url(draft) in response.content.decode()
