"""The referral form as a CMS apphook, on the editable "For clinicians: refer a patient" page.

Apphook views are never served from the CMS page cache, so each visitor gets
their own CSRF token and one-time token.
"""

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


@apphook_pool.register
class ReferralApphook(CMSApp):
    name = _("Referral form (for clinicians)")
    app_name = "referrals"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["referrals.urls"]
