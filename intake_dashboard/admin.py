"""The dashboard's place in the admin: /admin/intake-dashboard/, first in the Inquiries group of the index.

The link on the inquiries list is ``templates/admin/inquiries/inquiry/change_list.html`` (this app's).
"""

from django.contrib import admin

from staff.admin_site import AdminPage

from .views import can_see_dashboard, dashboard

admin.site.register_page(
    AdminPage(
        route="intake-dashboard/",
        view=dashboard,
        url_name="intake_dashboard",
        title="Intake dashboard",
        app_label="inquiries",
        allowed=lambda request: can_see_dashboard(request.user),
    )
)
