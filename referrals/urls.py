from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from . import views

app_name = "referrals"

urlpatterns = [
    path("", views.referral_form, name="form"),
    # "thank-you/" in English, "gracias/" in Spanish (read in the page's language), as for inquiries.
    path(_("thank-you/"), views.thank_you, name="thank_you"),
    # The Spanish page's old address (/es/derivar-un-paciente/thank-you/) still leads there.
    path("thank-you/", RedirectView.as_view(pattern_name="referrals:thank_you", permanent=True)),
]
