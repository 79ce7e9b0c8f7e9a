from django.urls import path

from . import views

app_name = "referrals"

urlpatterns = [
    path("", views.referral_form, name="form"),
    path("thank-you/", views.thank_you, name="thank_you"),
]
