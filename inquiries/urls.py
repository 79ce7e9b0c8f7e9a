from django.urls import path

from . import views

app_name = "inquiries"

urlpatterns = [
    path("", views.inquiry_form, name="form"),
    path("thank-you/", views.thank_you, name="thank_you"),
]
