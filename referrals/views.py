"""The "refer a patient" form (an apphook on its CMS page) and its thank-you page.

The view is the inquiry form's ``ProtectedFormView`` (size limit, one-time
token, rate limit, error summary, nothing submitted in URLs or logs). The
thank-you page shows the referral's reference, kept in the session, never in
the URL.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from cases.views import ProtectedFormView

from . import services
from .forms import ReferralForm
from .models import Referral

SESSION_KEY = "referrals:last_reference"


class ReferralFormView(ProtectedFormView):
    form_class = ReferralForm
    model = Referral
    template_name = "referrals/form.html"
    thank_you_url = "referrals:thank_you"

    def context(self, **extra):
        return {"minimum_age": settings.REFERRAL_MINIMUM_AGE, **extra}

    def submit(self, cleaned_data):
        return services.submit_referral(cleaned_data=cleaned_data)

    def thank_you(self, case):
        if case is not None:
            self.request.session[SESSION_KEY] = case.reference
        return redirect(reverse(self.thank_you_url))


referral_form = ReferralFormView.as_view()


@never_cache
def thank_you(request):
    # Shown once: the next person at a shared office computer must not see it.
    return render(request, "referrals/thank_you.html", {"reference": request.session.pop(SESSION_KEY, "")})
