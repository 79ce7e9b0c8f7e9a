"""What each band usually means and what to do next: the site's own words around a score.

Written from the instruments' scoring papers (Kroenke 2001 for the PHQ-9, Spitzer
2006 for the GAD-7): a score describes how much the problems have bothered a person
over two weeks; it is never a diagnosis. "Soon" marks the bands where the papers
suggest an evaluation or treatment plan rather than watching and waiting.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# How soon to talk with a clinician: from 10 up (moderate and above) the first next step is the
# person's own doctor or any clinician, soon; in each instrument's highest band, today if possible.
WATCH, SOON, TODAY = "watch", "soon", "today"


@dataclass(frozen=True)
class Meaning:
    label: str
    usually: str
    next_step: str
    urgency: str = WATCH

    @property
    def soon(self):
        return self.urgency != WATCH


_WATCH = _(
    "If something still troubles you, it is worth talking about with your own doctor or any clinician. You can take "
    "this check again at any time."
)
_MILD_NEXT = _(
    "Talk with your own doctor or any clinician about how you feel. Taking this check again in two to four weeks can "
    "show whether things are changing."
)
_SOON = _(
    "Talk soon with your own doctor or any clinician, such as a primary care doctor, a therapist or a psychiatrist. "
    "Try to do it in the next few days, and tell them your score."
)
_TODAY = _(
    "Talk with your own doctor or any clinician, such as a primary care doctor, a therapist or a psychiatrist, today "
    "if you can. If you cannot reach one today, go to an urgent care clinic or an emergency room."
)

# Shown after the first step from 10 up: crisis help does not wait for an appointment.
ANY_MOMENT = _("At any moment, day or night, you can call or text 988 to talk with someone right away.")
# The clinic is one option among others, never the first step (a second clinician's review, issue 25).
CLINIC_OPTION = _(
    "Another option is to ask our clinic for a consultation. Ketamine is usually considered only after other "
    "treatments, such as talk therapy and antidepressants, have not helped enough."
)

MEANINGS = {
    "phq9": {
        "minimal": Meaning(
            _("Minimal"),
            _(
                "Scores from 0 to 4 usually mean there were few symptoms of depression, or none, over the last two "
                "weeks."
            ),
            _WATCH,
        ),
        "mild": Meaning(
            _("Mild"),
            _(
                "Scores from 5 to 9 usually mean mild symptoms of depression. They can come and go, and they still "
                "matter."
            ),
            _MILD_NEXT,
        ),
        "moderate": Meaning(
            _("Moderate"),
            _(
                "Scores from 10 to 14 usually mean moderate symptoms of depression. At this level clinicians often "
                "suggest an evaluation and a plan for care."
            ),
            _SOON,
            urgency=SOON,
        ),
        "moderately_severe": Meaning(
            _("Moderately severe"),
            _(
                "Scores from 15 to 19 usually mean symptoms of depression that weigh on daily life. At this level "
                "clinicians usually recommend treatment, such as talk therapy, medicine or both."
            ),
            _SOON,
            urgency=SOON,
        ),
        "severe": Meaning(
            _("Severe"),
            _(
                "Scores from 20 to 27 usually mean severe symptoms of depression. At this level clinicians usually "
                "recommend starting treatment without waiting."
            ),
            _TODAY,
            urgency=TODAY,
        ),
    },
    "gad7": {
        "minimal": Meaning(
            _("Minimal"),
            _("Scores from 0 to 4 usually mean there were few symptoms of anxiety, or none, over the last two weeks."),
            _WATCH,
        ),
        "mild": Meaning(
            _("Mild"),
            _("Scores from 5 to 9 usually mean mild symptoms of anxiety. They can come and go, and they still matter."),
            _MILD_NEXT,
        ),
        "moderate": Meaning(
            _("Moderate"),
            _(
                "Scores from 10 to 14 usually mean moderate symptoms of anxiety. From 10 up, clinicians usually "
                "suggest a closer look in an evaluation."
            ),
            _SOON,
            urgency=SOON,
        ),
        "severe": Meaning(
            _("Severe"),
            _(
                "Scores from 15 to 21 usually mean severe symptoms of anxiety. At this level clinicians usually "
                "recommend an evaluation and treatment without waiting."
            ),
            _TODAY,
            urgency=TODAY,
        ),
    },
}

TITLES = {
    "phq9": _("Depression self-check (PHQ-9)"),
    "gad7": _("Anxiety self-check (GAD-7)"),
}


def meaning(instrument, band):
    return MEANINGS[instrument.slug][band]
