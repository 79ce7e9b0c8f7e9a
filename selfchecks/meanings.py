"""What each band usually means and what to do next: the site's own words around a score.

Written from the instruments' scoring papers (Kroenke 2001 for the PHQ-9, Spitzer
2006 for the GAD-7): a score describes how much the problems have bothered a person
over two weeks; it is never a diagnosis. "Soon" marks the bands where the papers
suggest an evaluation or treatment plan rather than watching and waiting.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Meaning:
    label: str
    usually: str
    next_step: str
    soon: bool


_WATCH = _(
    "If something still troubles you, it is worth talking about with a clinician or your own doctor. You can take "
    "this check again at any time."
)
_MILD_NEXT = _(
    "Talk with a clinician or your own doctor about how you feel. Taking this check again in two to four weeks can "
    "show whether things are changing."
)
_SOON = _("Please talk with a clinician soon, within the next few days, about how you feel.")
_VERY_SOON = _(
    "Please talk with a clinician soon, in the next day or two if you can. If you feel unsafe at any moment, use the "
    "crisis lines on this page right away."
)

MEANINGS = {
    "phq9": {
        "minimal": Meaning(
            _("Minimal"),
            _("Scores from 0 to 4 usually mean few or no symptoms of depression over the last two weeks."),
            _WATCH,
            soon=False,
        ),
        "mild": Meaning(
            _("Mild"),
            _(
                "Scores from 5 to 9 usually mean mild symptoms of depression. They can come and go, and they still "
                "matter."
            ),
            _MILD_NEXT,
            soon=False,
        ),
        "moderate": Meaning(
            _("Moderate"),
            _(
                "Scores from 10 to 14 usually mean moderate symptoms of depression. At this level clinicians often "
                "suggest an evaluation and a plan for care."
            ),
            _SOON,
            soon=True,
        ),
        "moderately_severe": Meaning(
            _("Moderately severe"),
            _(
                "Scores from 15 to 19 usually mean symptoms of depression that weigh on daily life. At this level "
                "clinicians usually recommend treatment, such as talk therapy, medicine or both."
            ),
            _SOON,
            soon=True,
        ),
        "severe": Meaning(
            _("Severe"),
            _(
                "Scores from 20 to 27 usually mean severe symptoms of depression. At this level clinicians usually "
                "recommend starting treatment without waiting."
            ),
            _VERY_SOON,
            soon=True,
        ),
    },
    "gad7": {
        "minimal": Meaning(
            _("Minimal"),
            _("Scores from 0 to 4 usually mean few or no symptoms of anxiety over the last two weeks."),
            _WATCH,
            soon=False,
        ),
        "mild": Meaning(
            _("Mild"),
            _("Scores from 5 to 9 usually mean mild symptoms of anxiety. They can come and go, and they still matter."),
            _MILD_NEXT,
            soon=False,
        ),
        "moderate": Meaning(
            _("Moderate"),
            _(
                "Scores from 10 to 14 usually mean moderate symptoms of anxiety. From 10 up, clinicians usually "
                "suggest a closer look in an evaluation."
            ),
            _SOON,
            soon=True,
        ),
        "severe": Meaning(
            _("Severe"),
            _(
                "Scores from 15 to 21 usually mean severe symptoms of anxiety. At this level clinicians usually "
                "recommend an evaluation and treatment without waiting."
            ),
            _VERY_SOON,
            soon=True,
        ),
    },
}

TITLES = {
    "phq9": _("Depression self-check (PHQ-9)"),
    "gad7": _("Anxiety self-check (GAD-7)"),
}


def meaning(instrument, band):
    return MEANINGS[instrument.slug][band]
