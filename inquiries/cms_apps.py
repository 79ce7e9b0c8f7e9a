"""The intake form as a CMS apphook, so it lives on the editable Contact page.

Apphook views are never served from the CMS page cache, so each visitor gets
their own CSRF token and idempotency token.
"""

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool


@apphook_pool.register
class InquiryApphook(CMSApp):
    name = "Inquiry form"
    app_name = "inquiries"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["inquiries.urls"]
