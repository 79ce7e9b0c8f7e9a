"""The no-JavaScript path: the questionnaire posts here, the answers are scored and shown in this response.

Nothing about the answers is kept: no model is written, nothing is cached, no log line
or cookie is made, and the answers are in the POST body only (never in a URL; the
access log has no bodies). With JavaScript on, the page scores in the browser and
never posts at all.

CSRF: the view is exempt on purpose. It changes no state and stores nothing, so a
forged post can do no harm, and leaving the token out keeps the question pages
identical for everyone and served from the CMS page cache.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST

from . import presentation, scoring, selectors
from .instruments import get_instrument


class CookielessResponse(HttpResponse):
    """A response that refuses every cookie, including any a middleware would add after the view
    (such as the CMS's language-cookie middleware, where it is installed): a person's browser keeps
    no trace of having taken a self-check."""

    def set_cookie(self, *args, **kwargs):
        return None


def _language(request):
    """The language the questions were shown in (a hidden field), if the site offers it."""
    posted = request.POST.get("language", "")
    offered = {code for code, _name in settings.LANGUAGES}
    return posted if posted in offered else translation.get_language()


@csrf_exempt
@require_POST
@never_cache
@sensitive_post_parameters()
@sensitive_variables("answers", "missing", "result")
def result(request):
    instrument = get_instrument(request.POST.get("instrument", ""))
    if instrument is None:
        return HttpResponse("Unknown questionnaire.", status=400, content_type="text/plain")
    language = _language(request)
    with translation.override(language):
        answers, missing = scoring.read_answers(instrument, request.POST)
        back_url = selectors.questions_url(request.POST.get("page", ""), language)
        context = {"back_url": back_url}
        if missing:
            context["check"] = presentation.questionnaire(
                instrument,
                language,
                page_id=request.POST.get("page", ""),
                answers=answers,
                missing=missing,
                difficulty=request.POST.get(scoring.DIFFICULTY_FIELD, ""),
            )
        else:
            scored = scoring.score(instrument, answers)
            context["result"] = presentation.result(instrument, scored.band, scored.total, crisis=scored.crisis)
        response = CookielessResponse(render_to_string("selfchecks/result.html", context, request=request))
    response["Content-Language"] = language
    return response
