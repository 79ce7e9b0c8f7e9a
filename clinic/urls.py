"""Old admin addresses of the clinic's models, before the admin's own routes (clinic_site/urls.py)."""

from django.urls import re_path
from django.views.generic import RedirectView

# The models that moved from content to clinic; content's other admin pages keep their addresses.
MOVED_MODELS = ("clinicdetails", "openinghours", "closedday", "serviceprice", "clinician")

urlpatterns = [
    # A bookmark from before the move answers 301 with the new address, query string kept.
    re_path(
        rf"^admin/content/(?P<model>{'|'.join(MOVED_MODELS)})/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/clinic/%(model)s/%(rest)s", permanent=True, query_string=True),
    ),
]
