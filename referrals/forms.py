"""The "refer a patient" form: what the clinic needs to assess a referral, checked on the server.

Built on the inquiry form's ``ProtectedForm`` (honeypot, one-time token, error
summary) and its validators (control characters, markup, names, phones).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from cases import validators
from cases.forms import ProtectedForm

from . import validators as referral_validators
from .models import Referral

SUMMARY_MAX_LENGTH = 600
MEDICATIONS_MAX_LENGTH = 600
MAX_TRIALS = 30

_CHOICE_ERRORS = {
    "required": _("Please choose one of the options."),
    # The default message repeats the submitted value; this one does not.
    "invalid_choice": _("Please choose one of the options."),
}
_ONE_LINE = [validators.no_control_characters, validators.no_markup]
_MULTI_LINE = [validators.no_control_characters_multiline, validators.no_markup]


def _text(label, max_length, *, required=True, validators_=_ONE_LINE, required_message=None, **kwargs):
    messages = {"max_length": _("Please keep this under %(limit_value)d characters.")}
    if required_message:
        messages["required"] = required_message
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=list(validators_),
        error_messages=messages,
        **kwargs,
    )


def _phone(label, *, required=True, required_message=None, autocomplete="tel"):
    messages = {"max_length": _("Please enter a phone number of 30 characters at most.")}
    if required_message:
        messages["required"] = required_message
    return forms.CharField(
        label=label,
        required=required,
        max_length=30,
        validators=[validators.no_control_characters, validators.plausible_phone],
        error_messages=messages,
        widget=forms.TextInput(attrs={"autocomplete": autocomplete, "type": "tel", "inputmode": "tel"}),
    )


class ReferralForm(ProtectedForm):
    # --- the referring clinician ---
    referrer_name = _text(
        _("Your name"),
        100,
        validators_=[*_ONE_LINE, validators.plausible_name],
        required_message=_("Please enter your name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    referrer_credentials = _text(
        _("Your credentials"),
        40,
        help_text=_("For example MD, DO, NP, PA."),
        required_message=_("Please enter your credentials, for example MD or NP."),
    )
    referrer_npi = forms.CharField(
        label=_("Your NPI (10 digits)"),
        max_length=12,
        validators=[validators.no_control_characters, referral_validators.valid_npi],
        error_messages={
            "required": _("Please enter your 10-digit NPI."),
            "max_length": _("An NPI has exactly 10 digits. Please check the number."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    referrer_practice = _text(
        _("Practice or organization"),
        150,
        required_message=_("Please enter the name of your practice."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    referrer_phone = _phone(_("Your phone number"), required_message=_("Please enter a phone number we can call."))
    referrer_fax = _phone(_("Your fax number (optional)"), required=False, autocomplete="off")
    referrer_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        validators=_ONE_LINE,
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter an e-mail address like name@example.com."),
            "max_length": _("Please enter a shorter e-mail address (254 characters at most)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # --- the patient ---
    patient_name = _text(
        _("Patient's name"),
        100,
        validators_=[*_ONE_LINE, validators.plausible_name],
        required_message=_("Please enter the patient's name."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    patient_birth_date = forms.DateField(
        label=_("Patient's date of birth"),
        validators=[referral_validators.adult_birth_date],
        input_formats=["%Y-%m-%d", "%m/%d/%Y"],
        error_messages={
            "required": _("Please enter the patient's date of birth."),
            "invalid": _("Please enter a real date, like 1980-04-23."),
        },
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "off"}, format="%Y-%m-%d"),
    )
    patient_phone = _phone(
        _("Patient's phone number"), required_message=_("Please enter the patient's phone number."), autocomplete="off"
    )
    patient_email = forms.EmailField(
        label=_("Patient's e-mail address (optional)"),
        required=False,
        max_length=254,
        validators=_ONE_LINE,
        error_messages={
            "invalid": _("Please enter an e-mail address like name@example.com."),
            "max_length": _("Please enter a shorter e-mail address (254 characters at most)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    patient_language = forms.ChoiceField(
        label=_("Patient's preferred language"),
        choices=Referral.Language.choices,
        widget=forms.RadioSelect,
        error_messages=_CHOICE_ERRORS,
    )
    # --- the referral ---
    reason = forms.ChoiceField(
        label=_("Reason for the referral"),
        choices=Referral.Reason.choices,
        widget=forms.RadioSelect,
        error_messages=_CHOICE_ERRORS,
    )
    antidepressant_trials = forms.IntegerField(
        label=_("Antidepressant trials so far"),
        help_text=_("How many antidepressants the patient has tried at an adequate dose and duration."),
        min_value=0,
        max_value=MAX_TRIALS,
        error_messages={
            "required": _("Please enter how many antidepressants the patient has tried (0 if none)."),
            "invalid": _("Please enter a whole number, for example 2."),
            "min_value": _("Please enter 0 or more."),
            "max_value": _("Please enter %(limit_value)s or fewer; give details in the summary."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": MAX_TRIALS}),
    )
    trials_summary = _text(
        _("Summary of those trials"),
        SUMMARY_MAX_LENGTH,
        validators_=_MULTI_LINE,
        help_text=_("Medicines, doses, how long, and the response. Plain text."),
        required_message=_("Please summarize the antidepressant trials (write “none” if there were none)."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    current_medications = _text(
        _("Current medications"),
        MEDICATIONS_MAX_LENGTH,
        validators_=_MULTI_LINE,
        help_text=_("Plain text. Write “none” if there are none."),
        required_message=_("Please list the current medications (write “none” if there are none)."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"),
        choices=Referral.Urgency.choices,
        widget=forms.RadioSelect,
        error_messages=_CHOICE_ERRORS,
        help_text=_("Urgent referrals are reviewed first. This form is not for emergencies."),
    )
    patient_consent = forms.BooleanField(
        label=_("The patient agrees to be referred to the clinic and to be contacted by the clinic about it."),
        error_messages={"required": _("Please confirm that the patient agrees to be referred.")},
    )

    SUMMARY_LABELS = {
        "referrer_name": _("Your name"),
        "referrer_npi": _("NPI"),
        "patient_birth_date": _("Date of birth"),
        "patient_language": _("Preferred language"),
        "reason": _("Reason"),
        "antidepressant_trials": _("Antidepressant trials"),
        "trials_summary": _("Trials summary"),
        "current_medications": _("Current medications"),
        "urgency": _("Urgency"),
        "patient_consent": _("Patient's agreement"),
    }
