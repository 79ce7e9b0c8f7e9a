from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from . import views

app_name = "inquiries"

urlpatterns = [
    path("", views.inquiry_form, name="form"),
    # "thank-you/" in English, "gracias/" in Spanish (the address is read in the page's language).
    path(_("thank-you/"), views.thank_you, name="thank_you"),
    # The Spanish page's old address (/es/contacto/thank-you/) still leads there.
    path("thank-you/", RedirectView.as_view(pattern_name="inquiries:thank_you", permanent=True)),
]
