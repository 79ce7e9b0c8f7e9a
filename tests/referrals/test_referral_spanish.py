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
