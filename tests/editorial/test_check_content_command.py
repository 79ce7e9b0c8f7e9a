"""`manage.py check_content` over the published pages: passes on the sample content, fails on an over-claim."""

from datetime import date

import pytest
from cms.models import CMSPlugin, PageContent
from django.core import mail
from django.core.management import CommandError, call_command

from content.models import MedicalReview
from staff.groups import EDITORS_GROUP
from tests.public_pages import SAMPLE_VERSIONS


def test_the_sample_content_passes(seeded, capsys):
    call_command("check_content")
    out = capsys.readouterr().out
    assert f"{SAMPLE_VERSIONS} published page version(s) checked: 0 blocking" in out  # both languages


def test_a_planted_over_claim_fails_with_page_language_and_rule(seeded, capsys):
    # Planted straight into the published text (a publish would refuse it).
    content = PageContent.objects.get(page__reverse_id="what-is-ketamine", language="en")
    plugin = CMSPlugin.objects.filter(placeholder__object_id=content.pk, plugin_type="TextPlugin").first()
    text = plugin.get_bound_plugin()
    text.body += "<p>Ketamine is a miracle cure.</p>"
    text.save()
    with pytest.raises(CommandError, match="1 blocking"):
        call_command("check_content")
    err = capsys.readouterr().err
    assert "BLOCKING /what-is-ketamine/ [en] over-claim: Over-claim: “miracle”, “cure”" in err


def test_reviews_due_are_e_mailed_to_the_content_editors(seeded, editor, capsys, deliver_mail):
    content = PageContent.objects.get(page__reverse_id="faq", language="en")
    MedicalReview.objects.filter(extended_object=content).update(last_reviewed=date(2025, 1, 15))
    assert editor.groups.filter(name=EDITORS_GROUP).exists()
    call_command("check_content", "--reviews-due", "--email-editors")
    assert "/faq/ [en] reviewed 2025-01-15, due 2026-01-15" in capsys.readouterr().out
    deliver_mail()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [editor.email]
    assert "Frequently asked questions [en]" in message.body
    assert "2026-01-15" in message.body and "/admin/editorial/contenthealth/" in message.body


def test_no_e_mail_when_no_review_is_due(seeded, editor, deliver_mail):
    call_command("check_content", "--reviews-due", "--email-editors")
    deliver_mail()
    assert mail.outbox == []
