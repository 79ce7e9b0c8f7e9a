"""The referral form speaks Spanish from its own catalogue (referrals/locale/es)."""

from django.core.exceptions import ValidationError
from django.utils import translation

from referrals.forms import ReferralForm
from referrals.validators import valid_npi


def test_the_form_labels_choices_and_npi_message_are_translated():
    with translation.override("es"):
        form = ReferralForm()
        assert str(form.fields["referrer_npi"].label) == "Su NPI (10 dígitos)"
        assert dict(form.fields["reason"].choices)["trd"] == "Depresión resistente al tratamiento"
        assert str(form.fields["patient_consent"].error_messages["required"]).startswith("Confirme que el paciente")
        try:
            valid_npi("1234567890")
        except ValidationError as error:
            assert "dígito de control" in error.messages[0]
        else:
            raise AssertionError("a wrong check digit passed")


def test_the_emergency_notice_is_translated(rf):
    from django.template.loader import render_to_string

    with translation.override("es"):
        html = render_to_string("referrals/includes/emergency_notice.html")
    assert 'Si su paciente está en peligro inmediato, llame al <a href="tel:911">911</a>.' in html


def _spanish_referral_page():
    from cms.models import Page

    return Page.objects.get(application_urls="ReferralApphook").get_absolute_url("es")


def test_a_spanish_referral_thanks_at_a_spanish_address(client, referral_page, referral_data):
    spanish_form = _spanish_referral_page()
    response = client.post(spanish_form, referral_data())
    assert response.status_code == 302
    assert response["Location"] == spanish_form + "gracias/"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200 and 'lang="es"' in thanks.content.decode()


def test_the_old_spanish_thank_you_address_redirects_and_the_english_one_is_unchanged(client, referral_page):
    spanish_form = _spanish_referral_page()
    old = client.get(spanish_form + "thank-you/")
    assert old.status_code == 301 and old["Location"] == spanish_form + "gracias/"
    assert client.get(referral_page + "thank-you/").status_code == 200
    assert client.get(referral_page + "gracias/").status_code == 404
