"""The intake form on the CMS Contact page (an apphook), and its thank-you page.

Thin views: validation is the form's, storing and notifying is ``services``'.
Nothing submitted goes into a URL, a log line or an error report
(``sensitive_post_parameters`` hides every posted value from Django's error
reports and e-mails).
"""

from django.shortcuts import render

from cases.views import ProtectedFormView, form_context

from . import services
from .forms import InquiryForm
from .models import Inquiry


class InquiryFormView(ProtectedFormView):
    form_class = InquiryForm
    model = Inquiry
    template_name = "inquiries/form.html"
    thank_you_url = "inquiries:thank_you"

    def submit(self, cleaned_data):
        return services.submit_inquiry(cleaned_data=cleaned_data, language=self.request.LANGUAGE_CODE)


inquiry_form = InquiryFormView.as_view()


def thank_you(request):
    return render(request, "inquiries/thank_you.html", form_context(request))
