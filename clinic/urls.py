"""Old admin addresses of the clinic's models, before the admin's own routes (clinic_site/urls.py)."""

from django.urls import re_path

from .views import moved_admin_page

# The models that moved from content to clinic; content's other admin pages keep their addresses.
MOVED_MODELS = ("clinicdetails", "openinghours", "closedday", "serviceprice", "clinician")

urlpatterns = [
    re_path(rf"^admin/content/(?P<model>{'|'.join(MOVED_MODELS)})/(?P<rest>.*)$", moved_admin_page),
]
