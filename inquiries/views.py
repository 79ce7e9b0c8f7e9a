"""The intake form on the CMS Contact page (an apphook), and its thank-you page.

Thin views: validation is the form's, storing and notifying is ``services``'.
Nothing submitted goes into a URL, a log line or an error report
(``sensitive_post_parameters`` hides every posted value from Django's error
reports and e-mails).
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from . import ratelimit, services
from .forms import InquiryForm


def _context(request, **extra):
    return {
        # The default wording is in the catalogue; a custom INQUIRY_REPLY_TIME is shown as set.
        "reply_time": gettext(settings.INQUIRY_REPLY_TIME),
        "privacy_notice_version": settings.PRIVACY_NOTICE_VERSION,
        **extra,
    }


@method_decorator(never_cache, name="dispatch")
@method_decorator(sensitive_post_parameters(), name="dispatch")
class InquiryFormView(View):
    template_name = "inquiries/form.html"

    def get(self, request):
        return render(request, self.template_name, _context(request, form=InquiryForm()))

    @method_decorator(sensitive_variables())
    def post(self, request):
        if int(request.META.get("CONTENT_LENGTH") or 0) > settings.INQUIRY_MAX_REQUEST_BYTES:
            return HttpResponse(gettext("This form is too large to send."), status=413, content_type="text/plain")
        form = InquiryForm(request.POST)
        if services.already_received(request.POST.get("token", "")):
            # The same form again (a double click, a "resend"): same outcome, nothing stored, not counted.
            return redirect(reverse("inquiries:thank_you"))
        if not form.is_valid():
            # Mistakes are not counted against the rate limit: someone correcting a form is not spam.
            return render(request, self.template_name, _context(request, form=form))
        if not ratelimit.allow_post(request):
            return render(request, self.template_name, _context(request, form=form, throttled=True), status=429)
        services.submit_inquiry(cleaned_data=form.cleaned_data, language=request.LANGUAGE_CODE)
        return redirect(reverse("inquiries:thank_you"))


inquiry_form = InquiryFormView.as_view()


def thank_you(request):
    return render(request, "inquiries/thank_you.html", _context(request))
