"""A valid inquiry is stored once, encrypted, and the person lands on the thank-you page."""

from cms.models import Page, PageContent
from django.utils import timezone

from inquiries.models import Inquiry


def _first_text_plugin_body():
    page = Page.objects.get(application_urls="InquiryApphook")
    content = PageContent.objects.get(page=page, language="en")
    plugin = content.get_placeholders().get(slot="content").get_plugins().filter(plugin_type="TextPlugin").first()
    return plugin.get_bound_plugin().body if plugin else ""


def test_form_page_shows_the_form_with_the_crisis_notice(client, inquiry_page):
    response = client.get(inquiry_page)
    assert response.status_code == 200
    html = response.content.decode()
    # The page's own text, edited in the CMS, is rendered above the form.
    intro = _first_text_plugin_body()
    assert intro and intro in html
    assert "not monitored around the clock" in html
    assert 'href="tel:988"' in html and 'href="tel:911"' in html
    assert "within one business day" in html
    for label in ("Your name", "E-mail address", "Phone number", "What would you like to ask about?"):
        assert label in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-store" in response["Cache-Control"]
    # Beside the consent box, a link to the published privacy notice the person agrees to.
    privacy = Page.objects.get(reverse_id="privacy").get_absolute_url()
    assert f'<a href="{privacy}">privacy notice</a>' in html


def test_valid_submission_stores_one_row_and_redirects_to_thank_you(client, inquiry_page, inquiry_data):
    before = timezone.now()
    response = client.post(inquiry_page, inquiry_data())
    assert response.status_code == 302
    assert response["Location"] == inquiry_page + "thank-you/"

    assert Inquiry.objects.count() == 1
    inquiry = Inquiry.objects.get()
    assert inquiry.name == "Jordan Example"
    assert inquiry.email == "jordan.example@example.org"
    assert inquiry.topic == Inquiry.Topic.DEPRESSION
    assert inquiry.status == Inquiry.Status.NEW
    assert inquiry.privacy_notice_version == "2026-01"
    assert inquiry.consented_at >= before
    assert inquiry.reference.startswith("INQ-")
    assert str(inquiry) == f"Inquiry {inquiry.reference}"

    thank_you = client.get(response["Location"])
    assert thank_you.status_code == 200
    html = thank_you.content.decode()
    assert "Thank you" in html
    assert "not monitored around the clock" in html
    assert "Jordan" not in html


def test_optional_fields_may_be_blank(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(phone="", contact_method="email", message=""))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.phone == ""
    assert inquiry.message == ""


def test_phone_is_required_when_asking_for_a_call(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(phone="", contact_method="phone"))
    assert response.status_code == 200
    assert "Please enter a phone number so we can call or text you." in response.content.decode()
    assert Inquiry.objects.count() == 0
