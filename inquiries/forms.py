"""The intake form: only what the clinic needs to call back, validated on the server.

It builds on ``cases.forms.ProtectedForm`` (honeypot, one-time token, error summary).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from cases import validators
from cases.forms import ProtectedForm
from clinic import hours
from clinic.selectors import get_opening_hours

from .contact_times import contact_time_choices
from .models import Inquiry

MESSAGE_MAX_LENGTH = 1000

_CHOICE_ERRORS = {
    "required": _("Please choose one of the options."),
    # The default message repeats the submitted value; this one does not.
    "invalid_choice": _("Please choose one of the options."),
}


class InquiryForm(ProtectedForm):
    name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        validators=[validators.no_control_characters, validators.no_markup, validators.plausible_name],
        error_messages={
            "required": _("Please enter your name."),
            "max_length": _("Please keep your name under 100 characters."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        validators=[validators.no_control_characters, validators.no_markup],
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter an e-mail address like name@example.com."),
            "max_length": _("Please enter a shorter e-mail address (254 characters at most)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=30,
        help_text=_("Needed only if you would like a call or a text."),
        validators=[validators.no_control_characters, validators.plausible_phone],
        error_messages={"max_length": _("Please enter a phone number of 30 characters at most.")},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel", "inputmode": "tel"}),
    )
    contact_method = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=Inquiry.ContactMethod.choices,
        widget=forms.RadioSelect,
        error_messages=_CHOICE_ERRORS,
    )
    contact_time = forms.ChoiceField(
        label=_("When is a good time to reach you?"),
        choices=Inquiry.ContactTime.choices,
        widget=forms.RadioSelect,
        error_messages=_CHOICE_ERRORS,
    )
    topic = forms.ChoiceField(
        label=_("What would you like to ask about?"),
        choices=Inquiry.Topic.choices,
        widget=forms.RadioSelect,
        error_messages=_CHOICE_ERRORS,
    )
    message = forms.CharField(
        label=_("Anything else you would like us to know (optional)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_(
            "Up to 1,000 characters, plain text. You do not need to share medical details here; "
            "we will talk them through with you."
        ),
        validators=[validators.no_control_characters_multiline, validators.no_markup],
        error_messages={
            "max_length": _("Please shorten your message to 1,000 characters (it has %(show_value)d)."),
        },
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MESSAGE_MAX_LENGTH}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the clinic may keep these details to contact me."),
        error_messages={"required": _("Please tick the box to agree to the privacy notice, so we may contact you.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only times when the clinic is open (from the clinic details staff edit).
        schedule = get_opening_hours()
        self.fields["contact_time"].choices = contact_time_choices(schedule)
        self.fields["contact_time"].help_text = _("Our opening hours — %(hours)s.") % {
            "hours": "; ".join(hours.describe(schedule, own_lines=False))
        }

    # Shorter names for the error summary at the top of the page.
    SUMMARY_LABELS = {
        "contact_method": _("How to contact you"),
        "contact_time": _("Best time to reach you"),
        "topic": _("What you are asking about"),
        "message": _("Your message"),
        "consent": _("Privacy notice"),
    }

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("contact_method")
        wants_phone = method in (Inquiry.ContactMethod.PHONE, Inquiry.ContactMethod.TEXT)
        if wants_phone and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Please enter a phone number so we can call or text you."))
        return cleaned
