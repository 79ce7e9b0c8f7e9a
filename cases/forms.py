"""What every public form of the triage workflow shares (the patient's inquiry, the clinician's
referral): a honeypot, a one-time token, no label colons, and an error summary whose entries link
to their fields."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class ProtectedForm(forms.Form):
    """Honeypot, one-time token and error summary; a subclass adds its fields and ``SUMMARY_LABELS``."""

    # A honeypot: hidden from people (and from screen readers), filled in by bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # Issued with the form; posting the same form twice stores one case.
    token = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("This form has expired. Please check your answers and send it again."),
            "invalid": _("This form has expired. Please check your answers and send it again."),
        },
    )

    # Shorter names for the error summary at the top of the page.
    SUMMARY_LABELS = {}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())
        # Django puts each CharField's max_length on its input; the server's check is what counts.

    def error_summary(self):
        """``(anchor id or None, text)`` for each error, in the order of the form, for the summary at the top."""
        items = [(None, error) for error in self.non_field_errors()]
        for field in self:
            if field.name == "website":
                continue  # the honeypot's error is a non-field error
            for error in field.errors:
                if field.is_hidden:
                    items.append((None, error))
                else:
                    label = self.SUMMARY_LABELS.get(field.name, field.label)
                    # Radio buttons have no single id: link to the first one.
                    anchor = field.id_for_label or f"{field.auto_id}_0"
                    items.append((anchor, _("%(label)s: %(error)s") % {"label": label, "error": error}))
        return items

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website") or "website" in self.errors:
            # Shown at the top, not beside the hidden field a person never saw.
            raise ValidationError(
                _("We could not send this form. Please try again, or call the clinic."), code="honeypot"
            )
        return cleaned
