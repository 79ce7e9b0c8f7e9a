"""The public forms' view: size limit, one-time token, rate limit, then one service call.

Nothing submitted goes into a URL, a log line or an error report (``sensitive_post_parameters``
hides every posted value from Django's error reports and e-mails).
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

from pagecache import form_page

from . import ratelimit
from .reply_due import reply_promise
from .triage import already_received


def form_context(request, **extra):
    return {
        # The promise and the reply-due times come from one setting (cases/reply_due.py).
        "reply_time": reply_promise(),
        "privacy_notice_version": settings.PRIVACY_NOTICE_VERSION,
        **extra,
    }


@method_decorator(never_cache, name="dispatch")
@method_decorator(sensitive_post_parameters(), name="dispatch")
class ProtectedFormView(View):
    """A public form of the triage workflow: size limit, one-time token, rate limit, then one service call.

    A subclass names its ``form_class``, ``model``, ``template_name`` and ``thank_you_url``,
    and ``submit(cleaned_data)`` (the service that stores the case).
    """

    form_class = None
    model = None
    template_name = None
    thank_you_url = None

    def context(self, **extra):
        return form_context(self.request, **extra)

    def submit(self, cleaned_data):
        raise NotImplementedError

    def thank_you(self, case):
        return redirect(reverse(self.thank_you_url))

    def get(self, request):
        if request.user.is_authenticated:  # staff: the toolbar, rendered for them
            return render(request, self.template_name, self.context(form=self.form_class()))

        def render_blank(form_token, csrf_token):
            context = self.context(form=self.form_class(initial={"token": form_token}), csrf_token=csrf_token)
            return render(request, self.template_name, context).content.decode()

        # CMS text and form markup from the cache; only the two tokens are made per visitor.
        return HttpResponse(form_page.blank_form_page(request, render_blank=render_blank))

    @method_decorator(sensitive_variables())
    def post(self, request):
        if int(request.META.get("CONTENT_LENGTH") or 0) > settings.INQUIRY_MAX_REQUEST_BYTES:
            return HttpResponse(gettext("This form is too large to send."), status=413, content_type="text/plain")
        form = self.form_class(request.POST)
        if already_received(self.model, request.POST.get("token", "")):
            # The same form again (a double click, a "resend"): same outcome, nothing stored, not counted.
            token = request.POST.get("token", "")
            return self.thank_you(self.model.objects.filter(submission_token=token).first())
        if not form.is_valid():
            # Mistakes are not counted against the rate limit: someone correcting a form is not spam.
            return render(request, self.template_name, self.context(form=form))
        if not ratelimit.allow_post(request):
            return render(request, self.template_name, self.context(form=form, throttled=True), status=429)
        case, _created = self.submit(form.cleaned_data)
        return self.thank_you(case)
